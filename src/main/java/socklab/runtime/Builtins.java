package socklab.runtime;

/** The builtins registry: every builtin function and type a learner can name, installed from one list. */
public final class Builtins {
    private Builtins() {}

    /** Materialises any iterable into an array (list(x) without the list). */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return t.items();
        }
        if (iterable instanceof PyList l) {
            return l.toArray();
        }
        PyList out = new PyList();
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            out.append(x);
        }
        return out.toArray();
    }
}
