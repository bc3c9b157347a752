package socklab.runtime.exec;

import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;

/**
 * The nodes of generator and async functions: the body start that returns the generator or
 * coroutine, yield, yield from and await, and the faces async for and async with give the plain
 * for and with nodes.
 */
final class Generators {
    private Generators() {}

    /** A generator function's whole body: calling it binds the arguments and returns a paused generator. */
    static final class Start extends StmtNode {
        private final StmtNode[] body;
        private final boolean coroutine;

        Start(StmtNode[] body, boolean coroutine) {
            super(body.length == 0 ? 0 : body[0].line);
            this.body = body;
            this.coroutine = coroutine;
        }

        @Override
        int exec(Frame f) {
            f.returnValue = new PyGenerator(f, body, coroutine);
            return RETURN;
        }
    }

    static final class Yield extends ExprNode {
        private final ExprNode value;

        Yield(ExprNode value) {
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            return PyGenerator.yieldValue(value == null ? PyNone.NONE : value.eval(f));
        }
    }

    static final class YieldFrom extends ExprNode {
        private final ExprNode value;

        YieldFrom(ExprNode value) {
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            return PyGenerator.yieldFrom(value.eval(f));
        }
    }

    static final class Await extends ExprNode {
        private final ExprNode value;

        Await(ExprNode value) {
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject awaitable = value.eval(f);
            try {
                return PyGenerator.await(awaitable);
            } catch (PyError e) {
                throw located(e);
            }
        }
    }

    /** The special method NAME of v, bound, or null. */
    private static PyObject special(PyObject v, String name) {
        PyObject m = v.type().lookup(name);
        return m == null ? null : m.bindTo(v);
    }

    /** async for's iterable: evaluates to an iterator whose every next() awaits __anext__(). */
    static final class AsyncIter extends ExprNode {
        private final ExprNode iterable;

        AsyncIter(ExprNode iterable) {
            this.iterable = iterable;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = iterable.eval(f);
            PyObject aiter = special(v, "__aiter__");
            if (aiter == null) {
                throw Py.typeError("'async for' requires an object with __aiter__ method, got " + v.type().name());
            }
            PyObject it = aiter.call(new PyObject[0], null);
            PyObject anext = special(it, "__anext__");
            if (anext == null) {
                throw Py.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                        + it.type().name());
            }
            return new Awaiting(anext);
        }
    }

    /** The iterator an async for runs over: next() awaits __anext__() and ends at StopAsyncIteration. */
    private static final class Awaiting extends PyObject {
        private static final PyType TYPE = new PyType("async_iterator", null).finalType();
        private final PyObject anext;

        Awaiting(PyObject anext) {
            this.anext = anext;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            try {
                return PyGenerator.await(anext.call(new PyObject[0], null));
            } catch (PyError e) {
                if (e.matches(ExcTypes.StopAsyncIteration)) {
                    return null;
                }
                throw e;
            }
        }
    }

    /** async with's manager: evaluates to a context manager whose enter and exit await __aenter__ and __aexit__. */
    static final class AsyncContext extends ExprNode {
        private final ExprNode manager;

        AsyncContext(ExprNode manager) {
            this.manager = manager;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = manager.eval(f);
            PyObject aenter = special(v, "__aenter__");
            PyObject aexit = special(v, "__aexit__");
            if (aenter == null || aexit == null) {
                throw Py.typeError("'" + v.type().name() + "' object does not support the asynchronous context manager protocol");
            }
            return new AwaitingContext(aenter, aexit);
        }
    }

    private static final class AwaitingContext extends PyObject {
        private static final PyType TYPE = new PyType("async_context", null).finalType();
        private final PyObject aenter;
        private final PyObject aexit;

        AwaitingContext(PyObject aenter, PyObject aexit) {
            this.aenter = aenter;
            this.aexit = aexit;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject enter() {
            return PyGenerator.await(aenter.call(new PyObject[0], null));
        }

        @Override
        public boolean exit(PyBaseException pending) {
            PyObject[] args = pending == null
                    ? new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}
                    : new PyObject[] {pending.type(), pending, PyNone.NONE};
            return PyGenerator.await(aexit.call(args, null)).isTrue();
        }
    }
}
