package socklab.runtime.object;

import java.util.Map;

/** super(cls, obj): attribute lookup that starts after cls in the MRO of obj's class, bound to obj. */
public final class PySuper extends PyObject {
    public static final PyType TYPE = new PyType("super", null).constructor(PySuper::construct);

    private final PyType start;
    private final PyObject self;

    private PySuper(PyType start, PyObject self) {
        this.start = start;
        this.self = self;
    }

    private static PyObject construct(PyType t, PyObject[] a, Map<String, PyObject> kw) {
        if (a.length == 0) {
            throw Py.error(ExcTypes.RuntimeError, "super(): no arguments");
        }
        PyObject[] p = Args.expected("super", a, kw, 2, 2);
        if (!(p[0] instanceof PyType cls)) {
            throw Py.typeError("super() argument 1 must be a type, not " + p[0].type().name());
        }
        // obj is a subclass of cls, or an instance of it (a class is an instance of its metaclass).
        if (!(p[1] instanceof PyType ty && ty.isSubtypeOf(cls)) && !p[1].type().isSubtypeOf(cls)) {
            throw Py.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PySuper(cls, p[1]);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** No shortcut: super() finds the method past the class it names. */
    @Override
    public PyMethod methodFor(String name) {
        return null;
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = lookupAfterStart(name);
        if (v != null) {
            if (self instanceof PyType owner && owner.isSubtypeOf(start)) {
                return v instanceof Descriptors.ClassAccess d ? d.getFromClass(owner) : v;
            }
            return v.bindTo(self);
        }
        throw Py.error(ExcTypes.AttributeError, "'super' object has no attribute '" + name + "'");
    }

    private PyObject lookupAfterStart(String name) {
        PyType[] mro = (self instanceof PyType t && t.isSubtypeOf(start) ? t : self.type()).mro();
        int i = 0;
        while (i < mro.length && mro[i] != start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].ownAttr(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    @Override
    public String repr() {
        return "<super: <class '" + start.name() + "'>, <" + self.type().name() + " object>>";
    }
}
