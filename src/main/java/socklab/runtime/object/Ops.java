package socklab.runtime.object;

import socklab.lang.ast.Expr.BinOperator;
import socklab.lang.ast.Expr.CmpOperator;

/** Operator dispatch with CPython's rules: left operand first, then the reflected one, then TypeError. */
public final class Ops {
    private Ops() {}

    public static PyObject binary(BinOperator op, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && op != BinOperator.POW) {
            PyObject r = x.binary(op, y);
            if (r != null) {
                return r;
            }
        }
        if (op == BinOperator.POW) {
            return power(a, b, null);
        }
        PyObject r = a.binary(op, b);
        if (r == null) {
            r = b.binaryReflected(op, a);
        }
        if (r == null) {
            throw unsupported(op.symbol, a, b);
        }
        return r;
    }

    public static PyObject inPlace(BinOperator op, PyObject a, PyObject b) {
        // Ints are immutable (x += 1 is x = x + 1), so the in-place dispatch is skipped for them.
        PyObject r = a instanceof PyInt ? null : a.binaryInPlace(op, b);
        if (r != null) {
            return r;
        }
        try {
            return binary(op, a, b);
        } catch (PyError e) {
            if (e.matches(ExcTypes.TypeError) && e.value().str().startsWith("unsupported operand")) {
                throw unsupported(op.symbol + "=", a, b);
            }
            throw e;
        }
    }

    public static PyObject power(PyObject a, PyObject b, PyObject mod) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            PyObject r = x.power(y, mod);
            if (r != null) {
                return r;
            }
        } else if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)
                && (mod == null || mod == PyNone.NONE)) {
            return PyFloat.pow(PyFloat.toDouble(a), PyFloat.toDouble(b));
        }
        if (mod == null || mod == PyNone.NONE) {
            PyObject r = a.binary(BinOperator.POW, b);
            if (r == null) {
                r = b.binaryReflected(BinOperator.POW, a);
            }
            if (r != null) {
                return r;
            }
        }
        if (mod != null && mod != PyNone.NONE) {
            throw Py.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().name() + "', '"
                    + b.type().name() + "', '" + mod.type().name() + "'");
        }
        throw Py.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    private static PyError unsupported(String symbol, PyObject a, PyObject b) {
        return Py.typeError("unsupported operand type(s) for " + symbol + ": '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    /**
     * Equality as containment, index(), count() and sequence comparison test it (CPython's
     * PyObject_RichCompareBool): the same object is equal without being asked.
     */
    public static boolean eq(PyObject a, PyObject b) {
        return a == b || equalsOperator(a, b);
    }

    /**
     * a == b as the operator computes it: __eq__ is asked even of an object compared with itself
     * (NaN is not equal to itself), and a class's instance on the right is asked first when the
     * left is a builtin (whose __eq__ returns NotImplemented for it) or its class derives from the left's.
     */
    public static boolean equalsOperator(PyObject a, PyObject b) {
        boolean leftUser = a.type().isUserClass();
        boolean rightUser = b.type().isUserClass();
        if (!leftUser && !rightUser) {
            return a.pyEquals(b);
        }
        boolean rightFirst = rightUser && (!leftUser || a.type() != b.type() && b.type().isSubtypeOf(a.type()));
        Boolean r = rightFirst ? PyInstance.ask(b, "__eq__", a) : null;
        if (r == null && leftUser) {
            r = PyInstance.ask(a, "__eq__", b);
        }
        if (r == null && rightUser && !rightFirst) {
            r = PyInstance.ask(b, "__eq__", a);
        }
        if (r != null) {
            return r;
        }
        // Neither answered: plain objects are equal only to themselves; a subclass of a builtin (list,
        // or deque, which is a PyInstance made in Java) compares its value as the builtin does.
        return a.getClass() == PyInstance.class || b.getClass() == PyInstance.class ? a == b : a.pyEquals(b);
    }

    public static boolean lt(PyObject a, PyObject b) {
        return order(a, b, "<") < 0;
    }

    private static int order(PyObject a, PyObject b, String symbol) {
        Integer c = a.compareTo(b);
        if (c == null) {
            Integer r = b.compareTo(a);
            if (r != null) {
                return -r;
            }
            if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
                return 2;
            }
            throw Py.typeError("'" + symbol + "' not supported between instances of '" + a.type().name() + "' and '"
                    + b.type().name() + "'");
        }
        return c;
    }

    /** Comparisons; NaN (signalled as 2 by the numeric types) is unordered and every test fails. */
    public static boolean compare(CmpOperator op, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.fitsLong() && y.fitsLong()
                && !x.type().isUserClass() && !y.type().isUserClass()) {
            // Two machine-sized ints: compared directly, without boxing an Integer from compareTo.
            long l = x.longValue();
            long r = y.longValue();
            switch (op) {
                case EQ: return l == r;
                case NE: return l != r;
                case LT: return l < r;
                case LE: return l <= r;
                case GT: return l > r;
                case GE: return l >= r;
                default: break;
            }
        }
        switch (op) {
            case EQ:
                return equalsOperator(a, b);
            case NE:
                return !equalsOperator(a, b);
            case IS:
                return a == b;
            case IS_NOT:
                return a != b;
            case IN:
                return b.contains(a);
            case NOT_IN:
                return !b.contains(a);
            case LT: {
                int c = order(a, b, "<");
                return c < 0;
            }
            case LE: {
                int c = order(a, b, "<=");
                return c <= 0;
            }
            case GT: {
                int c = order(a, b, ">");
                return c > 0 && c != 2;
            }
            case GE: {
                int c = order(a, b, ">=");
                return c >= 0 && c != 2;
            }
            default:
                throw new IllegalStateException(op.name());
        }
    }

    public static PyObject not(PyObject a) {
        return a.isTrue() ? PyBool.FALSE : PyBool.TRUE;
    }
}
