package socklab.shell;

import java.io.IOException;
import socklab.lang.InteractiveInput;
import socklab.runtime.Interpreter;
import socklab.runtime.Tracebacks;

/**
 * What `python3 -i -q -u` does with a non-terminal stdin: read statements line by line, run each
 * as soon as it is complete, echo values, and print tracebacks and the prompts to stderr, never
 * to stdout (so output left without a newline is followed by ">>> " exactly as in CPython).
 */
public final class PipedSession {
    private final Interpreter interp;
    private final StreamIo io;
    private final LineHook hook;

    /** Lets the lesson coach see every input before and after it runs. */
    public interface LineHook {
        /** Returns true if the line was consumed (a % command) and must not run as Python. */
        boolean intercept(String line);

        void afterRun(String source, Interpreter.Outcome outcome);
    }

    public PipedSession(Interpreter interp, StreamIo io, LineHook hook) {
        this.interp = interp;
        this.io = io;
        this.hook = hook;
    }

    /** Runs to end of input or exit(); returns the process exit status. */
    public int run() throws IOException {
        InteractiveInput input = new InteractiveInput();
        while (true) {
            io.err(input.isContinuing() ? "... " : ">>> ");
            String line = io.nextSessionLine();
            if (line == null) {
                io.err("\n");
                if (!input.isContinuing()) {
                    return 0;
                }
                if (!handle(input.finish())) {
                    return interp.exitCode();
                }
                continue;
            }
            if (!input.isContinuing() && hook != null && hook.intercept(line)) {
                continue;
            }
            if (!handle(input.feed(line))) {
                return interp.exitCode();
            }
        }
    }

    /** Acts on one decision of the input reader; false when the session must end. */
    private boolean handle(InteractiveInput.Status status) {
        if (status instanceof InteractiveInput.Status.Ready ready) {
            Interpreter.Outcome outcome = interp.runInteractive(ready.statements());
            if (hook != null) {
                hook.afterRun(ready.source(), outcome);
            }
            return outcome != Interpreter.Outcome.EXIT;
        }
        if (status instanceof InteractiveInput.Status.Error error) {
            interp.io().err(Tracebacks.syntaxError(error.error(), "<stdin>"));
        }
        return true;
    }
}
