package socklab.runtime.object;

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

    /** True & False and friends stay bools, as in Python; everything else is int arithmetic. */
    @Override
    public PyObject binary(socklab.lang.ast.Expr.BinOperator op, PyObject other) {
        if (other instanceof PyBool b) {
            switch (op) {
                case BITAND:
                    return Py.bool(this == TRUE && b == TRUE);
                case BITOR:
                    return Py.bool(this == TRUE || b == TRUE);
                case BITXOR:
                    return Py.bool(this != b);
                default:
                    break;
            }
        }
        return super.binary(op, other);
    }

    @Override
    public String repr() {
        return this == TRUE ? "True" : "False";
    }
}
