package socklab.shell;

import java.io.IOException;
import socklab.runtime.object.ThreadState;

/**
 * Input from a non-terminal stdin, read as `python3 -i -q -u` reads it: one line at a time, with
 * CPython's `>>> ` and `... ` prompts written to stderr, never to stdout (so output left without a
 * newline is followed by ">>> " exactly as in CPython). Ctrl-C comes as SIGINT to the process.
 */
public final class StreamSource extends LineByLine {
    private final StreamIo io;
    private final Signals signals;

    public StreamSource(StreamIo io, Signals signals) {
        this.io = io;
        this.signals = signals;
    }

    @Override
    protected String nextLine(boolean continuing) {
        io.err(continuing ? "... " : ">>> ");
        String line;
        try {
            line = io.nextSessionLine();
        } catch (IOException e) {
            line = null;
        }
        if (line == null) {
            io.err("\n");
        }
        return line;
    }

    @Override
    public Armed armInterrupt(ThreadState ts) {
        return signals.armInterrupt(ts);
    }

    @Override
    public void show(String text) {
        io.out(text);
        io.flush();
    }
}
