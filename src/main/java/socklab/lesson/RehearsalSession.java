package socklab.lesson;

import socklab.runtime.Interpreter;
import socklab.runtime.object.Io;

/**
 * A private session that a rehearsal types into as the learner types at the prompt. The root wires
 * it to the shell's one loop, so --check-lessons and the coach's rehearsals take the terminal's
 * path; what each input did comes back as the interpreter's run events, as it does for the coach.
 */
public interface RehearsalSession extends AutoCloseable {
    /** Opens a fresh session whose output goes to io. */
    @FunctionalInterface
    interface Opener {
        RehearsalSession open(Io io);
    }

    Interpreter interpreter();

    /** Tells tap of the session's socket calls from now on. */
    void tap(SocketTap tap);

    /** Types one complete input at the prompt and returns once it has run. */
    void type(String input);

    /** Ends the session (its sockets, threads and files). */
    @Override
    void close();
}
