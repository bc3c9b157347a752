package socklab.runtime.exec;

import socklab.runtime.object.Args;
import socklab.runtime.object.EndValueIterator;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;

/** What a coroutine's __await__() gives: an iterator face of the coroutine, which await unwraps again. */
final class CoroutineWrapper extends PyObject implements EndValueIterator {
    static final PyType TYPE = new PyType("coroutine_wrapper", null).finalType();

    static {
        TYPE.method("send", (self, a, kw) -> ((CoroutineWrapper) self).coroutine.send(Args.one("send", a, kw)));
        TYPE.method("throw", (self, a, kw) -> ((CoroutineWrapper) self).coroutine.throwIn(PyGenerator.thrown(Args.expected("throw", a, kw, 1, 3))));
        TYPE.method("close", (self, a, kw) -> {
            Args.expected("close", a, kw, 0, 0);
            ((CoroutineWrapper) self).coroutine.close();
            return PyNone.NONE;
        });
        TYPE.method("__next__", (self, a, kw) -> {
            Args.expected("__next__", a, kw, 0, 0);
            return ((CoroutineWrapper) self).nextOrStop();
        });
        TYPE.method("__iter__", (self, a, kw) -> self);
    }

    final PyGenerator coroutine;

    CoroutineWrapper(PyGenerator coroutine) {
        this.coroutine = coroutine;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<coroutine_wrapper object at 0x" + Long.toHexString(Py.id(this)) + ">";
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        return coroutine.next();
    }

    @Override
    public PyObject nextOrStop() {
        return coroutine.send(PyNone.NONE);
    }
}
