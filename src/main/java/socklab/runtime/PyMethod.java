package socklab.runtime;

import java.util.Map;

/** A method written in Java and stored in a type's dictionary; attribute access binds it to self. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = new PyType("method_descriptor", null).finalType();

    /** The Java body of a method: self, then the call's arguments. */
    @FunctionalInterface
    public interface Impl {
        PyObject call(PyObject self, PyObject[] args, Map<String, PyObject> kwargs);
    }

    private final PyType owner;
    private final String name;
    private final Impl impl;

    public PyMethod(PyType owner, String name, Impl impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
    }

    public String name() {
        return name;
    }

    public PyType owner() {
        return owner;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<method '" + name + "' of '" + owner.name() + "' objects>";
    }

    /** Calls the method directly on self, without making a bound method first. */
    public PyObject invoke(PyObject self, PyObject[] args, Map<String, PyObject> kwargs) {
        return impl.call(self, args, kwargs);
    }

    @Override
    public PyObject bindTo(PyObject self) {
        return new PyBuiltinFunction(name, self, (args, kwargs) -> impl.call(self, args, kwargs));
    }

    @Override
    public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
        if (args.length == 0) {
            throw Py.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return impl.call(args[0], rest, kwargs);
    }
}
