package socklab.runtime;

import java.util.Map;

/** super(cls, obj): attribute lookup that starts after cls in obj's class chain, bound to obj. */
final class PySuper extends PyObject {
    static final PyType TYPE = new PyType("super", null).constructor(PySuper::construct);

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
        PyType of = p[1] instanceof PyType ty ? ty : p[1].type();
        if (!of.isSubtypeOf(cls)) {
            throw Py.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PySuper(cls, p[1]);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(String name) {
        PyType from = start.base();
        PyObject v = from == null ? null : from.lookup(name);
        if (v != null) {
            if (self instanceof PyType owner) {
                return v instanceof Descriptors.ClassAccess d ? d.getFromClass(owner) : v;
            }
            return v.bindTo(self);
        }
        switch (name) {
            case "__init__":
                return new PyBuiltinFunction(name, self, this::baseInit);
            case "__str__", "__repr__":
                return new PyBuiltinFunction(name, self, (args, kw) -> new PyStr(baseText(name)));
            default:
                break;
        }
        throw Py.error(ExcTypes.AttributeError, "'super' object has no attribute '" + name + "'");
    }

    /** The __init__ of the built-in base: BaseException stores its arguments, object takes none. */
    private PyObject baseInit(PyObject[] args, Map<String, PyObject> kw) {
        if (self instanceof PyBaseException e) {
            if (kw != null && !kw.isEmpty()) {
                throw Py.typeError(e.type().name() + "() takes no keyword arguments");
            }
            e.setAttr("args", new PyTuple(args.clone()));
        } else if (args.length > 0 || kw != null && !kw.isEmpty()) {
            throw Py.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
        }
        return PyNone.NONE;
    }

    private String baseText(String name) {
        boolean str = "__str__".equals(name);
        if (self instanceof PyBaseException e) {
            return str ? e.baseStr() : e.baseRepr();
        }
        return self instanceof PyInstance i ? i.baseRepr() : str ? self.str() : self.repr();
    }

    @Override
    public String repr() {
        return "<super: <class '" + start.name() + "'>, <" + self.type().name() + " object>>";
    }
}
