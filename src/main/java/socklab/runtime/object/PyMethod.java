package socklab.runtime.object;

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
    /** A slot wrapper (object.__init__, int.__add__) is named and checked as CPython's wrappers are. */
    private final boolean slot;
    /** What help() and __doc__ show for the method, and for it bound to an object; null when unknown. */
    private final Docstring doc;
    private final Docstring boundDoc;

    public PyMethod(PyType owner, String name, Impl impl) {
        this(owner, name, impl, false, null, null);
    }

    private PyMethod(PyType owner, String name, Impl impl, boolean slot, Docstring doc, Docstring boundDoc) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
        this.slot = slot;
        this.doc = doc;
        this.boundDoc = boundDoc;
    }

    /** The same method documented as CPython documents it, unbound and bound. */
    public PyMethod withDocs(Docstring unbound, Docstring bound) {
        return new PyMethod(owner, name, impl, slot, unbound, bound);
    }

    public Docstring doc() {
        return doc;
    }

    /**
     * A special method standing for one of the type's protocols; arity is the number of arguments
     * after self (checked with the wrappers' "expected 1 argument, got 0"), or -1 for any.
     */
    static PyMethod slot(PyType owner, String name, int arity, Impl impl) {
        Impl checked = arity < 0 ? impl : (self, args, kwargs) -> {
            if (kwargs != null && !kwargs.isEmpty()) {
                throw Py.typeError("wrapper " + name + "() takes no keyword arguments");
            }
            if (args.length != arity) {
                // CPython unpacks the two-argument wrappers with an empty name, hence the leading space.
                throw Py.typeError((arity == 2 ? " " : "") + "expected " + arity + (arity == 1 ? " argument" : " arguments") + ", got " + args.length);
            }
            return impl.call(self, args, kwargs);
        };
        return new PyMethod(owner, name, checked, true, null, null);
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
    public boolean isCallable() {
        return true;
    }

    @Override
    public String repr() {
        return "<" + (slot ? "slot wrapper" : "method") + " '" + name + "' of '" + owner.name() + "' objects>";
    }

    @Override
    public PyObject getAttr(String attr) {
        if ("__doc__".equals(attr)) {
            return doc == null ? PyNone.NONE : doc.attribute();
        }
        return super.getAttr(attr);
    }

    /** Calls the method directly on self, without making a bound method first. */
    public PyObject invoke(PyObject self, PyObject[] args, Map<String, PyObject> kwargs) {
        return impl.call(self, args, kwargs);
    }

    @Override
    public PyObject bindTo(PyObject self) {
        return new PyBuiltinFunction(name, self, (args, kwargs) -> impl.call(self, args, kwargs), boundDoc);
    }

    @Override
    public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
        if (args.length == 0) {
            throw Py.typeError(slot ? "descriptor '" + name + "' of '" + owner.name() + "' object needs an argument"
                    : "unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        if (!args[0].type().isSubtypeOf(owner)) {
            throw Py.typeError(slot
                    ? "descriptor '" + name + "' requires a '" + owner.name() + "' object but received a '" + args[0].type().name() + "'"
                    : "descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '" + args[0].type().name() + "' object");
        }
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return impl.call(args[0], rest, kwargs);
    }
}
