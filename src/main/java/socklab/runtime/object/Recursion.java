package socklab.runtime.object;

import java.util.IdentityHashMap;
import java.util.Map;

/** Guards reprs of self-containing containers ([...]), as CPython's Py_ReprEnter does. */
public final class Recursion {
    private static final ThreadLocal<Map<PyObject, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private Recursion() {}

    public static boolean enter(PyObject o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    public static void exit(PyObject o) {
        ACTIVE.get().remove(o);
    }
}
