package socklab.shell;

import java.util.List;
import socklab.runtime.object.ThreadState;

/**
 * Where the one REPL loop gets its input: a line editor on a terminal or a plain stream. The loop
 * never knows which beyond what this interface says.
 */
public interface LineSource {
    /**
     * The next input: one line from a stream, or a whole block from an editor (which asks for
     * more lines itself until the block is complete). Null at end of input.
     *
     * @throws PromptInterrupt when Ctrl-C was pressed at the prompt
     */
    String read(boolean continuing, String tag);

    /** True when {@link #read} returns whole inputs (an editor), false for one line at a time. */
    boolean givesBlocks();

    /** True on a terminal: the shell's conveniences (exit, help, x?, hints) apply only there. */
    boolean interactive();

    /** Makes Ctrl-C interrupt the thread while learner code runs; closing the result disarms it. */
    Armed armInterrupt(ThreadState ts);

    /** The inputs typed so far, oldest first (%history). */
    List<String> history();

    /** Writes a line of the shell's own (a command's output, a note) where the learner reads it. */
    void println(String line);

    /** Writes text of the shell's own at once, without a newline (a demo typing a line key by key). */
    void show(String text);

    /** Whether output may be coloured (a terminal without NO_COLOR). */
    default boolean colour() {
        return false;
    }

    /** Called once when the loop ends (saves history). */
    default void close() {}

    /** Disarms a Ctrl-C handler; closing never fails. */
    interface Armed extends AutoCloseable {
        @Override
        void close();
    }

    /** Ctrl-C at the prompt: the loop drops what was typed and prompts afresh. */
    final class PromptInterrupt extends RuntimeException {
        public PromptInterrupt() {
            super(null, null, false, false);
        }
    }
}
