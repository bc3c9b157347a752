package socklab.runtime.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Digit strings for numbers, rounded from the exact binary value of a double as CPython does
 * ('%.2f' % 2.675 is '2.67'); Java's own formatter rounds the decimal shortest form instead.
 * Every routine works on magnitudes; signs are the caller's business.
 */
public final class Digits {
    private Digits() {}

    /** True for -0.0 and negative numbers, so the sign survives even when digits round to zero. */
    public static boolean isNegative(double d) {
        return d < 0 || (d == 0 && 1 / d < 0);
    }

    /** An integer's magnitude in base 10, 16, 8 or 2 as the type letter asks (X is upper case). */
    static String integer(BigInteger abs, char type) {
        return switch (type) {
            case 'x' -> abs.toString(16);
            case 'X' -> abs.toString(16).toUpperCase();
            case 'o' -> abs.toString(8);
            case 'b' -> abs.toString(2);
            default -> PyInt.decimal(abs);
        };
    }

    /**
     * A finite, non-negative double in one of the float presentations: e E f F g G, '%' (already
     * scaled by 100 by the caller), or 'r' (the format-spec default with a precision: g that keeps
     * a ".0"). alt is the '#' flag.
     */
    static String real(double abs, char type, int precision, boolean alt) {
        BigDecimal exact = new BigDecimal(abs);
        switch (type) {
            case 'f', 'F', '%':
                return fixed(exact, precision, alt);
            case 'e', 'E':
                return scientific(exact, precision, alt, type == 'E');
            default:
                return general(exact, precision, alt, type);
        }
    }

    private static String fixed(BigDecimal exact, int precision, boolean alt) {
        String s = exact.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alt && precision == 0 ? s + "." : s;
    }

    /** The decimal exponent of exact after rounding to sig significant digits. */
    private static int exponent(BigDecimal exact, int sig) {
        if (exact.signum() == 0) {
            return 0;
        }
        BigDecimal r = exact.round(new MathContext(sig, RoundingMode.HALF_EVEN));
        return r.precision() - 1 - r.scale();
    }

    private static String scientific(BigDecimal exact, int precision, boolean alt, boolean upper) {
        int exp = exponent(exact, precision + 1);
        String digits;
        if (exact.signum() == 0) {
            digits = "0".repeat(precision + 1);
        } else {
            BigDecimal r = exact.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            digits = digits.length() > precision + 1 ? digits.substring(0, precision + 1)
                    : digits + "0".repeat(precision + 1 - digits.length());
        }
        return mantissa(digits, alt) + exponentSuffix(exp, upper);
    }

    private static String mantissa(String digits, boolean alt) {
        if (digits.length() == 1) {
            return alt ? digits + "." : digits;
        }
        return digits.charAt(0) + "." + digits.substring(1);
    }

    private static String exponentSuffix(int exp, boolean upper) {
        String n = Integer.toString(Math.abs(exp));
        return (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (n.length() < 2 ? "0" + n : n);
    }

    private static String general(BigDecimal exact, int precision, boolean alt, char type) {
        int p = precision == 0 ? 1 : precision;
        int exp = exponent(exact, p);
        boolean keepDot0 = type == 'r';
        boolean useExp = exp < -4 || exp >= (keepDot0 ? p - 1 : p);
        String s = useExp
                ? scientific(exact, p - 1, alt, type == 'G')
                : fixed(exact, p - 1 - exp, alt);
        if (!alt) {
            s = stripZeros(s);
        }
        if (keepDot0 && !useExp && s.indexOf('.') < 0) {
            s += ".0";
        }
        return s;
    }

    /** Drops trailing fractional zeros (and a bare point) from the mantissa, as g does. */
    private static String stripZeros(String s) {
        int e = s.indexOf('e') >= 0 ? s.indexOf('e') : s.indexOf('E');
        String mant = e >= 0 ? s.substring(0, e) : s;
        String rest = e >= 0 ? s.substring(e) : "";
        if (mant.indexOf('.') >= 0) {
            int end = mant.length();
            while (mant.charAt(end - 1) == '0') {
                end--;
            }
            if (mant.charAt(end - 1) == '.') {
                end--;
            }
            mant = mant.substring(0, end);
        }
        return mant + rest;
    }

    /** inf and nan in the case the type letter asks for. */
    static String nonFinite(double d, boolean upper) {
        String s = Double.isNaN(d) ? "nan" : "inf";
        return upper ? s.toUpperCase() : s;
    }

    /** Inserts sep every `every` digits from the right of a plain digit run. */
    static String group(String digits, char sep, int every) {
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / every);
        int first = digits.length() % every == 0 ? every : digits.length() % every;
        b.append(digits, 0, Math.min(first, digits.length()));
        for (int i = first; i < digits.length(); i += every) {
            b.append(sep).append(digits, i, i + every);
        }
        return b.toString();
    }
}
