package socklab.runtime.object;

/**
 * What belongs to one Python thread: call depth (for RecursionError), the exception being handled
 * (for bare raise and chaining), the interrupt request Ctrl-C leaves for it, and which interpreter
 * lock it holds. Every wait that may block goes through {@link #blocking} (or {@link #await}, built
 * on it), the one place the lock is released and taken back; see {@link InterpreterLock}.
 */
public final class ThreadState {
    /** CPython's default sys.getrecursionlimit(); the module frame counts as one. */
    public static final int RECURSION_LIMIT = 1000;

    /** The limit of the session this thread runs code for (sys.setrecursionlimit), CPython's default outside one. */
    private int limit() {
        InterpreterLock lock = held;
        return lock == null ? RECURSION_LIMIT : lock.owner().recursionLimit();
    }
    /** Periodic checks (back-edges, calls) between offers to hand the interpreter lock to a waiting thread. */
    private static final int HAND_OVER_TICKS = 200;

    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    int depth;
    /** The innermost Python frame running on this thread (a warning names its line); null outside Python code. */
    private RunningFrame frame;
    /** Names of what the running input called, for its RunResult; null when no listener asked for them. */
    private java.util.List<String> callRecord;
    public PyBaseException handling;
    private volatile boolean interruptRequested;
    /** The interpreter lock this thread holds while it runs Python code; null while it runs none or waits. */
    private InterpreterLock held;
    private int ticksLeft = HAND_OVER_TICKS;
    /**
     * The Java thread running Python code for this state now: its own, or a generator body's
     * thread while the generator runs on its behalf. Only the runner hands over the lock or moves
     * the frame pointer (a generator's frames keep their creator's state, even when another
     * thread, or the cleaner, resumes it).
     */
    private volatile Thread runner = Thread.currentThread();
    /** The Java thread's id: threading.get_native_id() (Java 17 cannot see the OS thread id). */
    private final long nativeId = Thread.currentThread().getId();

    /** The exception an except clause of this thread is handling now (sys.exc_info's), or null. */
    public PyBaseException handling() {
        return handling;
    }

    /** The state of the calling Java thread (each Python thread runs on its own Java thread). */
    public static ThreadState current() {
        return CURRENT.get();
    }

    /** Starts a fresh record of called names; returns the record it replaces (an enclosing run's). */
    public java.util.List<String> startCallRecord() {
        java.util.List<String> outer = callRecord;
        callRecord = new java.util.ArrayList<>();
        return outer;
    }

    /** Ends the current record, puts back the enclosing one, and returns what was called. */
    public java.util.List<String> endCallRecord(java.util.List<String> outer) {
        java.util.List<String> made = callRecord == null ? java.util.List.of() : callRecord;
        callRecord = outer;
        if (outer != null) {
            outer.addAll(made);
        }
        return made;
    }

    public void recordCall(String name) {
        if (callRecord != null && callRecord.size() < MAX_RECORDED_CALLS) {
            callRecord.add(name);
        }
    }

    /** A loop calling a million functions must not keep a million names: the first ones tell enough. */
    private static final int MAX_RECORDED_CALLS = 10_000;

    /** Asks the thread to raise KeyboardInterrupt at its next check (safe from any thread). */
    public void requestInterrupt() {
        requestSignal(SignalHandlers.SIGINT);
    }

    /** Signals that arrived for this thread and wait for their handlers: one bit per signal number. */
    private final java.util.concurrent.atomic.AtomicLong pendingSignals = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Asks the thread to run a signal's handler at its next check, waking it from a blocking call
     * (safe from any thread): SIGINT's default handler raises KeyboardInterrupt.
     */
    public void requestSignal(int signum) {
        pendingSignals.getAndUpdate(bits -> bits | 1L << signum);
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

    /** time.sleep: waits with the lock released, but wakes at once for Ctrl-C and raises KeyboardInterrupt. */
    public void sleep(double seconds) {
        if (seconds == 0) {
            checkInterrupt();
            InterpreterLock l = held;
            if (l != null) {
                l.handOver();
            }
            return;
        }
        await(this, () -> false, seconds);
    }

    /** signal.pause: waits, the lock released, for a signal; runs its handler and returns once the handler has. */
    public void pause() {
        blocking(() -> {
            try {
                synchronized (this) {
                    while (!interruptRequested) {
                        wait();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        checkInterrupt();
    }

    /** A wait that may block, and the checked exception it may throw. */
    @FunctionalInterface
    public interface Wait<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs a wait that may block with the interpreter lock released, and takes the lock back after
     * it, however it ends. The wait must not run Python code (it would run unlocked).
     */
    public <T, E extends Exception> T blocking(Wait<T, E> wait) throws E {
        InterpreterLock l = held;
        if (l == null) {
            return wait.run();
        }
        held = null;
        l.release();
        try {
            return wait.run();
        } finally {
            l.acquire();
            held = l;
        }
    }

    /**
     * The wait behind every lock, condition, event and queue: until ready (tested while holding
     * monitor; it may take what it waited for) is true, timeout seconds pass (negative: no limit,
     * 0: only one test) or Ctrl-C arrives. Whoever can make ready true must notifyAll on monitor.
     * Returns whether ready became true; raises KeyboardInterrupt, with nothing taken, on Ctrl-C.
     */
    public boolean await(Object monitor, java.util.function.BooleanSupplier ready, double timeout) {
        synchronized (monitor) {
            if (ready.getAsBoolean()) {
                return true;
            }
        }
        if (timeout == 0) {
            return false;
        }
        long deadline = System.nanoTime() + (long) (timeout * 1e9);
        boolean got = blocking(() -> {
            setWaker(() -> {
                synchronized (monitor) {
                    monitor.notifyAll();
                }
            });
            try {
                synchronized (monitor) {
                    while (!interruptRequested) {
                        if (ready.getAsBoolean()) {
                            return true;
                        }
                        long left = deadline - System.nanoTime();
                        if (timeout > 0 && left <= 0) {
                            return false;
                        }
                        if (timeout > 0) {
                            monitor.wait(left / 1_000_000, (int) (left % 1_000_000));
                        } else {
                            monitor.wait();
                        }
                    }
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                setWaker(null);
            }
        });
        if (!got && interruptRequested) {
            checkInterrupt();
            // a handler that returns lets the wait go on for what time is left (PEP 475)
            if (timeout < 0) {
                return await(monitor, ready, -1);
            }
            double left = (deadline - System.nanoTime()) / 1e9;
            return left > 0 && await(monitor, ready, left);
        }
        return got;
    }

    /**
     * Marks the start of Python code on this thread: takes the interpreter lock unless this thread
     * holds it already (nested runs). Returns what to pass to {@link #leave} when that code ends.
     */
    public InterpreterLock enter(InterpreterLock lock) {
        InterpreterLock previous = held;
        if (previous != lock) {
            if (previous != null) {
                previous.release();
            }
            lock.acquire();
            held = lock;
            lastSession = lock.owner();
        }
        return previous;
    }

    /** Undoes {@link #enter}: gives the lock back and retakes the one held before, if any. */
    public void leave(InterpreterLock lock, InterpreterLock previous) {
        if (previous == lock) {
            return;
        }
        held = null;
        lock.release();
        if (previous != null) {
            previous.acquire();
            held = previous;
        }
    }

    /** What to close when this Python thread ends (its selector); null until something asks. */
    private java.util.List<Runnable> exitHooks;

    /** Runs hook when the Python thread that owns this state ends (not for the main thread). */
    public void onThreadExit(Runnable hook) {
        if (exitHooks == null) {
            exitHooks = new java.util.ArrayList<>();
        }
        exitHooks.add(hook);
    }

    public void threadExited() {
        if (exitHooks != null) {
            exitHooks.forEach(Runnable::run);
            exitHooks = null;
        }
    }

    /** The innermost Python frame running on this thread, or null outside Python code. */
    public RunningFrame frame() {
        return frame;
    }

    /** The session whose Python code this thread is running; null when it runs none. */
    public Context interpreter() {
        InterpreterLock l = held;
        return l == null ? null : l.owner();
    }

    /** This thread's identity as threading.get_ident() shows it. */
    public long ident() {
        return identOf(nativeId);
    }

    /** The ident of the Python thread running on the Java thread of that id: large, like a pthread_t. */
    public static long identOf(long javaThreadId) {
        return 0x7f0000000000L + (javaThreadId << 21) + 0x640;
    }

    public long nativeId() {
        return nativeId;
    }

    public boolean interruptPending() {
        return interruptRequested;
    }

    public void clearInterrupt() {
        interruptRequested = false;
        pendingSignals.set(0);
    }

    /** The session this thread last ran Python code for; a signal arriving while it waits asks it. */
    private volatile Context lastSession;

    /** Whether the session of this thread has a handler of its own for a signal (asked from any thread). */
    public boolean catches(int signum) {
        Context in = lastSession;
        return in != null && in.signals().catches(signum);
    }

    /** Runs the handlers of the signals that arrived, lowest number first; the first to raise ends the round. */
    private void runSignalHandlers() {
        long bits = pendingSignals.getAndSet(0);
        Context in = interpreter();
        if (in == null) {
            throw Py.error(ExcTypes.KeyboardInterrupt);
        }
        for (int signum = 1; signum < Long.SIZE; signum++) {
            if ((bits & 1L << signum) != 0) {
                long rest = bits & -(1L << (signum + 1));
                try {
                    in.signals().dispatch(signum);
                } catch (PyError e) {
                    // the signals still waiting run at the next check, as CPython runs them one by one
                    if (rest != 0) {
                        pendingSignals.getAndUpdate(b -> b | rest);
                        interruptRequested = true;
                    }
                    throw e;
                }
            }
        }
    }

    /**
     * Raises KeyboardInterrupt if Ctrl-C was pressed, and now and then lets another thread waiting
     * for the interpreter lock run; called at loop back-edges and calls, with the lock held.
     */
    public void checkInterrupt() {
        if (interruptRequested) {
            interruptRequested = false;
            runSignalHandlers();
        }
        if (--ticksLeft <= 0) {
            ticksLeft = HAND_OVER_TICKS;
            // A reserve spent on a MemoryError the program caught is taken back once memory is free again.
            MemoryReserve.restore();
            InterpreterLock l = held;
            if (l != null && runner == Thread.currentThread()) {
                l.handOver();
            }
        }
    }

    /**
     * Lets a generator's body thread run on behalf of this state (its Python thread) until
     * {@link #resumeOn} hands it back to the returned thread.
     */
    public Thread lendTo(Thread worker) {
        Thread was = runner;
        runner = worker;
        return was;
    }

    public void resumeOn(Thread t) {
        runner = t;
    }

    /** Makes ts the state of the calling Java thread: a generator's body thread takes its resumer's. */
    public static void adopt(ThreadState ts) {
        CURRENT.set(ts);
    }

    /** Makes f the innermost frame (on this state's own thread); returns the one to restore. */
    public RunningFrame enterFrame(RunningFrame f) {
        RunningFrame caller = frame;
        if (runner == Thread.currentThread()) {
            f.linkCaller(caller);
            frame = f;
        }
        return caller;
    }

    public void exitFrame(RunningFrame caller) {
        if (runner == Thread.currentThread()) {
            frame = caller;
        }
    }

    public void enterCall() {
        checkInterrupt();
        if (++depth >= limit()) {
            depth--;
            throw Py.error(ExcTypes.RecursionError, "maximum recursion depth exceeded");
        }
    }

    public void exitCall() {
        depth--;
    }

    /** How many Python calls this thread is inside (the module frame not counted). */
    public int callDepth() {
        return depth;
    }

    /**
     * Counts frames of CPython's own Python code that socklab runs in Java (a thread's
     * _bootstrap, _bootstrap_inner and run) toward the recursion limit, as CPython does.
     */
    public void countLibraryFrames(int frames) {
        depth += frames;
    }

    /**
     * One level of a container's repr or comparison: CPython counts these against the same limit
     * as calls, so a deeply nested list fails with RecursionError instead of exhausting the stack.
     */
    public void enterNested(String during) {
        if (++depth >= limit()) {
            depth--;
            throw Py.error(ExcTypes.RecursionError, "maximum recursion depth exceeded " + during);
        }
    }

    public void exitNested() {
        depth--;
    }
}
