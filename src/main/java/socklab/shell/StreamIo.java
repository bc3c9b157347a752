package socklab.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import socklab.runtime.Io;

/**
 * Io over plain streams (piped sessions and scripts). stderr writes flush stdout first, so the two
 * interleave in the order they were written, as CPython's unbuffered mode (-u) gives.
 */
public final class StreamIo implements Io {
    private final PrintStream out;
    private final PrintStream err;
    private final BufferedReader in;

    public StreamIo(PrintStream out, PrintStream err, BufferedReader in) {
        this.out = out;
        this.err = err;
        this.in = in;
    }

    @Override
    public void out(String text) {
        out.print(text);
    }

    @Override
    public void err(String text) {
        out.flush();
        err.print(text);
        err.flush();
    }

    @Override
    public void flush() {
        out.flush();
        err.flush();
    }

    @Override
    public String readLine(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            return in.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    /** The next line of the session itself (input() and the REPL share one stdin, as in CPython). */
    String nextSessionLine() throws IOException {
        return in.readLine();
    }
}
