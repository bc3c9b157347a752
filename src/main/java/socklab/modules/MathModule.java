package socklab.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import socklab.lang.ast.Expr.BinOperator;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyObject;

/**
 * The {@code math} module: C-double functions with CPython's rules for which results are a
 * "math domain error" (a NaN from ordinary input) and which a "math range error" (overflow), plus
 * the exact integer functions.
 */
final class MathModule {
    private MathModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("math");
        Map<String, PyObject> d = m.dict();
        d.put("pi", new PyFloat(Math.PI));
        d.put("e", new PyFloat(Math.E));
        d.put("tau", new PyFloat(2 * Math.PI));
        d.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        d.put("nan", new PyFloat(Double.NaN));

        unary(d, "sqrt", Math::sqrt, false);
        unary(d, "exp", Math::exp, true);
        unary(d, "expm1", Math::expm1, true);
        unary(d, "log1p", Math::log1p, false);
        unary(d, "sin", Math::sin, false);
        unary(d, "cos", Math::cos, false);
        unary(d, "tan", Math::tan, false);
        unary(d, "asin", Math::asin, false);
        unary(d, "acos", Math::acos, false);
        unary(d, "atan", Math::atan, false);
        unary(d, "sinh", StrictMath::sinh, true);
        unary(d, "cosh", MathModule::cosh, true);
        unary(d, "tanh", StrictMath::tanh, false);
        unary(d, "asinh", MathModule::asinh, false);
        unary(d, "acosh", MathModule::acosh, false);
        unary(d, "atanh", MathModule::atanh, false);
        unary(d, "cbrt", Math::cbrt, false);
        unary(d, "exp2", x -> Math.pow(2, x), true);
        unary(d, "ulp", Math::ulp, false);
        unary(d, "fabs", Math::abs, false);
        unary(d, "degrees", x -> x * (180.0 / Math.PI), true);
        unary(d, "radians", x -> x * (Math.PI / 180.0), false);
        fn(d, "log2", a -> {
            PyObject x = Args.one("math.log2", a, null);
            return logOf(x, MathModule::log2);
        });
        fn(d, "log10", a -> {
            PyObject x = Args.one("math.log10", a, null);
            return logOf(x, Math::log10);
        });
        d.put("log", new PyBuiltinFunction("log", (a, kw) -> {
            Args.noKeywords("math.log", kw);
            if (a.length < 1 || a.length > 2) {
                throw Py.typeError("math.log requires 1 to 2 arguments");
            }
            double num = logOf(a[0], Math::log);
            if (a.length == 1) {
                return new PyFloat(num);
            }
            double den = logOf(a[1], Math::log);
            if (den == 0) {
                throw Py.error(ExcTypes.ZeroDivisionError, "float division by zero");
            }
            return new PyFloat(num / den);
        }));
        binary(d, "pow", MathModule::pow);
        binary(d, "atan2", Math::atan2);
        binary(d, "copysign", Math::copySign);
        binary(d, "fmod", MathModule::fmod);
        binary(d, "remainder", Math::IEEEremainder);
        binary(d, "nextafter", Math::nextAfter);

        rounding(d, "floor", "__floor__", Math::floor);
        rounding(d, "ceil", "__ceil__", Math::ceil);
        d.put("trunc", new PyBuiltinFunction("trunc", (a, kw) -> {
            PyObject x = Args.one("math.trunc", a, kw);
            if (x instanceof PyInt) {
                return x;
            }
            if (x instanceof PyFloat f) {
                return f.toInt();
            }
            if (x.type().lookup("__trunc__") != null) {
                return x.getAttr("__trunc__").call(new PyObject[0], null);
            }
            throw Py.typeError("type " + x.type().name() + " doesn't define __trunc__ method");
        }));

        predicate(d, "isfinite", Double::isFinite);
        predicate(d, "isinf", Double::isInfinite);
        predicate(d, "isnan", Double::isNaN);
        d.put("isclose", new PyBuiltinFunction("isclose", MathModule::isclose));

        d.put("modf", new PyBuiltinFunction("modf", (a, kw) -> {
            double x = real(Args.one("math.modf", a, kw));
            if (Double.isInfinite(x)) {
                return Py.tuple(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            }
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return Py.tuple(new PyFloat(Math.copySign(x - whole, x)), new PyFloat(whole));
        }));
        d.put("frexp", new PyBuiltinFunction("frexp", (a, kw) -> frexp(real(Args.one("math.frexp", a, kw)))));
        d.put("ldexp", new PyBuiltinFunction("ldexp", (a, kw) -> {
            PyObject[] v = Args.expected("math.ldexp", a, kw, 2, 2);
            double x = real(v[0]);
            if (!(v[1] instanceof PyInt i)) {
                throw Py.typeError("Expected an int as second argument to ldexp.");
            }
            int exp = i.bigValue().max(BigInteger.valueOf(-5000)).min(BigInteger.valueOf(5000)).intValue();
            double r = Math.scalb(x, exp);
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw rangeError();
            }
            return new PyFloat(r);
        }));

        d.put("fsum", new PyBuiltinFunction("fsum", (a, kw) -> fsum(Args.one("math.fsum", a, kw))));
        d.put("prod", new PyBuiltinFunction("prod", MathModule::prod));
        d.put("hypot", new PyBuiltinFunction("hypot", (a, kw) -> {
            Args.noKeywords("math.hypot", kw);
            double[] xs = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                xs[i] = real(a[i]);
            }
            return new PyFloat(hypot(xs));
        }));
        d.put("dist", new PyBuiltinFunction("dist", (a, kw) -> {
            PyObject[] v = Args.expected("math.dist", a, kw, 2, 2);
            List<PyObject> p = items(v[0]);
            List<PyObject> q = items(v[1]);
            if (p.size() != q.size()) {
                throw Py.valueError("both points must have the same number of dimensions");
            }
            double[] diffs = new double[p.size()];
            for (int i = 0; i < diffs.length; i++) {
                diffs[i] = real(p.get(i)) - real(q.get(i));
            }
            return new PyFloat(hypot(diffs));
        }));

        d.put("isqrt", new PyBuiltinFunction("isqrt", (a, kw) -> {
            BigInteger n = integer(Args.one("math.isqrt", a, kw));
            if (n.signum() < 0) {
                throw Py.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.sqrt());
        }));
        d.put("factorial", new PyBuiltinFunction("factorial", (a, kw) -> {
            BigInteger n = integer(Args.one("math.factorial", a, kw));
            if (n.signum() < 0) {
                throw Py.valueError("factorial() not defined for negative values");
            }
            if (n.bitLength() > 63) {
                throw Py.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            return PyInt.of(fallingFactorial(n.longValue(), n.longValue()));
        }));
        d.put("gcd", new PyBuiltinFunction("gcd", (a, kw) -> {
            Args.noKeywords("math.gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : a) {
                g = g.gcd(integer(x));
            }
            return PyInt.of(g);
        }));
        d.put("lcm", new PyBuiltinFunction("lcm", (a, kw) -> {
            Args.noKeywords("math.lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (PyObject x : a) {
                BigInteger n = integer(x).abs();
                l = l.signum() == 0 || n.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(n)).multiply(n);
            }
            return PyInt.of(l);
        }));
        d.put("comb", new PyBuiltinFunction("comb", (a, kw) -> {
            PyObject[] v = Args.expected("math.comb", a, kw, 2, 2);
            BigInteger n = nonNegative(v[0], "n");
            BigInteger k = nonNegative(v[1], "k");
            if (k.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            long kk = fitting(k.min(n.subtract(k)), "min(n - k, k)");
            return PyInt.of(fallingFactorial(n, kk).divide(fallingFactorial(kk, kk)));
        }));
        d.put("perm", new PyBuiltinFunction("perm", (a, kw) -> {
            PyObject[] v = Args.expected("math.perm", a, kw, 1, 2);
            BigInteger n = nonNegative(v[0], "n");
            BigInteger k = v[1] == null || v[1] == socklab.runtime.object.PyNone.NONE ? n : nonNegative(v[1], "k");
            if (k.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            return PyInt.of(fallingFactorial(n, fitting(k, "k")));
        }));
        return m;
    }

    /** The body of a function whose result is a float, given its positional arguments. */
    private interface FloatBody {
        double apply(PyObject[] args);
    }

    private static void fn(Map<String, PyObject> d, String name, FloatBody body) {
        d.put(name, new PyBuiltinFunction(name, (a, kw) -> {
            Args.noKeywords("math." + name, kw);
            return new PyFloat(body.apply(a));
        }));
    }

    /** A one-argument function; canOverflow says whether an infinite result is a range error rather than a domain error. */
    private static void unary(Map<String, PyObject> d, String name, DoubleUnaryOperator f, boolean canOverflow) {
        d.put(name, new PyBuiltinFunction(name, (a, kw) -> {
            double x = real(Args.one("math." + name, a, kw));
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domainError();
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw canOverflow ? rangeError() : domainError();
            }
            return new PyFloat(r);
        }));
    }

    private static void binary(Map<String, PyObject> d, String name, DoubleBinaryOperator f) {
        d.put(name, new PyBuiltinFunction(name, (a, kw) -> {
            PyObject[] v = Args.expected("math." + name, a, kw, 2, 2);
            double x = real(v[0]);
            double y = real(v[1]);
            double r = f.applyAsDouble(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError();
            }
            return new PyFloat(r);
        }));
    }

    private static void predicate(Map<String, PyObject> d, String name, java.util.function.DoublePredicate p) {
        d.put(name, new PyBuiltinFunction(name, (a, kw) -> Py.bool(p.test(real(Args.one("math." + name, a, kw))))));
    }

    /** floor and ceil: ints come back unchanged, other objects may answer through __floor__/__ceil__. */
    private static void rounding(Map<String, PyObject> d, String name, String hook, DoubleUnaryOperator f) {
        d.put(name, new PyBuiltinFunction(name, (a, kw) -> {
            PyObject x = Args.one("math." + name, a, kw);
            if (x instanceof PyInt) {
                return PyInt.of(((PyInt) x).bigValue());
            }
            if (!(x instanceof PyFloat) && x.type().lookup(hook) != null) {
                return x.getAttr(hook).call(new PyObject[0], null);
            }
            return new PyFloat(f.applyAsDouble(real(x))).toInt();
        }));
    }

    private static double pow(double x, double y) {
        if (x == 1.0 || y == 0.0) {
            return 1.0;
        }
        if (x == -1.0 && Double.isInfinite(y)) {
            return 1.0;
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw x == 0.0 ? domainError() : rangeError();
        }
        return r;
    }

    /** Beyond this, x*x would overflow and ln(2x) is already exact to the last bit. */
    private static final double HUGE_ARG = 0x1p28;

    private static double asinh(double x) {
        double ax = Math.abs(x);
        double r = ax > HUGE_ARG ? Math.log(ax) + Math.log(2) : Math.log1p(ax + ax * ax / (1 + Math.sqrt(1 + ax * ax)));
        return Math.copySign(r, x);
    }

    private static double acosh(double x) {
        return x > HUGE_ARG ? Math.log(x) + Math.log(2) : Math.log(x + Math.sqrt(x * x - 1));
    }

    private static double atanh(double x) {
        double ax = Math.abs(x);
        if (ax >= 1) {
            return Double.NaN;
        }
        double r = ax < 0.5 ? 0.5 * Math.log1p(2 * ax + 2 * ax * ax / (1 - ax)) : 0.5 * Math.log1p(2 * ax / (1 - ax));
        return Math.copySign(r, x);
    }

    /** cosh from exp the way glibc computes it, so results agree to the last digit. */
    private static double cosh(double x) {
        double ax = Math.abs(x);
        if (ax < 0.5 * Math.log(2)) {
            double t = Math.expm1(ax);
            double w = 1 + t;
            return 1 + t * t / (w + w);
        }
        if (ax < 22) {
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        return Math.cosh(x);
    }

    private static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        return x % y;
    }

    /** A real number as a C double: int, float, or an object with __float__. */
    private static double real(PyObject x) {
        PyFloat f = PyFloat.coerce(x);
        if (f != null) {
            return f.value();
        }
        throw Py.typeError("must be real number, not " + x.type().name());
    }

    /** The natural log of any real; ints beyond the float range are measured by their bit length. */
    private static double logOf(PyObject x, DoubleUnaryOperator log) {
        if (x instanceof PyInt i && !i.fitsLong()) {
            BigInteger n = ((PyInt) x).bigValue();
            if (n.signum() <= 0) {
                throw domainError();
            }
            int bits = n.bitLength();
            double mantissa = new BigDecimal(n).divide(new BigDecimal(BigInteger.ONE.shiftLeft(bits))).doubleValue();
            return log.applyAsDouble(mantissa) + bits * log.applyAsDouble(2.0);
        }
        return checkedLog(real(x), log);
    }

    private static double checkedLog(double x, DoubleUnaryOperator log) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0) {
            throw domainError();
        }
        return log.applyAsDouble(x);
    }

    /** log2 exact at powers of two, as C's log2 is. */
    private static double log2(double x) {
        int exp = Math.getExponent(x);
        if (x == Math.scalb(1.0, exp)) {
            return exp;
        }
        double m = Math.scalb(x, -(exp + 1));
        return exp + 1 + Math.log(m) / Math.log(2);
    }

    private static PyObject frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return Py.tuple(new PyFloat(x), PyInt.of(0));
        }
        int exp = Math.getExponent(x);
        double scaled = x;
        int adjust = 0;
        if (exp == Double.MIN_EXPONENT - 1) {
            scaled = x * 0x1p54;
            adjust = -54;
            exp = Math.getExponent(scaled);
        }
        return Py.tuple(new PyFloat(Math.scalb(scaled, -(exp + 1))), PyInt.of(exp + 1 + adjust));
    }

    private static PyObject isclose(PyObject[] a, Map<String, PyObject> kw) {
        if (a.length > 2) {
            throw Py.typeError("isclose() takes exactly 2 positional arguments (" + a.length + " given)");
        }
        PyObject[] v = Args.keywords("math.isclose", a, kw, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
        double x = real(v[0]);
        double y = real(v[1]);
        double rel = v[2] == null ? 1e-9 : real(v[2]);
        double abs = v[3] == null ? 0.0 : real(v[3]);
        if (rel < 0 || abs < 0) {
            throw Py.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return Py.bool(true);
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Py.bool(false);
        }
        double diff = Math.abs(y - x);
        return Py.bool(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    /** fsum: the exact sum of the floats, rounded once, with CPython's special-value rules. */
    private static PyObject fsum(PyObject iterable) {
        BigDecimal exact = BigDecimal.ZERO;
        double special = 0.0;
        boolean sawPlusInf = false;
        boolean sawMinusInf = false;
        boolean sawNan = false;
        for (PyObject item : items(iterable)) {
            double x = real(item);
            if (Double.isNaN(x)) {
                sawNan = true;
            } else if (Double.isInfinite(x)) {
                sawPlusInf |= x > 0;
                sawMinusInf |= x < 0;
                special = x;
            } else {
                exact = exact.add(new BigDecimal(x));
            }
        }
        if (sawPlusInf && sawMinusInf) {
            throw Py.valueError("-inf + inf in fsum");
        }
        if (sawNan) {
            return new PyFloat(Double.NaN);
        }
        if (sawPlusInf || sawMinusInf) {
            return new PyFloat(special);
        }
        double r = exact.doubleValue();
        if (Double.isInfinite(r)) {
            throw Py.overflowError("intermediate overflow in fsum");
        }
        return new PyFloat(r);
    }

    private static PyObject prod(PyObject[] a, Map<String, PyObject> kw) {
        int given = a.length + (kw == null ? 0 : kw.size());
        if (given > 2) {
            throw Py.typeError("prod() takes at most 2 arguments (" + given + " given)");
        }
        if (a.length != 1) {
            throw Py.typeError("prod() takes exactly 1 positional argument (" + a.length + " given)");
        }
        PyObject[] v = Args.keywords("math.prod", a, kw, new String[] {"iterable", "start"}, 1, 1);
        PyObject acc = v[1] == null ? PyInt.of(1) : v[1];
        for (PyObject item : items(v[0])) {
            acc = Ops.binary(BinOperator.MUL, acc, item);
        }
        return acc;
    }

    /** Euclidean length, scaled by the largest magnitude so that squares neither overflow nor underflow. */
    private static double hypot(double[] xs) {
        double max = 0;
        boolean nan = false;
        for (double x : xs) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(x);
            max = Math.max(max, Math.abs(x));
        }
        if (nan) {
            return Double.NaN;
        }
        if (xs.length == 2) {
            return Math.hypot(xs[0], xs[1]);
        }
        if (max == 0 || xs.length == 1) {
            return max;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : xs) {
            BigDecimal s = new BigDecimal(x);
            sum = sum.add(s.multiply(s));
        }
        return sum.sqrt(new java.math.MathContext(40)).doubleValue();
    }

    private static List<PyObject> items(PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            out.add(x);
        }
        return out;
    }

    /** An argument that must be an int (bools count), CPython's __index__ rule. */
    private static BigInteger integer(PyObject x) {
        if (x instanceof PyInt i) {
            return i.bigValue();
        }
        throw Py.typeError("'" + x.type().name() + "' object cannot be interpreted as an integer");
    }

    private static BigInteger nonNegative(PyObject x, String name) {
        BigInteger n = integer(x);
        if (n.signum() < 0) {
            throw Py.valueError(name + " must be a non-negative integer");
        }
        return n;
    }

    /** A count of factors, which CPython caps at the largest C long. */
    private static long fitting(BigInteger k, String what) {
        if (k.bitLength() > 63) {
            throw Py.overflowError(what + " must not exceed " + Long.MAX_VALUE);
        }
        return k.longValue();
    }

    /** n * (n-1) * … for k factors, multiplied as a balanced tree so big results stay fast. */
    private static BigInteger fallingFactorial(BigInteger n, long k) {
        return product(n.subtract(BigInteger.valueOf(k - 1)), n);
    }

    private static BigInteger fallingFactorial(long n, long k) {
        return k == 0 ? BigInteger.ONE : fallingFactorial(BigInteger.valueOf(n), k);
    }

    private static BigInteger product(BigInteger lo, BigInteger hi) {
        int cmp = lo.compareTo(hi);
        if (cmp > 0) {
            return BigInteger.ONE;
        }
        if (cmp == 0) {
            return lo;
        }
        BigInteger mid = lo.add(hi).shiftRight(1);
        return product(lo, mid).multiply(product(mid.add(BigInteger.ONE), hi));
    }

    private static PyError domainError() {
        return Py.valueError("math domain error");
    }

    private static PyError rangeError() {
        return Py.overflowError("math range error");
    }
}
