package socklab.runtime;

/** True and False: ints 1 and 0 that print as words, as in Python. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = new PyType("bool", PyInt.TYPE).finalType();
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return this == TRUE ? "True" : "False";
    }
}
