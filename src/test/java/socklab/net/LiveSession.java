package socklab.net;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import socklab.Sessions;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.runtime.object.ThreadState;
import socklab.shell.Signals;
import socklab.shell.StreamIo;

/**
 * A piped session running on its own thread that a test types into line by line and reads
 * output lines from, so a test can act as the peer between two statements of the session.
 */
final class LiveSession implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(120);

    private final PipedOutputStream keys = new PipedOutputStream();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CompletableFuture<ThreadState> state = new CompletableFuture<>();
    private final Thread thread;

    LiveSession() throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        PrintStream out = new PrintStream(new LineSplitter(lines), true, StandardCharsets.UTF_8);
        StreamIo io = new StreamIo(out, out, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        thread = new Thread(() -> {
            state.complete(ThreadState.current());
            socklab.shell.Repl repl = Sessions.piped(io, Signals.none(), new Messages(Lang.EN), java.nio.file.Path.of("/nonexistent-socklab-home"), null);
            try {
                repl.run();
            } finally {
                repl.interpreter().shutdown();
            }
        }, "live-session");
        thread.start();
    }

    /** Types a line (a blank line ends a compound statement, as at the prompt). */
    LiveSession type(String line) throws IOException {
        keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** The next line the session printed; fails the test if none comes in time. */
    String next() throws InterruptedException {
        String l = lines.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (l == null) {
            throw new AssertionError("the session printed nothing within " + WAIT);
        }
        return l;
    }

    /** The next line that is not part of a traceback's frame list. */
    String nextResult() throws InterruptedException {
        while (true) {
            String l = next();
            if (!l.startsWith("Traceback (most recent call last):") && !l.startsWith("  ")) {
                return l;
            }
        }
    }

    /** Ctrl-C, as the shell's signal handler delivers it. */
    void interrupt() throws Exception {
        state.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).requestInterrupt();
    }

    @Override
    public void close() throws Exception {
        keys.close();
        thread.join(WAIT.toMillis());
        if (thread.isAlive()) {
            interrupt();
            thread.join(WAIT.toMillis());
            throw new AssertionError("the session did not end");
        }
    }

    /** Collects what the session prints and hands it over a line at a time. */
    private static final class LineSplitter extends OutputStream {
        /** The session's prompts, which precede what a statement prints on the same line. */
        private static final java.util.regex.Pattern PROMPTS = java.util.regex.Pattern.compile("^(?:>>> |\\.\\.\\. )+");
        private final BlockingQueue<String> lines;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineSplitter(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(PROMPTS.matcher(line.toString(StandardCharsets.UTF_8)).replaceFirst(""));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
