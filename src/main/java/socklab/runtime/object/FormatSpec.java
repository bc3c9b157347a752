package socklab.runtime.object;

import java.math.BigInteger;

/**
 * One parsed format spec, [[fill]align][sign][z][#][0][width][grouping][.precision][type], and the
 * formatting of int, float, str and bool values by it, with CPython's error messages.
 */
record FormatSpec(int fill, char align, char sign, boolean coerceZero, boolean alt, int width, char grouping,
        int precision, char type) {
    /** No alignment/sign/grouping/type was given. */
    static final char NONE = '\0';

    static FormatSpec parse(String spec, PyObject value, char defaultAlign) {
        int[] cps = spec.codePoints().toArray();
        int i = 0;
        int fill = ' ';
        boolean fillGiven = false;
        char align = NONE;
        if (cps.length >= 2 && isAlign(cps[1])) {
            fillGiven = true;
            fill = cps[0];
            align = (char) cps[1];
            i = 2;
        } else if (cps.length >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            i = 1;
        }
        char sign = NONE;
        if (i < cps.length && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
            sign = (char) cps[i++];
        }
        boolean z = false;
        if (i < cps.length && cps[i] == 'z') {
            z = true;
            i++;
        }
        boolean alt = false;
        if (i < cps.length && cps[i] == '#') {
            alt = true;
            i++;
        }
        if (i < cps.length && cps[i] == '0') {
            if (!fillGiven) {
                fill = '0';
                if (align == NONE && defaultAlign == '>') {
                    align = '=';
                }
            }
            i++;
        }
        int start = i;
        while (i < cps.length && Character.isDigit(cps[i]) && cps[i] < 128) {
            i++;
        }
        int width = digits(cps, start, i);
        char grouping = NONE;
        if (i < cps.length && (cps[i] == ',' || cps[i] == '_')) {
            grouping = (char) cps[i++];
            if (i < cps.length && (cps[i] == ',' || cps[i] == '_')) {
                throw Py.valueError(grouping == ',' && cps[i] == ','
                        ? "Cannot specify ',' with ','." : "Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (i < cps.length && cps[i] == '.') {
            i++;
            start = i;
            while (i < cps.length && Character.isDigit(cps[i]) && cps[i] < 128) {
                i++;
            }
            if (i == start) {
                throw Py.valueError("Format specifier missing precision");
            }
            precision = digits(cps, start, i);
        }
        char type = NONE;
        if (i < cps.length - 1 || (i == cps.length - 1 && cps[i] > 0xffff)) {
            throw Py.valueError("Invalid format specifier '" + spec + "' for object of type '" + Py.typeName(value) + "'");
        }
        if (i == cps.length - 1) {
            type = (char) cps[i];
        }
        if (grouping != NONE) {
            checkGrouping(grouping, type);
        }
        return new FormatSpec(fill, align == NONE ? defaultAlign : align, sign, z, alt, width, grouping, precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static int digits(int[] cps, int from, int to) {
        if (to == from) {
            return -1;
        }
        if (to - from > 18) {
            throw Py.valueError("Too many decimal digits in format string");
        }
        long v = Long.parseLong(new String(cps, from, to - from));
        if (v > Integer.MAX_VALUE) {
            throw Py.valueError("Too many decimal digits in format string");
        }
        return (int) v;
    }

    private static void checkGrouping(char grouping, char type) {
        boolean ok = switch (type) {
            case NONE, 'd', 'e', 'E', 'f', 'F', 'g', 'G', '%' -> true;
            case 'b', 'o', 'x', 'X' -> grouping == '_';
            default -> false;
        };
        if (!ok) {
            throw Py.valueError("Cannot specify '" + grouping + "' with '" + type + "'.");
        }
    }

    private PyError unknownCode(PyObject value) {
        String code = type < 0x20 || type == 0x7f
                ? "\\x" + Integer.toHexString(type) : String.valueOf(type);
        if (type > 0x7f) {
            return Py.valueError("Unknown format code '\\x" + Integer.toHexString(type) + "' for object of type '"
                    + Py.typeName(value) + "'");
        }
        return Py.valueError("Unknown format code '" + code + "' for object of type '" + Py.typeName(value) + "'");
    }

    // ---- str

    String formatStr(PyObject value, String s) {
        if (sign != NONE) {
            throw Py.valueError("Sign not allowed in string format specifier");
        }
        if (alt) {
            throw Py.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (coerceZero) {
            throw Py.valueError("Negative zero coercion (z) not allowed in format specifier");
        }
        if (align == '=') {
            throw Py.valueError("'=' alignment not allowed in string format specifier");
        }
        if (grouping != NONE) {
            throw Py.valueError("Cannot specify '" + grouping + "' with 's'.");
        }
        if (type != NONE && type != 's') {
            throw unknownCode(value);
        }
        if (precision >= 0 && s.codePointCount(0, s.length()) > precision) {
            s = s.substring(0, s.offsetByCodePoints(0, precision));
        }
        return pad("", s);
    }

    // ---- int

    String formatInt(PyInt value) {
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(value, value.doubleValue());
            case NONE, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
                break;
            default:
                throw unknownCode(value);
        }
        if (precision >= 0) {
            throw Py.valueError("Precision not allowed in integer format specifier");
        }
        if (coerceZero) {
            throw Py.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (sign != NONE) {
                throw Py.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (alt) {
                throw Py.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            long cp = value.fitsLong() ? value.longValue() : -1;
            if (cp < 0 || cp > 0x10ffff) {
                throw Py.overflowError("%c arg not in range(0x110000)");
            }
            return pad("", new String(Character.toChars((int) cp)));
        }
        BigInteger v = value.bigValue();
        String digits = Digits.integer(v.abs(), type);
        String prefix = !alt ? "" : switch (type) {
            case 'x' -> "0x";
            case 'X' -> "0X";
            case 'o' -> "0o";
            case 'b' -> "0b";
            default -> "";
        };
        return numeric(v.signum() < 0, prefix, digits, "", type == 'b' || type == 'o' || type == 'x' || type == 'X' ? 4 : 3);
    }

    // ---- float

    String formatFloat(PyObject value, double d) {
        switch (type) {
            case NONE, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
                break;
            default:
                throw unknownCode(value);
        }
        boolean negative = Digits.isNegative(d);
        double abs = Math.abs(d);
        String body;
        if (!Double.isFinite(d)) {
            body = Digits.nonFinite(d, type == 'E' || type == 'F' || type == 'G');
            if (type == '%') {
                body += "%";
            }
            return numeric(negative && !Double.isNaN(d), "", body, "", 0);
        }
        int prec = precision;
        char t = type;
        if (t == NONE) {
            t = prec < 0 ? NONE : 'r';
        } else if (t == 'n') {
            t = 'g';
        }
        if (prec < 0) {
            prec = 6;
        }
        if (t == NONE) {
            body = FloatFormat.repr(abs);
        } else {
            body = Digits.real(t == '%' ? abs * 100 : abs, t, prec, alt);
        }
        if (coerceZero && negative && isZero(body)) {
            negative = false;
        }
        String suffix = t == '%' ? "%" : "";
        int point = body.indexOf('.');
        int exp = Math.max(body.indexOf('e'), body.indexOf('E'));
        int intEnd = point >= 0 ? point : exp >= 0 ? exp : body.length();
        return numeric(negative, "", body.substring(0, intEnd), body.substring(intEnd) + suffix, 3);
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Lays out sign, prefix, integer digits (grouped every `every`), then the rest (fraction,
     * exponent, %), padded to width. Zero padding with '=' extends the digits so separators land in it.
     */
    private String numeric(boolean negative, String prefix, String intDigits, String rest, int every) {
        String signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        String head = signText + prefix;
        if (grouping != NONE && every > 0) {
            String grouped = Digits.group(intDigits, grouping, every);
            if (fill == '0' && align == '=') {
                while (head.length() + grouped.length() + rest.length() < width) {
                    intDigits = "0" + intDigits;
                    grouped = Digits.group(intDigits, grouping, every);
                }
            }
            intDigits = grouped;
        }
        return pad(head, intDigits + rest);
    }

    /** Pads head+body to width with fill, honouring the alignment ('=' pads between them). */
    private String pad(String head, String body) {
        int len = head.codePointCount(0, head.length()) + body.codePointCount(0, body.length());
        if (width <= len) {
            return head + body;
        }
        int n = width - len;
        String f = new String(Character.toChars(fill));
        return switch (align) {
            case '<' -> head + body + f.repeat(n);
            case '^' -> f.repeat(n / 2) + head + body + f.repeat(n - n / 2);
            case '=' -> head + f.repeat(n) + body;
            default -> f.repeat(n) + head + body;
        };
    }
}
