package socklab.runtime;

import java.util.function.Function;

/** Installs the methods and constructors of every built-in type, once, at interpreter start-up. */
public final class Methods {
    private Methods() {}

    private static boolean installed;

    public static synchronized void installAll() {
        if (installed) {
            return;
        }
        installed = true;
        StrMethods.install();
        BytesMethods.install();
        ListMethods.install();
        TupleMethods.install();
        DictMethods.install();
        SetMethods.install();
        IntMethods.install();
        FloatMethods.install();
        RangeMethods.install();
        TypeConstructors.install();
    }

    /** A read-only attribute computed from the instance, like int.real: attribute access yields the value. */
    static void property(PyType type, String name, Function<PyObject, PyObject> getter) {
        type.define(name, new Property(name, getter));
    }

    /** The descriptor property() stores; binding it to an instance computes the attribute. */
    private static final class Property extends PyObject {
        private static final PyType TYPE = new PyType("getset_descriptor", null).finalType();
        private final String name;
        private final Function<PyObject, PyObject> getter;

        Property(String name, Function<PyObject, PyObject> getter) {
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
