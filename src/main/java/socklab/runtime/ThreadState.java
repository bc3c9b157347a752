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
    /** Names of what the running input called, for its RunResult; null when no listener asked for them. */
    private java.util.List<String> callRecord;
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

    /** Starts a fresh record of called names; returns the record it replaces (an enclosing run's). */
    java.util.List<String> startCallRecord() {
        java.util.List<String> outer = callRecord;
        callRecord = new java.util.ArrayList<>();
        return outer;
    }

    /** Ends the current record, puts back the enclosing one, and returns what was called. */
    java.util.List<String> endCallRecord(java.util.List<String> outer) {
        java.util.List<String> made = callRecord == null ? java.util.List.of() : callRecord;
        callRecord = outer;
        if (outer != null) {
            outer.addAll(made);
        }
        return made;
    }

    void recordCall(String name) {
        if (callRecord != null && callRecord.size() < MAX_RECORDED_CALLS) {
            callRecord.add(name);
        }
    }

    /** A loop calling a million functions must not keep a million names: the first ones tell enough. */
    private static final int MAX_RECORDED_CALLS = 10_000;

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
