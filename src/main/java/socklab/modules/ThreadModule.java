package socklab.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.ThreadState;
import socklab.runtime.object.Timestamps;

/**
 * The {@code _thread} module: starting bare threads, and the two lock types every other
 * synchronisation object of threading and queue is built from. Each wait goes through
 * {@link ThreadState#await}, so it releases the interpreter lock and Ctrl-C ends it.
 */
final class ThreadModule {
    /** threading.TIMEOUT_MAX on Linux: the longest wait a lock accepts, in seconds. */
    static final double TIMEOUT_MAX = 9223372036.0;
    private static final String[] ACQUIRE = {"blocking", "timeout"};

    private ThreadModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_thread");
        Map<String, PyObject> d = m.dict();
        d.put("LockType", Lock.TYPE);
        d.put("RLock", RLock.TYPE);
        d.put("_local", Local.TYPE);
        d.put("error", ExcTypes.RuntimeError);
        d.put("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
        PyBuiltinFunction allocate = new PyBuiltinFunction("allocate_lock", (a, kw) -> {
            Args.none("allocate_lock", a, kw);
            return new Lock();
        });
        d.put("allocate_lock", allocate);
        d.put("allocate", allocate);
        PyBuiltinFunction start = new PyBuiltinFunction("start_new_thread", (a, kw) -> startNewThread(interp, a, kw));
        d.put("start_new_thread", start);
        d.put("start_new", start);
        d.put("get_ident", new PyBuiltinFunction("get_ident", (a, kw) -> {
            Args.none("get_ident", a, kw);
            return PyInt.of(ThreadState.current().ident());
        }));
        d.put("get_native_id", new PyBuiltinFunction("get_native_id", (a, kw) -> {
            Args.none("get_native_id", a, kw);
            return PyInt.of(ThreadState.current().nativeId());
        }));
        StackSize size = interp.state(StackSize.class, StackSize::new);
        d.put("stack_size", new PyBuiltinFunction("stack_size", (a, kw) -> size.call(Args.takes("stack_size", a, kw, 0, 1)[0])));
        return m;
    }

    /**
     * The session's stack_size setting, checked as CPython checks it. Java threads keep the stack
     * the interpreter needs, so the setting is remembered and reported, not applied.
     */
    static final class StackSize {
        /** CPython's THREAD_STACK_MIN on Linux. */
        private static final long MIN = 0x8000;
        private long bytes;

        /** Sets the size and returns the old one; as in CPython, no argument sets 0 (the default). */
        synchronized PyObject call(PyObject size) {
            long n = size == null ? 0 : Py.index(size);
            if (n < 0) {
                throw Py.error(ExcTypes.ValueError, "size must be 0 or a positive value");
            }
            if (n != 0 && n < MIN) {
                throw Py.error(ExcTypes.ValueError, "size not valid: " + n + " bytes");
            }
            long old = bytes;
            bytes = n;
            return PyInt.of(old);
        }
    }

    /** _thread.start_new_thread(function, args[, kwargs]): a thread no threading.Thread stands for. */
    private static PyObject startNewThread(Interpreter interp, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = Args.takes("start_new_thread", a, kw, 2, 3);
        if (!(p[1] instanceof PyTuple)) {
            throw Py.typeError("2nd arg must be a tuple");
        }
        if (p[2] != null && !(p[2] instanceof PyDict)) {
            throw Py.typeError("optional 3rd arg must be a dictionary");
        }
        PyObject fn = p[0];
        if (!fn.isCallable()) {
            throw Py.typeError("first arg must be callable");
        }
        Thread t;
        try {
            t = interp.startThread("Dummy", () -> runBare(interp, fn, p[1], p[2]));
        } catch (OutOfMemoryError e) {
            throw Py.error(ExcTypes.RuntimeError, "can't start new thread");
        }
        return PyInt.of(ThreadState.identOf(t.getId()));
    }

    /** A bare thread's body: an uncaught error is reported as unraisable, SystemExit ends it quietly. */
    private static void runBare(Interpreter interp, PyObject fn, PyObject args, PyObject kwargs) {
        try {
            callWith(fn, args, kwargs);
        } catch (PyError e) {
            if (!e.matches(ExcTypes.SystemExit)) {
                interp.io().traceback("Exception ignored in thread started by: " + fn.repr() + "\n" + interp.formatTraceback(e.value(), null));
            }
        }
    }

    /** function(*args, **kwargs) as Python spells it; kwargs may be null or None. */
    static PyObject callWith(PyObject function, PyObject args, PyObject kwargs) {
        List<PyObject> items = new ArrayList<>();
        PyObject it = args.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            items.add(x);
        }
        Map<String, PyObject> kw = null;
        if (kwargs instanceof PyDict dict && dict.len() > 0) {
            kw = new LinkedHashMap<>();
            for (Map.Entry<PyObject, PyObject> e : dict.map().entrySet()) {
                if (!(e.getKey() instanceof PyStr s)) {
                    throw Py.typeError("keywords must be strings");
                }
                kw.put(s.value(), e.getValue());
            }
        }
        return function.call(items.toArray(new PyObject[0]), kw);
    }

    /** Seconds from a timeout argument (int or float); negative means no limit. */
    static double seconds(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat) {
            return PyFloat.toDouble(o);
        }
        throw Py.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
    }

    /** The wait that lock.acquire(blocking=True, timeout=-1) allows: negative forever, 0 not at all. */
    static double acquireTimeout(PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = Args.keywords("acquire", a, kw, ACQUIRE, 2, 0);
        boolean blocking = p[0] == null || Py.index(p[0]) != 0;
        // The C lock converts its timeout as every clock function does: NaN and 2**63 ns or more are refused.
        double timeout = p[1] == null ? -1 : Timestamps.seconds(p[1], 1,
                "'" + p[1].type().name() + "' object cannot be interpreted as an integer");
        if (!blocking) {
            if (timeout != -1) {
                throw Py.valueError("can't specify a timeout for a non-blocking call");
            }
            return 0;
        }
        if (timeout < 0 && timeout != -1) {
            throw Py.valueError("timeout value must be positive");
        }
        if (timeout > TIMEOUT_MAX) {
            throw Py.overflowError("timeout value is too large");
        }
        return timeout;
    }

    /** _thread.lock: held or not, by nobody in particular (any thread may release it). */
    static final class Lock extends PyObject {
        static final PyType TYPE = PyType.extension("_thread", "lock", null).finalType();

        static {
            TYPE.method("acquire", (self, a, kw) -> Py.bool(((Lock) self).acquire(acquireTimeout(a, kw))));
            TYPE.method("acquire_lock", (self, a, kw) -> Py.bool(((Lock) self).acquire(acquireTimeout(a, kw))));
            TYPE.method("__enter__", (self, a, kw) -> Py.bool(((Lock) self).acquire(acquireTimeout(a, kw))));
            TYPE.method("release", (self, a, kw) -> {
                Args.none("lock.release", a, kw);
                ((Lock) self).release();
                return PyNone.NONE;
            });
            TYPE.method("release_lock", (self, a, kw) -> {
                Args.none("lock.release_lock", a, kw);
                ((Lock) self).release();
                return PyNone.NONE;
            });
            TYPE.method("__exit__", (self, a, kw) -> {
                ((Lock) self).release();
                return PyNone.NONE;
            });
            TYPE.method("locked", (self, a, kw) -> {
                Args.none("lock.locked", a, kw);
                return Py.bool(((Lock) self).isLocked());
            });
            TYPE.method("locked_lock", (self, a, kw) -> Py.bool(((Lock) self).isLocked()));
        }

        private boolean locked;

        @Override
        public PyType type() {
            return TYPE;
        }

        /** Takes the lock, waiting up to timeout seconds (negative: no limit); false if it timed out. */
        boolean acquire(double timeout) {
            return ThreadState.current().await(this, () -> {
                if (locked) {
                    return false;
                }
                locked = true;
                return true;
            }, timeout);
        }

        synchronized void release() {
            if (!locked) {
                throw Py.error(ExcTypes.RuntimeError, "release unlocked lock");
            }
            locked = false;
            notifyAll();
        }

        synchronized boolean isLocked() {
            return locked;
        }

        @Override
        public PyObject enter() {
            acquire(-1);
            return PyBool.TRUE;
        }

        @Override
        public boolean exit(PyBaseException pending) {
            release();
            return false;
        }

        @Override
        public String repr() {
            return "<" + (isLocked() ? "locked" : "unlocked") + " _thread.lock object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }
    }

    /** _thread.RLock: owned by the thread that took it, which may take it again (counted). */
    static final class RLock extends PyObject {
        static final PyType TYPE = PyType.extension("_thread", "RLock", null).finalType()
                .constructor((t, a, kw) -> new RLock());

        static {
            TYPE.method("acquire", (self, a, kw) -> Py.bool(((RLock) self).acquire(acquireTimeout(a, kw))));
            TYPE.method("__enter__", (self, a, kw) -> Py.bool(((RLock) self).acquire(acquireTimeout(a, kw))));
            TYPE.method("release", (self, a, kw) -> {
                Args.none("release", a, kw);
                ((RLock) self).release();
                return PyNone.NONE;
            });
            TYPE.method("__exit__", (self, a, kw) -> {
                ((RLock) self).release();
                return PyNone.NONE;
            });
            TYPE.method("_is_owned", (self, a, kw) -> Py.bool(((RLock) self).isOwned()));
        }

        private ThreadState owner;
        private int count;

        @Override
        public PyType type() {
            return TYPE;
        }

        boolean acquire(double timeout) {
            ThreadState me = ThreadState.current();
            return me.await(this, () -> {
                if (owner != null && owner != me) {
                    return false;
                }
                owner = me;
                count++;
                return true;
            }, timeout);
        }

        synchronized void release() {
            if (owner != ThreadState.current()) {
                throw Py.error(ExcTypes.RuntimeError, "cannot release un-acquired lock");
            }
            if (--count == 0) {
                owner = null;
                notifyAll();
            }
        }

        synchronized boolean isOwned() {
            return owner == ThreadState.current();
        }

        /** Condition.wait: gives up every level of ownership at once; returns how many to restore. */
        synchronized int releaseAll() {
            if (owner != ThreadState.current()) {
                throw Py.error(ExcTypes.RuntimeError, "cannot release un-acquired lock");
            }
            int levels = count;
            count = 0;
            owner = null;
            notifyAll();
            return levels;
        }

        /** Takes the lock back after Condition.wait, with the levels releaseAll() gave up. */
        void restore(int levels) {
            ThreadState me = ThreadState.current();
            me.await(this, () -> {
                if (owner != null) {
                    return false;
                }
                owner = me;
                count = levels;
                return true;
            }, -1);
        }

        @Override
        public PyObject enter() {
            acquire(-1);
            return PyBool.TRUE;
        }

        @Override
        public boolean exit(PyBaseException pending) {
            release();
            return false;
        }

        @Override
        public synchronized String repr() {
            return "<" + (owner == null ? "unlocked" : "locked") + " _thread.RLock object owner="
                    + (owner == null ? 0 : owner.ident()) + " count=" + count + " at 0x" + Long.toHexString(Py.id(this)) + ">";
        }
    }

    /** _thread._local (threading.local): attributes whose values each thread sees separately. */
    static final class Local extends PyObject {
        static final PyType TYPE = new PyType("_local", "_thread", null).finalType()
                .constructor((t, a, kw) -> {
                    if (a.length > 0 || kw != null && !kw.isEmpty()) {
                        throw Py.typeError("Initialization arguments are not supported");
                    }
                    return new Local();
                });

        /** Weak keys: a finished thread's values go with its state. */
        private final Map<ThreadState, Map<String, PyObject>> perThread = new WeakHashMap<>();

        @Override
        public PyType type() {
            return TYPE;
        }

        private synchronized Map<String, PyObject> mine() {
            return perThread.computeIfAbsent(ThreadState.current(), k -> new LinkedHashMap<>());
        }

        @Override
        public PyObject getAttr(String name) {
            PyObject v = mine().get(name);
            if (v != null) {
                return v;
            }
            if ("__dict__".equals(name)) {
                PyDict d = new PyDict();
                mine().forEach((k, val) -> d.put(new PyStr(k), val));
                return d;
            }
            PyObject found = TYPE.lookup(name);
            if (found == null) {
                throw Py.error(ExcTypes.AttributeError, "'_thread._local' object has no attribute '" + name + "'");
            }
            return found.bindTo(this);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            mine().put(name, value);
        }

        @Override
        public void delAttr(String name) {
            if (mine().remove(name) == null) {
                throw Py.attributeError(this, name);
            }
        }

        @Override
        public java.util.Collection<String> instanceAttrNames() {
            return mine().keySet();
        }

        @Override
        public String repr() {
            return "<_thread._local object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }
    }
}
