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
            // pow(a, b, mod) asks only a's __pow__, with the modulus as its second argument
            PyObject own = UserClasses.special(a, "__pow__");
            PyObject r = own == null ? null : own.call(new PyObject[] {b, mod}, null);
            if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
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
        return learnerOperand(a) || learnerOperand(b) ? rich(CmpOperator.EQ, a, b).isTrue() : a.pyEquals(b);
    }

    /** Whether comparing o may call special methods of a Python class (a learner's, or a module's PyInstance). */
    private static boolean learnerOperand(PyObject o) {
        return o instanceof PyInstance || o.type().isUserClass();
    }

    /**
     * A comparison as its expression yields it: what the learner's special method returns, kept as
     * is (__eq__ may return a non-bool), else the built-in answer as a bool.
     */
    public static PyObject richCompare(CmpOperator op, PyObject a, PyObject b) {
        if (op.ordinal() <= CmpOperator.GE.ordinal() && (learnerOperand(a) || learnerOperand(b))) {
            return rich(op, a, b);
        }
        return Py.bool(compare(op, a, b));
    }

    /**
     * CPython's do_richcompare: the right operand's reflected method first when its class derives
     * from the left's (or the left is a builtin, which answers NotImplemented), then the left's, then
     * the right's; when none answers, == and != fall back to identity, ordering is a TypeError.
     */
    private static PyObject rich(CmpOperator op, PyObject a, PyObject b) {
        boolean leftUser = learnerOperand(a);
        boolean rightUser = learnerOperand(b);
        boolean rightFirst = rightUser && (!leftUser || a.type() != b.type() && b.type().isSubtypeOf(a.type()));
        String name = METHOD[op.ordinal()];
        String reflected = METHOD[REFLECTED[op.ordinal()].ordinal()];
        PyObject r = rightFirst ? PyInstance.answer(b, reflected, a) : null;
        if (r == null && leftUser) {
            r = PyInstance.answer(a, name, b);
        }
        if (r == null && rightUser && !rightFirst) {
            r = PyInstance.answer(b, reflected, a);
        }
        if (r != null) {
            return r;
        }
        if (op == CmpOperator.NE) {
            // object.__ne__ inverts __eq__'s answer
            return Py.bool(!rich(CmpOperator.EQ, a, b).isTrue());
        }
        // Neither answered: plain objects are equal only to themselves; a subclass of a builtin (list,
        // or deque, which is a PyInstance made in Java) compares its value as the builtin does.
        boolean plain = a.getClass() == PyInstance.class || b.getClass() == PyInstance.class;
        if (op == CmpOperator.EQ) {
            return Py.bool(plain ? a == b : a.pyEquals(b));
        }
        if (plain) {
            throw notSupported(op.symbol, a, b);
        }
        int c = order(a, b, op.symbol);
        return Py.bool(switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0 && c != 2;
            default -> c >= 0 && c != 2;
        });
    }

    /** The special method of each rich comparison, by CmpOperator ordinal (EQ … GE come first). */
    private static final String[] METHOD = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
    /** The comparison the right operand is asked for: a < b is b > a. */
    private static final CmpOperator[] REFLECTED = {CmpOperator.EQ, CmpOperator.NE, CmpOperator.GT, CmpOperator.GE,
        CmpOperator.LT, CmpOperator.LE};

    private static PyError notSupported(String symbol, PyObject a, PyObject b) {
        return Py.typeError("'" + symbol + "' not supported between instances of '" + a.type().name() + "' and '"
                + b.type().name() + "'");
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
            throw notSupported(symbol, a, b);
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
        if (op.ordinal() <= CmpOperator.GE.ordinal() && (learnerOperand(a) || learnerOperand(b))) {
            return rich(op, a, b).isTrue();
        }
        switch (op) {
            case EQ:
                return a.pyEquals(b);
            case NE:
                return !a.pyEquals(b);
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
