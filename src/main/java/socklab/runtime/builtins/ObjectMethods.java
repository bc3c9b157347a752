package socklab.runtime.builtins;

import java.util.Map;
import socklab.runtime.object.Descriptors;
import socklab.runtime.object.InstanceAttrs;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyInstance;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySingleton;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;
import socklab.runtime.object.UserClasses;

/** The special methods of object, so that object.__init__(self), super().__new__(cls) and x.__eq__(y) work as in CPython. */
final class ObjectMethods {
    private ObjectMethods() {}

    static void install() {
        PyType t = PyType.OBJECT;
        t.attribute("__class__", PyObject::type);
        t.slot("__init__", -1, ObjectMethods::init);
        t.define("__new__", new Descriptors.StaticMethod(new PyBuiltinFunction("__new__", ObjectMethods::newObject)));
        t.slot("__repr__", 0, (self, a, kw) -> new PyStr(Py.defaultRepr(self)));
        // object.__init_subclass__, where every chain of super().__init_subclass__(**kw) ends: it takes no keywords.
        t.define("__init_subclass__", new Descriptors.ClassMethod(new PyBuiltinFunction("__init_subclass__", (a, kw) -> {
            if (kw != null && !kw.isEmpty()) {
                throw Py.typeError(((PyType) a[0]).name() + ".__init_subclass__() takes no keyword arguments");
            }
            if (a.length > 1) {
                throw Py.typeError(((PyType) a[0]).name() + ".__init_subclass__() takes no arguments (" + (a.length - 1) + " given)");
            }
            return PyNone.NONE;
        })));
        t.slot("__str__", 0, (self, a, kw) -> new PyStr(self.repr()));
        t.slot("__eq__", 1, (self, a, kw) -> self == a[0] ? PyBool.TRUE : PySingleton.NOT_IMPLEMENTED);
        t.slot("__ne__", 1, (self, a, kw) -> {
            PyObject eq = self.getAttr("__eq__").call(a, null);
            return eq == PySingleton.NOT_IMPLEMENTED ? eq : Py.bool(!eq.isTrue());
        });
        for (String order : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            t.slot(order, 1, (self, a, kw) -> PySingleton.NOT_IMPLEMENTED);
        }
        t.slot("__hash__", 0, (self, a, kw) -> PyInt.of(Py.id(self) >> 4));
        t.slot("__getattribute__", 1, (self, a, kw) -> {
            InstanceAttrs attrs = self.instanceAttrs();
            String name = Builtins.attrName(a[0]);
            return attrs != null ? attrs.generic(self, name) : self.getAttr(name);
        });
        t.slot("__setattr__", 2, (self, a, kw) -> {
            InstanceAttrs attrs = self.instanceAttrs();
            String name = Builtins.attrName(a[0]);
            if (attrs != null && self.type() != PyType.OBJECT) {
                attrs.setPlain(self, name, a[1]);
            } else {
                self.setAttr(name, a[1]);
            }
            return PyNone.NONE;
        });
        t.slot("__delattr__", 1, (self, a, kw) -> {
            self.delAttr(Builtins.attrName(a[0]));
            return PyNone.NONE;
        });
    }

    /** Extra arguments are an error unless the class overrides __new__ but not __init__, as CPython rules. */
    private static PyObject init(PyObject self, PyObject[] args, Map<String, PyObject> kwargs) {
        if (args.length == 0 && (kwargs == null || kwargs.isEmpty())) {
            return PyNone.NONE;
        }
        PyType type = self.type();
        if (type.definer("__init__") != PyType.OBJECT) {
            throw Py.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if (type.definer("__new__") == PyType.OBJECT) {
            throw Py.typeError(type.name() + ".__init__() takes exactly one argument (the instance to initialize)");
        }
        return PyNone.NONE;
    }

    private static PyObject newObject(PyObject[] args, Map<String, PyObject> kwargs) {
        PyType cls = UserClasses.newTarget(PyType.OBJECT, args);
        PyType builtin = cls.nearestBuiltin();
        if (builtin != PyType.OBJECT) {
            throw Py.typeError("object.__new__(" + cls.name() + ") is not safe, use " + builtin.name() + ".__new__()");
        }
        if (args.length > 1 || kwargs != null && !kwargs.isEmpty()) {
            if (cls.definer("__new__") != PyType.OBJECT) {
                throw Py.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.definer("__init__") == PyType.OBJECT) {
                throw Py.typeError(cls.name() + "() takes no arguments");
            }
        }
        return new PyInstance(cls);
    }
}
