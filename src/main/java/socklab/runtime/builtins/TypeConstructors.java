package socklab.runtime.builtins;

import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Pattern;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.Codecs;
import socklab.runtime.object.Descriptors;
import socklab.runtime.object.DictInstance;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.IntInstance;
import socklab.runtime.object.ListInstance;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyByteArray;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyComplex;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInstance;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyRange;
import socklab.runtime.object.PySet;
import socklab.runtime.object.PySlice;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.StrInstance;
import socklab.runtime.object.UserClasses;

/** What calling a built-in type does: int('42'), bytes(3), dict(a=1), range(5) …, with CPython's errors. */
final class TypeConstructors {
    private TypeConstructors() {}

    private static final String[] INT = {"x", "base"};
    private static final String[] STR = {"object", "encoding", "errors"};
    private static final String[] BYTES = {"source", "encoding", "errors"};

    /** The float() syntax, compiled on first float('...') rather than at start-up. */
    private static final class FloatSyntax {
        static final Pattern FLOAT = Pattern.compile(
                "[+-]?(\\d(_?\\d)*(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)([eE][+-]?\\d(_?\\d)*)?");
        static final Pattern SPECIAL = Pattern.compile("[+-]?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);
    }

    static void install() {
        PyInt.TYPE.constructor((type, a, k) -> makeInt(a, k));
        PyBool.TYPE.constructor((type, a, k) -> Py.bool(Args.or(Args.expected("bool", a, k, 0, 1)[0], PyBool.FALSE).isTrue()));
        PyFloat.TYPE.constructor((type, a, k) -> {
            PyObject x = Args.expected("float", a, k, 0, 1)[0];
            return x == null ? new PyFloat(0.0) : toFloat(x);
        });
        PyComplex.TYPE.constructor((type, a, k) -> ComplexConstructor.make(a, k));
        PyStr.TYPE.constructor((type, a, k) -> makeStr(a, k));
        PyBytes.TYPE.constructor((type, a, k) -> new PyBytes(makeBytes("bytes", a, k)));
        PyByteArray.TYPE.constructor((type, a, k) -> new PyByteArray(makeBytes("bytearray", a, k)));
        PyList.TYPE.constructor((type, a, k) -> {
            PyObject x = Args.expected("list", a, k, 0, 1)[0];
            return new PyList(x == null ? new PyObject[0] : Py.toArray(x).clone());
        });
        PyTuple.TYPE.constructor((type, a, k) -> {
            PyObject x = Args.expected("tuple", a, k, 0, 1)[0];
            return x == null ? PyTuple.EMPTY : x.type() == PyTuple.TYPE ? x : new PyTuple(Py.toArray(x));
        });
        PyDict.TYPE.constructor((type, a, k) -> {
            if (a.length > 1) {
                throw Py.typeError("dict expected at most 1 argument, got " + a.length);
            }
            PyDict d = new PyDict();
            if (a.length == 1) {
                DictMethods.update(d, a[0]);
            }
            if (k != null) {
                k.forEach((name, value) -> d.put(new PyStr(name), value));
            }
            return d;
        });
        PySet.TYPE.constructor((type, a, k) -> makeSet("set", a, k, false));
        PySet.FROZEN.constructor((type, a, k) -> makeSet("frozenset", a, k, true));
        PyModule.TYPE.constructor((type, a, k) -> {
            PyObject[] p = Args.keywords("module", a, k, new String[] {"name", "doc"}, 2, 1);
            PyModule m = new PyModule(Py.asStr(p[0], "module() argument 'name'"));
            m.dict().put("__doc__", p[1] == null ? PyNone.NONE : p[1]);
            m.dict().put("__package__", PyNone.NONE);
            m.dict().put("__loader__", PyNone.NONE);
            m.dict().put("__spec__", PyNone.NONE);
            return m;
        });
        PyRange.TYPE.constructor((type, a, k) -> {
            PyObject[] v = Args.expected("range", a, k, 1, 3);
            return v[1] == null ? PyRange.of(PyInt.of(0), v[0], null) : PyRange.of(v[0], v[1], v[2]);
        });
        PySlice.TYPE.constructor((type, a, k) -> {
            PyObject[] v = Args.expected("slice", a, k, 1, 3);
            if (v[1] == null) {
                return new PySlice(PyNone.NONE, v[0], PyNone.NONE);
            }
            return new PySlice(v[0], v[1], Args.or(v[2], PyNone.NONE));
        });
        PyType.OBJECT.instances((type, a, k) -> new PyInstance(type));
        metaclasses();
        subclassable(PyDict.TYPE, (type, a, k) -> new DictInstance(type));
        subclassable(PyList.TYPE, (type, a, k) -> new ListInstance(type));
        subclassable(PyStr.TYPE, (type, a, k) -> new StrInstance(type, ((PyStr) makeStr(a, k)).value()));
        subclassable(PyInt.TYPE, (type, a, k) -> new IntInstance(type, (PyInt) makeInt(a, k)));
    }

    /**
     * What lets a class statement subclass type: a metaclass's instances are classes made by
     * type.__new__, and its __new__, __init__ and __call__ reach type's own through super().
     */
    private static void metaclasses() {
        PyType t = PyType.TYPE;
        t.instances((meta, a, k) -> UserClasses.fromCall(a, meta, k));
        t.define("__new__", new Descriptors.StaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType meta) || !meta.isSubtypeOf(t)) {
                throw Py.typeError("type.__new__(X): X is not a type object ("
                        + (a.length == 0 ? "nothing" : a[0].type().name()) + ")");
            }
            return UserClasses.fromCall(java.util.Arrays.copyOfRange(a, 1, a.length), meta, k);
        })));
        t.method("__init__", (self, a, k) -> PyNone.NONE);
        t.method("__call__", (self, a, k) -> ((PyType) self).construct(a, k));
    }

    // ---- int

    private static void subclassable(PyType t, PyType.Constructor make) {
        UserClasses.subclassable(t, make);
    }

    private static PyObject makeInt(PyObject[] a, Map<String, PyObject> k) {
        if (k != null) {
            for (String name : k.keySet()) {
                if (!name.equals("base")) {
                    throw Py.typeError("'" + name + "' is an invalid keyword argument for int()");
                }
            }
        }
        if (a.length > 2) {
            throw Py.typeError("int() takes at most 2 arguments (" + a.length + " given)");
        }
        PyObject[] v = Args.keywords("int", a, k, INT, 2, 0);
        if (v[0] == null) {
            if (v[1] != null) {
                throw Py.typeError("int() missing string argument");
            }
            return PyInt.of(0);
        }
        PyObject x = v[0];
        if (v[1] == null) {
            if (x instanceof PyInt i) {
                return i.type() == PyInt.TYPE ? i : PyInt.of(i.bigValue());
            }
            if (x instanceof PyFloat f) {
                return f.toInt();
            }
            for (String hook : new String[] {"__int__", "__index__"}) {
                PyObject method = UserClasses.special(x, hook);
                if (method != null) {
                    PyObject r = method.call(new PyObject[0], null);
                    if (!(r instanceof PyInt i)) {
                        throw Py.typeError(hook + " returned non-int (type " + Py.typeName(r) + ")");
                    }
                    return i.type() == PyInt.TYPE ? i : PyInt.of(i.bigValue());
                }
            }
        }
        // A base past a C int is simply out of range, as CPython's message says.
        long base = v[1] == null ? 10 : v[1] instanceof PyInt bi && !bi.fitsLong() ? -1 : Py.index(v[1]);
        String text;
        String shown;
        if (x instanceof PyStr s) {
            text = s.value();
            shown = s.repr();
        } else if (x instanceof PyBytesLike b) {
            text = BytesMethods.latin1(b.toByteArray());
            shown = b.repr();
        } else if (v[1] != null) {
            throw Py.typeError("int() can't convert non-string with explicit base");
        } else {
            throw Py.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + Py.typeName(x) + "'");
        }
        if (base != 0 && (base < 2 || base > 36)) {
            throw Py.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        BigInteger parsed = parseInt(text, (int) base);
        if (parsed == null) {
            throw Py.valueError("invalid literal for int() with base " + base + ": " + shown);
        }
        return PyInt.of(parsed);
    }

    /** Python's int literal rules (sign, 0x/0o/0b prefixes, single underscores between digits); null if invalid. */
    static BigInteger parseInt(String text, int base) {
        String s = stripSpace(text);
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        boolean prefixed = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                base = prefixBase;
                s = s.substring(2);
                prefixed = true;
            }
        }
        if (base == 0) {
            base = 10;
            if (s.length() > 1 && s.charAt(0) == '0' && !s.replace("_", "").matches("0+")) {
                return null;
            }
        }
        StringBuilder digits = new StringBuilder(s.length());
        boolean lastUnderscore = !prefixed;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0) {
                return null;
            }
            digits.append(Character.forDigit(d, base));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            return null;
        }
        // Like CPython, only bases that are not powers of two convert in quadratic time, so only they are limited.
        if (Integer.bitCount(base) != 1 && digits.length() > PyInt.MAX_STR_DIGITS) {
            throw PyInt.tooManyDigits(": value has " + digits.length() + " digits");
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return negative ? v.negate() : v;
    }

    private static String stripSpace(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && StrMethods.isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && StrMethods.isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    // ---- float

    static PyFloat toFloat(PyObject x) {
        if (x instanceof PyFloat f) {
            return f;
        }
        if (!(x instanceof PyStr || x instanceof PyBytesLike)) {
            PyFloat f = PyFloat.coerce(x);
            if (f != null) {
                return f;
            }
        }
        String text;
        String shown;
        if (x instanceof PyStr s) {
            text = s.value();
            shown = s.repr();
        } else if (x instanceof PyBytesLike b) {
            text = BytesMethods.latin1(b.toByteArray());
            shown = b.repr();
        } else {
            throw Py.typeError("float() argument must be a string or a real number, not '" + Py.typeName(x) + "'");
        }
        Double d = parseFloat(text);
        if (d == null) {
            throw Py.valueError("could not convert string to float: " + shown);
        }
        return new PyFloat(d);
    }

    static Double parseFloat(String text) {
        StringBuilder ascii = new StringBuilder();
        for (char c : stripSpace(text).toCharArray()) {
            int d = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
            ascii.append(d >= 0 ? (char) ('0' + d) : c);
        }
        String s = ascii.toString();
        if (FloatSyntax.SPECIAL.matcher(s).matches()) {
            boolean negative = s.startsWith("-");
            if (s.toLowerCase().contains("nan")) {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!FloatSyntax.FLOAT.matcher(s).matches()) {
            return null;
        }
        return Double.parseDouble(s.replace("_", ""));
    }

    // ---- str and bytes

    private static PyObject makeStr(PyObject[] a, Map<String, PyObject> k) {
        PyObject[] v = Args.keywords("str", a, k, STR, 3, 0);
        if (v[0] == null && v[1] == null && v[2] == null) {
            return PyStr.EMPTY;
        }
        if (v[1] == null && v[2] == null) {
            return v[0].type() == PyStr.TYPE ? v[0] : new PyStr(v[0].str());
        }
        PyObject o = Args.or(v[0], PyBytes.EMPTY);
        if (!(o instanceof PyBytesLike b)) {
            throw Py.typeError("decoding to str: need a bytes-like object, " + Py.typeName(o) + " found");
        }
        String enc = v[1] == null ? "utf-8" : strParam("str", "encoding", v[1]);
        String err = v[2] == null ? "strict" : strParam("str", "errors", v[2]);
        return new PyStr(Codecs.decode(b.array(), b.size(), enc, err));
    }

    private static String strParam(String fn, String name, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Py.typeError(fn + "() argument '" + name + "' must be str, not " + Py.argTypeName(o));
    }

    private static byte[] makeBytes(String fn, PyObject[] a, Map<String, PyObject> k) {
        PyObject[] v = Args.keywords(fn, a, k, BYTES, 3, 0);
        String enc = v[1] == null ? null : strParam(fn, "encoding", v[1]);
        String err = v[2] == null ? null : strParam(fn, "errors", v[2]);
        PyObject src = v[0];
        if (src == null) {
            if (enc != null || err != null) {
                throw Py.typeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        PyObject hook = fn.equals("bytes") && enc == null && err == null ? UserClasses.special(src, "__bytes__") : null;
        if (hook != null) {
            PyObject r = hook.call(new PyObject[0], null);
            if (!(r instanceof PyBytes b)) {
                throw Py.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
            }
            return b.toByteArray();
        }
        if (src instanceof PyStr s) {
            if (enc == null) {
                throw Py.typeError("string argument without an encoding");
            }
            return Codecs.encode(s.value(), enc, err == null ? "strict" : err);
        }
        if (enc != null || err != null) {
            throw Py.typeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
        }
        PyInt n = Py.indexValue(src);
        if (n != null) {
            long count = n.longValueExact();
            if (count < 0) {
                throw Py.valueError("negative count");
            }
            if (count > Integer.MAX_VALUE - 16) {
                throw Py.error(ExcTypes.MemoryError);
            }
            return new byte[(int) count];
        }
        if (src instanceof PyBytesLike b) {
            return b.toByteArray();
        }
        if (fn.equals("bytearray") && !(src instanceof PyFloat)) {
            PyObject[] items = Py.toArray(src);
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = Buffers.byteValue(items[i]);
            }
            return out;
        }
        return IntMethods.byteSource(src);
    }

    // ---- set

    private static PyObject makeSet(String fn, PyObject[] a, Map<String, PyObject> k, boolean frozen) {
        PyObject x = Args.expected(fn, a, k, 0, 1)[0];
        if (frozen && x instanceof PySet s && s.isFrozen()) {
            return s;
        }
        PySet out = new PySet(frozen);
        if (x != null) {
            out.set().addAll(SetMethods.elements(x));
        }
        return out;
    }
}
