package socklab.modules;

import socklab.runtime.Interpreter;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.UserFunction;

/**
 * The {@code _asyncio} module, the part of asyncio CPython writes in C: here only a Task's step,
 * which sends into (or throws into) its coroutine and reports the outcome as a value. Done in
 * Java so that, as under CPython's C Task, a task's traceback shows the coroutine's frames and no
 * frame of asyncio's own stepping code; and _c_implemented, the decorator of the Python functions
 * CPython has in C (Future.result, Future.__await__), whose frames tracebacks then leave out.
 */
final class AsyncioModule {
    private AsyncioModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_asyncio");
        m.dict().put("_step", new PyBuiltinFunction("_step", (a, kw) -> {
            if (a.length != 2) {
                throw Py.typeError("_step() takes exactly 2 arguments (" + a.length + " given)");
            }
            return step(a[0], a[1]);
        }));
        m.dict().put("_c_implemented", new PyBuiltinFunction("_c_implemented", (a, kw) -> {
            if (a.length != 1 || !(a[0] instanceof UserFunction f)) {
                throw Py.typeError("_c_implemented() takes one function");
            }
            f.hideFromTracebacks();
            return a[0];
        }));
        return m;
    }

    /** (False, what it yielded, None), (True, what it returned, None) or (True, None, what it raised). */
    private static PyObject step(PyObject coro, PyObject exc) {
        try {
            PyObject r = exc == PyNone.NONE
                    ? coro.getAttr("send").call(new PyObject[] {PyNone.NONE}, null)
                    : coro.getAttr("throw").call(new PyObject[] {exc}, null);
            return outcome(Py.bool(false), r, PyNone.NONE);
        } catch (PyError e) {
            if (e.matches(ExcTypes.StopIteration)) {
                return outcome(Py.bool(true), e.value().getAttr("value"), PyNone.NONE);
            }
            return outcome(Py.bool(true), PyNone.NONE, e.value());
        }
    }

    private static PyObject outcome(PyObject done, PyObject value, PyObject error) {
        return new PyTuple(new PyObject[] {done, value, error});
    }
}
