package socklab.runtime.object;

import java.util.IdentityHashMap;
import java.util.Map;

/** Guards reprs of self-containing containers ([...]), as CPython's Py_ReprEnter does, and bounds how deep reprs and comparisons nest. */
public final class Recursion {
    private static final ThreadLocal<Map<PyObject, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private Recursion() {}

    /** False when o's repr is already under way (show "..."); RecursionError when reprs nest too deep. */
    public static boolean enter(PyObject o) {
        Map<PyObject, Boolean> active = ACTIVE.get();
        if (active.containsKey(o)) {
            return false;
        }
        ThreadState.current().enterNested("while getting the repr of an object");
        active.put(o, Boolean.TRUE);
        return true;
    }

    public static void exit(PyObject o) {
        ACTIVE.get().remove(o);
        ThreadState.current().exitNested();
    }

    /** Runs one level of a container comparison under the recursion limit, as CPython's rich compare does. */
    public static boolean compareNested(java.util.function.BooleanSupplier level) {
        ThreadState ts = ThreadState.current();
        ts.enterNested("in comparison");
        try {
            return level.getAsBoolean();
        } finally {
            ts.exitNested();
        }
    }
}
