package socklab.runtime;

import java.util.function.Function;

/** Installs the constructors of every built-in type at interpreter start-up, and their methods on first use. */
public final class Methods {
    private Methods() {}

    /** Ensures the built-in types are filled; the JVM runs a class's initialiser exactly once. */
    public static void installAll() {
        Installed.ensure();
    }

    /** Holds no state: loading this class is what installs the built-in types' methods, once. */
    private static final class Installed {
        static {
            install();
        }

        static void ensure() {
            // loading the class was the work
        }
    }

    private static void install() {
        lazily(() -> ObjectMethods.install(), PyType.OBJECT);
        lazily(() -> ExceptionMethods.install(), ExcTypes.BaseException);
        lazily(() -> StrMethods.install(), PyStr.TYPE);
        lazily(() -> BytesMethods.install(), PyBytes.TYPE, PyByteArray.TYPE);
        lazily(() -> ListMethods.install(), PyList.TYPE);
        lazily(() -> TupleMethods.install(), PyTuple.TYPE);
        lazily(() -> DictMethods.install(), PyDict.TYPE);
        lazily(() -> SetMethods.install(), PySet.TYPE, PySet.FROZEN);
        lazily(() -> IntMethods.install(), PyInt.TYPE);
        lazily(() -> FloatMethods.install(), PyFloat.TYPE);
        lazily(() -> RangeMethods.install(), PyRange.TYPE);
        lazily(() -> PyMemoryView.install(), PyMemoryView.TYPE);
        TypeConstructors.install();
    }

    /**
     * Installs the methods of types when one of them is first looked at: each method is a lambda, and
     * linking them all cost most of start-up. The install runs once even if it fills several types.
     */
    private static void lazily(Runnable install, PyType... types) {
        boolean[] done = {false};
        Runnable once = () -> {
            if (!done[0]) {
                done[0] = true;
                install.run();
            }
        };
        for (PyType t : types) {
            t.fillLazily(once);
        }
    }

    /** A read-only attribute computed from the instance, like int.real: attribute access yields the value. */
    public static void property(PyType type, String name, Function<PyObject, PyObject> getter) {
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
