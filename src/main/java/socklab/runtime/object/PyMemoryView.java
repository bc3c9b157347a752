package socklab.runtime.object;

import java.util.Map;

/**
 * memoryview: a window onto the bytes of a bytes or bytearray object, sliced without copying, so
 * that recv_into(memoryview(buf)[n:]) fills the rest of a buffer and writes show in the bytearray.
 * A view reads its base's current bytes on every use; it is one-dimensional with format 'B'.
 */
public final class PyMemoryView extends PyBytesLike {
    public static final PyType TYPE = new PyType("memoryview", null).finalType().constructor(PyMemoryView::construct);

    private final PyBytesLike base;
    private final int start;
    private final int step;
    private final int length;
    private final boolean readonly;
    private boolean released;

    private PyMemoryView(PyBytesLike base, int start, int step, int length, boolean readonly) {
        this.base = base;
        this.start = start;
        this.step = step;
        this.length = length;
        this.readonly = readonly;
    }

    /** A view of the whole of a bytes-like object (a view of a view sees the same memory). */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView v) {
            v.check();
            return new PyMemoryView(v.base, v.start, v.step, v.length, v.readonly);
        }
        if (!(o instanceof PyBytesLike b)) {
            throw Py.typeError("memoryview: a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return new PyMemoryView(b, 0, 1, b.size(), !b.writable());
    }

    private static PyObject construct(PyType t, PyObject[] a, Map<String, PyObject> kw) {
        return of(Args.keywords("memoryview", a, kw, new String[] {"object"}, 1, 1)[0]);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isReadonly() {
        return readonly;
    }

    @Override
    public boolean writable() {
        return !readonly;
    }

    @Override
    public void writeAt(int at, byte[] data) {
        write(at, data, data.length);
    }

    /** Writes data at a position of the view (recv_into's target); the view must be writable. */
    public void write(int at, byte[] data, int count) {
        check();
        byte[] target = base.array();
        for (int k = 0; k < count; k++) {
            target[start + (at + k) * step] = data[k];
        }
    }

    /** Raises CPython's error for a released view, or one whose bytearray shrank under it. */
    public void check() {
        if (released) {
            throw Py.valueError("operation forbidden on released memoryview object");
        }
        if (length > 0 && Math.max(start, start + (length - 1) * step) >= base.size()) {
            // CPython forbids resizing an exported bytearray; socklab cannot see when views die, so it checks here.
            throw Py.error(ExcTypes.BufferError, "memoryview: underlying buffer was resized");
        }
    }

    @Override
    public byte[] array() {
        check();
        if (start == 0 && step == 1 && length == base.size()) {
            return base.array();
        }
        byte[] src = base.array();
        byte[] out = new byte[length];
        for (int k = 0; k < length; k++) {
            out[k] = src[start + k * step];
        }
        return out;
    }

    @Override
    public int size() {
        check();
        return length;
    }

    @Override
    public PyBytesLike make(byte[] data) {
        return new PyBytes(data);
    }

    @Override
    public String repr() {
        return "<" + (released ? "released " : "") + "memory at 0x" + Long.toHexString(Py.id(this)) + ">";
    }

    @Override
    public long pyHash() {
        check();
        if (!readonly) {
            throw Py.valueError("cannot hash writable memoryview object");
        }
        return new PyBytes(toByteArray()).pyHash();
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (other == this) {
            return true;
        }
        return !released && other instanceof PyBytesLike && super.pyEquals(other);
    }

    @Override
    public Integer compareTo(PyObject other) {
        return null;
    }

    @Override
    public boolean contains(PyObject item) {
        for (byte b : toByteArray()) {
            if (Ops.eq(PyInt.of(b & 0xff), item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject getItem(PyObject key) {
        check();
        if (key instanceof PySlice slice) {
            PySlice.Range r = slice.indices(length);
            return new PyMemoryView(base, start + r.start() * step, step * r.step(), r.length(), readonly);
        }
        return PyInt.of(base.array()[offset(key)] & 0xff);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        check();
        if (readonly) {
            throw Py.typeError("cannot modify read-only memory");
        }
        if (key instanceof PySlice slice) {
            PySlice.Range r = slice.indices(length);
            byte[] data = Buffers.bytesOf(value, null);
            if (data.length != r.length()) {
                throw Py.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] target = base.array();
            for (int k = 0; k < data.length; k++) {
                target[start + (r.start() + k * r.step()) * step] = data[k];
            }
            return;
        }
        int at = offset(key);
        if (!(value instanceof PyInt v)) {
            throw Py.typeError("memoryview: invalid type for format 'B'");
        }
        if (!v.fitsLong() || v.longValue() < 0 || v.longValue() > 255) {
            throw Py.valueError("memoryview: invalid value for format 'B'");
        }
        base.array()[at] = (byte) v.longValue();
    }

    @Override
    public void delItem(PyObject key) {
        check();
        throw Py.typeError(readonly ? "cannot modify read-only memory" : "cannot delete memory");
    }

    /** The base's array index for an int key of the view. */
    private int offset(PyObject key) {
        if (!(key instanceof PyInt i)) {
            throw Py.typeError("memoryview: invalid slice key");
        }
        long k = i.fitsLong() ? i.longValue() : Long.MAX_VALUE;
        if (k < 0) {
            k += length;
        }
        if (k < 0 || k >= length) {
            throw Py.error(ExcTypes.IndexError, "index out of bounds on dimension 1");
        }
        return start + (int) k * step;
    }

    @Override
    public PyObject iter() {
        return new PyBytes(toByteArray()).iter();
    }

    @Override
    public PyObject binary(socklab.lang.ast.Expr.BinOperator op, PyObject other) {
        return null;
    }

    @Override
    public PyObject binaryReflected(socklab.lang.ast.Expr.BinOperator op, PyObject other) {
        return null;
    }

    @Override
    public PyObject enter() {
        check();
        return this;
    }

    @Override
    public boolean exit(PyBaseException pending) {
        release();
        return false;
    }

    /** memoryview.release(): every later use of the view is refused. */
    public void release() {
        released = true;
    }

    /** The object the view looks into (memoryview.obj). */
    public PyBytesLike base() {
        return base;
    }

    /** Bytes between neighbouring items in the base (memoryview.strides[0]). */
    public int stride() {
        return step;
    }

    /** memoryview.toreadonly(): the same window, refusing writes. */
    public PyMemoryView readOnly() {
        check();
        return new PyMemoryView(base, start, step, length, true);
    }
}
