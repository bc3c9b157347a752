package socklab.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import socklab.runtime.object.ThreadState;

/**
 * Input from a non-terminal stdin, read as `python3 -i -q -u` reads it: one line at a time, with
 * CPython's `>>> ` and `... ` prompts written to stderr, never to stdout (so output left without a
 * newline is followed by ">>> " exactly as in CPython). Ctrl-C comes as SIGINT to the process.
 */
public final class StreamSource implements LineSource {
    private final StreamIo io;
    private final Signals signals;
    private final List<String> history = new ArrayList<>();

    public StreamSource(StreamIo io, Signals signals) {
        this.io = io;
        this.signals = signals;
    }

    @Override
    public String read(boolean continuing, String tag) {
        io.err(continuing ? "... " : ">>> ");
        String line;
        try {
            line = io.nextSessionLine();
        } catch (IOException e) {
            line = null;
        }
        if (line == null) {
            io.err("\n");
        } else {
            history.add(line);
        }
        return line;
    }

    @Override
    public boolean givesBlocks() {
        return false;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public Armed armInterrupt(ThreadState ts) {
        return signals.armInterrupt(ts);
    }

    @Override
    public List<String> history() {
        return history;
    }

    @Override
    public void show(String text) {
        io.out(text);
        io.flush();
    }

    @Override
    public void println(String line) {
        io.out(line + "\n");
        io.flush();
    }
}
