package socklab.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInstance;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;
import socklab.runtime.object.ThreadState;
import socklab.runtime.object.UserClasses;

/**
 * The {@code queue} module: Queue (first in, first out), LifoQueue, PriorityQueue and SimpleQueue,
 * all one Java type whose order is a strategy. A put or get that must wait goes through
 * {@link ThreadState#await}, so it releases the interpreter lock and Ctrl-C ends it.
 */
final class QueueModule {
    static final PyType EMPTY = ExcTypes.subclass("_queue", "Empty", ExcTypes.Exception);
    static final PyType FULL = ExcTypes.subclass("queue", "Full", ExcTypes.Exception);

    private static final Signature PUT = Signature.parse("Queue.put(self, item, block, timeout)");
    private static final Signature GET = Signature.parse("Queue.get(self, block, timeout)");
    private static final Signature PUT_NOWAIT = Signature.parse("Queue.put_nowait(self, item)");

    /** Where the next get() takes its item from. */
    private enum Order { FIFO, LIFO, PRIORITY }

    static final PyType QUEUE = type("Queue", "queue", Order.FIFO, null);
    /** As in queue.py, LifoQueue and PriorityQueue are subclasses of Queue. */
    static final PyType LIFO = type("LifoQueue", "queue", Order.LIFO, QUEUE);
    static final PyType PRIORITY = type("PriorityQueue", "queue", Order.PRIORITY, QUEUE);
    static final PyType SIMPLE = type("SimpleQueue", "_queue", Order.FIFO, null);

    private static final String FILE = ModuleSpec.LIBRARY + "queue.py";

    private QueueModule() {}

    /** The error with a frame of CPython's queue.py, which holds the Python code socklab writes here in Java. */
    private static PyError at(PyError e, int line, String function, String text, String carets) {
        e.addFrame(new PyError.Frame(FILE, line, function, text, carets));
        return e;
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("queue");
        Map<String, PyObject> d = m.dict();
        d.put("Empty", EMPTY);
        d.put("Full", FULL);
        d.put("Queue", QUEUE);
        d.put("LifoQueue", LIFO);
        d.put("PriorityQueue", PRIORITY);
        d.put("SimpleQueue", SIMPLE);
        return m;
    }

    private static PyType type(String name, String module, Order order, PyType base) {
        // made bare, then filled by __init__, so that a learner's class may subclass the queue
        PyType t = new PyType(name, module, base).instances((type, a, kw) -> new Queue(type, order));
        boolean simple = "_queue".equals(module);
        Signature init = Signature.parse(name + ".__init__(self, maxsize)");
        t.method("__init__", (self, a, kw) -> {
            if (!simple) {
                PyObject[] p = init.bind(withSelf(self, a), kw, new PyObject[] {null, PyInt.of(0)});
                ((Queue) self).max = Py.index(p[1]);
            } else if (a.length > 0 || kw != null && !kw.isEmpty()) {
                throw Py.typeError("SimpleQueue() takes no arguments");
            }
            return PyNone.NONE;
        });
        t.method("put", (self, a, kw) -> {
            PyObject[] p = PUT.bind(withSelf(self, a), kw, new PyObject[] {null, null, Py.bool(true), PyNone.NONE});
            put(simple, (Queue) self, p[1], p[2].isTrue(), p[3]);
            return PyNone.NONE;
        });
        t.method("get", (self, a, kw) -> {
            PyObject[] p = GET.bind(withSelf(self, a), kw, new PyObject[] {null, Py.bool(true), PyNone.NONE});
            return get(simple, (Queue) self, p[1].isTrue(), p[2]);
        });
        t.method("put_nowait", (self, a, kw) -> {
            PyObject item = PUT_NOWAIT.bind(withSelf(self, a), kw, null)[1];
            try {
                put(simple, (Queue) self, item, false, PyNone.NONE);
            } catch (PyError e) {
                throw simple ? e : at(e, 191, "put_nowait", "return self.put(item, block=False)", "self.put(item, block=False)");
            }
            return PyNone.NONE;
        });
        t.method("get_nowait", (self, a, kw) -> {
            try {
                return get(simple, (Queue) self, false, PyNone.NONE);
            } catch (PyError e) {
                throw simple ? e : at(e, 199, "get_nowait", "return self.get(block=False)", "self.get(block=False)");
            }
        });
        t.method("qsize", (self, a, kw) -> PyInt.of(((Queue) self).size()));
        t.method("empty", (self, a, kw) -> Py.bool(((Queue) self).size() == 0));
        if (!simple) {
            t.method("full", (self, a, kw) -> Py.bool(((Queue) self).isFull()));
            t.method("task_done", (self, a, kw) -> {
                ((Queue) self).taskDone();
                return PyNone.NONE;
            });
            t.method("join", (self, a, kw) -> {
                ((Queue) self).join();
                return PyNone.NONE;
            });
            t.attribute("maxsize", self -> PyInt.of(((Queue) self).max));
            t.attribute("unfinished_tasks", self -> PyInt.of(((Queue) self).unfinished()));
        }
        return t;
    }

    /** Queue.put as queue.py raises its errors (SimpleQueue is C code: no frames of its own). */
    private static void put(boolean simple, Queue q, PyObject item, boolean block, PyObject timeout) {
        double wait;
        try {
            wait = block ? timeout(timeout) : 0;
        } catch (PyError e) {
            throw simple ? e : at(e, 142, "put", "raise ValueError(\"'timeout' must be a non-negative number\")", null);
        }
        if (!q.put(item, wait)) {
            throw simple ? Py.error(FULL) : at(Py.error(FULL), wait == 0 ? 137 : 148, "put", "raise Full", null);
        }
    }

    private static PyObject get(boolean simple, Queue q, boolean block, PyObject timeout) {
        double wait;
        try {
            wait = block ? timeout(timeout) : 0;
        } catch (PyError e) {
            throw simple ? e : at(e, 173, "get", "raise ValueError(\"'timeout' must be a non-negative number\")", null);
        }
        PyObject item;
        try {
            item = q.get(wait);
        } catch (PyError e) {
            // a Ctrl-C while waiting leaves through queue.py's wait on its condition, as in CPython
            if (simple || wait == 0) {
                throw e;
            }
            ThreadingModule.inConditionWait(e, wait);
            throw wait < 0 ? at(e, 171, "get", "self.not_empty.wait()", null) : at(e, 180, "get", "self.not_empty.wait(remaining)", null);
        }
        if (item == null) {
            throw simple ? Py.error(EMPTY) : at(Py.error(EMPTY), wait == 0 ? 168 : 179, "get", "raise Empty", null);
        }
        return item;
    }

    private static PyObject[] withSelf(PyObject self, PyObject[] a) {
        PyObject[] all = new PyObject[a.length + 1];
        all[0] = self;
        System.arraycopy(a, 0, all, 1, a.length);
        return all;
    }

    /** A put/get timeout: None for no limit; a negative number is refused as CPython refuses it. */
    private static double timeout(PyObject t) {
        if (t == PyNone.NONE) {
            return -1;
        }
        double s = ThreadModule.seconds(t);
        if (s < 0) {
            throw Py.valueError("'timeout' must be a non-negative number");
        }
        return s == 0 ? 0 : s;
    }

    /** The items, the bound on their number (0: none) and the count of tasks not yet marked done. */
    private static final class Queue extends PyInstance {
        private final Order order;
        /** Set by __init__; 0 for no bound. */
        private volatile long max;
        private final List<PyObject> items = new ArrayList<>();
        private long unfinished;
        /** Counts insertions and removals, so a put can tell whether the queue moved while it looked. */
        private long changes;

        Queue(PyType type, Order order) {
            super(type);
            this.order = order;
        }

        synchronized int size() {
            return items.size();
        }

        synchronized boolean isFull() {
            return max > 0 && items.size() >= max;
        }

        synchronized long unfinished() {
            return unfinished;
        }

        /**
         * Adds item once there is room; false when the queue stayed full for the whole timeout.
         * Between the wait and the insertion another thread may run (the wait retakes the
         * interpreter lock outside the monitor; a PriorityQueue compares items in Python code), so
         * the insertion happens only if there is still room and nothing moved, else it tries again.
         */
        boolean put(PyObject item, double timeout) {
            while (true) {
                if (!ThreadState.current().await(this, () -> max <= 0 || items.size() < max, timeout)) {
                    return false;
                }
                long seen;
                List<PyObject> snapshot;
                synchronized (this) {
                    seen = changes;
                    snapshot = order == Order.PRIORITY ? new ArrayList<>(items) : null;
                }
                int at = snapshot == null ? -1 : sortedPosition(item, snapshot);
                synchronized (this) {
                    if (changes == seen && (max <= 0 || items.size() < max)) {
                        if (at < 0) {
                            items.add(item);
                        } else {
                            items.add(at, item);
                        }
                        changes++;
                        unfinished++;
                        notifyAll();
                        return true;
                    }
                }
            }
        }

        /** Where item goes in the sorted items so that equal items keep their order of arrival. */
        private static int sortedPosition(PyObject item, List<PyObject> sorted) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Ops.lt(item, sorted.get(mid))) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** The next item, or null when none came within the timeout. */
        PyObject get(double timeout) {
            PyObject[] got = new PyObject[1];
            boolean ok = ThreadState.current().await(this, () -> {
                if (items.isEmpty()) {
                    return false;
                }
                got[0] = items.remove(order == Order.LIFO ? items.size() - 1 : 0);
                changes++;
                notifyAll();
                return true;
            }, timeout);
            return ok ? got[0] : null;
        }

        synchronized void taskDone() {
            if (unfinished <= 0) {
                throw at(Py.valueError("task_done() called too many times"), 75, "task_done",
                        "raise ValueError('task_done() called too many times')", null);
            }
            if (--unfinished == 0) {
                notifyAll();
            }
        }

        void join() {
            ThreadState.current().await(this, () -> unfinished == 0, -1);
        }

        @Override
        public String repr() {
            PyObject own = type().isUserClass() ? UserClasses.special(this, "__repr__") : null;
            if (own != null) {
                return own.call(new PyObject[0], null).str();
            }
            return "<" + type().module() + "." + type().bareName() + " object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }
    }
}
