package socklab.runtime.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import socklab.runtime.object.Args;
import socklab.runtime.object.Codecs;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Formatting;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Slots;
import socklab.runtime.object.Unicode;

/** The methods of str, installed on PyStr.TYPE; indices count code points as CPython does. */
final class StrMethods {
    private StrMethods() {}

    private static final String[] SPLIT = {"sep", "maxsplit"};
    private static final String[] ENCODE = {"encoding", "errors"};
    private static final String[] KEEPENDS = {"keepends"};
    private static final String[] TABSIZE = {"tabsize"};

    static void install() {
        PyType t = PyStr.TYPE;
        Slots.install(t);
        t.method("encode", (self, a, k) -> {
            PyObject[] v = Args.keywords("str.encode", a, k, ENCODE, 2, 0);
            String enc = v[0] == null ? "utf-8" : argStr("encode", "'encoding'", v[0]);
            String err = v[1] == null ? "strict" : argStr("encode", "'errors'", v[1]);
            return new PyBytes(Codecs.encode(str(self), enc, err));
        });
        t.method("split", (self, a, k) -> split(self, a, k, "split", false));
        t.method("rsplit", (self, a, k) -> split(self, a, k, "rsplit", true));
        t.method("splitlines", (self, a, k) -> {
            PyObject[] v = Args.keywords("str.splitlines", a, k, KEEPENDS, 1, 0);
            return splitlines(str(self), v[0] != null && Py.index(v[0]) != 0);
        });
        t.method("join", (self, a, k) -> join(str(self), Args.one("str.join", a, k)));
        t.method("strip", (self, a, k) -> strip(self, a, k, "strip", true, true));
        t.method("lstrip", (self, a, k) -> strip(self, a, k, "lstrip", true, false));
        t.method("rstrip", (self, a, k) -> strip(self, a, k, "rstrip", false, true));
        t.method("startswith", (self, a, k) -> affix(self, a, k, "startswith", true));
        t.method("endswith", (self, a, k) -> affix(self, a, k, "endswith", false));
        caseMethod("upper", s -> s.toUpperCase(Locale.ROOT));
        caseMethod("lower", s -> s.toLowerCase(Locale.ROOT));
        caseMethod("casefold", s -> s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        caseMethod("swapcase", StrMethods::swapcase);
        caseMethod("title", StrMethods::title);
        caseMethod("capitalize", StrMethods::capitalize);
        t.method("replace", (self, a, k) -> replace(str(self), a, k));
        t.method("find", (self, a, k) -> PyInt.of(find(self, a, k, "find", false, false)));
        t.method("rfind", (self, a, k) -> PyInt.of(find(self, a, k, "rfind", true, false)));
        t.method("index", (self, a, k) -> PyInt.of(find(self, a, k, "index", false, true)));
        t.method("rindex", (self, a, k) -> PyInt.of(find(self, a, k, "rindex", true, true)));
        t.method("count", (self, a, k) -> PyInt.of(count(self, a, k)));
        predicate("isdigit", StrMethods::isDigit, false);
        predicate("isdecimal", cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER, false);
        predicate("isnumeric", StrMethods::isNumeric, false);
        predicate("isalpha", Character::isLetter, false);
        predicate("isalnum", cp -> Character.isLetter(cp) || isNumeric(cp), false);
        predicate("isspace", StrMethods::isSpace, false);
        predicate("isprintable", Unicode::isPrintable, true);
        predicate("isascii", cp -> cp < 0x80, true);
        t.method("isupper", (self, a, k) -> cased("str.isupper", self, a, k, true));
        t.method("islower", (self, a, k) -> cased("str.islower", self, a, k, false));
        t.method("istitle", (self, a, k) -> {
            Args.none("str.istitle", a, k);
            return Py.bool(istitle(str(self)));
        });
        t.method("isidentifier", (self, a, k) -> {
            Args.none("str.isidentifier", a, k);
            return Py.bool(isIdentifier(str(self)));
        });
        t.method("zfill", (self, a, k) -> new PyStr(zfill(str(self), Py.indexInt(Args.one("str.zfill", a, k)))));
        t.method("center", (self, a, k) -> justify(self, a, k, "center"));
        t.method("ljust", (self, a, k) -> justify(self, a, k, "ljust"));
        t.method("rjust", (self, a, k) -> justify(self, a, k, "rjust"));
        t.method("partition", (self, a, k) -> partition(str(self), Args.one("str.partition", a, k), false));
        t.method("rpartition", (self, a, k) -> partition(str(self), Args.one("str.rpartition", a, k), true));
        t.method("expandtabs", (self, a, k) -> {
            PyObject[] v = Args.keywords("str.expandtabs", a, k, TABSIZE, 1, 0);
            return new PyStr(expandtabs(str(self), v[0] == null ? 8 : Py.indexInt(v[0])));
        });
        t.method("format", (self, a, k) -> new PyStr(Formatting.strFormat(str(self), a, k)));
        t.method("format_map", (self, a, k) ->
                new PyStr(Formatting.strFormatMap(str(self), Args.one("str.format_map", a, k))));
        t.method("removeprefix", (self, a, k) -> {
            String p = argStr("removeprefix", null, Args.one("str.removeprefix", a, k));
            return str(self).startsWith(p) ? new PyStr(str(self).substring(p.length())) : self;
        });
        t.method("removesuffix", (self, a, k) -> {
            String p = argStr("removesuffix", null, Args.one("str.removesuffix", a, k));
            String s = str(self);
            return s.endsWith(p) && !p.isEmpty() ? new PyStr(s.substring(0, s.length() - p.length())) : self;
        });
        t.method("translate", (self, a, k) -> translate(str(self), Args.one("str.translate", a, k)));
        t.define("maketrans", new PyBuiltinFunction("maketrans", StrMethods::maketrans));
    }

    static String str(PyObject self) {
        return ((PyStr) self).value();
    }

    /** "encode() argument 'encoding' must be str, not int"; label is "'name'", a position, or null. */
    private static String argStr(String method, String label, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Py.typeError(method + "() argument " + (label == null ? "" : label + " ")
                + "must be str, not " + Py.argTypeName(o));
    }

    /** A required substring argument: "must be str, not int". */
    private static String sub(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Py.typeError("must be str, not " + Py.argTypeName(o));
    }

    private static void caseMethod(String name, UnaryOperator<String> f) {
        PyStr.TYPE.method(name, (self, a, k) -> {
            Args.none("str." + name, a, k);
            return new PyStr(f.apply(str(self)));
        });
    }

    /** isdigit and friends: every code point passes, and (unless emptyOk) there is at least one. */
    private static void predicate(String name, IntPredicate p, boolean emptyOk) {
        PyStr.TYPE.method(name, (self, a, k) -> {
            Args.none("str." + name, a, k);
            String s = str(self);
            return Py.bool((emptyOk || !s.isEmpty()) && s.codePoints().allMatch(p));
        });
    }

    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp == 0x85 || cp == 0xa0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f
                || cp == 0x3000;
    }

    private static boolean isDigit(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || (type == Character.OTHER_NUMBER && Character.digit(cp, 10) < 0 && isSingleDigit(cp));
    }

    /** Superscripts and circled digits: numeric values 0-9 that are not fractions. */
    private static boolean isSingleDigit(int cp) {
        int v = Character.getNumericValue(cp);
        return v >= 0 && v <= 9 && !Character.getName(cp).contains("FRACTION");
    }

    private static boolean isNumeric(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.LETTER_NUMBER || "〇一二三四五六七八九十百千万亿兆零".indexOf(cp) >= 0;
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static PyObject cased(String qual, PyObject self, PyObject[] a, Map<String, PyObject> k, boolean upper) {
        Args.none(qual, a, k);
        boolean any = false;
        for (int cp : str(self).codePoints().toArray()) {
            if (upper ? Character.isLowerCase(cp) || Character.isTitleCase(cp) : Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return PyBool.FALSE;
            }
            any |= isCased(cp);
        }
        return Py.bool(any);
    }

    private static boolean istitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int cp : s.codePoints().toArray()) {
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(cp -> cp == '_' || (Character.isUnicodeIdentifierPart(cp)
                && !Character.isIdentifierIgnorable(cp)));
    }

    private static String swapcase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            b.append(Character.isUpperCase(cp) ? c.toLowerCase(Locale.ROOT)
                    : Character.isLowerCase(cp) ? c.toUpperCase(Locale.ROOT) : c);
        });
        return b.toString();
    }

    private static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int cp : s.codePoints().toArray()) {
            String c = new String(Character.toChars(cp));
            if (previousCased) {
                b.append(c.toLowerCase(Locale.ROOT));
            } else {
                b.append(titleCase(cp));
            }
            previousCased = isCased(cp);
        }
        return b.toString();
    }

    private static String titleCase(int cp) {
        int t = Character.toTitleCase(cp);
        if (t != cp || !Character.isLowerCase(cp)) {
            return new String(Character.toChars(t));
        }
        return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return titleCase(first) + s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    // ---- splitting and joining

    private static PyObject split(PyObject self, PyObject[] a, Map<String, PyObject> k, String name, boolean right) {
        PyObject[] v = Args.keywords("str." + name, a, k, SPLIT, 2, 0);
        long max = v[1] == null ? -1 : Py.index(v[1]);
        String s = str(self);
        List<String> parts;
        if (v[0] == null || v[0] == PyNone.NONE) {
            parts = right ? rsplitWhitespace(s, max) : splitWhitespace(s, max);
        } else {
            if (!(v[0] instanceof PyStr sepStr)) {
                throw Py.typeError("must be str or None, not " + Py.typeName(v[0]));
            }
            String sep = sepStr.value();
            if (sep.isEmpty()) {
                throw Py.valueError("empty separator");
            }
            parts = right ? rsplitOn(s, sep, max) : splitOn(s, sep, max);
        }
        PyObject[] out = new PyObject[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new PyStr(parts.get(i));
        }
        return new PyList(out);
    }

    static List<String> splitOn(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (max < 0 || out.size() < max) {
            int at = s.indexOf(sep, from);
            if (at < 0) {
                break;
            }
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    static List<String> rsplitOn(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        int to = s.length();
        while (max < 0 || out.size() < max) {
            int at = s.lastIndexOf(sep, to - sep.length());
            if (at < 0) {
                break;
            }
            out.add(0, s.substring(at + sep.length(), to));
            to = at;
        }
        out.add(0, s.substring(0, to));
        return out;
    }

    private static List<String> splitWhitespace(String s, long max) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (max >= 0 && out.size() >= max) {
                out.add(s.substring(i, n));
                break;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            out.add(s.substring(start, i));
        }
        return out;
    }

    private static List<String> rsplitWhitespace(String s, long max) {
        List<String> out = new ArrayList<>();
        int i = s.length();
        while (true) {
            while (i > 0 && isSpace(s.charAt(i - 1))) {
                i--;
            }
            if (i <= 0) {
                break;
            }
            if (max >= 0 && out.size() >= max) {
                out.add(0, s.substring(0, i));
                break;
            }
            int end = i;
            while (i > 0 && !isSpace(s.charAt(i - 1))) {
                i--;
            }
            out.add(0, s.substring(i, end));
        }
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    private static PyObject splitlines(String s, boolean keepends) {
        PyList out = new PyList();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int start = i;
            while (i < n && !isLineBreak(s.charAt(i))) {
                i++;
            }
            int end = i;
            if (i < n) {
                i += s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
            }
            out.append(new PyStr(s.substring(start, keepends ? i : end)));
        }
        return out;
    }

    private static PyObject join(String sep, PyObject iterable) {
        PyObject it;
        try {
            it = iterable.iter();
        } catch (PyError e) {
            if (e.matches(ExcTypes.TypeError)) {
                throw Py.typeError("can only join an iterable");
            }
            throw e;
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (PyObject x = it.next(); x != null; x = it.next(), i++) {
            if (!(x instanceof PyStr s)) {
                throw Py.typeError("sequence item " + i + ": expected str instance, " + Py.typeName(x) + " found");
            }
            if (i > 0) {
                b.append(sep);
            }
            b.append(s.value());
        }
        return new PyStr(b.toString());
    }

    private static PyObject strip(PyObject self, PyObject[] a, Map<String, PyObject> k, String name, boolean left, boolean right) {
        PyObject chars = Args.expected("str." + name, a, k, 0, 1)[0];
        IntPredicate strip;
        if (chars == null || chars == PyNone.NONE) {
            strip = StrMethods::isSpace;
        } else if (chars instanceof PyStr c) {
            strip = cp -> c.value().indexOf(cp) >= 0;
        } else {
            throw Py.typeError(name + " arg must be None or str");
        }
        String s = str(self);
        int from = 0;
        int to = s.length();
        while (left && from < to && strip.test(s.codePointAt(from))) {
            from += Character.charCount(s.codePointAt(from));
        }
        while (right && to > from && strip.test(s.codePointBefore(to))) {
            to -= Character.charCount(s.codePointBefore(to));
        }
        return from == 0 && to == s.length() ? self : new PyStr(s.substring(from, to));
    }

    // ---- searching

    /** start/end arguments resolved like a slice against len: {start, end}, end may be < start. */
    static int[] bounds(PyObject start, PyObject end, int len) {
        long lo = start == null || start == PyNone.NONE ? 0 : sliceIndex(start);
        long hi = end == null || end == PyNone.NONE ? len : sliceIndex(end);
        if (lo < 0) {
            lo = Math.max(0, lo + len);
        }
        if (hi < 0) {
            hi = Math.max(0, hi + len);
        }
        return new int[] {(int) Math.min(lo, Integer.MAX_VALUE), (int) Math.min(hi, len)};
    }

    private static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw Py.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return i.fitsLong() ? i.longValue() : i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    private static int find(PyObject self, PyObject[] a, Map<String, PyObject> k, String name, boolean right, boolean raise) {
        PyObject[] v = Args.takes("str." + name, a, k, 1, 3);
        String needle = sub(v[0]);
        PyStr s = (PyStr) self;
        int[] r = bounds(v[1], v[2], s.length());
        int found = -1;
        if (r[0] <= s.length() && r[1] - r[0] >= 0) {
            String hay = s.substring(r[0], r[1]);
            int at = right ? hay.lastIndexOf(needle) : hay.indexOf(needle);
            found = at < 0 ? -1 : r[0] + hay.codePointCount(0, at);
        }
        if (found < 0 && raise) {
            throw Py.valueError("substring not found");
        }
        return found;
    }

    private static int count(PyObject self, PyObject[] a, Map<String, PyObject> k) {
        PyObject[] v = Args.takes("str.count", a, k, 1, 3);
        String needle = sub(v[0]);
        PyStr s = (PyStr) self;
        int[] r = bounds(v[1], v[2], s.length());
        if (r[0] > s.length() || r[1] < r[0]) {
            return 0;
        }
        if (needle.isEmpty()) {
            return r[1] - r[0] + 1;
        }
        String hay = s.substring(r[0], r[1]);
        int n = 0;
        for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }

    private static PyObject affix(PyObject self, PyObject[] a, Map<String, PyObject> k, String name, boolean start) {
        PyObject[] v = Args.takes("str." + name, a, k, 1, 3);
        PyStr s = (PyStr) self;
        PyObject[] candidates;
        if (v[0] instanceof PyTuple t) {
            candidates = t.items();
        } else if (v[0] instanceof PyStr) {
            candidates = new PyObject[] {v[0]};
        } else {
            throw Py.typeError(name + " first arg must be str or a tuple of str, not " + Py.typeName(v[0]));
        }
        int[] r = bounds(v[1], v[2], s.length());
        if (r[0] > s.length()) {
            return PyBool.FALSE;
        }
        String window = r[1] >= r[0] ? s.substring(r[0], r[1]) : null;
        for (PyObject c : candidates) {
            if (!(c instanceof PyStr)) {
                throw Py.typeError("tuple for " + name + " must only contain str, not " + Py.typeName(c));
            }
            String p = ((PyStr) c).value();
            if (window != null && (start ? window.startsWith(p) : window.endsWith(p))) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    private static PyObject replace(String s, PyObject[] a, Map<String, PyObject> k) {
        PyObject[] v = Args.expected("str.replace", a, k, 2, 3);
        String old = argStr("replace", "1", v[0]);
        String with = argStr("replace", "2", v[1]);
        long count = v[2] == null ? -1 : Py.index(v[2]);
        StringBuilder b = new StringBuilder();
        if (old.isEmpty()) {
            int[] cps = s.codePoints().toArray();
            long done = 0;
            for (int cp : cps) {
                if (count < 0 || done < count) {
                    b.append(with);
                    done++;
                }
                b.appendCodePoint(cp);
            }
            if (count < 0 || done < count) {
                b.append(with);
            }
            return new PyStr(b.toString());
        }
        int from = 0;
        long done = 0;
        for (int at = s.indexOf(old); at >= 0 && (count < 0 || done < count); at = s.indexOf(old, from)) {
            b.append(s, from, at).append(with);
            from = at + old.length();
            done++;
        }
        return new PyStr(b.append(s.substring(from)).toString());
    }

    // ---- padding

    private static String zfill(String s, int width) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        String zeros = "0".repeat(width - len);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    private static PyObject justify(PyObject self, PyObject[] a, Map<String, PyObject> k, String name) {
        PyObject[] v = Args.expected("str." + name, a, k, 1, 2);
        int width = Py.indexInt(v[0]);
        String fill = " ";
        if (v[1] != null) {
            if (!(v[1] instanceof PyStr f)) {
                throw Py.typeError("The fill character must be a unicode character, not " + Py.typeName(v[1]));
            }
            if (f.length() != 1) {
                throw Py.typeError("The fill character must be exactly one character long");
            }
            fill = f.value();
        }
        String s = str(self);
        int marg = width - ((PyStr) self).length();
        if (marg <= 0) {
            return self;
        }
        int left = switch (name) {
            case "ljust" -> 0;
            case "rjust" -> marg;
            default -> marg / 2 + (marg & width & 1);
        };
        return new PyStr(fill.repeat(left) + s + fill.repeat(marg - left));
    }

    private static PyObject partition(String s, PyObject sepArg, boolean right) {
        String sep = sub(sepArg);
        if (sep.isEmpty()) {
            throw Py.valueError("empty separator");
        }
        int at = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) {
            return right ? Py.tuple(PyStr.EMPTY, PyStr.EMPTY, new PyStr(s)) : Py.tuple(new PyStr(s), PyStr.EMPTY, PyStr.EMPTY);
        }
        return Py.tuple(new PyStr(s.substring(0, at)), new PyStr(sep), new PyStr(s.substring(at + sep.length())));
    }

    private static String expandtabs(String s, int tabsize) {
        StringBuilder b = new StringBuilder(s.length());
        int column = 0;
        for (int cp : s.codePoints().toArray()) {
            if (cp == '\t') {
                if (tabsize > 0) {
                    int n = tabsize - column % tabsize;
                    b.append(" ".repeat(n));
                    column += n;
                }
            } else {
                b.appendCodePoint(cp);
                column = cp == '\n' || cp == '\r' ? 0 : column + 1;
            }
        }
        return b.toString();
    }

    // ---- translate

    private static PyObject translate(String s, PyObject table) {
        StringBuilder b = new StringBuilder(s.length());
        for (int cp : s.codePoints().toArray()) {
            PyObject to;
            try {
                to = table.getItem(PyInt.of(cp));
            } catch (PyError e) {
                if (e.matches(ExcTypes.LookupError)) {
                    b.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (to == PyNone.NONE) {
                continue;
            }
            if (to instanceof PyInt i) {
                if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 0x10ffff) {
                    throw Py.valueError("character mapping must be in range(0x110000)");
                }
                b.appendCodePoint((int) i.longValue());
            } else if (to instanceof PyStr t) {
                b.append(t.value());
            } else {
                throw Py.typeError("character mapping must return integer, None or str");
            }
        }
        return new PyStr(b.toString());
    }

    private static PyObject maketrans(PyObject[] a, Map<String, PyObject> k) {
        PyObject[] v = Args.expected("str.maketrans", a, k, 1, 3);
        PyDict out = new PyDict();
        if (v[1] == null) {
            if (!(v[0] instanceof PyDict d)) {
                throw Py.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (Map.Entry<PyObject, PyObject> e : d.map().entrySet()) {
                if (e.getKey() instanceof PyStr s) {
                    if (s.length() != 1) {
                        throw Py.valueError("string keys in translate table must be of length 1");
                    }
                    out.put(PyInt.of(s.value().codePointAt(0)), e.getValue());
                } else if (e.getKey() instanceof PyInt) {
                    out.put(e.getKey(), e.getValue());
                } else {
                    throw Py.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        int[] from = argStr("maketrans", "1", v[0]).codePoints().toArray();
        int[] to = argStr("maketrans", "2", v[1]).codePoints().toArray();
        if (from.length != to.length) {
            throw Py.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < from.length; i++) {
            out.put(PyInt.of(from[i]), PyInt.of(to[i]));
        }
        if (v[2] != null) {
            argStr("maketrans", "3", v[2]).codePoints().forEach(cp -> out.put(PyInt.of(cp), PyNone.NONE));
        }
        return out;
    }
}
