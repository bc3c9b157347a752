package socklab.classroom;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import socklab.Sessions;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.shell.Repl;
import socklab.shell.Signals;
import socklab.shell.StreamIo;

/**
 * A whole piped socklab shell in this JVM, as `socklab < pipe` runs one, fed line by line while
 * the test watches its output (stdout and stderr together) for what it expects.
 */
final class PipedShell implements AutoCloseable {
    private final PipedOutputStream keys = new PipedOutputStream();
    private final Output output = new Output();
    private final Thread thread;

    PipedShell(Path home, Lang lang) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(new PipedInputStream(keys, 1 << 16), StandardCharsets.UTF_8));
        PrintStream both = new PrintStream(output, true, StandardCharsets.UTF_8);
        Repl repl = Sessions.piped(new StreamIo(both, both, in), Signals.none(), new Messages(lang), home, null);
        thread = new Thread(null, () -> {
            try {
                repl.run();
            } finally {
                repl.interpreter().shutdown();
            }
        }, "python", 64L << 20);
        thread.start();
    }

    void type(String line) throws IOException {
        keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Waits until text shows after everything already expected; returns the output up to it. */
    String expect(String text) throws InterruptedException {
        return output.await(text);
    }

    String all() {
        return output.text();
    }

    /** Ends the input, as Ctrl-D or the end of a pipe would, and waits for the shell to finish. */
    @Override
    public void close() throws Exception {
        keys.close();
        thread.join(ClassWatch.TIMEOUT.toMillis());
        if (thread.isAlive()) {
            fail("shell still running; output:\n" + all());
        }
    }

    /** The shell's output; every write wakes whoever waits for some text. */
    private static final class Output extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int consumed;

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            notifyAll();
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        synchronized String await(String wanted) throws InterruptedException {
            long deadline = System.nanoTime() + ClassWatch.TIMEOUT.toNanos();
            while (true) {
                String seen = text();
                int at = seen.indexOf(wanted, consumed);
                if (at >= 0) {
                    String upTo = seen.substring(consumed, at + wanted.length());
                    consumed = at + wanted.length();
                    return upTo;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    fail("waited for \"" + wanted + "\"; output after the last expected text:\n" + seen.substring(consumed));
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }
}
