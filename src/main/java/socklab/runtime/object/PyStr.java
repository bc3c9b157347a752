package socklab.runtime.object;

import socklab.lang.ast.Expr.BinOperator;

/**
 * Python's str: an immutable sequence of code points over a Java String. Lengths and indices count
 * code points, so Chinese text and emoji behave as in CPython.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = new PyType("str", null);
    public static final PyStr EMPTY = new PyStr("");

    private final String value;
    private int codePoints = -1;
    private long hash;
    private boolean hashed;

    public PyStr(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** True when every code point is one Java char, so char indices are code point indices. */
    public boolean isBmp() {
        return length() == value.length();
    }

    public int length() {
        if (codePoints < 0) {
            codePoints = value.codePointCount(0, value.length());
        }
        return codePoints;
    }

    /** The Java char offset of a code point index. */
    public int offset(int cpIndex) {
        return isBmp() ? cpIndex : value.offsetByCodePoints(0, cpIndex);
    }

    public String substring(int cpStart, int cpEnd) {
        return value.substring(offset(cpStart), offset(cpEnd));
    }

    @Override
    public String str() {
        return value;
    }

    @Override
    public String repr() {
        return repr(value);
    }

    /** Python's repr of a string: prefers single quotes, escapes what is not printable. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                b.append((char) cp);
            } else if (Unicode.isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        }
        return b.append(quote).toString();
    }

    @Override
    public boolean isTrue() {
        return !value.isEmpty();
    }

    @Override
    public long pyHash() {
        if (!hashed) {
            long h = 0;
            for (int i = 0; i < value.length(); i++) {
                h = h * 1000003 + value.charAt(i);
            }
            hash = h == -1 ? -2 : h;
            hashed = true;
        }
        return hash;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public Integer compareTo(PyObject other) {
        if (other instanceof PyStr s) {
            int c = compareCodePoints(value, s.value);
            return Integer.signum(c);
        }
        return null;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return ca - cb;
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return (a.length() - i) - (b.length() - j);
    }

    @Override
    public int len() {
        return length();
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyStr s) {
            return value.contains(s.value);
        }
        throw Py.typeError("'in <string>' requires string as left operand, not " + item.type().name());
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            PySlice.Range r = slice.indices(length());
            if (r.step() == 1) {
                return new PyStr(r.length() == 0 ? "" : substring(r.start(), r.start() + r.length()));
            }
            StringBuilder b = new StringBuilder(r.length());
            for (int k = 0, i = r.start(); k < r.length(); k++, i += r.step()) {
                b.appendCodePoint(value.codePointAt(offset(i)));
            }
            return new PyStr(b.toString());
        }
        PyInt k = Py.indexValue(key);
        if (k == null) {
            throw Py.typeError("string indices must be integers, not '" + key.type().name() + "'");
        }
        int i = PySlice.index(k, length(), "string");
        return new PyStr(new String(Character.toChars(value.codePointAt(offset(i)))));
    }

    @Override
    public PyObject iter() {
        return new PyIterator.OfStr(this);
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        switch (op) {
            case ADD:
                if (other instanceof PyStr s) {
                    return new PyStr(value.concat(s.value));
                }
                throw Py.typeError("can only concatenate str (not \"" + other.type().name() + "\") to str");
            case MUL:
                return PySequence.repeatBy(other, this::repeat, false);
            case MOD:
                return new PyStr(Formatting.percent(value, other));
            default:
                return null;
        }
    }

    @Override
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        return op == BinOperator.MUL ? PySequence.repeatBy(other, this::repeat, true) : null;
    }

    private PyStr repeat(PyInt n) {
        int total = PySequence.repeatedLength(n, value.length(), "repeated string is too long");
        return total == 0 ? EMPTY : new PyStr(value.repeat(total / value.length()));
    }
}
