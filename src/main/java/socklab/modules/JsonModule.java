package socklab.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import socklab.runtime.Buffers;
import socklab.runtime.Builtins;
import socklab.runtime.ExcTypes;
import socklab.runtime.FloatFormat;
import socklab.runtime.Interpreter;
import socklab.runtime.Py;
import socklab.runtime.PyBaseException;
import socklab.runtime.PyBool;
import socklab.runtime.PyBuiltinFunction;
import socklab.runtime.PyByteArray;
import socklab.runtime.PyBytes;
import socklab.runtime.PyDict;
import socklab.runtime.PyError;
import socklab.runtime.PyFloat;
import socklab.runtime.PyInt;
import socklab.runtime.PyList;
import socklab.runtime.PyModule;
import socklab.runtime.PyNone;
import socklab.runtime.PyObject;
import socklab.runtime.PyStr;
import socklab.runtime.PyTuple;
import socklab.runtime.PyType;
import socklab.runtime.Signature;

/**
 * The {@code json} module: dumps/dump and loads/load with CPython's options, output layout and
 * error messages, the usual way socket programs put structured messages on the wire. File objects
 * are duck-typed: dump calls write(), load calls read().
 */
final class JsonModule {
    static final PyType DECODE_ERROR = ExcTypes.subclass("json.decoder", "JSONDecodeError", ExcTypes.ValueError)
            .constructor(JsonModule::newDecodeError);
    private static final Signature DECODE_ERROR_INIT = Signature.parse("JSONDecodeError.__init__(self, msg, doc, pos)");
    /** int() refuses longer digit strings in CPython 3.11 (sys.get_int_max_str_digits()). */
    private static final int MAX_INT_DIGITS = 4300;
    /** Nesting deeper than this raises RecursionError, as CPython's recursion limit would. */
    private static final int MAX_DEPTH = 990;
    private static final Signature DUMPS = Signature.parse("dumps(obj, *, skipkeys, ensure_ascii, check_circular, "
            + "allow_nan, cls, indent, separators, default, sort_keys, **kw)");
    private static final Signature DUMP = Signature.parse("dump(obj, fp, *, skipkeys, ensure_ascii, check_circular, "
            + "allow_nan, cls, indent, separators, default, sort_keys, **kw)");
    private static final Signature LOADS = Signature.parse("loads(s, *, cls, object_hook, parse_float, parse_int, "
            + "parse_constant, object_pairs_hook, strict, **kw)");
    private static final Signature LOAD = Signature.parse("load(fp, *, cls, object_hook, parse_float, parse_int, "
            + "parse_constant, object_pairs_hook, strict, **kw)");
    private static final Signature ENCODER_INIT = Signature.parse("JSONEncoder.__init__(self, *, skipkeys, ensure_ascii, "
            + "check_circular, allow_nan, sort_keys, indent, separators, default)");
    private static final Signature DECODER_INIT = Signature.parse("JSONDecoder.__init__(self, *, object_hook, parse_float, "
            + "parse_int, parse_constant, strict, object_pairs_hook)");
    private static final Map<String, PyObject> ENCODER_DEFAULTS = Map.of("skipkeys", PyBool.FALSE, "ensure_ascii", PyBool.TRUE,
            "check_circular", PyBool.TRUE, "allow_nan", PyBool.TRUE, "sort_keys", PyBool.FALSE, "indent", PyNone.NONE,
            "separators", PyNone.NONE, "default", PyNone.NONE, "cls", PyNone.NONE);
    private static final Map<String, PyObject> DECODER_DEFAULTS = Map.of("object_hook", PyNone.NONE, "parse_float", PyNone.NONE,
            "parse_int", PyNone.NONE, "parse_constant", PyNone.NONE, "strict", PyBool.TRUE, "object_pairs_hook", PyNone.NONE,
            "cls", PyNone.NONE);
    private static final Signature RAW_DECODE = Signature.parse("JSONDecoder.raw_decode(self, s, idx)");
    /** json.JSONEncoder and json.JSONDecoder: usable directly and as cls=, though socklab cannot subclass them yet. */
    static final PyType ENCODER = new PyType("JSONEncoder", "json.encoder", null);
    static final PyType DECODER = new PyType("JSONDecoder", "json.decoder", null);

    static {
        ENCODER.constructor((type, a, kw) -> new Configured(ENCODER, Bound.of(ENCODER_INIT, withSelf(a), kw, ENCODER_DEFAULTS)));
        ENCODER.method("encode", (self, a, kw) ->
                new PyStr(new Encoder(((Configured) self).options).encode(argument("JSONEncoder.encode", "o", a, kw))));
        ENCODER.method("default", (self, a, kw) -> {
            throw notSerializable(argument("JSONEncoder.default", "o", a, kw));
        });
        DECODER.constructor((type, a, kw) -> new Configured(DECODER, Bound.of(DECODER_INIT, withSelf(a), kw, DECODER_DEFAULTS)));
        DECODER.method("decode", (self, a, kw) -> {
            PyObject s = argument("JSONDecoder.decode", "s", a, kw);
            if (!(s instanceof PyStr text)) {
                throw Py.typeError("cannot use a string pattern on a bytes-like object");
            }
            return new Decoder(((Configured) self).options).decode(text.value());
        });
        DECODER.method("raw_decode", (self, a, kw) -> {
            Bound p = Bound.of(RAW_DECODE, withSelf(a), kw, Map.of("idx", PyInt.of(0)));
            if (!(p.get("s") instanceof PyStr text)) {
                throw Py.typeError("first argument must be a string, not " + p.get("s").type().name());
            }
            long idx = Py.index(p.get("idx"));
            if (idx < 0) {
                throw Py.valueError("idx cannot be negative");
            }
            return new Decoder(((Configured) self).options).rawDecode(text.value(), idx);
        });
    }

    private JsonModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("json");
        Map<String, PyObject> d = m.dict();
        d.put("__all__", new PyList(new PyObject[] {new PyStr("dump"), new PyStr("dumps"), new PyStr("load"),
                new PyStr("loads"), new PyStr("JSONDecoder"), new PyStr("JSONDecodeError"), new PyStr("JSONEncoder")}));
        d.put("dumps", new PyBuiltinFunction("dumps", (a, kw) -> {
            Bound b = bind(DUMPS, a, kw, ENCODER_DEFAULTS, ENCODER);
            return new PyStr(new Encoder(b).encode(b.get("obj")));
        }));
        d.put("dump", new PyBuiltinFunction("dump", (a, kw) -> {
            Bound b = bind(DUMP, a, kw, ENCODER_DEFAULTS, ENCODER);
            String text = new Encoder(b).encode(b.get("obj"));
            b.get("fp").getAttr("write").call(new PyObject[] {new PyStr(text)}, null);
            return PyNone.NONE;
        }));
        d.put("loads", new PyBuiltinFunction("loads", (a, kw) -> {
            Bound b = bind(LOADS, a, kw, DECODER_DEFAULTS, DECODER);
            return new Decoder(b).decode(documentText(b.get("s")));
        }));
        d.put("load", new PyBuiltinFunction("load", (a, kw) -> {
            Bound b = bind(LOAD, a, kw, DECODER_DEFAULTS, DECODER);
            PyObject content = b.get("fp").getAttr("read").call(new PyObject[0], null);
            return new Decoder(b).decode(documentText(content));
        }));
        d.put("JSONDecodeError", DECODE_ERROR);
        d.put("JSONEncoder", ENCODER);
        d.put("JSONDecoder", DECODER);
        return m;
    }

    /** The one argument of a Python-level method such as JSONEncoder.encode(self, o). */
    private static PyObject argument(String method, String name, PyObject[] a, Map<String, PyObject> kw) {
        return Bound.of(Signature.parse(method + "(self, " + name + ")"), withSelf(a), kw, Map.of()).get(name);
    }

    private static PyObject[] withSelf(PyObject[] a) {
        PyObject[] out = new PyObject[a.length + 1];
        out[0] = PyNone.NONE;
        System.arraycopy(a, 0, out, 1, a.length);
        return out;
    }

    /**
     * Binds a module function's arguments. Keywords it does not know are refused in the name of the
     * class CPython hands them to; cls may only name that class itself.
     */
    private static Bound bind(Signature sig, PyObject[] a, Map<String, PyObject> kw, Map<String, PyObject> defaults,
            PyType cls) {
        Bound b = Bound.of(sig, a, kw, defaults);
        PyDict extra = (PyDict) b.get("kw");
        if (extra.len() > 0) {
            String name = extra.map().keySet().iterator().next().str();
            throw Py.typeError(cls.name() + ".__init__() got an unexpected keyword argument '" + name + "'");
        }
        PyObject chosen = b.get("cls");
        if (chosen != PyNone.NONE && chosen != cls) {
            throw Py.error(ExcTypes.NotImplementedError, "json: cls= other than " + cls.name() + " is not supported by socklab yet");
        }
        return b;
    }

    private static PyError notSerializable(PyObject o) {
        return Py.typeError("Object of type " + o.type().name() + " is not JSON serializable");
    }

    /** A call's arguments bound to a declaration and read by parameter name, so every caller's order is its own. */
    private record Bound(Signature sig, PyObject[] slots) {
        static Bound of(Signature sig, PyObject[] a, Map<String, PyObject> kw, Map<String, PyObject> defaults) {
            String[] names = sig.names();
            PyObject[] d = new PyObject[names.length];
            for (int i = 0; i < names.length; i++) {
                d[i] = defaults.get(names[i]);
            }
            return new Bound(sig, sig.bind(a, kw, d));
        }

        PyObject get(String name) {
            return slots[Arrays.asList(sig.names()).indexOf(name)];
        }
    }

    /** A JSONEncoder or JSONDecoder object: the options it was made with. */
    private static final class Configured extends PyObject {
        private final PyType type;
        private final Bound options;

        Configured(PyType type, Bound options) {
            this.type = type;
            this.options = options;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            return "<" + type.module() + "." + type.name() + " object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }
    }

    /** What loads accepts: str as is, bytes and bytearray decoded by the encoding their first bytes imply. */
    private static String documentText(PyObject s) {
        if (s instanceof PyStr str) {
            if (str.value().startsWith("\ufeff")) {
                throw decodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", str.value(), 0);
            }
            return str.value();
        }
        if (!(s instanceof PyBytes || s instanceof PyByteArray)) {
            throw Py.typeError("the JSON object must be str, bytes or bytearray, not " + s.type().name());
        }
        byte[] b = Buffers.bytesOf(s, null);
        String encoding = encodingOf(b);
        if (encoding.equals("utf-8-sig")) {
            b = Arrays.copyOfRange(b, 3, b.length);
            encoding = "utf-8";
        }
        PyObject text = new PyBytes(b).getAttr("decode").call(new PyObject[] {new PyStr(encoding)}, null);
        return ((PyStr) text).value();
    }

    private static String encodingOf(byte[] b) {
        if (startsWith(b, 0, 0, 0xfe, 0xff) || startsWith(b, 0xff, 0xfe, 0, 0)) {
            return "utf-32";
        }
        if (startsWith(b, 0xfe, 0xff) || startsWith(b, 0xff, 0xfe)) {
            return "utf-16";
        }
        if (startsWith(b, 0xef, 0xbb, 0xbf)) {
            return "utf-8-sig";
        }
        if (b.length >= 4) {
            if (b[0] == 0) {
                return b[1] != 0 ? "utf-16-be" : "utf-32-be";
            }
            if (b[1] == 0) {
                return b[2] != 0 || b[3] != 0 ? "utf-16-le" : "utf-32-le";
            }
        } else if (b.length == 2) {
            if (b[0] == 0) {
                return "utf-16-be";
            }
            if (b[1] == 0) {
                return "utf-16-le";
            }
        }
        return "utf-8";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** JSONDecodeError(msg, doc, pos) called from Python, failing where json.decoder's __init__ would. */
    private static PyObject newDecodeError(PyType type, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] withSelf = new PyObject[a.length + 1];
        withSelf[0] = PyNone.NONE;
        System.arraycopy(a, 0, withSelf, 1, a.length);
        PyObject[] p = DECODE_ERROR_INIT.bind(withSelf, kw, null);
        if (!(p[2] instanceof PyStr doc)) {
            throw Py.attributeError(p[2], "count");
        }
        if (!(p[3] instanceof PyInt pos)) {
            throw Py.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return decodeError(p[1].str(), doc.value(), (int) Math.max(0, Math.min(pos.longValue(), Integer.MAX_VALUE))).value();
    }

    /**
     * A JSONDecodeError as json.decoder builds it: the message with its line, column and char, and
     * those as attributes. pos counts code points, as Python's string indexes do.
     */
    static PyError decodeError(String msg, String doc, int pos) {
        int line = 1;
        int lastNewline = -1;
        int[] cps = doc.codePoints().limit(pos).toArray();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\n') {
                line++;
                lastNewline = i;
            }
        }
        int col = pos - lastNewline;
        String text = msg + ": line " + line + " column " + col + " (char " + pos + ")";
        PyBaseException e = new PyBaseException(DECODE_ERROR, new PyTuple(new PyObject[] {new PyStr(text)}));
        e.setAttr("msg", new PyStr(msg));
        e.setAttr("doc", new PyStr(doc));
        e.setAttr("pos", PyInt.of(pos));
        e.setAttr("lineno", PyInt.of(line));
        e.setAttr("colno", PyInt.of(col));
        return new PyError(e);
    }

    /** One dumps call: its options, and the objects being encoded (to catch circular references). */
    private static final class Encoder {
        private final boolean skipKeys;
        private final boolean ensureAscii;
        private final boolean allowNan;
        private final boolean sortKeys;
        private final String indent;
        private final String itemSeparator;
        private final String keySeparator;
        private final PyObject defaultFn;
        private final Map<PyObject, Boolean> markers;
        private final StringBuilder out = new StringBuilder();
        /** Nesting of everything being encoded, for the recursion limit. */
        private int depth;
        /** Nesting of arrays and objects only, for the indentation. */
        private int level;

        Encoder(Bound p) {
            skipKeys = p.get("skipkeys").isTrue();
            ensureAscii = p.get("ensure_ascii").isTrue();
            markers = p.get("check_circular").isTrue() ? new IdentityHashMap<>() : null;
            allowNan = p.get("allow_nan").isTrue();
            indent = indentText(p.get("indent"));
            PyObject separators = p.get("separators");
            if (separators == PyNone.NONE) {
                itemSeparator = indent == null ? ", " : ",";
                keySeparator = ": ";
            } else {
                PyObject[] pair = Builtins.toArray(separators);
                if (pair.length != 2) {
                    throw Py.valueError(pair.length < 2 ? "not enough values to unpack (expected 2, got " + pair.length + ")"
                            : "too many values to unpack (expected 2)");
                }
                itemSeparator = Py.asStr(pair[0], "item_separator");
                keySeparator = Py.asStr(pair[1], "key_separator");
            }
            defaultFn = p.get("default");
            sortKeys = p.get("sort_keys").isTrue();
        }

        private static String indentText(PyObject indent) {
            if (indent == PyNone.NONE) {
                return null;
            }
            if (indent instanceof PyStr s) {
                return s.value();
            }
            if (indent instanceof PyInt i) {
                return " ".repeat((int) Math.max(0, Math.min(i.longValue(), 1 << 20)));
            }
            throw Py.typeError("can't multiply sequence by non-int of type '" + indent.type().name() + "'");
        }

        String encode(PyObject o) {
            value(o);
            return out.toString();
        }

        private void value(PyObject o) {
            if (o == PyNone.NONE) {
                out.append("null");
            } else if (o == PyBool.TRUE) {
                out.append("true");
            } else if (o == PyBool.FALSE) {
                out.append("false");
            } else if (o instanceof PyStr s) {
                string(s.value());
            } else if (o instanceof PyInt i) {
                out.append(PyInt.of(i.bigValue()).repr());
            } else if (o instanceof PyFloat f) {
                out.append(floatText(f.value()));
            } else if (o instanceof PyList || o instanceof PyTuple) {
                nested(o, () -> array(Builtins.toArray(o)));
            } else if (o instanceof PyDict dict) {
                nested(o, () -> object(dict));
            } else {
                nested(o, () -> {
                    if (defaultFn == PyNone.NONE) {
                        throw notSerializable(o);
                    }
                    value(defaultFn.call(new PyObject[] {o}, null));
                });
            }
        }

        /** Encodes a container or a default() result with o marked, so meeting o again inside is an error. */
        private void nested(PyObject o, Runnable body) {
            if (markers != null && markers.put(o, Boolean.TRUE) != null) {
                throw Py.valueError("Circular reference detected");
            }
            if (++depth > MAX_DEPTH) {
                // CPython encodes in C without indent and in Python with it; each words the overflow its own way.
                throw Py.error(ExcTypes.RecursionError, "maximum recursion depth exceeded while "
                        + (indent == null ? "encoding a JSON object" : "calling a Python object"));
            }
            try {
                body.run();
            } finally {
                depth--;
                if (markers != null) {
                    markers.remove(o);
                }
            }
        }

        private void array(PyObject[] items) {
            if (items.length == 0) {
                out.append("[]");
                return;
            }
            out.append('[');
            String separator = open();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.append(separator);
                }
                value(items[i]);
            }
            close();
            out.append(']');
        }

        private void object(PyDict dict) {
            if (dict.len() == 0) {
                out.append("{}");
                return;
            }
            List<PyObject[]> items = new ArrayList<>();
            if (sortKeys) {
                PyList pairs = new PyList();
                dict.map().forEach((k, v) -> pairs.append(new PyTuple(new PyObject[] {k, v})));
                pairs.getAttr("sort").call(new PyObject[0], null);
                for (PyObject pair : pairs.toArray()) {
                    items.add(((PyTuple) pair).items());
                }
            } else {
                dict.map().forEach((k, v) -> items.add(new PyObject[] {k, v}));
            }
            out.append('{');
            String separator = open();
            boolean first = true;
            for (PyObject[] kv : items) {
                String key = keyText(kv[0]);
                if (key == null) {
                    continue;
                }
                if (!first) {
                    out.append(separator);
                }
                first = false;
                string(key);
                out.append(keySeparator);
                value(kv[1]);
            }
            close();
            out.append('}');
        }

        /** Starts a container's contents on a new line when indenting; returns what goes between items. */
        private String open() {
            if (indent == null) {
                return itemSeparator;
            }
            level++;
            String newline = "\n" + indent.repeat(level);
            out.append(newline);
            return itemSeparator + newline;
        }

        private void close() {
            if (indent != null) {
                level--;
                out.append('\n').append(indent.repeat(level));
            }
        }

        /** A dict key as JSON text, or null to skip it (skipkeys). */
        private String keyText(PyObject k) {
            if (k instanceof PyStr s) {
                return s.value();
            }
            if (k instanceof PyFloat f) {
                return floatText(f.value());
            }
            if (k == PyBool.TRUE || k == PyBool.FALSE || k == PyNone.NONE) {
                return k == PyBool.TRUE ? "true" : k == PyBool.FALSE ? "false" : "null";
            }
            if (k instanceof PyInt i) {
                return PyInt.of(i.bigValue()).repr();
            }
            if (skipKeys) {
                return null;
            }
            throw Py.typeError("keys must be str, int, float, bool or None, not " + k.type().name());
        }

        private String floatText(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (!allowNan) {
                    // the Python encoder (used with indent) names the value, the C one does not
                    throw Py.valueError("Out of range float values are not JSON compliant"
                            + (indent == null ? "" : ": " + FloatFormat.repr(d)));
                }
                return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
            return FloatFormat.repr(d);
        }

        private void string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c < 0x20 || ensureAscii && c >= 0x7f) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }

    /** One loads call: the document, the read position and the hooks that build its values. */
    private static final class Decoder {
        private final PyObject objectHook;
        private final PyObject parseFloat;
        private final PyObject parseInt;
        private final PyObject parseConstant;
        private final PyObject pairsHook;
        /** strict=False lets control characters stand unescaped inside strings. */
        private final boolean strict;
        private String doc;
        private int pos;
        private int depth;

        Decoder(Bound p) {
            objectHook = p.get("object_hook");
            parseFloat = p.get("parse_float");
            parseInt = p.get("parse_int");
            parseConstant = p.get("parse_constant");
            pairsHook = p.get("object_pairs_hook");
            strict = p.get("strict").isTrue();
        }

        /**
         * Decodes the whole document. Positions in messages count code points, as Python's do; the
         * document is handled as code points so astral characters count once.
         */
        PyObject decode(String text) {
            doc = text;
            pos = skipSpace(0);
            PyObject v = value();
            int end = skipSpace(pos);
            if (end != doc.length()) {
                throw error("Extra data", end);
            }
            return v;
        }

        /** JSONDecoder.raw_decode: one value starting exactly at code point idx, and where it ends. */
        PyTuple rawDecode(String text, long idx) {
            doc = text;
            if (idx > text.codePointCount(0, text.length())) {
                throw decodeError("Expecting value", text, (int) Math.min(idx, Integer.MAX_VALUE));
            }
            pos = text.offsetByCodePoints(0, (int) idx);
            PyObject v = value();
            return new PyTuple(new PyObject[] {v, PyInt.of(text.codePointCount(0, pos))});
        }

        private PyError error(String msg, int at) {
            return decodeError(msg, doc, doc.codePointCount(0, Math.min(at, doc.length())));
        }

        private int skipSpace(int i) {
            while (i < doc.length() && " \t\n\r".indexOf(doc.charAt(i)) >= 0) {
                i++;
            }
            return i;
        }

        private boolean lookingAt(String word) {
            return doc.startsWith(word, pos);
        }

        private PyObject value() {
            if (pos >= doc.length()) {
                throw error("Expecting value", pos);
            }
            char c = doc.charAt(pos);
            switch (c) {
                case '"':
                    pos++;
                    return new PyStr(string(pos - 1));
                case '{':
                    return nested("object", this::object);
                case '[':
                    return nested("array", this::array);
                default:
                    break;
            }
            if (lookingAt("null")) {
                pos += 4;
                return PyNone.NONE;
            }
            if (lookingAt("true") || lookingAt("false")) {
                boolean truth = lookingAt("true");
                pos += truth ? 4 : 5;
                return Py.bool(truth);
            }
            for (String constant : new String[] {"NaN", "Infinity", "-Infinity"}) {
                if (lookingAt(constant)) {
                    pos += constant.length();
                    if (parseConstant != PyNone.NONE) {
                        return parseConstant.call(new PyObject[] {new PyStr(constant)}, null);
                    }
                    return new PyFloat(constant.equals("NaN") ? Double.NaN
                            : constant.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                }
            }
            PyObject number = number();
            if (number == null) {
                throw error("Expecting value", pos);
            }
            return number;
        }

        private PyObject nested(String kind, Supplier<PyObject> body) {
            if (++depth > MAX_DEPTH) {
                throw Py.error(ExcTypes.RecursionError, "maximum recursion depth exceeded while decoding a JSON "
                        + kind + " from a unicode string");
            }
            try {
                pos++;
                return body.get();
            } finally {
                depth--;
            }
        }

        /** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? at pos, or null when there is none. */
        private PyObject number() {
            int start = pos;
            int i = pos;
            if (i < doc.length() && doc.charAt(i) == '-') {
                i++;
            }
            if (i >= doc.length() || !isDigit(doc.charAt(i))) {
                return null;
            }
            i = doc.charAt(i) == '0' ? i + 1 : digits(i);
            boolean isFloat = false;
            if (i + 1 < doc.length() && doc.charAt(i) == '.' && isDigit(doc.charAt(i + 1))) {
                i = digits(i + 1);
                isFloat = true;
            }
            if (i < doc.length() && (doc.charAt(i) == 'e' || doc.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < doc.length() && (doc.charAt(j) == '+' || doc.charAt(j) == '-')) {
                    j++;
                }
                if (j < doc.length() && isDigit(doc.charAt(j))) {
                    i = digits(j);
                    isFloat = true;
                }
            }
            pos = i;
            String text = doc.substring(start, i);
            if (isFloat) {
                return parseFloat != PyNone.NONE ? parseFloat.call(new PyObject[] {new PyStr(text)}, null)
                        : new PyFloat(Double.parseDouble(text));
            }
            if (parseInt != PyNone.NONE) {
                return parseInt.call(new PyObject[] {new PyStr(text)}, null);
            }
            int digits = text.startsWith("-") ? text.length() - 1 : text.length();
            if (digits > MAX_INT_DIGITS) {
                throw Py.valueError("Exceeds the limit (" + MAX_INT_DIGITS + " digits) for integer string conversion: value has "
                        + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
            }
            return PyInt.of(new BigInteger(text));
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private int digits(int i) {
            while (i < doc.length() && isDigit(doc.charAt(i))) {
                i++;
            }
            return i;
        }

        /** The string whose opening quote is at start; pos is just past that quote. */
        private String string(int start) {
            StringBuilder b = new StringBuilder();
            while (true) {
                if (pos >= doc.length()) {
                    throw error("Unterminated string starting at", start);
                }
                char c = doc.charAt(pos);
                if (c == '"') {
                    pos++;
                    return b.toString();
                }
                if (c < 0x20 && strict) {
                    throw error("Invalid control character at", pos);
                }
                if (c != '\\') {
                    b.append(c);
                    pos++;
                    continue;
                }
                if (pos + 1 >= doc.length()) {
                    throw error("Unterminated string starting at", start);
                }
                char e = doc.charAt(pos + 1);
                String simple = switch (e) {
                    case '"' -> "\"";
                    case '\\' -> "\\";
                    case '/' -> "/";
                    case 'b' -> "\b";
                    case 'f' -> "\f";
                    case 'n' -> "\n";
                    case 'r' -> "\r";
                    case 't' -> "\t";
                    default -> null;
                };
                if (simple != null) {
                    b.append(simple);
                    pos += 2;
                } else if (e == 'u') {
                    char unit = hex4(pos + 2);
                    pos += 6;
                    if (Character.isHighSurrogate(unit) && pos + 6 < doc.length() && lookingAt("\\u")) {
                        char low = hex4(pos + 2);
                        if (Character.isLowSurrogate(low)) {
                            b.append(unit).append(low);
                            pos += 6;
                            continue;
                        }
                    }
                    b.append(unit);
                } else {
                    throw error("Invalid \\escape", pos);
                }
            }
        }

        /** The four hex digits at i (just after a backslash-u). */
        private char hex4(int i) {
            // CPython's scanner wants a character after the four digits (the closing quote at least)
            if (i + 4 >= doc.length()) {
                throw error("Invalid \\uXXXX escape", i - 1);
            }
            int v = 0;
            for (int k = i; k < i + 4; k++) {
                char c = doc.charAt(k);
                int d = c < 128 ? Character.digit(c, 16) : -1;
                if (d < 0) {
                    throw error("Invalid \\uXXXX escape", i - 1);
                }
                v = v * 16 + d;
            }
            return (char) v;
        }

        private PyObject array() {
            PyList list = new PyList();
            pos = skipSpace(pos);
            if (pos < doc.length() && doc.charAt(pos) == ']') {
                pos++;
                return list;
            }
            while (true) {
                pos = skipSpace(pos);
                list.append(value());
                pos = skipSpace(pos);
                if (pos < doc.length() && doc.charAt(pos) == ']') {
                    pos++;
                    return list;
                }
                if (pos >= doc.length() || doc.charAt(pos) != ',') {
                    throw error("Expecting ',' delimiter", pos);
                }
                pos++;
            }
        }

        private PyObject object() {
            List<PyObject[]> pairs = new ArrayList<>();
            pos = skipSpace(pos);
            if (pos < doc.length() && doc.charAt(pos) == '}') {
                pos++;
                return built(pairs);
            }
            while (true) {
                pos = skipSpace(pos);
                if (pos >= doc.length() || doc.charAt(pos) != '"') {
                    throw error("Expecting property name enclosed in double quotes", pos);
                }
                pos++;
                PyStr key = new PyStr(string(pos - 1));
                pos = skipSpace(pos);
                if (pos >= doc.length() || doc.charAt(pos) != ':') {
                    throw error("Expecting ':' delimiter", pos);
                }
                pos = skipSpace(pos + 1);
                pairs.add(new PyObject[] {key, value()});
                pos = skipSpace(pos);
                if (pos < doc.length() && doc.charAt(pos) == '}') {
                    pos++;
                    return built(pairs);
                }
                if (pos >= doc.length() || doc.charAt(pos) != ',') {
                    throw error("Expecting ',' delimiter", pos);
                }
                pos++;
            }
        }

        /** An object's value: object_pairs_hook(pairs) if given, else the dict, passed through object_hook. */
        private PyObject built(List<PyObject[]> pairs) {
            if (pairsHook != PyNone.NONE) {
                PyList list = new PyList();
                pairs.forEach(kv -> list.append(new PyTuple(kv)));
                return pairsHook.call(new PyObject[] {list}, null);
            }
            PyDict dict = new PyDict();
            pairs.forEach(kv -> dict.put(kv[0], kv[1]));
            return objectHook != PyNone.NONE ? objectHook.call(new PyObject[] {dict}, null) : dict;
        }
    }
}
