package socklab.runtime.builtins;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.Codecs;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyByteArray;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Slots;

/**
 * The methods of bytes and bytearray, installed on both. The byte-wise algorithms run on the
 * data read as Latin-1 text (one char per byte), and results come back as the receiver's kind.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static final String[] DECODE = {"encoding", "errors"};
    private static final String[] SPLIT = {"sep", "maxsplit"};
    static final String[] HEX = {"sep", "bytes_per_sep"};
    private static final String[] KEEPENDS = {"keepends"};

    static void install() {
        for (PyType t : List.of(PyBytes.TYPE, PyByteArray.TYPE)) {
            Slots.install(t);
            common(t, t.name());
        }
        bytearray();
    }

    private static void common(PyType t, String n) {
        t.method("decode", (self, a, k) -> {
            PyObject[] v = Args.keywords(n + ".decode", a, k, DECODE, 2, 0);
            String enc = v[0] == null ? "utf-8" : strArg("decode", "'encoding'", v[0]);
            String err = v[1] == null ? "strict" : strArg("decode", "'errors'", v[1]);
            return new PyStr(Codecs.decode(data(self).array(), data(self).size(), enc, err));
        });
        t.method("hex", (self, a, k) -> new PyStr(hex(data(self).toByteArray(), Args.keywords(n + ".hex", a, k, HEX, 2, 0))));
        t.define("fromhex", new PyBuiltinFunction("fromhex", (a, k) -> {
            PyObject arg = Args.one(n + ".fromhex", a, k);
            if (!(arg instanceof PyStr s)) {
                throw Py.typeError("fromhex() argument must be str, not " + Py.argTypeName(arg));
            }
            byte[] out = fromhex(s.value());
            return t == PyBytes.TYPE ? new PyBytes(out) : new PyByteArray(out);
        }));
        t.method("split", (self, a, k) -> split(self, a, k, n + ".split", false));
        t.method("rsplit", (self, a, k) -> split(self, a, k, n + ".rsplit", true));
        t.method("splitlines", (self, a, k) -> {
            PyObject[] v = Args.keywords(n + ".splitlines", a, k, KEEPENDS, 1, 0);
            boolean keep = v[0] != null && Py.index(v[0]) != 0;
            PyList out = new PyList();
            String s = text(self);
            int i = 0;
            while (i < s.length()) {
                int start = i;
                while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    i++;
                }
                int end = i;
                if (i < s.length()) {
                    i += s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
                }
                out.append(make(self, s.substring(start, keep ? i : end)));
            }
            return out;
        });
        t.method("join", (self, a, k) -> join(self, Args.one(n + ".join", a, k)));
        strip(t, n, "strip", true, true);
        strip(t, n, "lstrip", true, false);
        strip(t, n, "rstrip", false, true);
        t.method("startswith", (self, a, k) -> affix(self, a, k, n, "startswith", true));
        t.method("endswith", (self, a, k) -> affix(self, a, k, n, "endswith", false));
        t.method("find", (self, a, k) -> PyInt.of(find(self, a, k, n + ".find", false, false)));
        t.method("rfind", (self, a, k) -> PyInt.of(find(self, a, k, n + ".rfind", true, false)));
        t.method("index", (self, a, k) -> PyInt.of(find(self, a, k, n + ".index", false, true)));
        t.method("rindex", (self, a, k) -> PyInt.of(find(self, a, k, n + ".rindex", true, true)));
        t.method("count", (self, a, k) -> {
            PyObject[] v = Args.takes(n + ".count", a, k, 1, 3);
            String needle = needle(v[0]);
            String s = text(self);
            int[] r = StrMethods.bounds(v[1], v[2], s.length());
            if (r[0] > s.length() || r[1] < r[0]) {
                return PyInt.of(0);
            }
            if (needle.isEmpty()) {
                return PyInt.of(r[1] - r[0] + 1);
            }
            String hay = s.substring(r[0], r[1]);
            int c = 0;
            for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length())) {
                c++;
            }
            return PyInt.of(c);
        });
        t.method("replace", (self, a, k) -> {
            PyObject[] v = Args.expected(n + ".replace", a, k, 2, 3);
            String old = latin1(Buffers.bytesOf(v[0], null));
            String with = latin1(Buffers.bytesOf(v[1], null));
            PyObject[] args = v[2] == null ? new PyObject[] {new PyStr(old), new PyStr(with)}
                    : new PyObject[] {new PyStr(old), new PyStr(with), v[2]};
            PyObject r = PyStr.TYPE.lookup("replace").call(prepend(new PyStr(text(self)), args), null);
            return make(self, ((PyStr) r).value());
        });
        mapped(t, n, "upper", c -> c >= 'a' && c <= 'z' ? c - 32 : c);
        mapped(t, n, "lower", c -> c >= 'A' && c <= 'Z' ? c + 32 : c);
        mapped(t, n, "swapcase", c -> c >= 'a' && c <= 'z' ? c - 32 : c >= 'A' && c <= 'Z' ? c + 32 : c);
        t.method("title", (self, a, k) -> {
            Args.none(n + ".title", a, k);
            return asciiStr(self, "title");
        });
        t.method("capitalize", (self, a, k) -> {
            Args.none(n + ".capitalize", a, k);
            return asciiStr(self, "capitalize");
        });
        predicate(t, n, "isdigit", c -> c >= '0' && c <= '9');
        predicate(t, n, "isalpha", c -> (c | 32) >= 'a' && (c | 32) <= 'z');
        predicate(t, n, "isalnum", c -> (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'));
        predicate(t, n, "isspace", BytesMethods::isSpace);
        t.method("isascii", (self, a, k) -> {
            Args.none(n + ".isascii", a, k);
            return Py.bool(text(self).chars().allMatch(c -> c < 0x80));
        });
        t.method("isupper", (self, a, k) -> {
            Args.none(n + ".isupper", a, k);
            String s = text(self);
            return Py.bool(s.chars().anyMatch(c -> c >= 'A' && c <= 'Z') && s.chars().noneMatch(c -> c >= 'a' && c <= 'z'));
        });
        t.method("islower", (self, a, k) -> {
            Args.none(n + ".islower", a, k);
            String s = text(self);
            return Py.bool(s.chars().anyMatch(c -> c >= 'a' && c <= 'z') && s.chars().noneMatch(c -> c >= 'A' && c <= 'Z'));
        });
        t.method("partition", (self, a, k) -> partition(self, Args.one(n + ".partition", a, k), false));
        t.method("rpartition", (self, a, k) -> partition(self, Args.one(n + ".rpartition", a, k), true));
        t.method("zfill", (self, a, k) -> {
            PyObject r = PyStr.TYPE.lookup("zfill").call(new PyObject[] {new PyStr(text(self)), Args.one(n + ".zfill", a, k)}, null);
            return make(self, ((PyStr) r).value());
        });
        for (String j : new String[] {"center", "ljust", "rjust"}) {
            t.method(j, (self, a, k) -> {
                PyObject[] v = Args.expected(n + "." + j, a, k, 1, 2);
                String fill = " ";
                if (v[1] != null) {
                    if (!(v[1] instanceof PyBytesLike f) || f.size() != 1) {
                        throw Py.typeError(j + "() argument 2 must be a byte string of length 1, not " + Py.typeName(v[1]));
                    }
                    fill = latin1(f.toByteArray());
                }
                PyObject r = PyStr.TYPE.lookup(j).call(new PyObject[] {new PyStr(text(self)), v[0], new PyStr(fill)}, null);
                return make(self, ((PyStr) r).value());
            });
        }
    }

    private static void bytearray() {
        PyType t = PyByteArray.TYPE;
        t.method("append", (self, a, k) -> {
            ba(self).append(Buffers.byteValue(Args.one("bytearray.append", a, k)));
            return PyNone.NONE;
        });
        t.method("extend", (self, a, k) -> {
            PyObject arg = Args.one("bytearray.extend", a, k);
            byte[] more = arg instanceof PyBytesLike b ? b.toByteArray() : intsOf(arg);
            ba(self).replace(ba(self).size(), ba(self).size(), more);
            return PyNone.NONE;
        });
        t.method("pop", (self, a, k) -> {
            PyObject[] v = Args.expected("bytearray.pop", a, k, 0, 1);
            PyByteArray b = ba(self);
            long i = v[0] == null ? -1 : Py.index(v[0]);
            if (b.size() == 0) {
                throw Py.error(ExcTypes.IndexError, "pop from empty bytearray");
            }
            i = i < 0 ? i + b.size() : i;
            if (i < 0 || i >= b.size()) {
                throw Py.error(ExcTypes.IndexError, "pop index out of range");
            }
            int value = b.array()[(int) i] & 0xff;
            b.replace((int) i, (int) i + 1, new byte[0]);
            return PyInt.of(value);
        });
        t.method("insert", (self, a, k) -> {
            PyObject[] v = Args.expected("bytearray.insert", a, k, 2, 2);
            PyByteArray b = ba(self);
            long i = Py.index(v[0]);
            byte value = Buffers.byteValue(v[1]);
            i = i < 0 ? Math.max(0, i + b.size()) : Math.min(i, b.size());
            b.replace((int) i, (int) i, new byte[] {value});
            return PyNone.NONE;
        });
        t.method("remove", (self, a, k) -> {
            byte value = Buffers.byteValue(Args.one("bytearray.remove", a, k));
            PyByteArray b = ba(self);
            for (int i = 0; i < b.size(); i++) {
                if (b.array()[i] == value) {
                    b.replace(i, i + 1, new byte[0]);
                    return PyNone.NONE;
                }
            }
            throw Py.valueError("value not found in bytearray");
        });
        t.method("clear", (self, a, k) -> {
            Args.none("bytearray.clear", a, k);
            ba(self).replace(0, ba(self).size(), new byte[0]);
            return PyNone.NONE;
        });
        t.method("copy", (self, a, k) -> {
            Args.none("bytearray.copy", a, k);
            return new PyByteArray(ba(self).toByteArray());
        });
        t.method("reverse", (self, a, k) -> {
            Args.none("bytearray.reverse", a, k);
            byte[] d = ba(self).toByteArray();
            for (int i = 0, j = d.length - 1; i < j; i++, j--) {
                byte x = d[i];
                d[i] = d[j];
                d[j] = x;
            }
            ba(self).replace(0, d.length, d);
            return PyNone.NONE;
        });
    }

    private static PyBytesLike data(PyObject self) {
        return (PyBytesLike) self;
    }

    private static PyByteArray ba(PyObject self) {
        return (PyByteArray) self;
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String text(PyObject self) {
        PyBytesLike b = data(self);
        return new String(b.array(), 0, b.size(), StandardCharsets.ISO_8859_1);
    }

    /** A result of the receiver's kind from Latin-1 text. */
    private static PyObject make(PyObject self, String latin1) {
        return data(self).make(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] out = new PyObject[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private static String strArg(String method, String label, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Py.typeError(method + "() argument " + label + " must be str, not " + Py.argTypeName(o));
    }

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static byte[] intsOf(PyObject iterable) {
        PyObject[] items = Py.toArray(iterable);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = Buffers.byteValue(items[i]);
        }
        return out;
    }

    /** The subsequence argument of find/count/index: bytes-like or an int in range(256). */
    private static String needle(PyObject o) {
        if (o instanceof PyInt) {
            return String.valueOf((char) (Buffers.byteValue(o) & 0xff));
        }
        if (!(o instanceof PyBytesLike b)) {
            throw Py.typeError("argument should be integer or bytes-like object, not '" + Py.typeName(o) + "'");
        }
        return latin1(b.toByteArray());
    }

    static String hex(byte[] data, PyObject[] v) {
        StringBuilder plain = new StringBuilder(data.length * 2);
        for (byte b : data) {
            plain.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        if (v[0] == null) {
            return plain.toString();
        }
        String sep = v[0] instanceof PyStr s ? s.value() : latin1(Buffers.bytesOf(v[0], null));
        if (sep.length() != 1) {
            throw Py.valueError("sep must be length 1.");
        }
        long per = v[1] == null ? 1 : Py.index(v[1]);
        if (per == 0 || data.length == 0) {
            return plain.toString();
        }
        int group = (int) Math.min(Math.abs(per), Integer.MAX_VALUE);
        StringBuilder b = new StringBuilder();
        int first = per > 0 ? (data.length % group == 0 ? group : data.length % group) : group;
        for (int i = 0; i < data.length; ) {
            int size = i == 0 ? Math.min(first, data.length) : Math.min(group, data.length - i);
            if (i > 0) {
                b.append(sep);
            }
            b.append(plain, i * 2, (i + size) * 2);
            i += size;
        }
        return b.toString();
    }

    private static byte[] fromhex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            if (isSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int hi = Character.digit(s.charAt(i), 16);
            if (hi < 0 || s.charAt(i) > 0x7f) {
                throw Py.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0 || s.charAt(i + 1) > 0x7f) {
                throw Py.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static PyObject split(PyObject self, PyObject[] a, Map<String, PyObject> k, String qual, boolean right) {
        PyObject[] v = Args.keywords(qual, a, k, SPLIT, 2, 0);
        long max = v[1] == null ? -1 : Py.index(v[1]);
        String s = text(self);
        List<String> parts;
        if (v[0] == null || v[0] == PyNone.NONE) {
            PyObject r = PyStr.TYPE.lookup(right ? "rsplit" : "split")
                    .call(new PyObject[] {new PyStr(asciiSpaces(s)), PyNone.NONE, PyInt.of(max)}, null);
            parts = new java.util.ArrayList<>();
            for (PyObject p : ((PyList) r).toArray()) {
                parts.add(((PyStr) p).value());
            }
            parts = restore(parts);
        } else {
            String sep = latin1(Buffers.bytesOf(v[0], null));
            if (sep.isEmpty()) {
                throw Py.valueError("empty separator");
            }
            parts = right ? StrMethods.rsplitOn(s, sep, max) : StrMethods.splitOn(s, sep, max);
        }
        PyList out = new PyList();
        for (String p : parts) {
            out.append(make(self, p));
        }
        return out;
    }

    /**
     * str.split treats more characters as whitespace than bytes.split does; masking the non-ASCII
     * "spaces" (\x1c-\x1f, \x85, \xa0) as letters keeps the split honest, and restore() puts them back.
     */
    private static String asciiSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(!isSpace(c) && StrMethods.isSpace(c) ? (char) (0xe000 + c) : c);
        }
        return b.toString();
    }

    private static List<String> restore(List<String> parts) {
        List<String> out = new java.util.ArrayList<>();
        for (String p : parts) {
            StringBuilder b = new StringBuilder(p.length());
            for (char c : p.toCharArray()) {
                b.append(c >= 0xe000 && c < 0xe100 ? (char) (c - 0xe000) : c);
            }
            out.add(b.toString());
        }
        return out;
    }

    private static PyObject join(PyObject self, PyObject iterable) {
        StringBuilder b = new StringBuilder();
        String sep = text(self);
        PyObject[] items;
        try {
            items = Py.toArray(iterable);
        } catch (PyError e) {
            if (e.matches(ExcTypes.TypeError) && e.value().str().endsWith("is not iterable")) {
                throw Py.typeError("can only join an iterable");
            }
            throw e;
        }
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBytesLike x)) {
                throw Py.typeError("sequence item " + i + ": expected a bytes-like object, " + Py.typeName(items[i]) + " found");
            }
            if (i > 0) {
                b.append(sep);
            }
            b.append(latin1(x.toByteArray()));
        }
        return make(self, b.toString());
    }

    private static void strip(PyType t, String n, String name, boolean left, boolean right) {
        t.method(name, (self, a, k) -> {
            PyObject chars = Args.expected(n + "." + name, a, k, 0, 1)[0];
            String stripped = chars == null || chars == PyNone.NONE ? null : latin1(Buffers.bytesOf(chars, null));
            IntPredicate strip = stripped == null ? BytesMethods::isSpace : c -> stripped.indexOf(c) >= 0;
            String s = text(self);
            int from = 0;
            int to = s.length();
            while (left && from < to && strip.test(s.charAt(from))) {
                from++;
            }
            while (right && to > from && strip.test(s.charAt(to - 1))) {
                to--;
            }
            return make(self, s.substring(from, to));
        });
    }

    private static PyObject affix(PyObject self, PyObject[] a, Map<String, PyObject> k, String n, String name, boolean start) {
        PyObject[] v = Args.takes(n + "." + name, a, k, 1, 3);
        PyObject[] candidates = v[0] instanceof PyTuple t ? t.items() : new PyObject[] {v[0]};
        String s = text(self);
        int[] r = StrMethods.bounds(v[1], v[2], s.length());
        for (PyObject c : candidates) {
            if (!(c instanceof PyBytesLike b)) {
                throw Py.typeError(v[0] instanceof PyTuple
                        ? "a bytes-like object is required, not '" + Py.typeName(c) + "'"
                        : name + " first arg must be bytes or a tuple of bytes, not " + Py.typeName(c));
            }
            String p = latin1(b.toByteArray());
            if (r[0] <= s.length() && r[1] >= r[0]) {
                String window = s.substring(r[0], r[1]);
                if (start ? window.startsWith(p) : window.endsWith(p)) {
                    return PyBool.TRUE;
                }
            }
        }
        return PyBool.FALSE;
    }

    private static int find(PyObject self, PyObject[] a, Map<String, PyObject> k, String qual, boolean right, boolean raise) {
        PyObject[] v = Args.takes(qual, a, k, 1, 3);
        String needle = needle(v[0]);
        String s = text(self);
        int[] r = StrMethods.bounds(v[1], v[2], s.length());
        int found = -1;
        if (r[0] <= s.length() && r[1] >= r[0]) {
            String hay = s.substring(r[0], r[1]);
            int at = right ? hay.lastIndexOf(needle) : hay.indexOf(needle);
            found = at < 0 ? -1 : r[0] + at;
        }
        if (found < 0 && raise) {
            throw Py.valueError("subsection not found");
        }
        return found;
    }

    private static void mapped(PyType t, String n, String name, IntUnaryOperator f) {
        t.method(name, (self, a, k) -> {
            Args.none(n + "." + name, a, k);
            StringBuilder b = new StringBuilder();
            text(self).chars().forEach(c -> b.append((char) f.applyAsInt(c)));
            return make(self, b.toString());
        });
    }

    /** title/capitalize: str's algorithm, which on ASCII letters is bytes' algorithm too. */
    private static PyObject asciiStr(PyObject self, String method) {
        String s = text(self);
        StringBuilder masked = new StringBuilder();
        for (char c : s.toCharArray()) {
            masked.append(c < 0x80 ? c : (char) (0xe000 + c));
        }
        PyObject r = PyStr.TYPE.lookup(method).call(new PyObject[] {new PyStr(masked.toString())}, null);
        return make(self, restore(List.of(((PyStr) r).value())).get(0));
    }

    private static void predicate(PyType t, String n, String name, IntPredicate p) {
        t.method(name, (self, a, k) -> {
            Args.none(n + "." + name, a, k);
            String s = text(self);
            return Py.bool(!s.isEmpty() && s.chars().allMatch(p));
        });
    }

    private static PyObject partition(PyObject self, PyObject sepArg, boolean right) {
        String sep = latin1(Buffers.bytesOf(sepArg, null));
        if (sep.isEmpty()) {
            throw Py.valueError("empty separator");
        }
        String s = text(self);
        int at = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) {
            PyObject empty = make(self, "");
            return right ? Py.tuple(empty, make(self, ""), make(self, s)) : Py.tuple(make(self, s), empty, make(self, ""));
        }
        return Py.tuple(make(self, s.substring(0, at)), make(self, sep), make(self, s.substring(at + sep.length())));
    }
}
