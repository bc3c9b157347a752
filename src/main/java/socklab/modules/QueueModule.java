package socklab.modules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
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
 * The {@code _queue} module, C code in CPython: SimpleQueue and Empty. Queue, LifoQueue and
 * PriorityQueue are queue.py (a resource), built on threading, so a subclass's _put/_get/_init/
 * _qsize are honoured as in CPython. A get that must wait goes through {@link ThreadState#await},
 * so it releases the interpreter lock and Ctrl-C ends it.
 */
final class QueueModule {
    static final PyType EMPTY = ExcTypes.subclass("_queue", "Empty", ExcTypes.Exception);

    private static final Signature PUT = Signature.parse("put(self, item, block, timeout)");
    private static final Signature GET = Signature.parse("get(self, block, timeout)");
    private static final Signature PUT_NOWAIT = Signature.parse("put_nowait(self, item)");

    /** Made bare, then checked by __init__, so that a learner's class may subclass it. */
    static final PyType SIMPLE = simpleQueue();

    private QueueModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_queue");
        Map<String, PyObject> d = m.dict();
        d.put("Empty", EMPTY);
        d.put("SimpleQueue", SIMPLE);
        return m;
    }

    private static PyType simpleQueue() {
        PyType t = PyType.extension("_queue", "SimpleQueue", null).instances((type, a, kw) -> new Queue(type));
        t.method("__init__", (self, a, kw) -> {
            if (a.length > 0 || kw != null && !kw.isEmpty()) {
                throw Py.typeError("SimpleQueue() takes no arguments");
            }
            return PyNone.NONE;
        });
        t.method("put", (self, a, kw) -> {
            ((Queue) self).put(PUT.bind(withSelf(self, a), kw, new PyObject[] {null, null, Py.bool(true), PyNone.NONE})[1]);
            return PyNone.NONE;
        });
        t.method("put_nowait", (self, a, kw) -> {
            ((Queue) self).put(PUT_NOWAIT.bind(withSelf(self, a), kw, null)[1]);
            return PyNone.NONE;
        });
        t.method("get", (self, a, kw) -> {
            PyObject[] p = GET.bind(withSelf(self, a), kw, new PyObject[] {null, Py.bool(true), PyNone.NONE});
            return get((Queue) self, p[1].isTrue() ? timeout(p[2]) : 0);
        });
        t.method("get_nowait", (self, a, kw) -> {
            Args.none("get_nowait", a, kw);
            return get((Queue) self, 0);
        });
        t.method("qsize", (self, a, kw) -> PyInt.of(((Queue) self).size()));
        t.method("empty", (self, a, kw) -> Py.bool(((Queue) self).size() == 0));
        return t;
    }

    private static PyObject get(Queue q, double wait) {
        PyObject item = q.get(wait);
        if (item == null) {
            throw Py.error(EMPTY);
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

    /** The items of a SimpleQueue: unbounded, first in first out. */
    private static final class Queue extends PyInstance {
        private final Deque<PyObject> items = new ArrayDeque<>();

        Queue(PyType type) {
            super(type);
        }

        synchronized int size() {
            return items.size();
        }

        synchronized void put(PyObject item) {
            items.addLast(item);
            notifyAll();
        }

        /** The next item, or null when none came within the timeout. */
        PyObject get(double timeout) {
            PyObject[] got = new PyObject[1];
            boolean ok = ThreadState.current().await(this, () -> {
                if (items.isEmpty()) {
                    return false;
                }
                got[0] = items.removeFirst();
                return true;
            }, timeout);
            return ok ? got[0] : null;
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
