package socklab.runtime.exec;

import java.util.Map;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * A builtin that works on its caller's frame — globals(), locals(), exec(), eval() — as CPython's
 * read the calling frame. A call node hands the frame over; called any other way (through map(),
 * say) it sees the __main__ namespace.
 */
final class FrameBuiltin extends PyObject {
    /** The Java body: the calling frame (null when unknown), then the arguments. */
    @FunctionalInterface
    interface Impl {
        PyObject call(Frame caller, PyObject[] args, Map<String, PyObject> kwargs);
    }

    private final String name;
    private final Impl impl;

    FrameBuiltin(String name, Impl impl) {
        this.name = name;
        this.impl = impl;
    }

    @Override
    public PyType type() {
        return PyBuiltinFunction.TYPE;
    }

    PyObject callFrom(Frame caller, PyObject[] args, Map<String, PyObject> kwargs) {
        return impl.call(caller, args, kwargs);
    }

    @Override
    public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
        return impl.call(null, args, kwargs);
    }

    @Override
    public String repr() {
        return "<built-in function " + name + ">";
    }

    @Override
    public PyObject getAttr(String attr) {
        if ("__name__".equals(attr) || "__qualname__".equals(attr)) {
            return new PyStr(name);
        }
        return super.getAttr(attr);
    }
}
