package socklab.runtime.builtins;

import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.IoClasses;
import socklab.runtime.object.PyByteArray;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyMemoryView;
import socklab.runtime.object.PyRange;
import socklab.runtime.object.PySet;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;

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
        lazily(() -> MemoryViewMethods.install(), PyMemoryView.TYPE);
        lazily(() -> FileMethods.install(), IoClasses.WITH_FILE_METHODS.toArray(PyType[]::new));
        IoClasses.TEXT.constructor(WrappedText::make);
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
}
