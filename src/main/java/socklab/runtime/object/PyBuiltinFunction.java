package socklab.runtime.object;

import java.util.Map;

/** A function written in Java (len, print, socket.gethostname …), possibly bound to a self. */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = new PyType("builtin_function_or_method", null).finalType();

    /** The Java body of a builtin function. */
    @FunctionalInterface
    public interface Impl {
        PyObject call(PyObject[] args, Map<String, PyObject> kwargs);
    }

    private final String name;
    private final PyObject self;
    private final Impl impl;
    /** What help() and __doc__ show; null when socklab has no CPython docstring for it. */
    private final Docstring doc;

    public PyBuiltinFunction(String name, Impl impl) {
        this(name, null, impl);
    }

    public PyBuiltinFunction(String name, PyObject self, Impl impl) {
        this(name, self, impl, null);
    }

    public PyBuiltinFunction(String name, PyObject self, Impl impl, Docstring doc) {
        this.name = name;
        this.self = self;
        this.impl = impl;
        this.doc = doc;
    }

    /** The same function documented as CPython documents it. */
    public PyBuiltinFunction withDoc(Docstring d) {
        return new PyBuiltinFunction(name, self, impl, d);
    }

    public Docstring doc() {
        return doc;
    }

    public String name() {
        return name;
    }

    /** The object a bound method belongs to, or null for a plain function. */
    public PyObject self() {
        return self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public String repr() {
        if (self == null || self instanceof PyModule) {
            return "<built-in function " + name + ">";
        }
        return "<built-in method " + name + " of " + self.type().name() + " object at 0x" + Long.toHexString(Py.id(self)) + ">";
    }

    @Override
    public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
        return impl.call(args, kwargs);
    }

    @Override
    public PyObject getAttr(String attr) {
        if ("__name__".equals(attr) || "__qualname__".equals(attr)) {
            return new PyStr(name);
        }
        if ("__doc__".equals(attr)) {
            return doc == null ? PyNone.NONE : doc.attribute();
        }
        if ("__self__".equals(attr)) {
            return self == null ? PyNone.NONE : self;
        }
        return super.getAttr(attr);
    }
}
