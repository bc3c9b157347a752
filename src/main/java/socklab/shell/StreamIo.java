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
    /** A look ahead at stdin for select(): one byte read and put back, on a thread of its own since it may wait. */
    private java.util.concurrent.CompletableFuture<Boolean> peek;
    private volatile boolean stdinEnded;
    /** Held by every read of stdin, so that a look ahead's read and put-back is never split by one. */
    private final Object stdinLock = new Object();

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
    public void outBytes(byte[] data) {
        out.write(data, 0, data.length);
    }

    @Override
    public void errBytes(byte[] data) {
        out.flush();
        err.write(data, 0, data.length);
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
        String line = stdinLine(-1);
        if (line.isEmpty()) {
            return null;
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    @Override
    public String stdinLine(long limit) {
        try {
            int newline;
            while ((newline = stdinBuffer.indexOf("\n")) < 0 && !holds(limit) && readChunk()) {
                // wait for a whole line, or enough of one, or the end of input
            }
            int end = newline < 0 ? stdinBuffer.length() : newline + 1;
            if (limit > 0 && stdinBuffer.codePointCount(0, end) > limit) {
                end = stdinBuffer.offsetByCodePoints(0, (int) limit);
            }
            String line = stdinBuffer.substring(0, end);
            stdinBuffer.delete(0, end);
            return line;
        } catch (IOException e) {
            return "";
        }
    }

    /** Whether the buffer already holds the limit characters a readline(limit) asks for. */
    private boolean holds(long limit) {
        return limit > 0 && stdinBuffer.codePointCount(0, stdinBuffer.length()) >= limit;
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
        synchronized (stdinLock) {
            return readChunkLocked();
        }
    }

    private boolean readChunkLocked() throws IOException {
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

    /**
     * select() on stdin: ready when input() holds text, the reader has some, or the input has ended
     * (as select(2) says of a pipe whose writer closed it, or of /dev/null). Otherwise a look ahead
     * waits for either on a daemon thread, holding the reader's lock so that no read interleaves.
     */
    @Override
    public synchronized boolean stdinReady() {
        if (stdinBuffer.length() > 0 || stdinEnded) {
            return true;
        }
        if (peek != null && !peek.isDone()) {
            return false;
        }
        try {
            if (in.ready()) {
                return true;
            }
        } catch (IOException e) {
            return true;
        }
        peek = java.util.concurrent.CompletableFuture.supplyAsync(this::lookAhead, task -> {
            Thread t = new Thread(task, "socklab-stdin-peek");
            t.setDaemon(true);
            t.start();
        });
        return false;
    }

    private boolean lookAhead() {
        synchronized (stdinLock) {
            try {
                in.mark(1);
                if (in.read() < 0) {
                    stdinEnded = true;
                } else {
                    in.reset();
                }
            } catch (IOException e) {
                stdinEnded = true;
            }
        }
        return true;
    }

    /** The next line of the session itself (input() and the REPL share one stdin, as in CPython). */
    public String nextSessionLine() throws IOException {
        synchronized (stdinLock) {
            return in.readLine();
        }
    }
}
