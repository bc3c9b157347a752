package socklab.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import socklab.runtime.object.Io;

/**
 * Io over plain streams (piped sessions and scripts). stderr writes flush stdout first, so the two
 * interleave in the order they were written, as CPython's unbuffered mode (-u) gives.
 */
public final class StreamIo implements Io {
    private final PrintStream out;
    private final PrintStream err;
    private final BufferedReader in;
    /** What input() has taken from stdin but not yet returned: sys.stdin's own buffer in CPython. */
    private final StringBuilder stdinBuffer = new StringBuilder();
    /** sys.stdin reads stdin in chunks of this many bytes (io.DEFAULT_BUFFER_SIZE). */
    private static final int CHUNK_BYTES = 8192;

    private final int columns;

    public StreamIo(PrintStream out, PrintStream err, BufferedReader in) {
        this(out, err, in, 80);
    }

    /** columns: how wide socklab's own text is wrapped (see {@link #columns(java.util.Map)}). */
    public StreamIo(PrintStream out, PrintStream err, BufferedReader in, int columns) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.columns = columns;
    }

    /** A pipe has no width: $COLUMNS when it names one, else 80. */
    public static int columns(java.util.Map<String, String> env) {
        String value = env.getOrDefault("COLUMNS", "");
        return value.matches("[1-9]\\d{0,3}") ? Integer.parseInt(value) : 80;
    }

    @Override
    public int columns() {
        return columns;
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

    /**
     * input(): like CPython's sys.stdin, reads stdin a chunk at a time and returns one line of it.
     * The rest of the chunk stays with input(), so in a piped session the lines after an input()
     * call are swallowed exactly as python3 -i swallows them.
     */
    @Override
    public String readLine(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            int newline;
            while ((newline = stdinBuffer.indexOf("\n")) < 0) {
                if (!readChunk()) {
                    if (stdinBuffer.length() == 0) {
                        return null;
                    }
                    String last = stdinBuffer.toString();
                    stdinBuffer.setLength(0);
                    return last;
                }
            }
            String line = stdinBuffer.substring(0, newline);
            stdinBuffer.delete(0, newline + 1);
            return line;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String ask(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            return nextSessionLine();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Moves up to CHUNK_BYTES of UTF-8 input into the input() buffer, as one read(2) would: what is
     * there now, never waiting for more once something came (a terminal gives a line at Enter).
     * False at end of input.
     */
    private boolean readChunk() throws IOException {
        int bytes = 0;
        boolean any = false;
        while (bytes < CHUNK_BYTES && (!any || in.ready())) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            any = true;
            stdinBuffer.append((char) c);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate((char) c) ? 2 : 3;
        }
        return any;
    }

    /** The next line of the session itself (input() and the REPL share one stdin, as in CPython). */
    public String nextSessionLine() throws IOException {
        return in.readLine();
    }
}
