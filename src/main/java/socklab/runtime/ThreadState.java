package socklab.runtime;

/**
 * What belongs to one Python thread: call depth (for RecursionError), the exception being handled
 * (for bare raise and chaining) and the interrupt request Ctrl-C leaves for it.
 */
public final class ThreadState {
    /** CPython's default sys.getrecursionlimit(); the module frame counts as one. */
    public static final int RECURSION_LIMIT = 1000;

    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    int depth;
    /** Names of the functions called while a lesson watches the learner; null when nobody watches. */
    private java.util.List<String> callLog;
    PyBaseException handling;
    private volatile boolean interruptRequested;

    /** The exception an except clause of this thread is handling now (sys.exc_info's), or null. */
    public PyBaseException handling() {
        return handling;
    }

    /** The state of the calling Java thread (each Python thread runs on its own Java thread). */
    public static ThreadState current() {
        return CURRENT.get();
    }

    /** Starts recording the names of called functions (a fresh, empty log). */
    public void startCallLog() {
        callLog = new java.util.ArrayList<>();
    }

    /** Stops recording and returns what was called since startCallLog(). */
    public java.util.List<String> stopCallLog() {
        java.util.List<String> log = callLog == null ? java.util.List.of() : callLog;
        callLog = null;
        return log;
    }

    void recordCall(String name) {
        if (callLog != null) {
            callLog.add(name);
        }
    }

    /** Asks the thread to raise KeyboardInterrupt at its next check (safe from any thread). */
    public void requestInterrupt() {
        interruptRequested = true;
        synchronized (this) {
            notifyAll();
        }
        Runnable w = waker;
        if (w != null) {
            w.run();
        }
    }

    private volatile Runnable waker;

    /** Lets a blocking call (a selector) be woken when Ctrl-C arrives; null to clear. */
    public void setWaker(Runnable w) {
        waker = w;
    }

    /** time.sleep: waits, but wakes at once for Ctrl-C and raises KeyboardInterrupt. */
    public void sleep(double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        synchronized (this) {
            while (!interruptRequested) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        checkInterrupt();
    }

    public boolean interruptPending() {
        return interruptRequested;
    }

    public void clearInterrupt() {
        interruptRequested = false;
    }

    /** Raises KeyboardInterrupt if Ctrl-C was pressed; called at loop back-edges and calls. */
    public void checkInterrupt() {
        if (interruptRequested) {
            interruptRequested = false;
            throw Py.error(ExcTypes.KeyboardInterrupt);
        }
    }

    void enterCall() {
        if (++depth >= RECURSION_LIMIT) {
            depth--;
            throw Py.error(ExcTypes.RecursionError, "maximum recursion depth exceeded");
        }
    }

    void exitCall() {
        depth--;
    }
}
