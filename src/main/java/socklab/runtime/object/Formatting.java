package socklab.runtime.object;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** printf-style (%) formatting of str and bytes, format(), and the entry point of str.format. */
public final class Formatting {
    private Formatting() {}

    public static String percent(String format, PyObject args) {
        return new Percent(format, args, false).run();
    }

    /** bytes % args: the same engine over the format read as latin-1, so every byte is one char. */
    public static byte[] percentBytes(byte[] format, PyObject args) {
        String text = new String(format, StandardCharsets.ISO_8859_1);
        return new Percent(text, args, true).run().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** format(value, spec): the format-spec mini-language for int, float, str and the rest. */
    public static String format(PyObject value, String spec) {
        if (value instanceof PyBool && spec.isEmpty()) {
            return value.str();
        }
        if (value instanceof PyInt i) {
            return spec.isEmpty() ? i.str() : FormatSpec.parse(spec, value, '>').formatInt(i);
        }
        if (value instanceof PyFloat f) {
            return spec.isEmpty() ? f.repr() : FormatSpec.parse(spec, value, '>').formatFloat(f, f.value());
        }
        if (value instanceof PyStr s) {
            return spec.isEmpty() ? s.value() : FormatSpec.parse(spec, value, '<').formatStr(value, s.value());
        }
        if (value.type().lookup("__format__") instanceof PyMethod own) {
            return Py.asStr(own.invoke(value, new PyObject[] {new PyStr(spec)}, null), "__format__ result");
        }
        PyObject custom = UserClasses.special(value, "__format__");
        if (custom != null) {
            PyObject r = custom.call(new PyObject[] {new PyStr(spec)}, null);
            if (!(r instanceof PyStr s)) {
                throw Py.typeError("__format__ must return a str, not " + r.type().name());
            }
            return s.value();
        }
        if (!spec.isEmpty()) {
            throw Py.typeError("unsupported format string passed to " + Py.typeName(value) + ".__format__");
        }
        return value.str();
    }

    /** str.format(*args, **kwargs). */
    public static String strFormat(String template, PyObject[] args, Map<String, PyObject> kwargs) {
        return new TemplateFormat(args, kwargs, null).format(template);
    }

    /** str.format_map(mapping): names are looked up by subscripting the mapping. */
    public static String strFormatMap(String template, PyObject mapping) {
        return new TemplateFormat(new PyObject[0], null, mapping).format(template);
    }

    /** ascii(): repr with every non-ASCII code point escaped. */
    public static String ascii(String repr) {
        StringBuilder b = new StringBuilder(repr.length());
        repr.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                b.append((char) cp);
            } else if (cp <= 0xff) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        });
        return b.toString();
    }

    /** One run of the % operator: the argument cursor and the output. */
    private static final class Percent {
        private final String fmt;
        private final boolean bytes;
        private final PyObject[] items;
        private final PyObject single;
        private final PyObject mapping;
        private int next;
        private final StringBuilder out = new StringBuilder();

        Percent(String fmt, PyObject args, boolean bytes) {
            this.fmt = fmt;
            this.bytes = bytes;
            if (args instanceof PyTuple t) {
                items = t.items();
                single = null;
            } else {
                items = null;
                single = args;
            }
            boolean mappingLike = !(args instanceof PyTuple) && !(args instanceof PyStr)
                    && (args instanceof PyDict || args instanceof PyList || args instanceof PyBytesLike
                            || args instanceof PyRange);
            mapping = mappingLike ? args : null;
        }

        private PyObject nextArg() {
            if (items == null) {
                if (next == 0) {
                    next = 1;
                    return single;
                }
            } else if (next < items.length) {
                return items[next++];
            }
            throw Py.typeError("not enough arguments for format string");
        }

        String run() {
            int i = 0;
            int n = fmt.length();
            while (i < n) {
                char c = fmt.charAt(i);
                if (c != '%') {
                    int j = fmt.indexOf('%', i);
                    j = j < 0 ? n : j;
                    out.append(fmt, i, j);
                    i = j;
                    continue;
                }
                i = conversion(i + 1);
            }
            boolean leftover = items == null ? next == 0 : next < items.length;
            if (leftover && mapping == null) {
                throw Py.typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
            }
            return out.toString();
        }

        /** Formats one %-conversion whose spec starts at i; returns the index after it. */
        private int conversion(int i) {
            int n = fmt.length();
            int specStart = i;
            PyObject arg = null;
            if (i < n && fmt.charAt(i) == '(') {
                if (mapping == null) {
                    throw Py.typeError("format requires a mapping");
                }
                int depth = 1;
                int start = ++i;
                while (i < n && depth > 0) {
                    char c = fmt.charAt(i++);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                }
                if (depth > 0) {
                    throw Py.valueError("incomplete format key");
                }
                String key = fmt.substring(start, i - 1);
                PyObject k = bytes ? new PyBytes(key.getBytes(StandardCharsets.ISO_8859_1)) : new PyStr(key);
                arg = mapping.getItem(k);
                next = 1;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            for (; i < n; i++) {
                char c = fmt.charAt(i);
                if (c == '-') {
                    left = true;
                } else if (c == '+') {
                    plus = true;
                } else if (c == ' ') {
                    space = true;
                } else if (c == '#') {
                    alt = true;
                } else if (c == '0') {
                    zero = true;
                } else {
                    break;
                }
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                long w = Py.index(nextStarArg());
                if (w < 0) {
                    left = true;
                    w = -w;
                }
                width = fitWidth(w);
                i++;
            } else {
                int start = i;
                i = digitsEnd(i);
                width = i > start ? fitWidth(written(start, i, Long.MAX_VALUE, "width too big")) : -1;
            }
            int precision = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    precision = Math.max(0, starArg());
                    i++;
                } else {
                    int start = i;
                    i = digitsEnd(i);
                    // CPython's bytes formatting words the message shorter than str's.
                    precision = i > start ? (int) written(start, i, Integer.MAX_VALUE, bytes ? "prec too big" : "precision too big") : 0;
                }
            }
            while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw Py.valueError("incomplete format");
            }
            char type = fmt.charAt(i);
            if (type == '%' && i == specStart) {
                out.append('%');
                return i + 1;
            }
            if (arg == null) {
                arg = nextArg();
            }
            String sign = plus ? "+" : space ? " " : "";
            Layout lay = new Layout(width, left, zero && !left);
            switch (type) {
                case '%' -> out.append('%');
                case 's', 'r', 'a' -> lay.text(out, text(type, arg, precision));
                case 'c' -> lay.text(out, character(arg));
                case 'd', 'i', 'u' -> integer(lay, type, toInteger(type, arg, true), sign, alt, precision);
                case 'x', 'X', 'o' -> integer(lay, type, toInteger(type, arg, false), sign, alt, precision);
                case 'e', 'E', 'f', 'F', 'g', 'G' -> real(lay, type, arg, sign, alt, precision);
                default -> {
                    if (type != 'b' || !bytes) {
                        throw unsupported(i);
                    }
                    lay.text(out, text(type, arg, precision));
                }
            }
            return i + 1;
        }

        private PyError unsupported(int i) {
            int cp = fmt.codePointAt(i);
            // CPython shows only an ASCII character itself; any other is '?' beside its code.
            return Py.valueError(String.format("unsupported format character '%s' (0x%x) at index %d",
                    cp < 128 ? String.valueOf((char) cp) : "?", cp, fmt.codePointCount(0, i)));
        }

        private int starArg() {
            return Py.indexInt(nextStarArg());
        }

        private PyObject nextStarArg() {
            PyObject w = nextArg();
            if (!(w instanceof PyInt)) {
                throw Py.typeError("* wants int");
            }
            return w;
        }

        /** Where a run of ASCII digits starting at i ends (CPython reads no other digits here). */
        private int digitsEnd(int i) {
            while (i < fmt.length() && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                i++;
            }
            return i;
        }

        /** A width or precision written in the format, refused with CPython's message past its C type's limit. */
        private long written(int start, int end, long max, String tooBig) {
            long v = 0;
            for (int k = start; k < end; k++) {
                int d = fmt.charAt(k) - '0';
                if (v > (max - d) / 10) {
                    throw Py.valueError(tooBig);
                }
                v = v * 10 + d;
            }
            return v;
        }

        /** CPython pads to any width memory allows; a Java string stops short of 2**31 characters. */
        private static int fitWidth(long w) {
            if (w > Integer.MAX_VALUE - 8) {
                throw Py.error(ExcTypes.MemoryError);
            }
            return (int) w;
        }

        private String text(char type, PyObject arg, int precision) {
            String s;
            if (type == 'r' || type == 'a') {
                s = type == 'a' || bytes ? ascii(arg.repr()) : arg.repr();
            } else if (bytes) {
                if (!(arg instanceof PyBytesLike b)) {
                    throw Py.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                            + Py.typeName(arg) + "'");
                }
                s = new String(b.array(), 0, b.size(), StandardCharsets.ISO_8859_1);
            } else {
                s = arg.str();
            }
            if (precision >= 0 && s.codePointCount(0, s.length()) > precision) {
                s = s.substring(0, s.offsetByCodePoints(0, precision));
            }
            return s;
        }

        private String character(PyObject arg) {
            if (bytes) {
                if (arg instanceof PyInt v) {
                    if (!v.fitsLong() || v.longValue() < 0 || v.longValue() > 255) {
                        throw Py.overflowError("%c arg not in range(256)");
                    }
                    return String.valueOf((char) v.longValue());
                }
                if (arg instanceof PyBytesLike b && b.size() == 1) {
                    return String.valueOf((char) (b.array()[0] & 0xff));
                }
                throw Py.typeError("%c requires an integer in range(256) or a single byte");
            }
            if (arg instanceof PyInt v) {
                if (!v.fitsLong() || v.longValue() < 0 || v.longValue() > 0x10ffff) {
                    throw Py.overflowError("%c arg not in range(0x110000)");
                }
                return new String(Character.toChars((int) v.longValue()));
            }
            if (arg instanceof PyStr s && s.length() == 1) {
                return s.value();
            }
            throw Py.typeError("%c requires int or char");
        }

        private static BigInteger toInteger(char type, PyObject arg, boolean acceptFloat) {
            if (arg instanceof PyInt v) {
                return v.bigValue();
            }
            if (arg instanceof PyFloat f && acceptFloat) {
                return f.toInt().bigValue();
            }
            throw Py.typeError("%" + type + " format: " + (acceptFloat ? "a real number" : "an integer")
                    + " is required, not " + Py.typeName(arg));
        }

        private void integer(Layout lay, char type, BigInteger v, String sign, boolean alt, int precision) {
            String digits = Digits.integer(v.abs(), type);
            if (precision > digits.length()) {
                digits = "0".repeat(precision - digits.length()) + digits;
            }
            String prefix = !alt ? "" : type == 'x' ? "0x" : type == 'X' ? "0X" : type == 'o' ? "0o" : "";
            lay.number(out, (v.signum() < 0 ? "-" : sign) + prefix, digits);
        }

        private void real(Layout lay, char type, PyObject arg, String sign, boolean alt, int precision) {
            double d;
            if (arg instanceof PyFloat f) {
                d = f.value();
            } else if (arg instanceof PyInt v) {
                d = v.doubleValue();
            } else {
                throw Py.typeError("must be real number, not " + Py.typeName(arg));
            }
            String body = Double.isFinite(d)
                    ? Digits.real(Math.abs(d), type, precision < 0 ? 6 : precision, alt)
                    : Digits.nonFinite(d, Character.isUpperCase(type));
            lay.number(out, (Digits.isNegative(d) && !Double.isNaN(d) ? "-" : sign), body);
        }
    }

    /** Width and justification of one %-conversion. */
    private record Layout(int width, boolean left, boolean zero) {
        void text(StringBuilder out, String s) {
            int pad = width - s.codePointCount(0, s.length());
            if (pad > 0 && !left) {
                out.append(" ".repeat(pad));
            }
            out.append(s);
            if (pad > 0 && left) {
                out.append(" ".repeat(pad));
            }
        }

        void number(StringBuilder out, String head, String digits) {
            int pad = width - head.length() - digits.length();
            if (pad > 0 && zero) {
                out.append(head).append("0".repeat(pad)).append(digits);
                return;
            }
            text(out, head + digits);
        }
    }
}
