package socklab.runtime.object;

import java.util.Arrays;

/** Python's mutable bytearray, the buffer recv_into fills. */
public final class PyByteArray extends PyBytesLike {
    public static final PyType TYPE = new PyType("bytearray", null);

    private byte[] data;
    private int size;

    public PyByteArray(byte[] data) {
        this.data = data;
        this.size = data.length;
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
        return size;
    }

    @Override
    public PyBytesLike make(byte[] d) {
        return new PyByteArray(d);
    }

    @Override
    public String repr() {
        return "bytearray(" + repr(data, size) + ")";
    }

    @Override
    public long pyHash() {
        throw Py.typeError("unhashable type: 'bytearray'");
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public void writeAt(int at, byte[] with) {
        replace(at, at + with.length, with);
    }

    /** Replaces the contents (used by slice assignment and the mutating methods). */
    public void replace(int from, int to, byte[] with) {
        byte[] out = new byte[size - (to - from) + with.length];
        System.arraycopy(data, 0, out, 0, from);
        System.arraycopy(with, 0, out, from, with.length);
        System.arraycopy(data, to, out, from + with.length, size - to);
        data = out;
        size = out.length;
    }

    public void append(byte b) {
        if (size == data.length) {
            data = Arrays.copyOf(data, Math.max(8, size * 2));
        }
        data[size++] = b;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice slice) {
            PySlice.Range r = slice.indices(size);
            if (r.step() != 1) {
                throw Py.valueError("extended slice assignment on bytearray is not supported");
            }
            replace(r.start(), Math.max(r.start(), r.start() + r.length()), Buffers.bytesOf(value, null));
            return;
        }
        int i = PySlice.index(key, size, "bytearray");
        data[i] = Buffers.byteValue(value);
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice slice) {
            PySlice.Range r = slice.indices(size);
            replace(r.start(), r.start() + r.length(), new byte[0]);
            return;
        }
        int i = PySlice.index(key, size, "bytearray");
        replace(i, i + 1, new byte[0]);
    }

    @Override
    public PyObject binaryInPlace(socklab.lang.ast.Expr.BinOperator op, PyObject other) {
        if (op == socklab.lang.ast.Expr.BinOperator.ADD && other instanceof PyBytesLike o) {
            replace(size, size, o.toByteArray());
            return this;
        }
        return null;
    }
}
