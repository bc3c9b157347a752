package socklab.modules;

import java.math.BigInteger;
import java.util.Arrays;
import socklab.lang.ast.Expr.BinOperator;
import socklab.runtime.object.BufferFormat;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyIterator;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySlice;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * An array.array: items of one C type packed in native byte order. It is a buffer (bytes-like),
 * so sock.send(arr), bytes(arr) and sock.recv_into(arr) see its bytes, while len, indexing,
 * iteration, repr and comparison see its items, as in CPython.
 */
final class PyArray extends PyBytesLike {
    static final PyType TYPE = PyType.extension("array", "array", null);
    static final String TYPECODES = "bBuhHiIlLqQfd";
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    final char code;
    final int itemsize;
    private byte[] data;
    private int count;

    PyArray(char code) {
        this.code = code;
        this.itemsize = BufferFormat.itemsize(code);
        this.data = new byte[0];
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
        return count * itemsize;
    }

    int count() {
        return count;
    }

    @Override
    public PyBytesLike make(byte[] bytes) {
        PyArray a = new PyArray(code);
        a.frombytes(bytes);
        return a;
    }

    @Override
    public char format() {
        return code;
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public void writeAt(int at, byte[] bytes) {
        System.arraycopy(bytes, 0, data, at, bytes.length);
    }

    /** Item k as a Python value. */
    PyObject item(int k) {
        return BufferFormat.unpack(data, k * itemsize, code);
    }

    /** Stores v as item k, checked against the C type as CPython's array checks it. */
    void store(int k, PyObject v) {
        int at = k * itemsize;
        switch (code) {
            case 'f', 'd' -> BufferFormat.packReal(data, at, code, real(v));
            case 'u' -> {
                if (!(v instanceof PyStr s) || s.length() != 1) {
                    throw Py.typeError("array item must be unicode character");
                }
                BufferFormat.packInteger(data, at, code, s.value().codePointAt(0));
            }
            default -> BufferFormat.packInteger(data, at, code, integer(v));
        }
    }

    private static double real(PyObject v) {
        PyFloat f = PyFloat.coerce(v);
        if (f == null) {
            throw Py.typeError("must be real number, not " + v.type().name());
        }
        return f.value();
    }

    /** An integer item's bits, after the range check of its C type (with CPython's wording for each). */
    private long integer(PyObject v) {
        PyInt i = Py.indexValue(v);
        if (i == null) {
            throw Py.typeError("'" + v.type().name() + "' object cannot be interpreted as an integer");
        }
        BigInteger n = i.bigValue();
        switch (code) {
            case 'q':
                return i.fitsLong() ? i.longValue() : overflow("int too big to convert");
            case 'Q':
                return n.signum() < 0 ? overflow("can't convert negative int to unsigned")
                        : n.compareTo(ULONG_MAX) > 0 ? overflow("int too big to convert") : n.longValue();
            case 'I':
            case 'L':
                if (n.signum() < 0) {
                    return overflow("can't convert negative value to unsigned int");
                }
                if (n.compareTo(ULONG_MAX) > 0) {
                    return overflow("Python int too large to convert to C unsigned long");
                }
                return code == 'I' && n.bitLength() > 32 ? overflow("unsigned int is greater than maximum") : n.longValue();
            default:
                break;
        }
        if (!i.fitsLong()) {
            return overflow("Python int too large to convert to C long");
        }
        long x = i.longValue();
        return switch (code) {
            case 'b' -> ranged(x, -128, 127, "signed char");
            case 'B' -> ranged(x, 0, 255, "unsigned byte integer");
            case 'h' -> ranged(x, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
            case 'H' -> ranged(x, 0, 65535, "unsigned short");
            case 'i' -> ranged(x, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            default -> x;
        };
    }

    private static long ranged(long x, long min, long max, String what) {
        if (x < min) {
            return overflow(what + " is less than minimum");
        }
        return x > max ? overflow(what + " is greater than maximum") : x;
    }

    private static long overflow(String message) {
        throw Py.overflowError(message);
    }

    private void grow(int items) {
        int need = (count + items) * itemsize;
        if (need > data.length) {
            data = Arrays.copyOf(data, Math.max(need, data.length * 2));
        }
    }

    void append(PyObject v) {
        grow(1);
        count++;
        try {
            store(count - 1, v);
        } catch (PyError e) {
            count--;
            throw e;
        }
    }

    void frombytes(byte[] bytes) {
        if (bytes.length % itemsize != 0) {
            throw Py.valueError("bytes length not a multiple of item size");
        }
        int items = bytes.length / itemsize;
        grow(items);
        System.arraycopy(bytes, 0, data, count * itemsize, bytes.length);
        count += items;
    }

    void insert(int at, PyObject v) {
        append(v);
        PyObject[] items = items();
        System.arraycopy(items, at, items, at + 1, count - 1 - at);
        items[at] = v;
        setItems(items);
    }

    PyObject[] items() {
        PyObject[] out = new PyObject[count];
        for (int k = 0; k < count; k++) {
            out[k] = item(k);
        }
        return out;
    }

    void setItems(PyObject[] items) {
        PyArray fresh = new PyArray(code);
        for (PyObject v : items) {
            fresh.append(v);
        }
        data = fresh.data;
        count = fresh.count;
    }

    /** Drops item k (pop, remove, del a[k]). */
    void removeAt(int k) {
        System.arraycopy(data, (k + 1) * itemsize, data, k * itemsize, (count - k - 1) * itemsize);
        count--;
    }

    @Override
    public String repr() {
        String head = "array('" + code + "'";
        if (count == 0) {
            return head + ")";
        }
        if (code == 'u') {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < count; k++) {
                s.append(item(k).str());
            }
            return head + ", " + new PyStr(s.toString()).repr() + ")";
        }
        return head + ", " + new PyList(items()).repr() + ")";
    }

    @Override
    public long pyHash() {
        throw Py.typeError("unhashable type: 'array.array'");
    }

    @Override
    public int len() {
        return count;
    }

    @Override
    public boolean isTrue() {
        return count > 0;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyArray o && Arrays.equals(items(), o.items());
    }

    @Override
    public Integer compareTo(PyObject other) {
        return other instanceof PyArray o ? new PyList(items()).compareTo(new PyList(o.items())) : null;
    }

    @Override
    public boolean contains(PyObject x) {
        return new PyList(items()).contains(x);
    }

    @Override
    public PyObject iter() {
        return new PyIterator("arrayiterator") {
            private int k;

            @Override
            public PyObject next() {
                return k < count ? item(k++) : null;
            }
        };
    }

    /** The index of an item, negative counted from the end, or IndexError("array index out of range"). */
    private int index(PyObject key, String what) {
        return PySlice.index(key, count, what);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            PySlice.Range r = s.indices(count);
            PyArray out = new PyArray(code);
            for (int k = 0, i = r.start(); k < r.length(); k++, i += r.step()) {
                out.append(item(i));
            }
            return out;
        }
        if (Py.indexValue(key) == null) {
            throw Py.typeError("array indices must be integers");
        }
        return item(index(key, "array"));
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            if (!(value instanceof PyArray src) || src.code != code) {
                throw Py.typeError("can only assign array (not \"" + value.type().name() + "\") to array slice");
            }
            PyList all = new PyList(items());
            all.setItem(s, new PyList(src.items()));
            setItems(all.toArray());
            return;
        }
        if (Py.indexValue(key) == null) {
            throw Py.typeError("array indices must be integers");
        }
        store(index(key, "array assignment"), value);
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice s) {
            PyList all = new PyList(items());
            all.delItem(s);
            setItems(all.toArray());
            return;
        }
        removeAt(index(key, "array assignment"));
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        if (op == BinOperator.ADD) {
            if (!(other instanceof PyArray o)) {
                throw Py.typeError("can only append array (not \"" + other.type().name() + "\") to array");
            }
            if (o.code != code) {
                throw Py.typeError("bad argument type for built-in operation");
            }
            PyArray out = new PyArray(code);
            out.frombytes(toByteArray());
            out.frombytes(o.toByteArray());
            return out;
        }
        return op == BinOperator.MUL ? repeat(other) : null;
    }

    @Override
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        return op == BinOperator.MUL ? repeat(other) : null;
    }

    @Override
    public PyObject binaryInPlace(BinOperator op, PyObject other) {
        PyObject r = binary(op, other);
        if (r instanceof PyArray a) {
            data = a.data;
            count = a.count;
            return this;
        }
        return r;
    }

    private PyObject repeat(PyObject times) {
        PyInt n = Py.indexValue(times);
        if (n == null) {
            throw Py.typeError("can't multiply sequence by non-int of type '" + times.type().name() + "'");
        }
        long reps = Math.max(0, n.fitsLong() ? n.longValue() : n.signum() < 0 ? 0 : Long.MAX_VALUE);
        if (reps * size() > Integer.MAX_VALUE - 16) {
            throw Py.error(ExcTypes.MemoryError);
        }
        PyArray out = new PyArray(code);
        byte[] mine = toByteArray();
        for (long r = 0; r < reps; r++) {
            out.frombytes(mine);
        }
        return out;
    }
}
