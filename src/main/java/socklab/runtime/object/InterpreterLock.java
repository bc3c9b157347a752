package socklab.runtime.object;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One interpreter's lock (CPython's GIL): Python code of a session runs only on the thread that
 * holds it, so the value model, the module tables and every per-session state need no locking of
 * their own.
 *
 * <p>How it is used, all through {@link ThreadState}: a thread takes the lock when it starts running
 * Python code (Interpreter.execute, a new Python thread's start) and gives it back when it stops;
 * every wait that may block ({@link ThreadState#blocking} — the socket Waiter's selector, time.sleep,
 * input(), the waits of locks, conditions, events, queues and join) runs with the lock released; and
 * a busy thread hands it over at its periodic checks (loop back-edges and calls), so a loop in one
 * thread does not starve the others. The lock is a fair one-permit semaphore rather than an owned
 * lock: a generator's body runs on a Java thread of its own on behalf of the thread that resumed
 * it, and may release and retake the permit in that thread's stead.
 *
 * <p>At exit the interpreter {@link #finalizeSession() finalizes} it: from then on a thread that
 * tries to take it (a daemon thread coming back from a wait, or handing over) stops for good, as
 * CPython stops daemon threads at shutdown, so no Python code runs after the session closed.
 */
public final class InterpreterLock {
    /** How long shutdown waits for a busy thread to hand the lock over before finalizing anyway. */
    private static final long FINALIZE_WAIT_MILLIS = 1000;

    private final Semaphore permit = new Semaphore(1, true);
    private volatile boolean finalizing;
    private final Context owner;

    public InterpreterLock(Context owner) {
        this.owner = owner;
    }

    Context owner() {
        return owner;
    }

    void acquire() {
        if (finalizing) {
            stopForever();
        }
        permit.acquireUninterruptibly();
        if (finalizing) {
            permit.release();
            stopForever();
        }
    }

    void release() {
        permit.release();
    }

    /** Lets a waiting thread run before this one continues; a no-op when nobody waits. */
    void handOver() {
        if (permit.hasQueuedThreads()) {
            permit.release();
            acquire();
        }
    }

    /** Takes the lock for good (waiting briefly for its holder), so other threads never run Python again. */
    public void finalizeSession() {
        finalizing = true;
        try {
            permit.tryAcquire(FINALIZE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopForever() {
        while (true) {
            LockSupport.park();
        }
    }
}
