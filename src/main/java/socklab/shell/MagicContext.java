package socklab.shell;

import java.util.List;
import socklab.i18n.Messages;
import socklab.runtime.Interpreter;

/** What a % command may use of the running shell. */
public interface MagicContext {
    Interpreter interpreter();

    Messages messages();

    MagicCommands commands();

    /** Prints one line of the command's output. */
    void println(String line);

    /** The inputs typed so far, oldest first (this session's and earlier ones'). */
    List<String> history();

    /** Closes every socket and forgets every name the learner made. */
    void resetSession();
}
