package socklab.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import socklab.runtime.object.Io;
import socklab.runtime.object.ThreadState;

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
    /** The read of stdin under way for input() or sys.stdin, if any (see {@link #readChunk}). */
    private CompletableFuture<String> reading;

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
     * Moves the next chunk of stdin into the input() buffer; false at end of input. The read runs
     * off the Python thread, which waits for it as for any blocking call, so Ctrl-C raises
     * KeyboardInterrupt in input() at once, as CPython's interrupted read(2) does; a read cut short
     * so goes on, and the next read takes what it got.
     */
    private boolean readChunk() throws IOException {
        CompletableFuture<String> r = reading;
        if (r == null) {
            r = CompletableFuture.supplyAsync(this::chunk, StreamIo::onOwnThread);
            CompletableFuture<String> done = r;
            r.whenComplete((chunk, failure) -> {
                synchronized (done) {
                    done.notifyAll();
                }
            });
            reading = r;
        }
        if (!ThreadState.current().await(r, r::isDone, -1)) {
            return false;
        }
        reading = null;
        try {
            String chunk = r.join();
            stdinBuffer.append(chunk);
            return !chunk.isEmpty();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        }
    }

    /** A read of stdin gets a thread of its own, gone when the read ends (a pending read never holds the JVM open). */
    private static void onOwnThread(Runnable read) {
        Thread t = new Thread(read, "socklab-stdin");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Up to CHUNK_BYTES of UTF-8 input, as one read(2) would give: what is there now, never waiting
     * for more once something came (a terminal gives a line at Enter); "" at end of input.
     */
    private String chunk() {
        StringBuilder got = new StringBuilder();
        int bytes = 0;
        try {
            while (bytes < CHUNK_BYTES && (got.length() == 0 || in.ready())) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                got.append((char) c);
                bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate((char) c) ? 2 : 3;
            }
        } catch (IOException e) {
            if (got.length() == 0) {
                throw new UncheckedIOException(e);
            }
        }
        return got.toString();
    }

    /** The next line of the session itself (input() and the REPL share one stdin, as in CPython). */
    public String nextSessionLine() throws IOException {
        CompletableFuture<String> r = reading;
        if (r != null) {
            // an input() cut short by Ctrl-C left its read going: what it gets is input()'s, as in one stdin buffer
            reading = null;
            try {
                stdinBuffer.append(r.join());
            } catch (CompletionException e) {
                return null;
            }
        }
        return in.readLine();
    }
}
