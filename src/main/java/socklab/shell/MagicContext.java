package socklab.shell;

import java.util.List;
import socklab.i18n.Messages;
import socklab.runtime.Interpreter;

/** What a % command may use of the running shell. */
public interface MagicContext {
    Interpreter interpreter();

    Messages messages();

    MagicCommands commands();

    /** Prints one line of the command's output (on a terminal above the line being edited, if one is). */
    void println(String line);

    /** Whether the command may colour its output: a terminal without NO_COLOR; never a pipe. */
    default boolean colour() {
        return false;
    }

    /** The inputs typed so far, oldest first (this session's and earlier ones'). */
    List<String> history();

    /** Closes every socket and forgets every name the learner made. */
    void resetSession();
}
