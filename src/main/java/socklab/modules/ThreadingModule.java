package socklab.modules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.LibraryClasses;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyMethod;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;
import socklab.runtime.object.ThreadState;

/**
 * The {@code threading} module. Thread (and Timer, and the main and dummy threads) are library
 * classes a learner can subclass, keeping their state in the attributes CPython's threading.py
 * uses (_target, _started, _tstate_lock …), so an overridden run() or __init__ behaves as in
 * CPython. The synchronisation objects are Java types whose waits all go through
 * {@link ThreadState#await}: they release the interpreter lock and end at Ctrl-C.
 */
final class ThreadingModule {
    /**
     * CPython's threading.py runs three frames under a thread's target (_bootstrap,
     * _bootstrap_inner, run) that count toward its recursion limit; our call of run() counts one.
     */
    private static final int BOOTSTRAP_FRAMES = 2;
    /** The lines of CPython's threading.py that its tracebacks show (3.11.7). */
    private static final int BOOTSTRAP_LINE = 1045;
    private static final int RUN_LINE = 982;
    private static final int TIMER_RUN_LINE = 1401;

    private static final Signature INIT = Signature.parse("Thread.__init__(self, group, target, name, args, kwargs, *, daemon)");
    private static final Signature JOIN = Signature.parse("Thread.join(self, timeout)");
    private static final Signature TIMER_INIT = Signature.parse("Timer.__init__(self, interval, function, args, kwargs)");
    private static final Signature WAIT = Signature.parse("wait(self, timeout)");
    private static final Signature WAIT_FOR = Signature.parse("Condition.wait_for(self, predicate, timeout)");
    private static final Signature NOTIFY = Signature.parse("Condition.notify(self, n)");
    private static final Signature SEM_ACQUIRE = Signature.parse("Semaphore.acquire(self, blocking, timeout)");
    private static final Signature SEM_RELEASE = Signature.parse("Semaphore.release(self, n)");
    private static final Signature BARRIER = Signature.parse("Barrier.__init__(self, parties, action, timeout)");

    private static final String FILE = ModuleSpec.LIBRARY + "threading.py";

    /**
     * The error, with a frame of CPython's threading.py added as innermost so far: socklab writes
     * in Java what CPython runs there, so tracebacks show that line as CPython's do.
     */
    static PyError at(PyError e, int line, String function, String text, String carets) {
        e.addFrame(new PyError.Frame(FILE, line, function, text, carets));
        return e;
    }

    /**
     * The error (a Ctrl-C) with the frame of Condition.wait that CPython shows for a wait on a
     * condition, without a timeout (negative) or with one (positive).
     */
    static PyError inConditionWait(PyError e, double timeout) {
        return timeout < 0 ? at(e, 327, "wait", "waiter.acquire()", null)
                : at(e, 331, "wait", "gotit = waiter.acquire(True, timeout)", "waiter.acquire(True, timeout)");
    }

    /** A RuntimeError raised by a `raise RuntimeError("...")` line of threading.py. */
    private static PyError raised(int line, String function, String message) {
        return at(Py.error(ExcTypes.RuntimeError, message), line, function, "raise RuntimeError(\"" + message + "\")", null);
    }

    static final PyType BROKEN_BARRIER = ExcTypes.subclass("threading", "BrokenBarrierError", ExcTypes.RuntimeError);

    private ThreadingModule() {}

    static PyModule create(Interpreter interp) {
        return new Session(interp).module;
    }

    /** Binds a Python-style call of a method whose signature names self first. */
    private static PyObject[] bind(Signature sig, PyObject self, PyObject[] a, Map<String, PyObject> kw, PyObject... defaults) {
        PyObject[] all = new PyObject[a.length + 1];
        all[0] = self;
        System.arraycopy(a, 0, all, 1, a.length);
        return sig.bind(all, kw, defaults);
    }

    /**
     * A timeout argument: None for no limit (negative); a number that is not positive, NaN
     * included, as no wait at all (CPython's Condition.wait only waits when timeout > 0).
     */
    private static double timeout(PyObject t) {
        if (t == PyNone.NONE) {
            return -1;
        }
        double s = ThreadModule.seconds(t);
        return s > 0 ? s : 0;
    }

    private static String at(PyObject o) {
        return " at 0x" + Long.toHexString(Py.id(o));
    }

    /** One import of threading: its classes (per session, as the learner may change them) and its threads. */
    private static final class Session {
        final Interpreter interp;
        final PyModule module = new PyModule("threading");
        final PyType threadType = LibraryClasses.create("Thread", "threading", null);
        final PyType mainType = LibraryClasses.create("_MainThread", "threading", threadType);
        final PyType dummyType = LibraryClasses.create("_DummyThread", "threading", threadType);
        final PyType timerType = LibraryClasses.create("Timer", "threading", threadType);
        /** Started threads (CPython's _limbo and _active), in the order they started. */
        final List<PyObject> alive = new ArrayList<>();
        final Map<ThreadState, PyObject> byState = new HashMap<>();
        final PyObject mainThread;
        final List<Runnable> atexitCalls = new ArrayList<>();
        int threadCount;
        int dummyCount;

        Session(Interpreter interp) {
            this.interp = interp;
            defineThread();
            defineTimer();
            mainThread = adopt(mainType, "MainThread", false);
            fill(module.dict());
            interp.onExit(this::awaitNonDaemonThreads);
        }

        /**
         * CPython's threading._shutdown: the calls _register_atexit gathered (concurrent.futures
         * wakes its idle workers so), last first, then the main thread waits for every non-daemon thread.
         */
        private void awaitNonDaemonThreads() {
            try {
                for (int i = atexitCalls.size() - 1; i >= 0; i--) {
                    atexitCalls.get(i).run();
                }
                for (PyObject t : new ArrayList<>(alive)) {
                    if (t != mainThread && !t.getAttr("_daemonic").isTrue()) {
                        waitStopped(t, -1);
                    }
                }
            } catch (PyError e) {
                if (!e.matches(ExcTypes.KeyboardInterrupt)) {
                    throw e;
                }
            }
        }

        /** A thread object for the calling Java thread, which threading did not start (main, dummy). */
        private PyObject adopt(PyType cls, String name, boolean daemon) {
            ThreadState ts = ThreadState.current();
            PyObject t = LibraryClasses.blank(cls);
            t.setAttr("_name", new PyStr(name));
            t.setAttr("_daemonic", Py.bool(daemon));
            t.setAttr("_ident", PyInt.of(ts.ident()));
            t.setAttr("_native_id", PyInt.of(ts.nativeId()));
            ThreadModule.Lock running = new ThreadModule.Lock();
            running.acquire(0);
            t.setAttr("_tstate_lock", running);
            Event started = new Event();
            started.set();
            t.setAttr("_started", started);
            t.setAttr("_is_stopped", Py.bool(false));
            t.setAttr("_initialized", Py.bool(true));
            alive.add(t);
            byState.put(ts, t);
            return t;
        }

        PyObject current() {
            PyObject t = byState.get(ThreadState.current());
            return t != null ? t : adopt(dummyType, "Dummy-" + ++dummyCount, true);
        }

        private static PyObject own(PyObject self, String name) {
            try {
                return self.getAttr(name);
            } catch (PyError e) {
                if (e.matches(ExcTypes.AttributeError)) {
                    return null;
                }
                throw e;
            }
        }

        /** Refuses a thread whose __init__ never ran, with the error that method of threading.py raises. */
        private static void requireInit(PyObject self, java.util.function.Supplier<PyError> error) {
            PyObject init = own(self, "_initialized");
            if (init == null || !init.isTrue()) {
                throw error.get();
            }
        }

        private static Event started(PyObject self) {
            return (Event) self.getAttr("_started");
        }

        private void defineThread() {
            PyType t = threadType;
            LibraryClasses.function(t, "__init__", this::init);
            LibraryClasses.function(t, "start", (self, a, kw) -> {
                Args.selfOnly("Thread.start", a, kw);
                start(self);
                return PyNone.NONE;
            });
            LibraryClasses.function(t, "run", (self, a, kw) -> {
                Args.selfOnly("Thread.run", a, kw);
                runTarget(self);
                return PyNone.NONE;
            });
            LibraryClasses.function(t, "join", (self, a, kw) -> {
                PyObject[] p = bind(JOIN, self, a, kw, null, PyNone.NONE);
                join(self, timeout(p[1]));
                return PyNone.NONE;
            });
            LibraryClasses.function(t, "is_alive", (self, a, kw) -> {
                Args.selfOnly("Thread.is_alive", a, kw);
                return Py.bool(isAlive(self));
            });
            LibraryClasses.function(t, "__repr__", (self, a, kw) -> new PyStr(repr(self)));
            LibraryClasses.property(t, "name", (self, a, kw) -> self.getAttr("_name"),
                    (self, a, kw) -> {
                        requireInit(self, () -> at(Py.error(ExcTypes.AssertionError, "Thread.__init__() not called"), 1165, "name",
                                "assert self._initialized, \"Thread.__init__() not called\"", "self._initialized"));
                        self.setAttr("_name", new PyStr(a[0].str()));
                        return PyNone.NONE;
                    });
            LibraryClasses.property(t, "ident", (self, a, kw) -> self.getAttr("_ident"), null);
            LibraryClasses.property(t, "native_id", (self, a, kw) -> self.getAttr("_native_id"), null);
            PyMethod.Impl setDaemon = (self, a, kw) -> {
                requireInit(self, () -> raised(1224, "daemon", "Thread.__init__() not called"));
                if (started(self).isSet()) {
                    throw raised(1226, "daemon", "cannot set daemon status of active thread");
                }
                self.setAttr("_daemonic", Py.bool(a[0].isTrue()));
                return PyNone.NONE;
            };
            LibraryClasses.property(t, "daemon", (self, a, kw) -> self.getAttr("_daemonic"), setDaemon);
            LibraryClasses.function(t, "isDaemon", (self, a, kw) -> {
                Interpreter.warnDeprecated("isDaemon() is deprecated, get the daemon attribute instead");
                return self.getAttr("_daemonic");
            });
            LibraryClasses.function(t, "setDaemon", (self, a, kw) -> {
                Interpreter.warnDeprecated("setDaemon() is deprecated, set the daemon attribute instead");
                PyObject daemonic = Args.one("Thread.setDaemon", a, kw);
                try {
                    return setDaemon.call(self, new PyObject[] {daemonic}, null);
                } catch (PyError e) {
                    throw at(e, 1249, "setDaemon", "self.daemon = daemonic", "self.daemon");
                }
            });
            LibraryClasses.function(t, "getName", (self, a, kw) -> {
                Interpreter.warnDeprecated("getName() is deprecated, get the name attribute instead");
                return self.getAttr("_name");
            });
            LibraryClasses.function(t, "setName", (self, a, kw) -> {
                Interpreter.warnDeprecated("setName() is deprecated, set the name attribute instead");
                self.setAttr("name", Args.one("Thread.setName", a, kw));
                return PyNone.NONE;
            });
        }

        private PyObject init(PyObject self, PyObject[] a, Map<String, PyObject> kw) {
            PyObject none = PyNone.NONE;
            PyObject[] p = bind(INIT, self, a, kw, null, none, none, none, PyTuple.EMPTY, none, none);
            if (p[1] != none) {
                throw at(Py.error(ExcTypes.AssertionError, "group argument must be None for now"), 879, "__init__",
                        "assert group is None, \"group argument must be None for now\"", "group is None");
            }
            PyObject target = p[2];
            String name;
            if (p[3].isTrue()) {
                name = p[3].str();
            } else {
                name = "Thread-" + ++threadCount;
                PyObject targetName = target == none ? null : own(target, "__name__");
                if (targetName != null) {
                    name += " (" + targetName.str() + ")";
                }
            }
            boolean daemon = p[6] != none ? p[6].isTrue() : current().getAttr("daemon").isTrue();
            self.setAttr("_target", target);
            self.setAttr("_name", new PyStr(name));
            self.setAttr("_args", p[4]);
            self.setAttr("_kwargs", p[5] == none ? new PyDict() : p[5]);
            self.setAttr("_daemonic", Py.bool(daemon));
            self.setAttr("_ident", none);
            self.setAttr("_native_id", none);
            self.setAttr("_tstate_lock", none);
            self.setAttr("_started", new Event());
            self.setAttr("_is_stopped", Py.bool(false));
            self.setAttr("_initialized", Py.bool(true));
            return none;
        }

        private void start(PyObject self) {
            requireInit(self, () -> raised(956, "start", "thread.__init__() not called"));
            Event started = started(self);
            if (started.isSet()) {
                throw raised(959, "start", "threads can only be started once");
            }
            ThreadModule.Lock running = new ThreadModule.Lock();
            running.acquire(0);
            self.setAttr("_tstate_lock", running);
            alive.add(self);
            try {
                interp.startThread(self.getAttr("_name").str(), () -> bootstrap(self, started, running));
            } catch (OutOfMemoryError e) {
                alive.remove(self);
                throw Py.error(ExcTypes.RuntimeError, "can't start new thread");
            }
            try {
                started.await(-1);
            } catch (PyError e) {
                throw at(e, 969, "start", "self._started.wait()", null);
            }
        }

        /** What the new thread runs: announce itself, run(), report an uncaught exception, clean up. */
        private void bootstrap(PyObject self, Event started, ThreadModule.Lock running) {
            ThreadState ts = ThreadState.current();
            ts.countLibraryFrames(BOOTSTRAP_FRAMES);
            try {
                self.setAttr("_ident", PyInt.of(ts.ident()));
                self.setAttr("_native_id", PyInt.of(ts.nativeId()));
                byState.put(ts, self);
                started.set();
                try {
                    self.getAttr("run").call(new PyObject[0], null);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError t) {
                    PyError e = Py.fromJava(t);
                    e.addFrame(new PyError.Frame(FILE, BOOTSTRAP_LINE, "_bootstrap_inner", "self.run()", (String) null));
                    throw e;
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // An internal failure still ends as a Python error naming no Java class, reported as excepthook does.
                reportUncaught(self, Py.fromJava(e));
            } finally {
                ts.countLibraryFrames(-BOOTSTRAP_FRAMES);
                byState.remove(ts);
                alive.remove(self);
                self.setAttr("_is_stopped", Py.bool(true));
                started.set();
                running.release();
            }
        }

        private void runTarget(PyObject self) {
            PyObject target = own(self, "_target");
            try {
                if (target != null && target != PyNone.NONE) {
                    ThreadModule.callWith(target, self.getAttr("_args"), self.getAttr("_kwargs"));
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError t) {
                // A target written in Java (a builtin) that fails inside still shows run's frame, as a Python target's error does.
                PyError e = Py.fromJava(t);
                e.addFrame(new PyError.Frame(FILE, RUN_LINE, "run", "self._target(*self._args, **self._kwargs)", (String) null));
                throw e;
            } finally {
                for (String n : new String[] {"_target", "_args", "_kwargs"}) {
                    if (own(self, n) != null) {
                        self.delAttr(n);
                    }
                }
            }
        }

        /** threading.excepthook, as the module holds it now (a learner may replace it). */
        private void reportUncaught(PyObject thread, PyError e) {
            PyObject hook = module.dict().get("excepthook");
            try {
                hook.call(new PyObject[] {new ExceptHookArgs(e, thread)}, null);
            } catch (PyError failed) {
                interp.io().traceback("Exception in threading.excepthook:\n" + interp.formatTraceback(failed.value(), null));
            }
        }

        private PyObject defaultExcepthook(PyObject[] a, Map<String, PyObject> kw) {
            PyObject arg = Args.one("_excepthook", a, kw);
            if (!(arg instanceof ExceptHookArgs args)) {
                throw Py.typeError("_thread._excepthook argument type must be ExceptHookArgs");
            }
            if (args.error.matches(ExcTypes.SystemExit)) {
                return PyNone.NONE;
            }
            String name = args.thread == PyNone.NONE ? Long.toString(ThreadState.current().ident()) : args.thread.getAttr("name").str();
            interp.io().traceback("Exception in thread " + name + ":\n" + interp.formatTraceback(args.error.value(), null));
            return PyNone.NONE;
        }

        private void join(PyObject self, double timeout) {
            requireInit(self, () -> raised(1112, "join", "Thread.__init__() not called"));
            if (!started(self).isSet()) {
                throw raised(1114, "join", "cannot join thread before it is started");
            }
            if (byState.get(ThreadState.current()) == self) {
                throw raised(1116, "join", "cannot join current thread");
            }
            try {
                waitStopped(self, timeout);
            } catch (PyError e) {
                // Ctrl-C while waiting comes out of threading.py's wait for the thread's lock, as in CPython
                at(e, 1139, "_wait_for_tstate_lock", "if lock.acquire(block, timeout):", "lock.acquire(block, timeout)");
                throw timeout < 0 ? at(e, 1119, "join", "self._wait_for_tstate_lock()", null)
                        : at(e, 1123, "join", "self._wait_for_tstate_lock(timeout=max(timeout, 0))", null);
            }
        }

        /** Waits for the thread's running lock, which its bootstrap releases as the thread ends. */
        private static void waitStopped(PyObject self, double timeout) {
            if (self.getAttr("_tstate_lock") instanceof ThreadModule.Lock running && running.acquire(timeout)) {
                running.release();
                self.setAttr("_tstate_lock", PyNone.NONE);
            }
        }

        private static boolean isAlive(PyObject self) {
            requireInit(self, () -> at(Py.error(ExcTypes.AssertionError, "Thread.__init__() not called"), 1200, "is_alive",
                    "assert self._initialized, \"Thread.__init__() not called\"", "self._initialized"));
            return started(self).isSet() && !self.getAttr("_is_stopped").isTrue();
        }

        private static String repr(PyObject self) {
            requireInit(self, () -> at(Py.error(ExcTypes.AssertionError, "Thread.__init__() was not called"), 932, "__repr__",
                    "assert self._initialized, \"Thread.__init__() was not called\"", "self._initialized"));
            String status = started(self).isSet() ? "started" : "initial";
            if (self.getAttr("_is_stopped").isTrue()) {
                status = "stopped";
            }
            if (self.getAttr("_daemonic").isTrue()) {
                status += " daemon";
            }
            PyObject ident = self.getAttr("_ident");
            if (ident != PyNone.NONE) {
                status += " " + ident.repr();
            }
            return "<" + self.type().name() + "(" + self.getAttr("_name").str() + ", " + status + ")>";
        }

        /** threading.Timer: a thread that calls function after interval seconds unless cancelled. */
        private void defineTimer() {
            PyType t = timerType;
            LibraryClasses.function(t, "__init__", (self, a, kw) -> {
                PyObject none = PyNone.NONE;
                PyObject[] p = bind(TIMER_INIT, self, a, kw, null, null, null, none, none);
                init(self, new PyObject[0], null);
                self.setAttr("interval", p[1]);
                self.setAttr("function", p[2]);
                self.setAttr("args", p[3] == none ? new PyList() : p[3]);
                self.setAttr("kwargs", p[4] == none ? new PyDict() : p[4]);
                self.setAttr("finished", new Event());
                return none;
            });
            LibraryClasses.function(t, "cancel", (self, a, kw) -> {
                Args.selfOnly("Timer.cancel", a, kw);
                ((Event) self.getAttr("finished")).set();
                return PyNone.NONE;
            });
            LibraryClasses.function(t, "run", (self, a, kw) -> {
                Args.selfOnly("Timer.run", a, kw);
                Event finished = (Event) self.getAttr("finished");
                finished.await(timeout(self.getAttr("interval")));
                if (!finished.isSet()) {
                    try {
                        ThreadModule.callWith(self.getAttr("function"), self.getAttr("args"), self.getAttr("kwargs"));
                    } catch (PyError e) {
                        e.addFrame(new PyError.Frame(FILE, TIMER_RUN_LINE, "run", "self.function(*self.args, **self.kwargs)", (String) null));
                        throw e;
                    }
                }
                finished.set();
                return PyNone.NONE;
            });
        }

        private void fill(Map<String, PyObject> d) {
            d.put("Thread", threadType);
            d.put("Timer", timerType);
            d.put("_MainThread", mainType);
            d.put("_DummyThread", dummyType);
            d.put("Lock", new PyBuiltinFunction("allocate_lock", (a, kw) -> {
                Args.none("allocate_lock", a, kw);
                return new ThreadModule.Lock();
            }));
            d.put("RLock", new PyBuiltinFunction("RLock", (a, kw) -> ThreadModule.RLock.TYPE.call(a, kw)));
            d.put("Condition", Condition.TYPE);
            d.put("Semaphore", Semaphore.TYPE);
            d.put("BoundedSemaphore", Semaphore.BOUNDED);
            d.put("Event", Event.TYPE);
            d.put("Barrier", Barrier.TYPE);
            d.put("BrokenBarrierError", BROKEN_BARRIER);
            d.put("local", ThreadModule.Local.TYPE);
            d.put("ExceptHookArgs", ExceptHookArgs.TYPE);
            d.put("excepthook", new PyBuiltinFunction("_excepthook", this::defaultExcepthook));
            d.put("__excepthook__", d.get("excepthook"));
            d.put("ThreadError", ExcTypes.RuntimeError);
            d.put("_register_atexit", new PyBuiltinFunction("_register_atexit", (a, kw) -> {
                if (a.length == 0) {
                    throw Py.typeError("_register_atexit() missing 1 required positional argument: 'func'");
                }
                PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
                atexitCalls.add(() -> a[0].call(rest, kw));
                return PyNone.NONE;
            }));
            d.put("TIMEOUT_MAX", new PyFloat(ThreadModule.TIMEOUT_MAX));
            d.put("stack_size", interp.importModule("_thread").getAttr("stack_size"));
            PyBuiltinFunction current = new PyBuiltinFunction("current_thread", (a, kw) -> {
                Args.none("current_thread", a, kw);
                return current();
            });
            d.put("current_thread", current);
            d.put("currentThread", new PyBuiltinFunction("currentThread", (a, kw) -> {
                Interpreter.warnDeprecated("currentThread() is deprecated, use current_thread() instead");
                return current.call(a, kw);
            }));
            d.put("main_thread", new PyBuiltinFunction("main_thread", (a, kw) -> mainThread));
            PyBuiltinFunction count = new PyBuiltinFunction("active_count", (a, kw) -> {
                current();
                return PyInt.of(alive.size());
            });
            d.put("active_count", count);
            d.put("activeCount", new PyBuiltinFunction("activeCount", (a, kw) -> {
                Interpreter.warnDeprecated("activeCount() is deprecated, use active_count() instead");
                return count.call(a, kw);
            }));
            d.put("enumerate", new PyBuiltinFunction("enumerate", (a, kw) -> {
                current();
                return new PyList(alive.toArray(new PyObject[0]));
            }));
            d.put("get_ident", new PyBuiltinFunction("get_ident", (a, kw) -> PyInt.of(ThreadState.current().ident())));
            d.put("get_native_id", new PyBuiltinFunction("get_native_id", (a, kw) -> PyInt.of(ThreadState.current().nativeId())));
        }
    }

    /** The argument threading.excepthook receives: exc_type, exc_value, exc_traceback, thread. */
    private static final class ExceptHookArgs extends PyObject {
        static final PyType TYPE = new PyType("_ExceptHookArgs", "_thread", null).finalType();

        final PyError error;
        final PyObject thread;

        ExceptHookArgs(PyError error, PyObject thread) {
            this.error = error;
            this.thread = thread;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject getAttr(String name) {
            return switch (name) {
                case "exc_type" -> error.pyType();
                case "exc_value" -> error.value();
                case "exc_traceback" -> PyNone.NONE;
                case "thread" -> thread;
                default -> super.getAttr(name);
            };
        }

        @Override
        public String repr() {
            return "_thread._ExceptHookArgs(exc_type=" + error.pyType().repr() + ", exc_value=" + error.value().repr()
                    + ", exc_traceback=None, thread=" + thread.repr() + ")";
        }
    }

    /** threading.Event: a flag threads wait to see set. */
    static final class Event extends PyObject {
        static final PyType TYPE = new PyType("Event", "threading", null).finalType().constructor((t, a, kw) -> {
            Args.none("Event", a, kw);
            return new Event();
        });

        static {
            TYPE.method("is_set", (self, a, kw) -> Py.bool(((Event) self).isSet()));
            TYPE.method("isSet", (self, a, kw) -> {
                Interpreter.warnDeprecated("isSet() is deprecated, use is_set() instead");
                return Py.bool(((Event) self).isSet());
            });
            TYPE.method("set", (self, a, kw) -> {
                ((Event) self).set();
                return PyNone.NONE;
            });
            TYPE.method("clear", (self, a, kw) -> {
                synchronized (self) {
                    ((Event) self).flag = false;
                }
                return PyNone.NONE;
            });
            TYPE.method("wait", (self, a, kw) -> {
                PyObject[] p = bind(WAIT, self, a, kw, null, PyNone.NONE);
                return Py.bool(((Event) self).await(timeout(p[1])));
            });
        }

        private boolean flag;

        @Override
        public PyType type() {
            return TYPE;
        }

        synchronized boolean isSet() {
            return flag;
        }

        synchronized void set() {
            flag = true;
            notifyAll();
        }

        /** Waits until set; returns the flag as the wait ends. A Ctrl-C leaves through CPython's frames of Event.wait. */
        boolean await(double timeout) {
            try {
                return ThreadState.current().await(this, () -> flag, timeout);
            } catch (PyError e) {
                if (timeout == 0) {
                    throw e;
                }
                inConditionWait(e, timeout);
                throw at(e, 629, "wait", "signaled = self._cond.wait(timeout)", "self._cond.wait(timeout)");
            }
        }

        @Override
        public String repr() {
            return "<threading.Event" + at(this) + ": " + (isSet() ? "set" : "unset") + ">";
        }
    }

    /** threading.Condition: waiting for a notify while giving up a lock (an RLock unless one is given). */
    static final class Condition extends PyObject {
        static final PyType TYPE = new PyType("Condition", "threading", null).finalType().constructor((t, a, kw) -> {
            PyObject[] p = Signature.parse("Condition.__init__(self, lock)").bind(
                    prepend(PyNone.NONE, a), kw, new PyObject[] {null, PyNone.NONE});
            return new Condition(p[1] == PyNone.NONE ? new ThreadModule.RLock() : p[1]);
        });

        static {
            TYPE.method("acquire", (self, a, kw) -> ((Condition) self).lock.getAttr("acquire").call(a, kw));
            TYPE.method("release", (self, a, kw) -> ((Condition) self).lock.getAttr("release").call(a, kw));
            TYPE.method("__enter__", (self, a, kw) -> ((Condition) self).enter());
            TYPE.method("__exit__", (self, a, kw) -> Py.bool(((Condition) self).exit(null)));
            TYPE.method("wait", (self, a, kw) -> {
                PyObject[] p = bind(WAIT, self, a, kw, null, PyNone.NONE);
                return Py.bool(((Condition) self).await(timeout(p[1])));
            });
            TYPE.method("wait_for", (self, a, kw) -> {
                PyObject[] p = bind(WAIT_FOR, self, a, kw, null, null, PyNone.NONE);
                return ((Condition) self).waitFor(p[1], p[2]);
            });
            TYPE.method("notify", (self, a, kw) -> {
                PyObject[] p = bind(NOTIFY, self, a, kw, null, PyInt.of(1));
                ((Condition) self).notify(Py.index(p[1]));
                return PyNone.NONE;
            });
            PyMethod.Impl all = (self, a, kw) -> {
                Condition c = (Condition) self;
                try {
                    c.notify(c.waiters.size());
                } catch (PyError e) {
                    throw at(e, 403, "notify_all", "self.notify(len(self._waiters))", null);
                }
                return PyNone.NONE;
            };
            TYPE.method("notify_all", all);
            TYPE.method("notifyAll", (self, a, kw) -> {
                Interpreter.warnDeprecated("notifyAll() is deprecated, use notify_all() instead");
                try {
                    return all.call(self, a, kw);
                } catch (PyError e) {
                    throw at(e, 414, "notifyAll", "self.notify_all()", null);
                }
            });
        }

        final PyObject lock;
        /** One locked lock per waiting thread; notify releases them, oldest first. */
        final Deque<ThreadModule.Lock> waiters = new ArrayDeque<>();

        Condition(PyObject lock) {
            this.lock = lock;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private boolean owned() {
            if (lock instanceof ThreadModule.RLock r) {
                return r.isOwned();
            }
            if (lock.getAttr("acquire").call(new PyObject[] {Py.bool(false)}, null).isTrue()) {
                lock.getAttr("release").call(new PyObject[0], null);
                return false;
            }
            return true;
        }

        boolean await(double timeout) {
            if (!owned()) {
                throw raised(319, "wait", "cannot wait on un-acquired lock");
            }
            ThreadModule.Lock waiter = new ThreadModule.Lock();
            waiter.acquire(0);
            waiters.add(waiter);
            int levels = lock instanceof ThreadModule.RLock r ? r.releaseAll() : 0;
            if (levels == 0) {
                lock.getAttr("release").call(new PyObject[0], null);
            }
            boolean got = false;
            try {
                got = waiter.acquire(timeout);
                return got;
            } catch (PyError e) {
                throw timeout == 0 ? e : inConditionWait(e, timeout);
            } finally {
                if (levels > 0) {
                    ((ThreadModule.RLock) lock).restore(levels);
                } else {
                    lock.getAttr("acquire").call(new PyObject[0], null);
                }
                if (!got) {
                    waiters.remove(waiter);
                }
            }
        }

        PyObject waitFor(PyObject predicate, PyObject timeoutArg) {
            long end = 0;
            double wait = timeoutArg == PyNone.NONE ? -1 : ThreadModule.seconds(timeoutArg);
            PyObject result = predicate.call(new PyObject[0], null);
            while (!result.isTrue()) {
                if (timeoutArg != PyNone.NONE) {
                    if (end == 0) {
                        end = System.nanoTime() + (long) (wait * 1e9);
                    } else {
                        wait = (end - System.nanoTime()) / 1e9;
                        if (wait <= 0) {
                            break;
                        }
                    }
                }
                await(wait < 0 && timeoutArg != PyNone.NONE ? 0 : wait);
                result = predicate.call(new PyObject[0], null);
            }
            return result;
        }

        void notify(long n) {
            if (!owned()) {
                throw raised(377, "notify", "cannot notify on un-acquired lock");
            }
            for (long i = 0; i < n && !waiters.isEmpty(); i++) {
                waiters.poll().release();
            }
        }

        @Override
        public PyObject enter() {
            return lock.enter();
        }

        @Override
        public boolean exit(PyBaseException pending) {
            return lock.exit(pending);
        }

        @Override
        public String repr() {
            return "<Condition(" + lock.repr() + ", " + waiters.size() + ")>";
        }
    }

    private static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** threading.Semaphore and BoundedSemaphore: a counter that acquire waits to find above zero. */
    static final class Semaphore extends PyObject {
        static final PyType TYPE = new PyType("Semaphore", "threading", null).finalType()
                .constructor((t, a, kw) -> make(t, a, kw, false));
        static final PyType BOUNDED = new PyType("BoundedSemaphore", "threading", TYPE).finalType()
                .constructor((t, a, kw) -> make(t, a, kw, true));

        static {
            PyMethod.Impl acquire = (self, a, kw) -> {
                PyObject[] p = bind(SEM_ACQUIRE, self, a, kw, null, Py.bool(true), PyNone.NONE);
                boolean blocking = p[1].isTrue();
                if (!blocking && p[2] != PyNone.NONE) {
                    throw at(Py.valueError("can't specify timeout for non-blocking acquire"), 465, "acquire",
                            "raise ValueError(\"can't specify timeout for non-blocking acquire\")", null);
                }
                return Py.bool(((Semaphore) self).acquire(blocking ? timeout(p[2]) : 0));
            };
            TYPE.method("acquire", acquire);
            TYPE.method("__enter__", acquire);
            // threading.py's counter, which learners read to watch a semaphore fill and drain.
            TYPE.attribute("_value", self -> PyInt.of(((Semaphore) self).value));
            TYPE.method("release", (self, a, kw) -> {
                PyObject[] p = bind(SEM_RELEASE, self, a, kw, null, PyInt.of(1));
                ((Semaphore) self).release(Py.index(p[1]));
                return PyNone.NONE;
            });
            TYPE.method("__exit__", (self, a, kw) -> {
                ((Semaphore) self).release(1);
                return PyNone.NONE;
            });
        }

        private static Semaphore make(PyType type, PyObject[] a, Map<String, PyObject> kw, boolean bounded) {
            PyObject[] p = Signature.parse(type.name() + ".__init__(self, value)").bind(prepend(PyNone.NONE, a), kw,
                    new PyObject[] {null, PyInt.of(1)});
            long value = Py.index(p[1]);
            if (value < 0) {
                throw at(Py.valueError("semaphore initial value must be >= 0"), 431, "__init__",
                        "raise ValueError(\"semaphore initial value must be >= 0\")", null);
            }
            return new Semaphore(type, value, bounded ? value : -1);
        }

        private final PyType type;
        private long value;
        /** The initial value a BoundedSemaphore may not exceed; -1 for a plain Semaphore. */
        private final long bound;

        private Semaphore(PyType type, long value, long bound) {
            this.type = type;
            this.value = value;
            this.bound = bound;
        }

        @Override
        public PyType type() {
            return type;
        }

        boolean acquire(double timeout) {
            return ThreadState.current().await(this, () -> {
                if (value == 0) {
                    return false;
                }
                value--;
                return true;
            }, timeout);
        }

        synchronized void release(long n) {
            if (n < 1) {
                throw at(Py.valueError("n must be one or more"), bound >= 0 ? 542 : 495, "release",
                        "raise ValueError('n must be one or more')", null);
            }
            if (bound >= 0 && value + n > bound) {
                throw at(Py.valueError("Semaphore released too many times"), 545, "release",
                        "raise ValueError(\"Semaphore released too many times\")", null);
            }
            value += n;
            notifyAll();
        }

        @Override
        public PyObject enter() {
            acquire(-1);
            return Py.bool(true);
        }

        @Override
        public boolean exit(PyBaseException pending) {
            release(1);
            return false;
        }

        @Override
        public synchronized String repr() {
            return "<threading." + type.name() + at(this) + ": value=" + value + (bound >= 0 ? "/" + bound : "") + ">";
        }
    }

    /** threading.Barrier: parties threads wait until all have arrived, then all go on. */
    static final class Barrier extends PyObject {
        static final PyType TYPE = new PyType("Barrier", "threading", null).finalType().constructor((t, a, kw) -> {
            PyObject[] p = BARRIER.bind(prepend(PyNone.NONE, a), kw, new PyObject[] {null, null, PyNone.NONE, PyNone.NONE});
            return new Barrier(Py.index(p[1]), p[2], p[3]);
        });

        static {
            TYPE.method("wait", (self, a, kw) -> {
                Barrier b = (Barrier) self;
                PyObject[] p = bind(WAIT, self, a, kw, null, PyNone.NONE);
                return PyInt.of(b.await(timeout(p[1] == PyNone.NONE ? b.timeout : p[1])));
            });
            TYPE.method("reset", (self, a, kw) -> {
                ((Barrier) self).reset();
                return PyNone.NONE;
            });
            TYPE.method("abort", (self, a, kw) -> {
                ((Barrier) self).abort();
                return PyNone.NONE;
            });
            TYPE.attribute("parties", self -> PyInt.of(((Barrier) self).parties));
            TYPE.attribute("n_waiting", self -> {
                Barrier b = (Barrier) self;
                synchronized (b) {
                    return PyInt.of(b.round.broken ? 0 : b.round.arrived);
                }
            });
            TYPE.attribute("broken", self -> {
                Barrier b = (Barrier) self;
                synchronized (b) {
                    return Py.bool(b.round.broken);
                }
            });
        }

        /** One filling of the barrier: how many have arrived, and whether it opened or broke. */
        private static final class Round {
            int arrived;
            boolean open;
            boolean broken;
        }

        private final long parties;
        private final PyObject action;
        private final PyObject timeout;
        private Round round = new Round();

        private Barrier(long parties, PyObject action, PyObject timeout) {
            this.parties = parties;
            this.action = action;
            this.timeout = timeout;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private static PyError broken() {
            return Py.error(BROKEN_BARRIER);
        }

        long await(double seconds) {
            Round r;
            int index;
            synchronized (this) {
                r = round;
                if (r.broken) {
                    throw at(at(broken(), 712, "_enter", "raise BrokenBarrierError", null), 688, "wait",
                            "self._enter() # Block while the barrier drains.", "self._enter()");
                }
                index = r.arrived++;
            }
            if (index == parties - 1) {
                if (action != PyNone.NONE) {
                    try {
                        action.call(new PyObject[0], null);
                    } catch (PyError e) {
                        abort();
                        throw e;
                    }
                }
                synchronized (this) {
                    r.open = true;
                    round = new Round();
                    notifyAll();
                }
                return index;
            }
            boolean done;
            try {
                done = ThreadState.current().await(this, () -> r.open || r.broken, seconds);
            } catch (PyError e) {
                abort();
                throw e;
            }
            if (!done) {
                abort();
            }
            if (!r.open) {
                throw at(at(broken(), 735, "_wait", "raise BrokenBarrierError", null), 697, "wait", "self._wait(timeout)", null);
            }
            return index;
        }

        synchronized void abort() {
            round.broken = true;
            notifyAll();
        }

        synchronized void reset() {
            if (round.arrived > 0) {
                round.broken = true;
            }
            round = new Round();
            notifyAll();
        }

        @Override
        public synchronized String repr() {
            if (round.broken) {
                return "<threading.Barrier" + at(this) + ": broken>";
            }
            return "<threading.Barrier" + at(this) + ": waiters=" + round.arrived + "/" + parties + ">";
        }
    }
}
