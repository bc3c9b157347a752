package socklab.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import socklab.runtime.Interpreter;
import socklab.runtime.LibraryFrame;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.FloatFormat;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyByteArray;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyInstance;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;

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
    /** Nesting deeper than this raises RecursionError, as CPython's recursion limit would. */
    private static final int MAX_DEPTH = 990;
    /**
     * The Python encoder (indent, dump) spends a frame per nested container; from the prompt, with
     * four of json's frames and the prompt's own, this many fit under the limit of 1000.
     */
    private static final int PYTHON_ENCODER_DEPTH = 995;

    // The lines of json's .py files that CPython's tracebacks quote when an error passes through them.
    private static final String INIT = "json/__init__.py";
    private static final String DEC = "json/decoder.py";
    private static final String ENC = "json/encoder.py";
    private static final LibraryFrame DUMP_CHUNKS = new LibraryFrame(INIT, 179, "dump", "for chunk in iterable:");
    private static final String DUMP_WRITE_TEXT = "fp.write(chunk)";
    private static final LibraryFrame DUMP_WRITE_ATTRIBUTE = new LibraryFrame(INIT, 180, "dump", DUMP_WRITE_TEXT, "fp.write");
    private static final LibraryFrame DUMP_WRITE = new LibraryFrame(INIT, 180, "dump", DUMP_WRITE_TEXT);
    private static final LibraryFrame DUMPS_DEFAULT = new LibraryFrame(INIT, 231, "dumps", "return _default_encoder.encode(obj)",
            "_default_encoder.encode(obj)");
    private static final LibraryFrame DUMPS_CLS = new LibraryFrame(INIT, 234, "dumps", "return cls(", "cls(");
    private static final LibraryFrame DUMPS_ENCODE = new LibraryFrame(INIT, 238, "dumps", "**kw).encode(obj)", "encode(obj)");
    private static final String LOAD_TEXT = "return loads(fp.read(),";
    private static final LibraryFrame LOAD_READ_ATTRIBUTE = new LibraryFrame(INIT, 293, "load", LOAD_TEXT, "fp.read");
    private static final LibraryFrame LOAD_READ = new LibraryFrame(INIT, 293, "load", LOAD_TEXT, "fp.read()");
    private static final LibraryFrame LOAD_LOADS = new LibraryFrame(INIT, 293, "load", LOAD_TEXT, "loads(fp.read(),");
    private static final LibraryFrame LOADS_BOM = new LibraryFrame(INIT, 335, "loads",
            "raise JSONDecodeError(\"Unexpected UTF-8 BOM (decode using utf-8-sig)\",");
    private static final LibraryFrame LOADS_TYPE = new LibraryFrame(INIT, 339, "loads",
            "raise TypeError(f'the JSON object must be str, bytes or bytearray, '");
    private static final LibraryFrame LOADS_BYTES = new LibraryFrame(INIT, 341, "loads",
            "s = s.decode(detect_encoding(s), 'surrogatepass')", "s.decode(detect_encoding(s), 'surrogatepass')");
    private static final LibraryFrame LOADS_DEFAULT = new LibraryFrame(INIT, 346, "loads", "return _default_decoder.decode(s)",
            "_default_decoder.decode(s)");
    private static final String LOADS_CLS_TEXT = "return cls(**kw).decode(s)";
    private static final LibraryFrame LOADS_CLS = new LibraryFrame(INIT, 359, "loads", LOADS_CLS_TEXT, "cls(**kw)");
    private static final LibraryFrame LOADS_DECODE = new LibraryFrame(INIT, 359, "loads", LOADS_CLS_TEXT, "cls(**kw).decode(s)");
    private static final LibraryFrame ERROR_COUNT = new LibraryFrame(DEC, 32, "__init__", "lineno = doc.count('\\n', 0, pos) + 1",
            "doc.count");
    private static final String DECODE_TEXT = "obj, end = self.raw_decode(s, idx=_w(s, 0).end())";
    private static final LibraryFrame DECODE_RAW = new LibraryFrame(DEC, 337, "decode", DECODE_TEXT,
            "self.raw_decode(s, idx=_w(s, 0).end())");
    private static final LibraryFrame DECODE_PATTERN = new LibraryFrame(DEC, 337, "decode", DECODE_TEXT, "_w(s, 0)");
    private static final LibraryFrame DECODE_EXTRA = new LibraryFrame(DEC, 340, "decode", "raise JSONDecodeError(\"Extra data\", s, end)");
    private static final LibraryFrame RAW_SCAN = new LibraryFrame(DEC, 353, "raw_decode", "obj, end = self.scan_once(s, idx)",
            "self.scan_once(s, idx)");
    private static final LibraryFrame RAW_NO_VALUE = new LibraryFrame(DEC, 355, "raw_decode",
            "raise JSONDecodeError(\"Expecting value\", s, err.value) from None");
    private static final LibraryFrame ENCODER_SEPARATORS = new LibraryFrame(ENC, 155, "__init__",
            "self.item_separator, self.key_separator = separators", "self.item_separator, self.key_separator");
    private static final LibraryFrame DEFAULT_RAISE = new LibraryFrame(ENC, 180, "default",
            "raise TypeError(f'Object of type {o.__class__.__name__} '");
    private static final LibraryFrame ENCODE_ONE_SHOT = new LibraryFrame(ENC, 200, "encode",
            "chunks = self.iterencode(o, _one_shot=True)", "self.iterencode(o, _one_shot=True)");
    private static final LibraryFrame ENCODE_LIST = new LibraryFrame(ENC, 202, "encode", "chunks = list(chunks)", "list(chunks)");
    private static final LibraryFrame FLOATSTR = new LibraryFrame(ENC, 240, "floatstr", "raise ValueError(");
    private static final LibraryFrame MAKE_ITERENCODE = new LibraryFrame(ENC, 254, "iterencode",
            "_iterencode = _make_iterencode(", "_make_iterencode(");
    private static final LibraryFrame C_ITERENCODE = new LibraryFrame(ENC, 258, "iterencode", "return _iterencode(o, 0)",
            "_iterencode(o, 0)");
    private static final LibraryFrame MAKE_INDENT = new LibraryFrame(ENC, 276, "_make_iterencode", "_indent = ' ' * _indent",
            "' ' * _indent", "*");
    private static final LibraryFrame LIST_ID = new LibraryFrame(ENC, 283, "_iterencode_list", "markerid = id(lst)", "id(lst)");
    private static final LibraryFrame LIST_CIRCULAR = new LibraryFrame(ENC, 285, "_iterencode_list",
            "raise ValueError(\"Circular reference detected\")");
    private static final LibraryFrame LIST_FLOAT = new LibraryFrame(ENC, 317, "_iterencode_list", "yield buf + _floatstr(value)",
            "_floatstr(value)");
    private static final LibraryFrame LIST_CHUNKS = new LibraryFrame(ENC, 326, "_iterencode_list", "yield from chunks");
    private static final LibraryFrame DICT_ID = new LibraryFrame(ENC, 339, "_iterencode_dict", "markerid = id(dct)", "id(dct)");
    private static final LibraryFrame DICT_CIRCULAR = new LibraryFrame(ENC, 341, "_iterencode_dict",
            "raise ValueError(\"Circular reference detected\")");
    private static final LibraryFrame DICT_SORT = new LibraryFrame(ENC, 354, "_iterencode_dict", "items = sorted(dct.items())",
            "sorted(dct.items())");
    private static final LibraryFrame DICT_KEY_FLOAT = new LibraryFrame(ENC, 364, "_iterencode_dict", "key = _floatstr(key)",
            "_floatstr(key)");
    private static final LibraryFrame DICT_KEY_TYPE = new LibraryFrame(ENC, 377, "_iterencode_dict",
            "raise TypeError(f'keys must be str, int, float, bool or None, '");
    private static final LibraryFrame DICT_FLOAT = new LibraryFrame(ENC, 398, "_iterencode_dict", "yield _floatstr(value)",
            "_floatstr(value)");
    private static final LibraryFrame DICT_CHUNKS = new LibraryFrame(ENC, 406, "_iterencode_dict", "yield from chunks");
    private static final LibraryFrame TOP_FLOAT = new LibraryFrame(ENC, 428, "_iterencode", "yield _floatstr(o)", "_floatstr(o)");
    private static final LibraryFrame TOP_LIST = new LibraryFrame(ENC, 430, "_iterencode",
            "yield from _iterencode_list(o, _current_indent_level)");
    private static final LibraryFrame TOP_DICT = new LibraryFrame(ENC, 432, "_iterencode",
            "yield from _iterencode_dict(o, _current_indent_level)");
    private static final LibraryFrame TOP_CIRCULAR = new LibraryFrame(ENC, 437, "_iterencode",
            "raise ValueError(\"Circular reference detected\")");
    private static final LibraryFrame TOP_DEFAULT = new LibraryFrame(ENC, 439, "_iterencode", "o = _default(o)", "_default(o)");
    private static final LibraryFrame TOP_DEFAULT_RESULT = new LibraryFrame(ENC, 440, "_iterencode",
            "yield from _iterencode(o, _current_indent_level)");
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
    /** json.JSONEncoder and json.JSONDecoder: usable directly, as cls=, and as a learner's base class. */
    static final PyType ENCODER = new PyType("JSONEncoder", "json.encoder", null).instances((type, a, kw) -> new Configured(type));
    static final PyType DECODER = new PyType("JSONDecoder", "json.decoder", null).instances((type, a, kw) -> new Configured(type));

    static {
        ENCODER.method("__init__", (self, a, kw) -> {
            ((Configured) self).options = Bound.of(ENCODER_INIT, withSelf(a), kw, ENCODER_DEFAULTS);
            return PyNone.NONE;
        });
        ENCODER.method("encode", (self, a, kw) ->
                new PyStr(new Encoder(((Configured) self).options, false, self).encode(argument("JSONEncoder.encode", "o", a, kw))));
        ENCODER.method("default", (self, a, kw) -> {
            throw DEFAULT_RAISE.on(notSerializable(argument("JSONEncoder.default", "o", a, kw)));
        });
        DECODER.method("__init__", (self, a, kw) -> {
            ((Configured) self).options = Bound.of(DECODER_INIT, withSelf(a), kw, DECODER_DEFAULTS);
            return PyNone.NONE;
        });
        DECODER.method("decode", (self, a, kw) -> {
            PyObject s = argument("JSONDecoder.decode", "s", a, kw);
            if (!(s instanceof PyStr text)) {
                throw DECODE_PATTERN.on(Py.typeError("cannot use a string pattern on a bytes-like object"));
            }
            return new Decoder(((Configured) self).options).decode(text.value());
        });
        DECODER.method("raw_decode", (self, a, kw) -> {
            Bound p = Bound.of(RAW_DECODE, withSelf(a), kw, Map.of("idx", PyInt.of(0)));
            if (!(p.get("s") instanceof PyStr text)) {
                throw RAW_SCAN.on(Py.typeError("first argument must be a string, not " + p.get("s").type().name()));
            }
            long idx = Py.index(p.get("idx"));
            if (idx < 0) {
                throw RAW_SCAN.on(Py.valueError("idx cannot be negative"));
            }
            return new Decoder(((Configured) self).options).rawDecode(text.value(), idx);
        });
    }

    private JsonModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("json");
        Map<String, PyObject> d = m.dict();
        d.put("__version__", new PyStr("2.0.9"));
        d.put("__author__", new PyStr("Bob Ippolito <bob@redivi.com>"));
        d.put("dumps", new PyBuiltinFunction("dumps", (a, kw) -> {
            Bound b = bind(DUMPS, a, kw, ENCODER_DEFAULTS, ENCODER, DUMPS_CLS);
            if (b.get("cls") instanceof PyType cls && cls != ENCODER) {
                // a learner's JSONEncoder: json calls cls(**options).encode(obj), as CPython's does
                PyObject encoder = DUMPS_CLS.around(() -> cls.call(new PyObject[0], options(b, ENCODER_DEFAULTS)));
                return DUMPS_ENCODE.around(() -> encoder.getAttr("encode").call(new PyObject[] {b.get("obj")}, null));
            }
            if (isDefault(b, ENCODER_DEFAULTS)) {
                return new PyStr(DUMPS_DEFAULT.around(() -> new Encoder(b, false, null).encode(b.get("obj"))));
            }
            Encoder encoder = DUMPS_CLS.around(() -> new Encoder(b, false, null));
            return new PyStr(DUMPS_ENCODE.around(() -> encoder.encode(b.get("obj"))));
        }));
        d.put("dump", new PyBuiltinFunction("dump", (a, kw) -> {
            Bound b = bind(DUMP, a, kw, ENCODER_DEFAULTS, ENCODER);
            String text = new Encoder(b, true, null).encode(b.get("obj"));
            PyObject write = DUMP_WRITE_ATTRIBUTE.around(() -> b.get("fp").getAttr("write"));
            DUMP_WRITE.around(() -> write.call(new PyObject[] {new PyStr(text)}, null));
            return PyNone.NONE;
        }));
        d.put("loads", new PyBuiltinFunction("loads", (a, kw) -> {
            Bound b = bind(LOADS, a, kw, DECODER_DEFAULTS, DECODER, LOADS_CLS);
            return loads(b, b.get("s"));
        }));
        d.put("load", new PyBuiltinFunction("load", (a, kw) -> {
            Bound b = bind(LOAD, a, kw, DECODER_DEFAULTS, DECODER, LOADS_CLS, LOAD_LOADS);
            PyObject read = LOAD_READ_ATTRIBUTE.around(() -> b.get("fp").getAttr("read"));
            PyObject content = LOAD_READ.around(() -> read.call(new PyObject[0], null));
            return LOAD_LOADS.around(() -> loads(b, content));
        }));
        d.put("JSONDecodeError", DECODE_ERROR);
        d.put("JSONEncoder", ENCODER);
        d.put("JSONDecoder", DECODER);
        d.put("detect_encoding", new PyBuiltinFunction("detect_encoding",
                (a, kw) -> new PyStr(encodingOf(Buffers.bytesOf(Args.one("detect_encoding", a, kw), null)))));
        // json/__init__.py imports its decoder and encoder: they are its attributes from the start
        PyModule decoder = new PyModule("json.decoder");
        decoder.dict().put("JSONDecoder", DECODER);
        decoder.dict().put("JSONDecodeError", DECODE_ERROR);
        decoder.dict().put("NaN", new PyFloat(Double.NaN));
        decoder.dict().put("PosInf", new PyFloat(Double.POSITIVE_INFINITY));
        decoder.dict().put("NegInf", new PyFloat(Double.NEGATIVE_INFINITY));
        d.put("decoder", decoder);
        PyModule encoder = new PyModule("json.encoder");
        encoder.dict().put("JSONEncoder", ENCODER);
        encoder.dict().put("INFINITY", new PyFloat(Double.POSITIVE_INFINITY));
        d.put("encoder", encoder);
        return m;
    }

    /** import json.decoder / json.encoder: the module json made for itself. */
    static PyModule submodule(Interpreter interp, String name) {
        return (PyModule) interp.importModule("json").getAttr(name);
    }

    /** json.loads once its arguments are bound: through the module's default decoder or a JSONDecoder made for the call. */
    private static PyObject loads(Bound b, PyObject s) {
        String text = documentText(s);
        if (b.get("cls") instanceof PyType cls && cls != DECODER) {
            PyObject decoder = LOADS_CLS.around(() -> cls.call(new PyObject[0], options(b, DECODER_DEFAULTS)));
            return LOADS_DECODE.around(() -> decoder.getAttr("decode").call(new PyObject[] {new PyStr(text)}, null));
        }
        if (isDefault(b, DECODER_DEFAULTS)) {
            return LOADS_DEFAULT.around(() -> new Decoder(b).decode(text));
        }
        return LOADS_DECODE.around(() -> new Decoder(b).decode(text));
    }

    /** Whether every option has its default, so json's module functions use their shared encoder or decoder. */
    private static boolean isDefault(Bound b, Map<String, PyObject> defaults) {
        for (Map.Entry<String, PyObject> option : defaults.entrySet()) {
            if (b.has(option.getKey()) && b.get(option.getKey()) != option.getValue()) {
                return false;
            }
        }
        return true;
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
     * class CPython hands them to, from the lines of json that make it (innermost first); cls may
     * only name that class itself.
     */
    private static Bound bind(Signature sig, PyObject[] a, Map<String, PyObject> kw, Map<String, PyObject> defaults,
            PyType cls, LibraryFrame... making) {
        Bound b = Bound.of(sig, a, kw, defaults);
        PyDict extra = (PyDict) b.get("kw");
        if (extra.len() > 0) {
            String name = extra.map().keySet().iterator().next().str();
            PyError e = Py.typeError(cls.name() + ".__init__() got an unexpected keyword argument '" + name + "'");
            for (LibraryFrame line : making) {
                line.on(e);
            }
            throw e;
        }
        PyObject chosen = b.get("cls");
        if (chosen != PyNone.NONE && !(chosen instanceof PyType t && t.isSubtypeOf(cls))) {
            throw Py.error(ExcTypes.NotImplementedError, "json: cls= other than " + cls.name() + " is not supported by socklab yet");
        }
        return b;
    }

    /** The options a module function passes on to cls(...): those given a value other than their default. */
    private static Map<String, PyObject> options(Bound b, Map<String, PyObject> defaults) {
        Map<String, PyObject> out = new java.util.LinkedHashMap<>();
        for (String name : b.sig().names()) {
            if (defaults.containsKey(name) && !name.equals("cls") && b.get(name) != defaults.get(name)) {
                out.put(name, b.get(name));
            }
        }
        return out;
    }

    private static PyError notSerializable(PyObject o) {
        return Py.typeError("Object of type " + o.type().bareName() + " is not JSON serializable");
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

        boolean has(String name) {
            return Arrays.asList(sig.names()).contains(name);
        }
    }

    /** A JSONEncoder or JSONDecoder object (or a learner's subclass's): the options its __init__ was given. */
    private static final class Configured extends PyInstance {
        private Bound options;

        Configured(PyType type) {
            super(type);
            this.options = Bound.of(type.isSubtypeOf(ENCODER) ? ENCODER_INIT : DECODER_INIT, new PyObject[] {PyNone.NONE}, null,
                    type.isSubtypeOf(ENCODER) ? ENCODER_DEFAULTS : DECODER_DEFAULTS);
        }

        @Override
        public String repr() {
            return "<" + type().module() + "." + type().name() + " object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }
    }

    /** What loads accepts: str as is, bytes and bytearray decoded by the encoding their first bytes imply. */
    private static String documentText(PyObject s) {
        if (s instanceof PyStr str) {
            if (str.value().startsWith("\ufeff")) {
                throw LOADS_BOM.on(decodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", str.value(), 0));
            }
            return str.value();
        }
        if (!(s instanceof PyBytes || s instanceof PyByteArray)) {
            throw LOADS_TYPE.on(Py.typeError("the JSON object must be str, bytes or bytearray, not " + s.type().name()));
        }
        byte[] b = Buffers.bytesOf(s, null);
        String encoding = encodingOf(b);
        if (encoding.equals("utf-8-sig")) {
            b = Arrays.copyOfRange(b, 3, b.length);
            encoding = "utf-8";
        }
        PyBytes data = new PyBytes(b);
        PyStr codec = new PyStr(encoding);
        PyObject text = LOADS_BYTES.around(() -> data.getAttr("decode").call(new PyObject[] {codec}, null));
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
            throw ERROR_COUNT.on(Py.attributeError(p[2], "count"));
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

    /**
     * One dumps call: its options, and the objects being encoded (to catch circular references).
     * CPython encodes in C for dumps without indent and in Python otherwise (always for dump); the
     * two word some errors apart, and only the Python one adds its frames to a traceback.
     */
    private static final class Encoder {
        /**
         * Where a value sits in the Python encoder: the lines its encoding passes through for a
         * number and for anything else (null: the callee's frame is the current one).
         */
        private enum Place {
            TOP(TOP_FLOAT, TOP_LIST, TOP_DICT, null),
            LIST(LIST_FLOAT, LIST_CHUNKS, LIST_CHUNKS, LIST_CHUNKS),
            DICT(DICT_FLOAT, DICT_CHUNKS, DICT_CHUNKS, DICT_CHUNKS);

            final LibraryFrame number;
            final LibraryFrame list;
            final LibraryFrame dict;
            final LibraryFrame other;

            Place(LibraryFrame number, LibraryFrame list, LibraryFrame dict, LibraryFrame other) {
                this.number = number;
                this.list = list;
                this.dict = dict;
                this.other = other;
            }
        }

        private final boolean skipKeys;
        private final boolean ensureAscii;
        private final boolean allowNan;
        private final boolean sortKeys;
        /** Whether CPython would use its Python encoder, and whether through dump's loop over chunks. */
        private final boolean python;
        private final boolean chunked;
        private final PyObject indentOption;
        private String indent;
        private final String itemSeparator;
        private final String keySeparator;
        private final PyObject defaultFn;
        private final Map<PyObject, Boolean> markers;
        private final StringBuilder out = new StringBuilder();
        /** Nesting of everything being encoded, for the recursion limit. */
        private int depth;
        /** Nesting of arrays and objects only, for the indentation. */
        private int level;

        /** owner: the JSONEncoder object encoding, whose default method (a learner's override) replaces the option's. */
        Encoder(Bound p, boolean chunked, PyObject owner) {
            skipKeys = p.get("skipkeys").isTrue();
            ensureAscii = p.get("ensure_ascii").isTrue();
            markers = p.get("check_circular").isTrue() ? new IdentityHashMap<>() : null;
            allowNan = p.get("allow_nan").isTrue();
            indentOption = p.get("indent");
            this.chunked = chunked;
            python = chunked || indentOption != PyNone.NONE;
            PyObject separators = p.get("separators");
            if (separators == PyNone.NONE) {
                itemSeparator = indentOption == PyNone.NONE ? ", " : ",";
                keySeparator = ": ";
            } else {
                PyObject[] pair = Py.toArray(separators);
                if (pair.length != 2) {
                    throw ENCODER_SEPARATORS.on(Py.valueError(pair.length < 2
                            ? "not enough values to unpack (expected 2, got " + pair.length + ")"
                            : "too many values to unpack (expected 2)"));
                }
                itemSeparator = Py.asStr(pair[0], "item_separator");
                keySeparator = Py.asStr(pair[1], "key_separator");
            }
            defaultFn = p.get("default") == PyNone.NONE && owner != null && owner.type().lookup("default") != ENCODER.lookup("default")
                    ? owner.getAttr("default") : p.get("default");
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
            indent = ENCODE_ONE_SHOT.around(() -> MAKE_ITERENCODE.around(() -> MAKE_INDENT.around(() -> indentText(indentOption))));
            Supplier<String> all = () -> {
                value(o, Place.TOP);
                return out.toString();
            };
            if (!python) {
                return ENCODE_ONE_SHOT.around(() -> C_ITERENCODE.around(all));
            }
            return (chunked ? DUMP_CHUNKS : ENCODE_LIST).around(all);
        }

        /** Runs body, through line when the Python encoder would pass through it. */
        private <T> T through(LibraryFrame line, Supplier<T> body) {
            try {
                return body.get();
            } catch (PyError e) {
                throw raised(line, e);
            }
        }

        private void through(LibraryFrame line, Runnable body) {
            through(line, () -> {
                body.run();
                return null;
            });
        }

        /** The error, with line's frame when the Python encoder is the one raising or passing it on (null: no line). */
        private PyError raised(LibraryFrame line, PyError e) {
            return python && line != null ? line.on(e) : e;
        }

        private void value(PyObject o, Place place) {
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
                out.append(through(place.number, () -> floatText(f.value())));
            } else if (o instanceof PyList || o instanceof PyTuple) {
                // try rather than through(): nesting depth must not cost more Java frames than needed
                try {
                    nested(o, LIST_CIRCULAR, LIST_ID, () -> array(Py.toArray(o)));
                } catch (PyError e) {
                    throw raised(place.list, e);
                }
            } else if (o instanceof PyDict dict) {
                try {
                    nested(o, DICT_CIRCULAR, DICT_ID, () -> object(dict));
                } catch (PyError e) {
                    throw raised(place.dict, e);
                }
            } else {
                through(place.other, () -> nested(o, TOP_CIRCULAR, null, () -> {
                    PyObject replaced = through(TOP_DEFAULT, () -> {
                        if (defaultFn == PyNone.NONE) {
                            throw DEFAULT_RAISE.on(notSerializable(o));
                        }
                        return defaultFn.call(new PyObject[] {o}, null);
                    });
                    through(TOP_DEFAULT_RESULT, () -> value(replaced, Place.TOP));
                }));
            }
        }

        /**
         * Encodes a container or a default() result with o marked, so meeting o again inside is an
         * error; circular and marking are the Python encoder's lines for the two failures.
         */
        private void nested(PyObject o, LibraryFrame circular, LibraryFrame marking, Runnable body) {
            if (++depth > (python ? PYTHON_ENCODER_DEPTH : MAX_DEPTH)) {
                depth--;
                // each encoder words the overflow its own way
                PyError overflow = Py.error(ExcTypes.RecursionError, "maximum recursion depth exceeded while "
                        + (python ? "calling a Python object" : "encoding a JSON object"));
                throw markers != null ? raised(marking, overflow) : overflow;
            }
            if (markers != null && markers.put(o, Boolean.TRUE) != null) {
                depth--;
                throw raised(circular, Py.valueError("Circular reference detected"));
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
                value(items[i], Place.LIST);
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
                through(DICT_SORT, () -> pairs.getAttr("sort").call(new PyObject[0], null));
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
                String key = kv[0] instanceof PyFloat f ? through(DICT_KEY_FLOAT, () -> floatText(f.value())) : keyText(kv[0]);
                if (key == null) {
                    continue;
                }
                if (!first) {
                    out.append(separator);
                }
                first = false;
                string(key);
                out.append(keySeparator);
                value(kv[1], Place.DICT);
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
            throw raised(DICT_KEY_TYPE, Py.typeError("keys must be str, int, float, bool or None, not " + k.type().name()));
        }

        private String floatText(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (!allowNan) {
                    // the Python encoder names the value, the C one does not
                    throw raised(FLOATSTR, Py.valueError("Out of range float values are not JSON compliant"
                            + (python ? ": " + FloatFormat.repr(d) : "")));
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
            PyObject v = DECODE_RAW.around(() -> scan(skipSpace(0)));
            int end = skipSpace(pos);
            if (end != doc.length()) {
                throw DECODE_EXTRA.on(error("Extra data", end));
            }
            return v;
        }

        /**
         * The value at i, with raw_decode's frame: CPython's scanner signals a missing value by
         * StopIteration, which raw_decode turns into the error, and raises every other error itself.
         */
        private PyObject scan(int i) {
            pos = i;
            try {
                return value();
            } catch (PyError e) {
                boolean missing = e.matches(DECODE_ERROR) && e.value().getAttr("msg").str().equals("Expecting value");
                throw (missing ? RAW_NO_VALUE : RAW_SCAN).on(e);
            }
        }

        /** JSONDecoder.raw_decode: one value starting exactly at code point idx, and where it ends. */
        PyTuple rawDecode(String text, long idx) {
            doc = text;
            if (idx > text.codePointCount(0, text.length())) {
                throw RAW_NO_VALUE.on(decodeError("Expecting value", text, (int) Math.min(idx, Integer.MAX_VALUE)));
            }
            PyObject v = scan(text.offsetByCodePoints(0, (int) idx));
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
            return PyInt.fromDecimal(text);
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
