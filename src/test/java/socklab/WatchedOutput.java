package socklab;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * What a shell under test writes, kept so a test can wait for a text to appear: every write wakes
 * the waiter, so tests synchronise on output, never on sleeps. view turns the raw text into what
 * is searched (a terminal's output without its escape sequences, say).
 */
public final class WatchedOutput extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final UnaryOperator<String> view;
    private final Duration timeout;
    private int consumed;

    public WatchedOutput(UnaryOperator<String> view, Duration timeout) {
        this.view = view;
        this.timeout = timeout;
    }

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

    /** Everything written so far, as written. */
    public synchronized String raw() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Everything written so far, through the view. */
    public synchronized String seen() {
        return view.apply(raw());
    }

    /** Waits until text appears after what earlier waits consumed; returns the output up to and including it. */
    public synchronized String await(String text) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String seen = seen();
            int at = seen.indexOf(text, consumed);
            if (at >= 0) {
                String upTo = seen.substring(consumed, at + text.length());
                consumed = at + text.length();
                return upTo;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("never saw \"" + text + "\"; output after the last text waited for:\n" + seen.substring(consumed));
            }
            wait(left / 1_000_000 + 1);
        }
    }
}
