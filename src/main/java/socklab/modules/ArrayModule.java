package socklab.modules;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import socklab.lang.ast.Expr.BinOperator;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySlice;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;

/**
 * The {@code array} module: compact arrays of one C type, stored as the bytes CPython's array
 * holds on x86-64 Linux (little-endian, long of 8 bytes, wchar_t of 4), so that tobytes() and
 * sending an array over a socket give CPython's bytes; an array is a writable buffer, so
 * recv_into fills one.
 */
final class ArrayModule {
    private static final String TYPECODES = "bBuhHiIlLqQfd";
    private static final PyType TYPE = new PyType("array", "array", null).constructor(ArrayModule::construct);

    static {
        TYPE.method("append", (s, a, kw) -> {
            PyArray self = (PyArray) s;
            self.insertAt(self.len(), Args.one("append", a, kw));
            return PyNone.NONE;
        });
        TYPE.method("extend", (s, a, kw) -> {
            ((PyArray) s).extend(Args.one("extend", a, kw));
            return PyNone.NONE;
        });
        TYPE.method("fromlist", (s, a, kw) -> {
            PyObject list = Args.one("fromlist", a, kw);
            if (!(list instanceof PyList)) {
                throw Py.typeError("arg must be list");
            }
            ((PyArray) s).extendItems(Py.toArray(list));
            return PyNone.NONE;
        });
        TYPE.method("frombytes", (s, a, kw) -> {
            ((PyArray) s).frombytes(Buffers.bytesOf(Args.one("frombytes", a, kw), null));
            return PyNone.NONE;
        });
        TYPE.method("tobytes", (s, a, kw) -> {
            Args.none("tobytes", a, kw);
            return new PyBytes(((PyArray) s).toByteArray());
        });
        TYPE.method("tolist", (s, a, kw) -> {
            Args.none("tolist", a, kw);
            return new PyList(((PyArray) s).items());
        });
        TYPE.method("insert", (s, a, kw) -> {
            PyObject[] p = Args.takes("insert", a, kw, 2, 2);
            PyArray self = (PyArray) s;
            long i = Py.index(p[0]);
            int n = self.len();
            i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
            self.insertAt((int) i, p[1]);
            return PyNone.NONE;
        });
        TYPE.method("pop", (s, a, kw) -> {
            PyObject[] p = Args.takes("pop", a, kw, 0, 1);
            PyArray self = (PyArray) s;
            if (self.len() == 0) {
                throw Py.error(ExcTypes.IndexError, "pop from empty array");
            }
            long i = p[0] == null ? -1 : Py.index(p[0]);
            if (i < 0) {
                i += self.len();
            }
            if (i < 0 || i >= self.len()) {
                throw Py.error(ExcTypes.IndexError, "pop index out of range");
            }
            PyObject item = self.item((int) i);
            self.removeAt((int) i);
            return item;
        });
        TYPE.method("remove", (s, a, kw) -> {
            PyArray self = (PyArray) s;
            int i = self.find(Args.one("remove", a, kw));
            if (i < 0) {
                throw Py.valueError("array.remove(x): x not in array");
            }
            self.removeAt(i);
            return PyNone.NONE;
        });
        TYPE.method("index", (s, a, kw) -> {
            int i = ((PyArray) s).find(Args.one("index", a, kw));
            if (i < 0) {
                throw Py.valueError("array.index(x): x not in array");
            }
            return PyInt.of(i);
        });
        TYPE.method("count", (s, a, kw) -> {
            PyObject x = Args.one("count", a, kw);
            int count = 0;
            for (PyObject item : ((PyArray) s).items()) {
                count += item.pyEquals(x) ? 1 : 0;
            }
            return PyInt.of(count);
        });
        TYPE.method("reverse", (s, a, kw) -> {
            Args.none("reverse", a, kw);
            PyArray self = (PyArray) s;
            PyObject[] items = self.items();
            for (int i = 0; i < items.length; i++) {
                self.store(i, items[items.length - 1 - i]);
            }
            return PyNone.NONE;
        });
        TYPE.method("byteswap", (s, a, kw) -> {
            Args.none("byteswap", a, kw);
            PyArray self = (PyArray) s;
            int w = self.itemsize;
            for (int at = 0; at < self.used; at += w) {
                for (int k = 0; k < w / 2; k++) {
                    byte t = self.data[at + k];
                    self.data[at + k] = self.data[at + w - 1 - k];
                    self.data[at + w - 1 - k] = t;
                }
            }
            return PyNone.NONE;
        });
        TYPE.method("buffer_info", (s, a, kw) -> {
            Args.none("buffer_info", a, kw);
            PyArray self = (PyArray) s;
            return new PyTuple(new PyObject[] {PyInt.of(Py.id(self)), PyInt.of(self.len())});
        });
    }

    private ArrayModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("array");
        m.dict().put("array", TYPE);
        m.dict().put("ArrayType", TYPE);
        m.dict().put("typecodes", new PyStr(TYPECODES));
        return m;
    }

    private static PyObject construct(PyType t, PyObject[] a, Map<String, PyObject> kw) {
        Args.noKeywords("array", kw);
        if (a.length < 1 || a.length > 2) {
            throw Py.typeError("array() takes " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments")
                    + " (" + a.length + " given)");
        }
        if (!(a[0] instanceof PyStr code) || code.value().length() != 1) {
            throw Py.typeError("array() argument 1 must be a unicode character, not " + a[0].type().name());
        }
        char c = code.value().charAt(0);
        if (TYPECODES.indexOf(c) < 0) {
            throw Py.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyArray array = new PyArray(c);
        if (a.length == 2) {
            PyObject init = a[1];
            if (init instanceof PyStr s) {
                if (c != 'u') {
                    throw Py.typeError("cannot use a str to initialize an array with typecode '" + c + "'");
                }
                s.value().codePoints().forEach(cp -> array.insertAt(array.len(), new PyStr(new String(Character.toChars(cp)))));
            } else if (init instanceof PyArray other && other.typecode != c && (c == 'u' || other.typecode == 'u')) {
                throw Py.typeError("cannot use a unicode array to initialize an array with typecode '" + c + "'");
            } else if (init instanceof PyBytesLike b && !(init instanceof PyArray)) {
                array.frombytes(Buffers.bytesOf(b, null));
            } else {
                array.extendItems(Py.toArray(init));
            }
        }
        return array;
    }

    /** One array: its typecode and its items' bytes, of which the first used are in use. */
    private static final class PyArray extends PyBytesLike {
        final char typecode;
        final int itemsize;
        byte[] data = new byte[16];
        int used;

        PyArray(char typecode) {
            this.typecode = typecode;
            this.itemsize = switch (typecode) {
                case 'b', 'B' -> 1;
                case 'h', 'H' -> 2;
                case 'i', 'I', 'f', 'u' -> 4;
                default -> 8;
            };
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public byte[] array() {
            return data;
        }

        @Override
        public int size() {
            return used;
        }

        @Override
        public boolean writable() {
            return true;
        }

        @Override
        public PyBytesLike make(byte[] bytes) {
            PyArray a = new PyArray(typecode);
            a.frombytes(bytes);
            return a;
        }

        @Override
        public int len() {
            return used / itemsize;
        }

        @Override
        public PyObject getAttr(String attr) {
            return switch (attr) {
                case "typecode" -> new PyStr(String.valueOf(typecode));
                case "itemsize" -> PyInt.of(itemsize);
                default -> super.getAttr(attr);
            };
        }

        @Override
        public String repr() {
            if (used == 0) {
                return "array('" + typecode + "')";
            }
            if (typecode == 'u') {
                StringBuilder b = new StringBuilder();
                for (PyObject item : items()) {
                    b.append(((PyStr) item).value());
                }
                return "array('u', " + new PyStr(b.toString()).repr() + ")";
            }
            return "array('" + typecode + "', " + new PyList(items()).repr() + ")";
        }

        @Override
        public long pyHash() {
            throw Py.typeError("unhashable type: 'array.array'");
        }

        @Override
        public boolean pyEquals(PyObject other) {
            return other instanceof PyArray o && Arrays.equals(items(), o.items(), (x, y) -> x.pyEquals(y) ? 0 : 1);
        }

        @Override
        public Integer compareTo(PyObject other) {
            if (!(other instanceof PyArray o)) {
                return null;
            }
            PyObject[] mine = items();
            PyObject[] theirs = o.items();
            for (int i = 0; i < Math.min(mine.length, theirs.length); i++) {
                if (!mine[i].pyEquals(theirs[i])) {
                    return mine[i].compareTo(theirs[i]);
                }
            }
            return Integer.compare(mine.length, theirs.length);
        }

        @Override
        public boolean contains(PyObject item) {
            return find(item) >= 0;
        }

        @Override
        public PyObject getItem(PyObject key) {
            if (key instanceof PySlice s) {
                PySlice.Range r = s.indices(len());
                PyArray out = new PyArray(typecode);
                for (int k = 0, i = r.start(); k < r.length(); k++, i += r.step()) {
                    out.insertAt(out.len(), item(i));
                }
                return out;
            }
            return item(PySlice.index(key, len(), "array"));
        }

        @Override
        public void setItem(PyObject key, PyObject value) {
            if (key instanceof PySlice) {
                throw Py.typeError("socklab's array takes no slice assignment yet");
            }
            int i = PySlice.index(key, len(), "array assignment");
            store(i, value);
        }

        @Override
        public void delItem(PyObject key) {
            removeAt(PySlice.index(key, len(), "array assignment"));
        }

        @Override
        public PyObject iter() {
            return new PyList(items()).iter();
        }

        @Override
        public PyObject binary(BinOperator op, PyObject other) {
            if (op == BinOperator.ADD) {
                if (!(other instanceof PyArray o)) {
                    throw Py.typeError("can only append array (not \"" + other.type().name() + "\") to array");
                }
                if (o.typecode != typecode) {
                    throw Py.typeError("bad argument type for built-in operation");
                }
                PyArray out = new PyArray(typecode);
                out.frombytes(toByteArray());
                out.frombytes(o.toByteArray());
                return out;
            }
            if (op == BinOperator.MUL && other instanceof PyInt n) {
                PyArray out = new PyArray(typecode);
                for (long k = 0; k < n.longValue(); k++) {
                    out.frombytes(toByteArray());
                }
                return out;
            }
            return null;
        }

        @Override
        public PyObject binaryReflected(BinOperator op, PyObject other) {
            return op == BinOperator.MUL && other instanceof PyInt ? binary(op, other) : null;
        }

        @Override
        public PyObject binaryInPlace(BinOperator op, PyObject other) {
            if (op == BinOperator.ADD && other instanceof PyArray o && o.typecode == typecode) {
                frombytes(o.toByteArray());
                return this;
            }
            return binary(op, other);
        }

        PyObject[] items() {
            PyObject[] out = new PyObject[len()];
            for (int i = 0; i < out.length; i++) {
                out[i] = item(i);
            }
            return out;
        }

        int find(PyObject x) {
            for (int i = 0; i < len(); i++) {
                if (item(i).pyEquals(x)) {
                    return i;
                }
            }
            return -1;
        }

        void extend(PyObject iterable) {
            if (iterable instanceof PyArray o) {
                if (o.typecode != typecode) {
                    throw Py.typeError("can only extend with array of same kind");
                }
                frombytes(o.toByteArray());
                return;
            }
            extendItems(Py.toArray(iterable));
        }

        /** Appends items, all or none: a bad item leaves the array as it was. */
        void extendItems(PyObject[] items) {
            byte[] encoded = new byte[items.length * itemsize];
            for (int i = 0; i < items.length; i++) {
                System.arraycopy(encode(items[i]), 0, encoded, i * itemsize, itemsize);
            }
            frombytes(encoded);
        }

        void frombytes(byte[] bytes) {
            if (bytes.length % itemsize != 0) {
                throw Py.valueError("bytes length not a multiple of item size");
            }
            ensure(used + bytes.length);
            System.arraycopy(bytes, 0, data, used, bytes.length);
            used += bytes.length;
        }

        void insertAt(int i, PyObject value) {
            byte[] encoded = encode(value);
            ensure(used + itemsize);
            System.arraycopy(data, i * itemsize, data, (i + 1) * itemsize, used - i * itemsize);
            System.arraycopy(encoded, 0, data, i * itemsize, itemsize);
            used += itemsize;
        }

        void removeAt(int i) {
            System.arraycopy(data, (i + 1) * itemsize, data, i * itemsize, used - (i + 1) * itemsize);
            used -= itemsize;
        }

        void store(int i, PyObject value) {
            System.arraycopy(encode(value), 0, data, i * itemsize, itemsize);
        }

        private void ensure(int capacity) {
            if (capacity > data.length) {
                data = Arrays.copyOf(data, Math.max(capacity, data.length * 2));
            }
        }

        private ByteBuffer at(int i) {
            return ByteBuffer.wrap(data, i * itemsize, itemsize).order(ByteOrder.LITTLE_ENDIAN);
        }

        PyObject item(int i) {
            ByteBuffer b = at(i);
            return switch (typecode) {
                case 'b' -> PyInt.of(b.get());
                case 'B' -> PyInt.of(b.get() & 0xff);
                case 'h' -> PyInt.of(b.getShort());
                case 'H' -> PyInt.of(b.getShort() & 0xffff);
                case 'i' -> PyInt.of(b.getInt());
                case 'I' -> PyInt.of(b.getInt() & 0xffffffffL);
                case 'l', 'q' -> PyInt.of(b.getLong());
                case 'L', 'Q' -> PyInt.of(new BigInteger(Long.toUnsignedString(b.getLong())));
                case 'f' -> new PyFloat(b.getFloat());
                case 'd' -> new PyFloat(b.getDouble());
                default -> new PyStr(new String(Character.toChars(b.getInt())));
            };
        }

        /** An item's bytes, with CPython's errors for a value of the wrong type or out of range. */
        private byte[] encode(PyObject value) {
            ByteBuffer b = ByteBuffer.allocate(itemsize).order(ByteOrder.LITTLE_ENDIAN);
            switch (typecode) {
                case 'f', 'd' -> {
                    if (!(value instanceof PyFloat || value instanceof PyInt)) {
                        throw Py.typeError("must be real number, not " + value.type().name());
                    }
                    double v = PyFloat.toDouble(value);
                    if (typecode == 'f') {
                        b.putFloat((float) v);
                    } else {
                        b.putDouble(v);
                    }
                }
                case 'u' -> {
                    if (!(value instanceof PyStr s) || s.value().codePointCount(0, s.value().length()) != 1) {
                        throw Py.typeError("array item must be unicode character");
                    }
                    b.putInt(s.value().codePointAt(0));
                }
                default -> putInteger(b, value);
            }
            return b.array();
        }

        private void putInteger(ByteBuffer b, PyObject value) {
            PyInt i = Py.indexValue(value);
            if (i == null) {
                throw Py.typeError("'" + value.type().name() + "' object cannot be interpreted as an integer");
            }
            boolean unsigned = Character.isUpperCase(typecode);
            if (typecode == 'q' || typecode == 'Q') {
                if (unsigned && i.signum() < 0) {
                    throw Py.overflowError("can't convert negative int to unsigned");
                }
                if (i.bigValue().bitLength() > (unsigned ? 64 : 63)) {
                    throw Py.overflowError("int too big to convert");
                }
                b.putLong(i.bigValue().longValue());
                return;
            }
            if (unsigned && typecode != 'B' && typecode != 'H' && i.signum() < 0) {
                throw Py.overflowError("can't convert negative value to unsigned int");
            }
            if (i.bigValue().bitLength() > (unsigned && typecode != 'B' && typecode != 'H' ? 64 : 63)) {
                throw Py.overflowError(unsigned && typecode != 'B' && typecode != 'H'
                        ? "Python int too large to convert to C unsigned long" : "Python int too large to convert to C long");
            }
            long v = i.bigValue().longValue();
            switch (typecode) {
                case 'b' -> b.put((byte) range(v, -128, 127, "signed char"));
                case 'B' -> b.put((byte) range(v, 0, 255, "unsigned byte integer"));
                case 'h' -> b.putShort((short) range(v, -32768, 32767, "signed short integer"));
                case 'H' -> b.putShort((short) range(v, 0, 65535, "unsigned short"));
                case 'i' -> b.putInt((int) range(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer"));
                case 'I' -> b.putInt((int) (Long.compareUnsigned(v, 0xffffffffL) > 0 ? tooBig("unsigned int") : v));
                default -> b.putLong(v);
            }
        }

        private static long range(long v, long min, long max, String what) {
            if (v < min) {
                throw Py.overflowError(what + " is less than minimum");
            }
            return v > max ? tooBig(what) : v;
        }

        private static long tooBig(String what) {
            throw Py.overflowError(what + " is greater than maximum");
        }
    }
}
