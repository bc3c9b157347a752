package socklab.runtime;

import java.util.Map;

/** Making classes from class statements, making their instances, and calling the special methods they define. */
final class UserClasses {
    private UserClasses() {}

    /** The single base a class statement names; object when it names none. */
    static PyType checkBase(PyObject[] bases) {
        if (bases.length == 0) {
            return PyType.OBJECT;
        }
        if (bases.length > 1) {
            throw Py.error(ExcTypes.NotImplementedError, "multiple inheritance is not supported in socklab yet");
        }
        if (!(bases[0] instanceof PyType base)) {
            throw Py.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        if (!base.isSubclassable()) {
            throw Py.typeError("type '" + base.name() + "' is not an acceptable base type");
        }
        if (base != PyType.OBJECT && !base.isUserClass() && !base.isSubtypeOf(ExcTypes.BaseException)) {
            throw Py.error(ExcTypes.NotImplementedError, "subclassing the built-in type '" + base.name()
                    + "' is not supported in socklab yet");
        }
        return base;
    }

    static PyType make(String name, String qualname, String module, PyObject doc, PyType base, Map<String, PyObject> ns) {
        PyType cls = new PyType(name, module, base).userClass(qualname);
        cls.define("__module__", new PyStr(module));
        cls.define("__doc__", doc);
        for (Map.Entry<String, PyObject> e : ns.entrySet()) {
            cls.define(e.getKey(), e.getValue());
        }
        cls.constructor(UserClasses::construct);
        return cls;
    }

    /** Calling a class: a fresh instance (an exception object for exception subclasses), then __init__. */
    static PyObject construct(PyType cls, PyObject[] args, Map<String, PyObject> kwargs) {
        PyObject init = cls.lookup("__init__");
        boolean userInit = init != null && !(init instanceof PyMethod);
        PyObject self;
        if (cls.isSubtypeOf(ExcTypes.BaseException)) {
            self = new PyBaseException(cls, new PyTuple(args.clone()));
            if (!userInit && kwargs != null && !kwargs.isEmpty()) {
                throw Py.typeError(cls.name() + "() takes no keyword arguments");
            }
        } else {
            self = new PyInstance(cls);
            if (!userInit && (args.length > 0 || kwargs != null && !kwargs.isEmpty())) {
                throw Py.typeError(cls.name() + "() takes no arguments");
            }
        }
        if (userInit) {
            PyObject r = new Descriptors.BoundMethod(init, self).call(args, kwargs);
            if (r != PyNone.NONE) {
                throw Py.typeError("__init__() should return None, not '" + r.type().name() + "'");
            }
        }
        return self;
    }

    /** The special method a learner's class defines for name, bound to self; null when it defines none. */
    static PyObject special(PyObject self, String name) {
        PyType t = self.type();
        if (!t.isUserClass()) {
            return null;
        }
        PyObject v = t.lookup(name);
        if (v == null || v instanceof PyMethod) {
            return null;
        }
        return v.bindTo(self);
    }

    /** str() or repr() through __str__/__repr__, which must return a str. */
    static String text(PyObject bound, String which) {
        PyObject r = bound.call(new PyObject[0], null);
        if (!(r instanceof PyStr s)) {
            throw Py.typeError(which + " returned non-string (type " + r.type().name() + ")");
        }
        return s.value();
    }
}
