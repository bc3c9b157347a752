package socklab.runtime.builtins;

import java.math.BigInteger;
import socklab.runtime.object.Args;
import socklab.runtime.object.Digits;
import socklab.runtime.object.FloatFormat;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Slots;

/** The methods and numeric attributes of float. */
final class FloatMethods {
    private FloatMethods() {}

    static void install() {
        PyType t = PyFloat.TYPE;
        Slots.install(t);
        t.method("is_integer", (self, a, k) -> {
            Args.none("float.is_integer", a, k);
            double d = value(self);
            return Py.bool(Double.isFinite(d) && d == Math.rint(d));
        });
        t.method("as_integer_ratio", (self, a, k) -> {
            Args.none("float.as_integer_ratio", a, k);
            return ratio(value(self));
        });
        t.method("conjugate", (self, a, k) -> {
            Args.none("float.conjugate", a, k);
            return self;
        });
        t.method("hex", (self, a, k) -> {
            Args.none("float.hex", a, k);
            return new PyStr(hex(value(self)));
        });
        t.attribute("real", self -> self);
        t.attribute("imag", self -> new PyFloat(0.0));
        t.define("fromhex", new PyBuiltinFunction("fromhex", (a, k) -> {
            PyObject arg = Args.one("float.fromhex", a, k);
            if (!(arg instanceof PyStr s)) {
                throw Py.typeError("bad argument type for built-in operation");
            }
            return new PyFloat(fromhex(s.value()));
        }));
    }

    private static double value(PyObject self) {
        return ((PyFloat) self).value();
    }

    private static PyObject ratio(double d) {
        if (Double.isInfinite(d)) {
            throw Py.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw Py.valueError("cannot convert NaN to integer ratio");
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(d);
        BigInteger num = exact.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (exact.scale() > 0) {
            den = BigInteger.TEN.pow(exact.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
        }
        BigInteger g = num.gcd(den);
        return Py.tuple(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
    }

    /** float.hex(): 0x1.<13 hex digits>p<exp>, CPython's layout (not Java's shortened one). */
    static String hex(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return FloatFormat.repr(d);
        }
        String sign = Digits.isNegative(d) ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(Math.abs(d));
        int exp = (int) (bits >>> 52);
        long mantissa = bits & ((1L << 52) - 1);
        String digits = String.format("%013x", mantissa);
        if (exp == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        int e = exp - 1023;
        return sign + "0x1." + digits + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    static double fromhex(String text) {
        String s = text.strip();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (body.startsWith("0x")) {
            body = body.substring(2);
        }
        if (!body.matches("([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)(p[+-]?[0-9]+)?")) {
            throw Py.valueError("invalid hexadecimal floating-point string");
        }
        if (!body.contains("p")) {
            body += "p0";
        }
        double d = Double.parseDouble((negative ? "-" : "") + "0x" + body);
        if (Double.isInfinite(d)) {
            throw Py.overflowError("hexadecimal value too large to represent as a float");
        }
        return d;
    }
}
