package socklab.net;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import socklab.runtime.object.ThreadState;

/**
 * The one routine behind every call that may block (accept, connect, recv*, send*, select):
 * try the non-blocking operation, and while it would block wait on a Selector, with a deadline
 * for a timeout, not at all in non-blocking mode. Ctrl-C wakes the selector through the thread's
 * waker and raises KeyboardInterrupt; the channel stays open (Thread.interrupt would close it).
 * The selector wait runs with the interpreter lock released, so other Python threads run meanwhile.
 */
final class Waiter {
    /** Each thread's selector, opened on first wait and closed when its Python thread ends. */
    private static final ThreadLocal<Selector> SELECTORS = new ThreadLocal<>();

    private Waiter() {}

    /** One try of the operation; null means it would block. */
    @FunctionalInterface
    interface Attempt<T> {
        T once() throws IOException;
    }

    /** How long a call may wait: forever (blocking), not at all, or until a deadline. */
    record Mode(double timeout, long deadlineNanos) {
        static Mode of(double timeout) {
            return new Mode(timeout, timeout > 0 ? System.nanoTime() + (long) (timeout * 1e9) : 0);
        }

        boolean nonBlocking() {
            return timeout == 0;
        }

        boolean blocking() {
            return timeout < 0;
        }

        /** Milliseconds left to wait (at least 1), or 0 for no limit; TimeoutError once past the deadline. */
        long millisLeft() {
            if (blocking()) {
                return 0;
            }
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                throw NetError.timedOut();
            }
            return Math.max(1, (left + 999_999) / 1_000_000);
        }
    }

    static <T> T await(SelectableChannel ch, int ops, Mode mode, Attempt<T> attempt) throws IOException {
        T result = attempt.once();
        if (result != null) {
            return result;
        }
        if (mode.nonBlocking()) {
            throw Errno.EAGAIN.error();
        }
        Selector sel = selector();
        SelectionKey key = ch.register(sel, ops);
        try {
            while (true) {
                waitOn(sel, mode);
                sel.selectedKeys().clear();
                result = attempt.once();
                if (result != null) {
                    return result;
                }
            }
        } finally {
            key.cancel();
            sel.selectNow();
        }
    }

    /** The thread's selector, for select.select to register many channels on. */
    static Selector selector() {
        Selector sel = SELECTORS.get();
        if (sel == null || !sel.isOpen()) {
            try {
                sel = Selector.open();
            } catch (IOException e) {
                throw Errno.fromJava(e, Operation.OPEN);
            }
            SELECTORS.set(sel);
            Selector opened = sel;
            ThreadState.current().onThreadExit(() -> {
                try {
                    opened.close();
                } catch (IOException e) {
                    // nothing is waiting on it any more; a failed close only leaks what it held
                }
            });
        }
        return sel;
    }

    /** One wait on the selector: returns when something is ready, raises on timeout or Ctrl-C. */
    static int waitOn(Selector sel, Mode mode) throws IOException {
        ThreadState ts = ThreadState.current();
        ts.setWaker(sel::wakeup);
        try {
            ts.checkInterrupt();
            long ms = mode.millisLeft();
            int n = ts.blocking(() -> ms == 0 ? sel.select() : sel.select(ms));
            ts.checkInterrupt();
            return n;
        } finally {
            ts.setWaker(null);
        }
    }
}
