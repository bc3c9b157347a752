package socklab.runtime.object;

import java.util.Arrays;
import java.util.Map;

/**
 * Classes that CPython's standard library writes in Python (threading.Thread), written in Java
 * but made like a class statement's class: learners subclass them, override their methods and
 * reach them through super(), and their instances keep their state as ordinary attributes.
 */
public final class LibraryClasses {
    private LibraryClasses() {}

    /** A new class of module; base is object or another class made here. */
    public static PyType create(String name, String module, PyType base) {
        PyType cls = new PyType(name, module, base).userClass(name);
        cls.define("__module__", new PyStr(module));
        cls.define("__doc__", PyNone.NONE);
        return cls.constructor(UserClasses::construct);
    }

    /** An instance of cls made without running __init__ (a library's own objects, such as the main thread's). */
    public static PyObject blank(PyType cls) {
        return new PyInstance(cls);
    }

    /** Defines a method that behaves like a def in the class body: bound on instances, overridable. */
    public static void function(PyType cls, String name, PyMethod.Impl body) {
        cls.define(name, new Function(cls, name, body));
    }

    /** Defines a property; setter null for a read-only one. */
    public static void property(PyType cls, String name, PyMethod.Impl getter, PyMethod.Impl setter) {
        cls.define(name, new Descriptors.Property(new Function(cls, name, getter),
                setter == null ? PyNone.NONE : new Function(cls, name, setter), name));
    }

    /** A method of a library class: a Python function to the learner, Java inside. */
    private static final class Function extends PyObject {
        private final PyType owner;
        private final String name;
        private final PyMethod.Impl body;

        Function(PyType owner, String name, PyMethod.Impl body) {
            this.owner = owner;
            this.name = name;
            this.body = body;
        }

        @Override
        public PyType type() {
            return UserFunction.TYPE;
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        private String qualname() {
            return owner.name() + "." + name;
        }

        @Override
        public PyObject bindTo(PyObject self) {
            return new Descriptors.BoundMethod(this, self);
        }

        @Override
        public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
            if (args.length == 0) {
                throw Py.typeError(qualname() + "() missing 1 required positional argument: 'self'");
            }
            return body.call(args[0], Arrays.copyOfRange(args, 1, args.length), kwargs);
        }

        @Override
        public PyObject getAttr(String attr) {
            return switch (attr) {
                case "__name__" -> new PyStr(name);
                case "__qualname__" -> new PyStr(qualname());
                case "__module__" -> new PyStr(owner.module());
                default -> super.getAttr(attr);
            };
        }

        @Override
        public String repr() {
            return "<function " + qualname() + " at 0x" + Long.toHexString(Py.id(this)) + ">";
        }
    }
}
