package socklab.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import socklab.net.Errno;
import socklab.runtime.object.Args;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySet;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.SignalHandlers;
import socklab.runtime.object.ThreadState;

/**
 * The {@code _signal} module behind signal.py: Linux's signal numbers and the session's handler
 * table ({@link SignalHandlers}), which the main thread consults when Ctrl-C or SIGTERM arrives.
 */
final class SignalModule {
    private static final int NSIG = 65;
    private static final int SIGALRM = 14;
    static final socklab.runtime.object.PyType ITIMER_ERROR = socklab.runtime.object.ExcTypes.subclass("signal", "itimer_error",
            socklab.runtime.object.ExcTypes.OSError);
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
            "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
            "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
            "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
            "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
            "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    private SignalModule() {}

    /** Linux x86-64's signal names, in the order CPython's _signal lists them. */
    private static Map<String, Integer> numbers() {
        Map<String, Integer> n = new LinkedHashMap<>();
        String[] names = {"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGIOT", "SIGABRT", "SIGFPE", "SIGKILL", "SIGBUS",
            "SIGSEGV", "SIGSYS", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGUSR1", "SIGUSR2", "SIGCLD", "SIGCHLD", "SIGPWR", "SIGIO",
            "SIGURG", "SIGWINCH", "SIGPOLL", "SIGSTOP", "SIGTSTP", "SIGCONT", "SIGTTIN", "SIGTTOU", "SIGVTALRM", "SIGPROF",
            "SIGXCPU", "SIGXFSZ", "SIGRTMIN", "SIGRTMAX", "SIGSTKFLT"};
        int[] values = {1, 2, 3, 4, 5, 6, 6, 8, 9, 7, 11, 31, 13, 14, 15, 10, 12, 17, 17, 30, 29, 23, 28, 29, 19, 20, 18, 21,
            22, 26, 27, 24, 25, 34, 64, 16};
        for (int i = 0; i < names.length; i++) {
            n.put(names[i], values[i]);
        }
        return n;
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_signal");
        Map<String, PyObject> d = m.dict();
        SignalHandlers handlers = interp.signals();
        d.put("NSIG", PyInt.of(NSIG));
        d.put("SIG_BLOCK", PyInt.of(0));
        d.put("SIG_UNBLOCK", PyInt.of(1));
        d.put("SIG_SETMASK", PyInt.of(2));
        numbers().forEach((name, value) -> d.put(name, PyInt.of(value)));
        d.put("ITIMER_REAL", PyInt.of(0));
        d.put("ITIMER_VIRTUAL", PyInt.of(1));
        d.put("ITIMER_PROF", PyInt.of(2));
        d.put("SIG_DFL", PyInt.of(SignalHandlers.DEFAULT));
        d.put("SIG_IGN", PyInt.of(SignalHandlers.IGNORE));
        d.put("default_int_handler", handlers.defaultIntHandler());
        d.put("signal", new PyBuiltinFunction("signal", (a, kw) -> {
            PyObject[] p = Args.expected("signal", a, kw, 2, 2);
            int signum = signalNumber(p[0]);
            PyObject handler = p[1];
            boolean dflOrIgn = handler instanceof PyInt i && (Py.index(i) == SignalHandlers.DEFAULT || Py.index(i) == SignalHandlers.IGNORE);
            if (!dflOrIgn && !handler.isCallable()) {
                throw Py.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (!interp.isMainThread()) {
                throw Py.valueError("signal only works in main thread of the main interpreter");
            }
            if (signum == 9 || signum == 19 || signum == 32 || signum == 33) {
                throw Py.osError(Errno.EINVAL.code(), Errno.EINVAL.strerror());
            }
            PyObject old = handlers.get(signum);
            handlers.set(signum, dflOrIgn ? PyInt.of(Py.index(handler)) : handler);
            return old;
        }));
        d.put("getsignal", new PyBuiltinFunction("getsignal", (a, kw) -> handlers.get(signalNumber(Args.one("getsignal", a, kw)))));
        d.put("raise_signal", new PyBuiltinFunction("raise_signal", (a, kw) -> {
            int signum = signalNumber(Args.one("raise_signal", a, kw));
            if (signum == 32 || signum == 33) {
                throw Py.osError(Errno.EINVAL.code(), Errno.EINVAL.strerror());
            }
            interp.deliverSignal(signum);
            return PyNone.NONE;
        }));
        d.put("strsignal", new PyBuiltinFunction("strsignal", (a, kw) -> {
            int signum = signalNumber(Args.one("strsignal", a, kw));
            if (signum < DESCRIPTIONS.length) {
                return DESCRIPTIONS[signum] == null ? PyNone.NONE : new PyStr(DESCRIPTIONS[signum]);
            }
            return signum >= 34 ? new PyStr("Real-time signal " + (signum - 34)) : PyNone.NONE;
        }));
        RealTimer timer = new RealTimer(() -> interp.deliverSignal(SIGALRM));
        interp.onExit(timer::stop);
        d.put("ItimerError", ITIMER_ERROR);
        d.put("alarm", new PyBuiltinFunction("alarm", (a, kw) -> {
            long seconds = Py.index(Args.one("alarm", a, kw));
            double left = timer.set(Math.max(0, seconds), 0)[0];
            return PyInt.of(left == 0 ? 0 : Math.max(1, Math.round(left)));
        }));
        d.put("setitimer", new PyBuiltinFunction("setitimer", (a, kw) -> {
            PyObject[] p = Args.expected("setitimer", a, kw, 2, 3);
            itimer(p[0]);
            double[] was = timer.set(seconds(p[1]), p[2] == null ? 0 : seconds(p[2]));
            return Py.tuple(new PyFloat(was[0]), new PyFloat(was[1]));
        }));
        d.put("getitimer", new PyBuiltinFunction("getitimer", (a, kw) -> {
            itimer(Args.one("getitimer", a, kw));
            double[] now = timer.get();
            return Py.tuple(new PyFloat(now[0]), new PyFloat(now[1]));
        }));
        d.put("pause", new PyBuiltinFunction("pause", (a, kw) -> {
            Args.none("pause", a, kw);
            ThreadState.current().pause();
            return PyNone.NONE;
        }));
        d.put("valid_signals", new PyBuiltinFunction("valid_signals", (a, kw) -> {
            Args.none("valid_signals", a, kw);
            PySet all = new PySet(false);
            for (int s = 1; s < NSIG; s++) {
                if (s != 32 && s != 33) {
                    all.set().add(PyInt.of(s));
                }
            }
            return all;
        }));
        return m;
    }

    /** Only the real-time timer is kept: the CPU-time ones count as it does (socklab measures no CPU time). */
    private static void itimer(PyObject which) {
        long w = Py.index(which);
        if (w < 0 || w > 2) {
            throw new socklab.runtime.object.PyError(socklab.runtime.object.PyBaseException.oserror(ITIMER_ERROR, Errno.EINVAL.code(),
                    Errno.EINVAL.strerror()));
        }
    }

    private static double seconds(PyObject o) {
        double s = o instanceof PyFloat f ? f.value() : Py.index(o);
        return Math.max(0, s);
    }

    /**
     * The session's ITIMER_REAL: SIGALRM for the main thread after a delay, then every interval
     * when one is set; alarm and setitimer set it, each replacing what was set before.
     */
    private static final class RealTimer {
        private final Runnable fire;
        private java.util.concurrent.ScheduledExecutorService clock;
        private java.util.concurrent.ScheduledFuture<?> pending;
        private double interval;

        RealTimer(Runnable fire) {
            this.fire = fire;
        }

        /** Sets the timer (0 seconds: off); returns what was left of the old one and its interval. */
        synchronized double[] set(double seconds, double every) {
            double[] was = get();
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
            interval = seconds > 0 ? every : 0;
            if (seconds > 0) {
                if (clock == null) {
                    clock = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "socklab-itimer");
                        t.setDaemon(true);
                        return t;
                    });
                }
                long delay = (long) (seconds * 1e6);
                pending = interval > 0
                        ? clock.scheduleAtFixedRate(fire, delay, (long) (interval * 1e6), java.util.concurrent.TimeUnit.MICROSECONDS)
                        : clock.schedule(fire, delay, java.util.concurrent.TimeUnit.MICROSECONDS);
            }
            return was;
        }

        /** The session ends: no alarm may come after it. */
        synchronized void stop() {
            if (clock != null) {
                clock.shutdownNow();
            }
        }

        synchronized double[] get() {
            if (pending == null || pending.isDone()) {
                return new double[] {0, 0};
            }
            double left = Math.max(pending.getDelay(java.util.concurrent.TimeUnit.MICROSECONDS), 0) / 1e6;
            return new double[] {left, interval};
        }
    }

    private static int signalNumber(PyObject o) {
        long n = Py.index(o);
        if (n < 1 || n >= NSIG) {
            throw Py.valueError("signal number out of range");
        }
        return (int) n;
    }
}
