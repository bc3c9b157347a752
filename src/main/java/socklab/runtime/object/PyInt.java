package socklab.runtime.object;

import java.math.BigInteger;
import socklab.lang.ast.Expr.BinOperator;

/**
 * Python's arbitrary-precision int: a long while it fits, a BigInteger beyond. Every operation
 * tries the long path first and overflows into BigInteger, so ordinary loops never allocate big numbers.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = new PyType("int", null);
    private static final PyInt[] SMALL = new PyInt[262];
    /** CPython 3.11 refuses to print ints longer than this (sys.get_int_max_str_digits()). */
    public static final int MAX_STR_DIGITS = 4300;
    private static final long HASH_MODULUS = (1L << 61) - 1;

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i - 5);
        }
    }

    private final long small;
    private final BigInteger big;

    protected PyInt(long v) {
        this.small = v;
        this.big = null;
    }

    private PyInt(BigInteger v) {
        this.small = 0;
        this.big = v;
    }

    /** The same number, for an instance of a subclass of int. */
    protected PyInt(PyInt value) {
        this.small = value.small;
        this.big = value.big;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean fitsLong() {
        return big == null;
    }

    public long longValue() {
        return big == null ? small : big.longValue();
    }

    public long longValueExact() {
        if (big != null) {
            throw Py.error(ExcTypes.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return small;
    }

    public BigInteger bigValue() {
        return big == null ? BigInteger.valueOf(small) : big;
    }

    public double doubleValue() {
        if (big == null) {
            return small;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Py.overflowError("int too large to convert to float");
        }
        return d;
    }

    public int signum() {
        return big == null ? Long.signum(small) : big.signum();
    }

    @Override
    public String repr() {
        if (big == null) {
            return Long.toString(small);
        }
        return decimal(big);
    }

    /**
     * The decimal digits of v, refused past CPython's limit of 4300 digits (the guard against
     * quadratic-time conversion, which CPython applies to every int-to-decimal conversion).
     */
    static String decimal(BigInteger v) {
        if (v.bitLength() > MAX_STR_DIGITS * 3.33) {
            throw tooManyDigits("");
        }
        String s = v.toString();
        int digits = s.length() - (v.signum() < 0 ? 1 : 0);
        if (digits > MAX_STR_DIGITS) {
            throw tooManyDigits("");
        }
        return s;
    }

    /** An optionally signed run of decimal digits as an int, refused past the limit as int() refuses it. */
    public static PyInt fromDecimal(String text) {
        int digits = text.startsWith("-") || text.startsWith("+") ? text.length() - 1 : text.length();
        if (digits > MAX_STR_DIGITS) {
            throw tooManyDigits(": value has " + digits + " digits");
        }
        return of(new BigInteger(text));
    }

    /** The limit's ValueError; detail is ": value has N digits" when parsing, empty when printing. */
    public static PyError tooManyDigits(String detail) {
        return Py.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion" + detail
                + "; use sys.set_int_max_str_digits() to increase the limit");
    }

    @Override
    public boolean isTrue() {
        return signum() != 0;
    }

    @Override
    public long pyHash() {
        if (big == null && small > -HASH_MODULUS && small < HASH_MODULUS) {
            return small == -1 ? -2 : small;
        }
        long h = bigValue().abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
        h = signum() < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (other instanceof PyInt o) {
            if (big == null && o.big == null) {
                return small == o.small;
            }
            return bigValue().equals(o.bigValue());
        }
        if (other instanceof PyFloat f) {
            return PyFloat.compareIntFloat(this, f.value()) == 0;
        }
        return false;
    }

    @Override
    public Integer compareTo(PyObject other) {
        if (other instanceof PyInt o) {
            if (big == null && o.big == null) {
                return Long.compare(small, o.small);
            }
            return bigValue().compareTo(o.bigValue());
        }
        if (other instanceof PyFloat f) {
            if (Double.isNaN(f.value())) {
                return null;
            }
            return PyFloat.compareIntFloat(this, f.value());
        }
        return null;
    }

    @Override
    public PyObject negative() {
        if (big == null && small != Long.MIN_VALUE) {
            return of(-small);
        }
        return of(bigValue().negate());
    }

    @Override
    public PyObject positive() {
        return type() == TYPE ? this : of(longValue());
    }

    @Override
    public PyObject invert() {
        if (big == null) {
            return of(~small);
        }
        return of(big.not());
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        if (!(other instanceof PyInt o)) {
            return null;
        }
        if (big == null && o.big == null) {
            PyObject fast = smallOp(op, small, o.small);
            if (fast != null) {
                return fast;
            }
        }
        return bigOp(op, bigValue(), o.bigValue());
    }

    @Override
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        if (other instanceof PyInt o) {
            return o.binary(op, this);
        }
        return null;
    }

    /** The long fast path; null when the result may overflow and BigInteger must decide. */
    private static PyObject smallOp(BinOperator op, long a, long b) {
        switch (op) {
            case ADD: {
                long r = a + b;
                return ((a ^ r) & (b ^ r)) < 0 ? null : of(r);
            }
            case SUB: {
                long r = a - b;
                return ((a ^ b) & (a ^ r)) < 0 ? null : of(r);
            }
            case MUL: {
                long hi = Math.multiplyHigh(a, b);
                long lo = a * b;
                return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? of(lo) : null;
            }
            case FLOORDIV:
                if (b == 0) {
                    throw Py.error(ExcTypes.ZeroDivisionError, "integer division or modulo by zero");
                }
                return a == Long.MIN_VALUE && b == -1 ? null : of(Math.floorDiv(a, b));
            case MOD:
                if (b == 0) {
                    throw Py.error(ExcTypes.ZeroDivisionError, "integer modulo by zero");
                }
                return of(Math.floorMod(a, b));
            case DIV:
                if (b == 0) {
                    throw Py.error(ExcTypes.ZeroDivisionError, "division by zero");
                }
                if (Math.abs(a) < (1L << 53) && Math.abs(b) < (1L << 53)) {
                    return new PyFloat((double) a / (double) b);
                }
                return null;
            case BITAND:
                return of(a & b);
            case BITOR:
                return of(a | b);
            case BITXOR:
                return of(a ^ b);
            case RSHIFT:
                if (b < 0) {
                    throw Py.valueError("negative shift count");
                }
                return of(b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
            case LSHIFT:
                if (b < 0) {
                    throw Py.valueError("negative shift count");
                }
                if (b < 62 && Math.abs(a) < (1L << (62 - b))) {
                    return of(a << b);
                }
                return null;
            default:
                return null;
        }
    }

    private static PyObject bigOp(BinOperator op, BigInteger a, BigInteger b) {
        switch (op) {
            case ADD:
                return of(a.add(b));
            case SUB:
                return of(a.subtract(b));
            case MUL:
                guardBits((long) a.bitLength() + b.bitLength());
                return of(a.multiply(b));
            case FLOORDIV: {
                if (b.signum() == 0) {
                    throw Py.error(ExcTypes.ZeroDivisionError, "integer division or modulo by zero");
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return of(q);
            }
            case MOD: {
                if (b.signum() == 0) {
                    throw Py.error(ExcTypes.ZeroDivisionError, "integer modulo by zero");
                }
                BigInteger r = a.mod(b.abs());
                if (b.signum() < 0 && r.signum() != 0) {
                    r = r.add(b);
                }
                return of(r);
            }
            case DIV:
                if (b.signum() == 0) {
                    throw Py.error(ExcTypes.ZeroDivisionError, "division by zero");
                }
                return new PyFloat(trueDivide(a, b));
            case POW:
                return null;
            case BITAND:
                return of(a.and(b));
            case BITOR:
                return of(a.or(b));
            case BITXOR:
                return of(a.xor(b));
            case LSHIFT:
                if (b.signum() < 0) {
                    throw Py.valueError("negative shift count");
                }
                if (a.signum() == 0) {
                    return of(BigInteger.ZERO);
                }
                if (b.bitLength() > 63) {
                    throw Py.overflowError("too many digits in integer");
                }
                guardBits(a.bitLength() + b.longValue());
                return of(a.shiftLeft(b.intValueExact()));
            case RSHIFT:
                if (b.signum() < 0) {
                    throw Py.valueError("negative shift count");
                }
                return of(b.bitLength() > 31 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO) : a.shiftRight(b.intValue()));
            default:
                return null;
        }
    }

    static double trueDivide(BigInteger a, BigInteger b) {
        java.math.BigDecimal q = new java.math.BigDecimal(a).divide(new java.math.BigDecimal(b), java.math.MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw Py.overflowError("integer division result too large for a float");
        }
        return d;
    }

    /** Refuses results past what a Java BigInteger holds (2**31 bits) or so large the JVM would run out of memory, as MemoryError. */
    static void guardBits(long bits) {
        if (bits >= Integer.MAX_VALUE) {
            throw Py.error(ExcTypes.MemoryError);
        }
    }

    /** int ** int, with modulus (may be null); negative exponents give a float. */
    public PyObject power(PyInt exponent, PyObject modulus) {
        if (modulus != null && modulus != PyNone.NONE) {
            if (!(modulus instanceof PyInt m)) {
                return null;
            }
            if (m.signum() == 0) {
                throw Py.valueError("pow() 3rd argument cannot be 0");
            }
            BigInteger mod = m.bigValue().abs();
            if (exponent.signum() < 0 && !mod.equals(BigInteger.ONE) && !bigValue().gcd(mod).equals(BigInteger.ONE)) {
                throw Py.valueError("base is not invertible for the given modulus");
            }
            BigInteger r = bigValue().modPow(exponent.bigValue(), mod);
            if (m.signum() < 0 && r.signum() != 0) {
                r = r.add(m.bigValue());
            }
            return of(r);
        }
        if (exponent.signum() < 0) {
            if (signum() == 0) {
                throw Py.error(ExcTypes.ZeroDivisionError, "0.0 cannot be raised to a negative power");
            }
            return new PyFloat(Math.pow(doubleValue(), exponent.doubleValue()));
        }
        BigInteger base = bigValue();
        if (base.signum() == 0) {
            return of(exponent.signum() == 0 ? 1 : 0);
        }
        if (base.abs().equals(BigInteger.ONE)) {
            return of(base.signum() > 0 || !exponent.bigValue().testBit(0) ? 1 : -1);
        }
        // Divided, not multiplied: a huge exponent times the base's bits would overflow a long.
        if (!exponent.fitsLong() || exponent.longValue() > (1L << 31) / base.bitLength()) {
            throw Py.error(ExcTypes.MemoryError);
        }
        if (fitsLong() && exponent.longValue() < 64) {
            long r = 1;
            long b = small;
            boolean overflow = false;
            for (long i = 0; i < exponent.longValue() && !overflow; i++) {
                long hi = Math.multiplyHigh(r, b);
                long lo = r * b;
                overflow = !((hi == 0 && lo >= 0) || (hi == -1 && lo < 0));
                r = lo;
            }
            if (!overflow) {
                return of(r);
            }
        }
        return of(base.pow((int) exponent.longValue()));
    }
}
