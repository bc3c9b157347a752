package socklab.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * What the sources that give one line at a time (a pipe, a rehearsal's queued lines) share: no
 * editor, so no blocks and none of the terminal's conveniences, and each line read kept for
 * %history. A source says only where its next line comes from and where its own text goes.
 */
abstract class LineByLine implements LineSource {
    private final List<String> history = new ArrayList<>();

    /** The next line, null at end of input. */
    protected abstract String nextLine(boolean continuing);

    @Override
    public final String read(boolean continuing, String tag) {
        String line = nextLine(continuing);
        if (line != null) {
            history.add(line);
        }
        return line;
    }

    @Override
    public final boolean givesBlocks() {
        return false;
    }

    @Override
    public final boolean interactive() {
        return false;
    }

    @Override
    public final List<String> history() {
        return history;
    }

    @Override
    public final void println(String line) {
        show(line + "\n");
    }
}
