package socklab.runtime.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import socklab.lang.ast.Expr.BinOperator;

/** Python's float: an IEEE double with Python's repr, hashing and division rules. */
public final class PyFloat extends PyObject {
    public static final PyType TYPE = new PyType("float", null);

    private final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    public double value() {
        return value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return FloatFormat.repr(value);
    }

    @Override
    public boolean isTrue() {
        return value != 0.0;
    }

    @Override
    public long pyHash() {
        if (Double.isNaN(value)) {
            return Py.id(this) >> 4;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? 314159 : -314159;
        }
        return hashDouble(value);
    }

    /** CPython's _Py_HashDouble: the value modulo 2**61 - 1, so equal ints and floats hash alike. */
    private static long hashDouble(double v) {
        if (v == 0) {
            return 0;
        }
        final int bits = 61;
        final long modulus = (1L << bits) - 1;
        int e = Math.getExponent(v) + 1;
        double m = v / Math.scalb(1.0, e);
        if (Math.getExponent(v) < Double.MIN_EXPONENT) {
            e = Math.getExponent(v * 0x1p64) + 1 - 64;
            m = v / Math.scalb(1.0, e);
        }
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & modulus) | x >>> (bits - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= modulus) {
                x -= modulus;
            }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
        x = ((x << e) & modulus) | x >>> (bits - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (other instanceof PyFloat f) {
            return value == f.value;
        }
        if (other instanceof PyInt i) {
            return compareIntFloat(i, value) == 0;
        }
        return false;
    }

    @Override
    public Integer compareTo(PyObject other) {
        double o;
        if (other instanceof PyFloat f) {
            o = f.value;
        } else if (other instanceof PyInt i) {
            if (Double.isNaN(value)) {
                return null;
            }
            return -compareIntFloat(i, value);
        } else {
            return null;
        }
        if (Double.isNaN(value) || Double.isNaN(o)) {
            return null;
        }
        return value < o ? -1 : value > o ? 1 : 0;
    }

    /** Exact comparison of an int with a double (no rounding of large ints); NaN compares unequal. */
    static int compareIntFloat(PyInt i, double d) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (i.fitsLong() && Math.abs(i.longValue()) < (1L << 53)) {
            double x = i.longValue();
            return x == d ? 0 : x < d ? -1 : 1;
        }
        return new BigDecimal(i.bigValue()).compareTo(new BigDecimal(d));
    }

    @Override
    public PyObject negative() {
        return new PyFloat(-value);
    }

    @Override
    public PyObject positive() {
        return this;
    }

    /**
     * A real number as a float by CPython's PyFloat_AsDouble rule: a float, an int, what a class's
     * __float__ returns (which must be a float), else its __index__; null when o is none of them.
     */
    public static PyFloat coerce(PyObject o) {
        if (o instanceof PyFloat f) {
            return f;
        }
        if (o instanceof PyInt i) {
            return new PyFloat(i.doubleValue());
        }
        PyObject hook = UserClasses.special(o, "__float__");
        if (hook != null) {
            PyObject r = hook.call(new PyObject[0], null);
            if (!(r instanceof PyFloat f)) {
                throw Py.typeError(o.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
            }
            return f;
        }
        PyInt i = Py.indexValue(o);
        return i == null ? null : new PyFloat(i.doubleValue());
    }

    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        return ((PyInt) o).doubleValue();
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        if (!(other instanceof PyFloat || other instanceof PyInt)) {
            return null;
        }
        return arith(op, value, toDouble(other));
    }

    @Override
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        if (!(other instanceof PyInt)) {
            return null;
        }
        return arith(op, toDouble(other), value);
    }

    static PyObject arith(BinOperator op, double a, double b) {
        switch (op) {
            case ADD:
                return new PyFloat(a + b);
            case SUB:
                return new PyFloat(a - b);
            case MUL:
                return new PyFloat(a * b);
            case DIV:
                if (b == 0) {
                    throw Py.error(ExcTypes.ZeroDivisionError, "float division by zero");
                }
                return new PyFloat(a / b);
            case FLOORDIV:
                if (b == 0) {
                    throw Py.error(ExcTypes.ZeroDivisionError, "float floor division by zero");
                }
                return new PyFloat(floorDiv(a, b));
            case MOD:
                if (b == 0) {
                    throw Py.error(ExcTypes.ZeroDivisionError, "float modulo");
                }
                return new PyFloat(mod(a, b));
            case POW:
                return pow(a, b);
            default:
                return null;
        }
    }

    static double mod(double a, double b) {
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    static double floorDiv(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && ((b < 0) != (m < 0))) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, a / b);
        }
        double floor = Math.floor(div);
        if (div - floor > 0.5) {
            floor += 1.0;
        }
        return floor;
    }

    static PyObject pow(double a, double b) {
        if (a == 0 && b < 0) {
            throw Py.error(ExcTypes.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.rint(b)) {
            throw Py.valueError("complex numbers are not supported");
        }
        if (a == 1.0 || a == -1.0 && Double.isInfinite(b)) {
            return new PyFloat(1.0);
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Py.error(ExcTypes.OverflowError, "(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    /** int(float): truncation toward zero, with CPython's errors for inf and nan. */
    public PyInt toInt() {
        if (Double.isNaN(value)) {
            throw Py.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(value)) {
            throw Py.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(value) < 9.2e18) {
            return PyInt.of((long) value);
        }
        return PyInt.of(new BigDecimal(value).toBigInteger());
    }

    static BigInteger exactInteger(double d) {
        return new BigDecimal(d).toBigInteger();
    }
}
