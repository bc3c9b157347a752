package socklab.runtime.object;

import java.util.Map;

/** The objects that change what attribute access on a class or instance yields: bound methods, staticmethod, classmethod, property. */
public final class Descriptors {
    private Descriptors() {}

    static final PyType METHOD = new PyType("method", null).finalType();
    public static final PyType STATICMETHOD = new PyType("staticmethod", null)
            .constructor((t, a, kw) -> new StaticMethod(Args.one("staticmethod", a, kw)));
    public static final PyType CLASSMETHOD = new PyType("classmethod", null)
            .constructor((t, a, kw) -> new ClassMethod(Args.one("classmethod", a, kw)));
    public static final PyType PROPERTY = new PyType("property", null).constructor(Descriptors::newProperty);

    /** What a class attribute yields when read through the class itself rather than an instance. */
    interface ClassAccess {
        PyObject getFromClass(PyType owner);
    }

    private static PyObject newProperty(PyType t, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = Args.expected("property", a, kw, 0, 4);
        return new Property(p.length > 0 && p[0] != null ? p[0] : PyNone.NONE,
                p.length > 1 && p[1] != null ? p[1] : PyNone.NONE);
    }

    /** A function bound to the object it was looked up on; calling it passes that object first. */
    public static final class BoundMethod extends PyObject {
        final PyObject func;
        final PyObject self;

        public BoundMethod(PyObject func, PyObject self) {
            this.func = func;
            this.self = self;
        }

        /** The function, which a call site may run with {@link #self()} in its first slot itself. */
        public PyObject function() {
            return func;
        }

        public PyObject self() {
            return self;
        }

        @Override
        public PyType type() {
            return METHOD;
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        @Override
        public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            if (func instanceof UserFunction fn) {
                return fn.invoke(all, kwargs, ThreadState.current());
            }
            return func.call(all, kwargs);
        }

        @Override
        public PyObject getAttr(String name) {
            return switch (name) {
                case "__self__" -> self;
                case "__func__" -> func;
                default -> func.getAttr(name);
            };
        }

        @Override
        public boolean pyEquals(PyObject other) {
            return other instanceof BoundMethod b && b.func == func && b.self == self;
        }

        @Override
        public long pyHash() {
            return Py.id(func) ^ Py.id(self);
        }

        @Override
        public String repr() {
            return "<bound method " + func.getAttr("__qualname__").str() + " of " + self.repr() + ">";
        }
    }

    /** @staticmethod: the plain function, whether read through the class or an instance. */
    public static final class StaticMethod extends PyObject implements ClassAccess {
        private final PyObject func;

        public StaticMethod(PyObject func) {
            this.func = func;
        }

        @Override
        public PyType type() {
            return STATICMETHOD;
        }

        @Override
        public PyObject bindTo(PyObject self) {
            return func;
        }

        @Override
        public PyObject getFromClass(PyType owner) {
            return func;
        }

        @Override
        public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
            return func.call(args, kwargs);
        }
    }

    /** @classmethod: bound to the class, also when read through an instance. */
    public static final class ClassMethod extends PyObject implements ClassAccess {
        private final PyObject func;

        public ClassMethod(PyObject func) {
            this.func = func;
        }

        @Override
        public PyType type() {
            return CLASSMETHOD;
        }

        @Override
        public PyObject bindTo(PyObject self) {
            return new BoundMethod(func, self.type());
        }

        @Override
        public PyObject getFromClass(PyType owner) {
            return new BoundMethod(func, owner);
        }
    }

    /**
     * A class method written in Java (date.today): read through a class or one of its instances,
     * a built-in method bound to that class, which body receives, as CPython's classmethod_descriptor.
     */
    public static final class BuiltinClassMethod extends PyObject implements ClassAccess {
        private final String name;
        private final PyType.Constructor body;

        public BuiltinClassMethod(String name, PyType.Constructor body) {
            this.name = name;
            this.body = body;
        }

        @Override
        public PyType type() {
            return CLASSMETHOD;
        }

        @Override
        public PyObject bindTo(PyObject self) {
            return getFromClass(self.type());
        }

        @Override
        public PyObject getFromClass(PyType owner) {
            return new PyBuiltinFunction(name, owner, (a, kw) -> body.make(owner, a, kw));
        }
    }

    /** property(fget, fset): reading calls the getter, assigning calls the setter. */
    public static final class Property extends PyObject {
        private final PyObject getter;
        private final PyObject setter;
        private String name = "";

        Property(PyObject getter, PyObject setter) {
            this.getter = getter;
            this.setter = setter;
            if (getter instanceof UserFunction f) {
                name = f.name();
            }
        }

        public Property(PyObject getter, PyObject setter, String name) {
            this(getter, setter);
            this.name = name;
        }

        @Override
        public PyType type() {
            return PROPERTY;
        }

        @Override
        public PyObject bindTo(PyObject self) {
            if (getter == PyNone.NONE) {
                throw Py.error(ExcTypes.AttributeError, "property '" + name + "' of '" + self.type().name()
                        + "' object has no getter");
            }
            return getter.call(new PyObject[] {self}, null);
        }

        void set(PyObject self, PyObject value) {
            if (setter == PyNone.NONE) {
                throw Py.error(ExcTypes.AttributeError, "property '" + name + "' of '" + self.type().name()
                        + "' object has no setter");
            }
            setter.call(new PyObject[] {self, value}, null);
        }

        @Override
        public PyObject getAttr(String attr) {
            return switch (attr) {
                case "setter" -> new PyBuiltinFunction("setter", this,
                        (a, kw) -> new Property(getter, Args.one("setter", a, kw)));
                case "getter" -> new PyBuiltinFunction("getter", this,
                        (a, kw) -> new Property(Args.one("getter", a, kw), setter));
                case "fget" -> getter;
                case "fset" -> setter;
                default -> super.getAttr(attr);
            };
        }
    }

    /** A read-only attribute computed from the instance, like int.real: binding it to an instance computes the value. */
    static final class Computed extends PyObject {
        private static final PyType TYPE = new PyType("getset_descriptor", null).finalType();
        private final String name;
        private final java.util.function.Function<PyObject, PyObject> getter;

        Computed(String name, java.util.function.Function<PyObject, PyObject> getter) {
            this.name = name;
            this.getter = getter;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject bindTo(PyObject self) {
            return getter.apply(self);
        }

        @Override
        public String repr() {
            return "<attribute '" + name + "' objects>";
        }
    }
}
