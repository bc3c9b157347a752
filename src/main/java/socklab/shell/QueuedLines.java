package socklab.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import socklab.runtime.object.Io;
import socklab.runtime.object.ThreadState;

/**
 * Input typed by a program rather than a person (a lesson rehearsal): the lines offered so far,
 * one at a time as a pipe gives them, then end of input, so {@link Repl#run} returns once they
 * have run and may be called again for the next input. It writes no prompts, and Ctrl-C is the
 * typist's own business (a rehearsal's watchdog interrupts the thread itself).
 */
public final class QueuedLines extends LineByLine {
    private final Io io;
    private final Deque<String> pending = new ArrayDeque<>();

    /** io receives the shell's own lines, as the session's output does. */
    public QueuedLines(Io io) {
        this.io = io;
    }

    /** Queues the lines of one input, to be read before the next end of input. */
    public void offer(String input) {
        pending.addAll(List.of(input.split("\n", -1)));
    }

    @Override
    protected String nextLine(boolean continuing) {
        return pending.poll();
    }

    @Override
    public Armed armInterrupt(ThreadState ts) {
        return () -> { };
    }

    @Override
    public void show(String text) {
        io.out(text);
    }
}
