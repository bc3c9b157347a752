package socklab.modules;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyByteArray;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;

/**
 * The {@code struct} module: converts between Python values and C structs laid out as a format
 * string describes, the usual way a socket program frames its messages. Range errors follow
 * CPython's two families of packers (native and standard) on a little-endian x86-64 machine.
 */
final class StructModule {
    static final PyType ERROR = ExcTypes.subclass("struct", "error", ExcTypes.Exception);
    private static final PyType STRUCT = PyType.extension("_struct", "Struct", null);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final Signature UNPACK_FROM = Signature.parse("unpack_from(buffer, offset)");

    static {
        STRUCT.constructor((type, a, kw) -> new PyStruct(Layout.of(structArg(a, kw))));
        STRUCT.method("pack", (self, a, kw) -> {
            Args.noKeywords("Struct.pack", kw);
            return new PyBytes(layout(self).pack(a));
        });
        STRUCT.method("pack_into", (self, a, kw) -> {
            Args.noKeywords("Struct.pack_into", kw);
            layout(self).packInto(a);
            return PyNone.NONE;
        });
        STRUCT.method("unpack", (self, a, kw) ->
                layout(self).unpack(Buffers.bytesOf(oneArgument("Struct.unpack", a, kw), null)));
        STRUCT.method("unpack_from", (self, a, kw) -> layout(self).unpackFrom(a, kw, 1));
        STRUCT.method("iter_unpack", (self, a, kw) ->
                layout(self).iterUnpack(oneArgument("Struct.iter_unpack", a, kw)));
    }

    private StructModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("struct");
        Map<String, PyObject> d = m.dict();
        // CPython caches compiled formats; socklab keeps none, so clearing the cache has nothing to do.
        d.put("_clearcache", new PyBuiltinFunction("_clearcache", (a, kw) -> {
            Args.none("_struct._clearcache", a, kw);
            return socklab.runtime.object.PyNone.NONE;
        }));
        d.put("calcsize", new PyBuiltinFunction("calcsize",
                (a, kw) -> PyInt.of(Layout.of(oneArgument("_struct.calcsize", a, kw)).size)));
        d.put("pack", new PyBuiltinFunction("pack", (a, kw) -> {
            Args.noKeywords("_struct.pack", kw);
            return new PyBytes(leadingFormat(a).pack(Arrays.copyOfRange(a, 1, a.length)));
        }));
        d.put("pack_into", new PyBuiltinFunction("pack_into", (a, kw) -> {
            Args.noKeywords("_struct.pack_into", kw);
            leadingFormat(a).packInto(Arrays.copyOfRange(a, 1, a.length));
            return PyNone.NONE;
        }));
        d.put("unpack", new PyBuiltinFunction("unpack", (a, kw) -> {
            Args.noKeywords("_struct.unpack", kw);
            twoArguments("unpack", a);
            return Layout.of(a[0]).unpack(Buffers.bytesOf(a[1], null));
        }));
        d.put("unpack_from", new PyBuiltinFunction("unpack_from", (a, kw) -> {
            if (a.length == 0) {
                throw Py.typeError("unpack_from() takes at least 1 positional argument (0 given)");
            }
            return Layout.of(a[0]).unpackFrom(Arrays.copyOfRange(a, 1, a.length), kw, 2);
        }));
        d.put("iter_unpack", new PyBuiltinFunction("iter_unpack", (a, kw) -> {
            Args.noKeywords("_struct.iter_unpack", kw);
            twoArguments("iter_unpack", a);
            return Layout.of(a[0]).iterUnpack(a[1]);
        }));
        d.put("Struct", STRUCT);
        d.put("error", ERROR);
        return m;
    }

    /** pack and pack_into take the format first, then any number of values. */
    private static Layout leadingFormat(PyObject[] a) {
        if (a.length == 0) {
            throw Py.typeError("missing format argument");
        }
        return Layout.of(a[0]);
    }

    /** The "takes exactly one argument" check of CPython's METH_O functions, which name themselves in full. */
    private static PyObject oneArgument(String qualName, PyObject[] a, Map<String, PyObject> kw) {
        Args.noKeywords(qualName, kw);
        if (a.length != 1) {
            throw Py.typeError(qualName + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    private static void twoArguments(String name, PyObject[] a) {
        if (a.length != 2) {
            throw Py.typeError(name + " expected 2 arguments, got " + a.length);
        }
    }

    private static PyObject structArg(PyObject[] a, Map<String, PyObject> kw) {
        int given = a.length + (kw == null ? 0 : kw.size());
        if (given > 1) {
            throw Py.typeError("Struct() takes at most 1 argument (" + given + " given)");
        }
        PyObject format = a.length == 1 ? a[0] : kw == null ? null : kw.get("format");
        if (format == null) {
            throw Py.typeError("Struct() missing required argument 'format' (pos 1)");
        }
        return format;
    }

    private static Layout layout(PyObject self) {
        return ((PyStruct) self).layout;
    }

    static PyError error(String message) {
        return Py.error(ERROR, message);
    }

    /** One format character with its repeat count, at its offset in the packed bytes. */
    private record Item(char code, long count, long offset, int size) {
        /** s and p take one bytes object whatever the count; x takes nothing; others one value each. */
        long values() {
            return switch (code) {
                case 's', 'p' -> 1;
                case 'x' -> 0;
                default -> count;
            };
        }
    }

    /** A parsed format string: byte order, items and sizes, and the packing and unpacking it implies. */
    static final class Layout {
        private final String format;
        private final char order;
        private final List<Item> items;
        private final long size;
        private final long valueCount;

        private Layout(String format, char order, List<Item> items, long size) {
            this.format = format;
            this.order = order;
            this.items = items;
            this.size = size;
            this.valueCount = items.stream().mapToLong(Item::values).sum();
        }

        static Layout of(PyObject format) {
            String text;
            if (format instanceof PyStr) {
                PyObject ascii = format.getAttr("encode").call(new PyObject[] {new PyStr("ascii")}, null);
                text = new String(Buffers.bytesOf(ascii, null), StandardCharsets.ISO_8859_1);
            } else if (format instanceof PyBytes b) {
                text = new String(b.array(), StandardCharsets.ISO_8859_1);
            } else {
                throw Py.typeError("Struct() argument 1 must be a str or bytes object, not " + format.type().name());
            }
            if (text.indexOf('\0') >= 0) {
                throw error("embedded null character");
            }
            return parse(text);
        }

        private static Layout parse(String f) {
            int i = 0;
            char order = '@';
            if (!f.isEmpty() && "@=<>!".indexOf(f.charAt(0)) >= 0) {
                order = f.charAt(0);
                i = 1;
            }
            boolean nativeMode = order == '@';
            List<Item> items = new ArrayList<>();
            long offset = 0;
            while (i < f.length()) {
                char c = f.charAt(i);
                if (isSpace(c)) {
                    i++;
                    continue;
                }
                long count = 1;
                if (Character.isDigit(c)) {
                    count = 0;
                    while (i < f.length() && Character.isDigit(f.charAt(i))) {
                        int digit = f.charAt(i) - '0';
                        if (count > (Long.MAX_VALUE - digit) / 10) {
                            throw error("total struct size too long");
                        }
                        count = count * 10 + digit;
                        i++;
                    }
                    if (i == f.length()) {
                        throw error("repeat count given without format specifier");
                    }
                    c = f.charAt(i);
                }
                int itemSize = Codes.size(c, nativeMode);
                if (nativeMode) {
                    int align = Codes.align(c);
                    offset = (offset + align - 1) / align * align;
                }
                if (count > (Long.MAX_VALUE - offset) / itemSize) {
                    throw error("total struct size too long");
                }
                items.add(new Item(c, count, offset, itemSize));
                offset += itemSize * count;
                i++;
            }
            return new Layout(f, order, items, offset);
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
        }

        private boolean little() {
            return order != '>' && order != '!';
        }

        /** '@' always, and '<' or '=' for codes whose standard size is the native one, use CPython's native packers. */
        private boolean nativeRules(char code) {
            return order == '@' || little() && Codes.size(code, false) == Codes.size(code, true);
        }

        byte[] pack(PyObject[] values) {
            if (values.length != valueCount) {
                throw error("pack expected " + valueCount + " items for packing (got " + values.length + ")");
            }
            if (size > Integer.MAX_VALUE - 8) {
                throw Py.error(ExcTypes.MemoryError);
            }
            byte[] out = new byte[(int) size];
            write(out, 0, values);
            return out;
        }

        /** Writes the values at base; the caller has checked that they fit, so every offset is an int. */
        private void write(byte[] out, int base, PyObject[] values) {
            int v = 0;
            for (Item it : items) {
                int at = base + (int) it.offset();
                int count = (int) it.count();
                switch (it.code()) {
                    case 'x' -> { }
                    case 's' -> {
                        byte[] data = bytesArg(values[v++], 's');
                        System.arraycopy(data, 0, out, at, Math.min(data.length, count));
                    }
                    case 'p' -> {
                        byte[] data = bytesArg(values[v++], 'p');
                        if (count > 0) {
                            int n = Math.min(data.length, count - 1);
                            System.arraycopy(data, 0, out, at + 1, n);
                            out[at] = (byte) Math.min(n, 255);
                        }
                    }
                    default -> {
                        for (int k = 0; k < count; k++) {
                            packOne(it.code(), values[v++], out, at + k * it.size(), it.size());
                        }
                    }
                }
            }
        }

        private static byte[] bytesArg(PyObject o, char code) {
            if (o instanceof PyBytes || o instanceof PyByteArray) {
                return Buffers.bytesOf(o, null);
            }
            throw error("argument for '" + code + "' must be a bytes object");
        }

        /** Packs one value; an int that overflows a float code is reported as struct.error, as CPython's packer loop does. */
        private void packOne(char code, PyObject v, byte[] out, int at, int width) {
            try {
                packValue(code, v, out, at, width);
            } catch (PyError e) {
                if (v instanceof PyInt && e.matches(ExcTypes.OverflowError)) {
                    throw error("int too large to convert");
                }
                throw e;
            }
        }

        private void packValue(char code, PyObject v, byte[] out, int at, int width) {
            switch (code) {
                case 'c' -> {
                    if (!(v instanceof PyBytes b) || b.size() != 1) {
                        throw error("char format requires a bytes object of length 1");
                    }
                    out[at] = b.array()[0];
                }
                case '?' -> out[at] = (byte) (v.isTrue() ? 1 : 0);
                case 'e' -> Bits.put(out, at, 2, Half.fromDouble(floatArg(v)), little());
                case 'f' -> {
                    double x = floatArg(v);
                    float y = (float) x;
                    if (order != '@' && Float.isInfinite(y) && !Double.isInfinite(x)) {
                        throw Py.overflowError("float too large to pack with f format");
                    }
                    Bits.put(out, at, 4, Float.floatToRawIntBits(y), little());
                }
                case 'd' -> Bits.put(out, at, 8, Double.doubleToRawLongBits(floatArg(v)), little());
                default -> Bits.put(out, at, width, IntRange.check(code, width, v, nativeRules(code)), little());
            }
        }

        private static double floatArg(PyObject v) {
            if (v instanceof PyFloat f) {
                return f.value();
            }
            if (v instanceof PyInt i && i.bigValue().bitLength() <= 1024) {
                return i.doubleValue();
            }
            throw error("required argument is not a float");
        }

        void packInto(PyObject[] a) {
            if (a.length == 0) {
                throw error("pack_into expected buffer argument");
            }
            if (a.length == 1) {
                throw error("pack_into expected offset argument");
            }
            if (a.length - 2 != valueCount) {
                throw error("pack_into expected " + valueCount + " items for packing (got " + (a.length - 2) + ")");
            }
            if (!(a[0] instanceof PyByteArray target)) {
                throw Py.typeError("argument must be read-write bytes-like object, not " + a[0].type().name());
            }
            long offset = Py.index(a[1]);
            int len = target.size();
            if (offset < 0) {
                if (offset + size > 0) {
                    throw error("no space to pack " + size + " bytes at offset " + offset);
                }
                if (offset + len < 0) {
                    throw error("offset " + offset + " out of range for " + len + "-byte buffer");
                }
                offset += len;
            }
            if (len - offset < size) {
                throw error("pack_into requires a buffer of at least " + (size + offset) + " bytes for packing "
                        + size + " bytes at offset " + offset + " (actual buffer size is " + len + ")");
            }
            write(target.array(), (int) offset, Arrays.copyOfRange(a, 2, a.length));
        }

        PyTuple unpack(byte[] data) {
            if (data.length != size) {
                throw error("unpack requires a buffer of " + size + " bytes");
            }
            return read(data, 0);
        }

        PyTuple unpackFrom(PyObject[] a, Map<String, PyObject> kw, int bufferPos) {
            int given = a.length + (kw == null ? 0 : kw.size());
            if (given > 2) {
                throw Py.typeError("unpack_from() takes at most " + (bufferPos + 1) + " arguments (" + (given + bufferPos - 1) + " given)");
            }
            if (kw != null) {
                for (String k : kw.keySet()) {
                    if (!k.equals("buffer") && !k.equals("offset")) {
                        throw Py.typeError("'" + k + "' is an invalid keyword argument for unpack_from()");
                    }
                }
            }
            PyObject[] p = UNPACK_FROM.bind(a, kw, new PyObject[] {PyNone.NONE, PyInt.of(0)});
            if (a.length == 0 && (kw == null || !kw.containsKey("buffer"))) {
                throw Py.typeError("unpack_from() missing required argument 'buffer' (pos " + bufferPos + ")");
            }
            byte[] data = Buffers.bytesOf(p[0], null);
            long offset = Py.index(p[1]);
            int len = data.length;
            if (offset < 0) {
                if (offset + len < 0) {
                    throw error("offset " + offset + " out of range for " + len + "-byte buffer");
                }
                if (offset + size > 0) {
                    throw error("not enough data to unpack " + size + " bytes at offset " + offset);
                }
                offset += len;
            }
            if (len - offset < size) {
                throw error("unpack_from requires a buffer of at least " + (size + offset) + " bytes for unpacking "
                        + size + " bytes at offset " + offset + " (actual buffer size is " + len + ")");
            }
            return read(data, (int) offset);
        }

        PyObject iterUnpack(PyObject buffer) {
            byte[] data = Buffers.bytesOf(buffer, null);
            if (size == 0) {
                throw error("cannot iteratively unpack with a struct of length 0");
            }
            if (data.length % size != 0) {
                throw error("iterative unpacking requires a buffer of a multiple of " + size + " bytes");
            }
            return new UnpackIterator(this, data);
        }

        /** Reads the values at base; the caller has checked the buffer holds them, so every offset is an int. */
        private PyTuple read(byte[] data, int base) {
            List<PyObject> out = new ArrayList<>();
            for (Item it : items) {
                int at = base + (int) it.offset();
                int count = (int) it.count();
                switch (it.code()) {
                    case 'x' -> { }
                    case 's' -> out.add(new PyBytes(Arrays.copyOfRange(data, at, at + count)));
                    case 'p' -> {
                        if (count == 0) {
                            // CPython 3.11 asks for a bytes object of size -1 here and fails so
                            throw Py.error(ExcTypes.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
                        }
                        int n = Math.min(data[at] & 0xff, count - 1);
                        out.add(new PyBytes(Arrays.copyOfRange(data, at + 1, at + 1 + n)));
                    }
                    default -> {
                        for (int k = 0; k < count; k++) {
                            out.add(unpackOne(it.code(), data, at + k * it.size(), it.size()));
                        }
                    }
                }
            }
            return new PyTuple(out.toArray(new PyObject[0]));
        }

        private PyObject unpackOne(char code, byte[] data, int at, int width) {
            long bits = Bits.get(data, at, width, little());
            return switch (code) {
                case 'c' -> new PyBytes(new byte[] {data[at]});
                case '?' -> Py.bool(bits != 0);
                case 'e' -> new PyFloat(Half.toDouble((int) bits));
                case 'f' -> new PyFloat(Float.intBitsToFloat((int) bits));
                case 'd' -> new PyFloat(Double.longBitsToDouble(bits));
                default -> Codes.signed(code) ? PyInt.of(width == 8 ? bits : bits << (64 - 8 * width) >> (64 - 8 * width))
                        : width == 8 && bits < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(bits))) : PyInt.of(bits);
            };
        }
    }

    /** The sizes and alignments of the format characters, native and standard. */
    private static final class Codes {
        private static final String STANDARD = "xcbB?hHiIlLqQefdsp";
        private static final String NATIVE_ONLY = "nNP";

        static int size(char c, boolean nativeMode) {
            if (STANDARD.indexOf(c) < 0 && (!nativeMode || NATIVE_ONLY.indexOf(c) < 0)) {
                throw error("bad char in struct format");
            }
            return switch (c) {
                case 'h', 'H', 'e' -> 2;
                case 'i', 'I', 'f' -> 4;
                case 'l', 'L' -> nativeMode ? 8 : 4;
                case 'q', 'Q', 'd', 'n', 'N', 'P' -> 8;
                default -> 1;
            };
        }

        static int align(char c) {
            return size(c, true);
        }

        static boolean signed(char c) {
            return "bhilqn".indexOf(c) >= 0;
        }
    }

    /** CPython's range checks for integer codes, with the message each family of packers gives. */
    private static final class IntRange {
        static long check(char code, int width, PyObject v, boolean nativeRules) {
            PyInt i = Py.indexValue(v);
            if (i == null) {
                throw error("required argument is not an integer");
            }
            BigInteger x = i.bigValue();
            if (code == 'P') {
                if (x.compareTo(LONG_MIN) < 0 || x.compareTo(ULONG_MAX) > 0) {
                    throw error("int too large to convert");
                }
                return x.longValue();
            }
            boolean signed = Codes.signed(code);
            BigInteger lo = signed ? BigInteger.ONE.shiftLeft(8 * width - 1).negate() : BigInteger.ZERO;
            BigInteger hi = signed ? BigInteger.ONE.shiftLeft(8 * width - 1).subtract(BigInteger.ONE)
                    : BigInteger.ONE.shiftLeft(8 * width).subtract(BigInteger.ONE);
            if (width == 8 && !nativeRules) {
                if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
                    throw error("int too large to convert");
                }
                return x.longValue();
            }
            String named = switch (code) {
                case 'b' -> "byte format";
                case 'B' -> "ubyte format";
                case 'h' -> nativeRules ? "short format" : null;
                case 'H' -> nativeRules ? "ushort format" : null;
                default -> null;
            };
            boolean asLong = signed || named != null;
            boolean fits = asLong ? x.compareTo(LONG_MIN) >= 0 && x.compareTo(LONG_MAX) <= 0
                    : x.signum() >= 0 && x.compareTo(ULONG_MAX) <= 0;
            if (!fits) {
                throw error("argument out of range");
            }
            if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
                throw error((named == null ? "'" + code + "' format" : named) + " requires " + lo + " <= number <= " + hi);
            }
            return x.longValue();
        }
    }

    /** Fixed-width integers in either byte order. */
    private static final class Bits {
        static void put(byte[] out, int at, int width, long bits, boolean little) {
            for (int k = 0; k < width; k++) {
                out[at + (little ? k : width - 1 - k)] = (byte) (bits >>> (8 * k));
            }
        }

        static long get(byte[] data, int at, int width, boolean little) {
            long bits = 0;
            for (int k = 0; k < width; k++) {
                bits |= (data[at + (little ? k : width - 1 - k)] & 0xffL) << (8 * k);
            }
            return bits;
        }
    }

    /** IEEE 754 half precision (format 'e'), rounding to nearest even as CPython does. */
    static final class Half {
        static int fromDouble(double x) {
            int sign = Double.doubleToRawLongBits(x) < 0 ? 0x8000 : 0;
            if (Double.isNaN(x)) {
                return sign | 0x7e00;
            }
            double a = Math.abs(x);
            if (Double.isInfinite(a)) {
                return sign | 0x7c00;
            }
            if (a == 0) {
                return sign;
            }
            int exp = Math.getExponent(a);
            if (exp < -14) {
                return sign | (int) roundEven(a, 24);
            }
            long q = roundEven(Math.scalb(a, -exp), 10);
            if (q == 2048) {
                q = 1024;
                exp++;
            }
            if (exp > 15) {
                throw Py.overflowError("float too large to pack with e format");
            }
            return sign | ((exp + 15) << 10) | (int) (q - 1024);
        }

        /** a * 2^shift rounded to the nearest integer, ties to even (exact in double arithmetic). */
        private static long roundEven(double a, int shift) {
            return (long) Math.rint(Math.scalb(a, shift));
        }

        static double toDouble(int h) {
            int sign = (h & 0x8000) != 0 ? -1 : 1;
            int exp = (h >> 10) & 0x1f;
            int mant = h & 0x3ff;
            if (exp == 0x1f) {
                return mant == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
            }
            if (exp == 0) {
                return sign * Math.scalb((double) mant, -24);
            }
            return sign * Math.scalb((double) (mant | 0x400), exp - 25);
        }
    }

    /** A Struct object: a compiled format with the module's functions as methods. */
    private static final class PyStruct extends PyObject {
        private final Layout layout;

        PyStruct(Layout layout) {
            this.layout = layout;
        }

        @Override
        public PyType type() {
            return STRUCT;
        }

        @Override
        public String repr() {
            return "<_struct.Struct object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }

        @Override
        public PyObject getAttr(String name) {
            return switch (name) {
                case "format" -> new PyStr(layout.format);
                case "size" -> PyInt.of(layout.size);
                default -> super.getAttr(name);
            };
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if (name.equals("format") || name.equals("size")) {
                throw Py.error(ExcTypes.AttributeError, "attribute '" + name + "' of '_struct.Struct' objects is not writable");
            }
            super.setAttr(name, value);
        }
    }

    /** What iter_unpack returns: one tuple per struct-sized chunk of the buffer. */
    private static final class UnpackIterator extends PyObject {
        private static final PyType TYPE = new PyType("unpack_iterator", "_struct", null);

        static {
            TYPE.method("__length_hint__", (self, a, kw) -> {
                UnpackIterator it = (UnpackIterator) self;
                return PyInt.of((it.data.length - it.at) / it.layout.size);
            });
            TYPE.method("__next__", (self, a, kw) -> {
                PyObject next = self.next();
                if (next == null) {
                    throw Py.error(ExcTypes.StopIteration);
                }
                return next;
            });
        }

        private final Layout layout;
        private final byte[] data;
        private int at;

        UnpackIterator(Layout layout, byte[] data) {
            this.layout = layout;
            this.data = data;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (at >= data.length) {
                return null;
            }
            PyTuple t = layout.read(data, at);
            at += (int) layout.size;
            return t;
        }

        @Override
        public String repr() {
            return "<_struct.unpack_iterator object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }
    }
}
