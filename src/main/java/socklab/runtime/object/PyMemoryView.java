package socklab.runtime.object;

import java.util.Map;

/**
 * memoryview: a window onto the bytes of a bytes or bytearray object, sliced without copying, so
 * that recv_into(memoryview(buf)[n:]) fills the rest of a buffer and writes show in the bytearray.
 * A view reads its base's current bytes on every use; it is one-dimensional, its items in its
 * base's format ('B' for bytes, an array's typecode) or the one cast() gives it.
 */
public final class PyMemoryView extends PyBytesLike {
    public static final PyType TYPE = new PyType("memoryview", null).finalType().constructor(PyMemoryView::construct);

    private final PyBytesLike base;
    private final int start;
    private final int step;
    /** How many items the view shows; start and step are in bytes, an item's bytes lie together. */
    private final int length;
    private final boolean readonly;
    private final char format;
    private final int itemsize;
    private boolean released;

    private PyMemoryView(PyBytesLike base, int start, int step, int length, boolean readonly, char format) {
        this.base = base;
        this.start = start;
        this.step = step;
        this.length = length;
        this.readonly = readonly;
        this.format = format;
        this.itemsize = BufferFormat.itemsize(format);
    }

    /** A view of the whole of a bytes-like object (a view of a view sees the same memory). */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView v) {
            v.check();
            return new PyMemoryView(v.base, v.start, v.step, v.length, v.readonly, v.format);
        }
        if (!(o instanceof PyBytesLike b)) {
            throw Py.typeError("memoryview: a bytes-like object is required, not '" + o.type().name() + "'");
        }
        int width = BufferFormat.itemsize(b.format());
        return new PyMemoryView(b, 0, width, b.size() / width, !b.isWritable(), b.format());
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
    public boolean isWritable() {
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
            target[byteOffset(at + k)] = data[k];
        }
    }

    /** Where byte p of the view lies in its base. */
    private int byteOffset(int p) {
        return start + p / itemsize * step + p % itemsize;
    }

    @Override
    public char format() {
        return format;
    }

    public int itemsize() {
        return itemsize;
    }

    /** The items as the format reads them (tolist(), iteration, comparison). */
    public PyObject[] items() {
        check();
        byte[] src = base.array();
        PyObject[] out = new PyObject[length];
        for (int k = 0; k < length; k++) {
            out[k] = BufferFormat.unpack(src, start + k * step, format);
        }
        return out;
    }

    /**
     * memoryview.cast(format[, shape]): the same bytes read as items of another native format,
     * one of the two formats a byte format, as CPython allows; one dimension only.
     */
    public PyMemoryView cast(String to, PyObject shape) {
        check();
        if (step != itemsize) {
            throw Py.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        String code = to.startsWith("@") ? to.substring(1) : to;
        if (code.length() != 1 || BufferFormat.itemsize(code.charAt(0)) == 0 || code.charAt(0) == 'u') {
            throw Py.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        char dest = code.charAt(0);
        if ("Bbc".indexOf(format) < 0 && "Bbc".indexOf(dest) < 0) {
            throw Py.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int width = BufferFormat.itemsize(dest);
        int nbytes = size();
        if (nbytes % width != 0) {
            throw Py.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (shape != null) {
            PyObject[] dims = Py.toArray(shape);
            if (dims.length != 1) {
                throw Py.error(ExcTypes.NotImplementedError, "memoryview.cast() to " + dims.length
                        + " dimensions is not supported in socklab yet");
            }
            if (Py.index(dims[0]) * width != nbytes) {
                throw Py.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        return new PyMemoryView(base, start, width, nbytes / width, readonly, dest);
    }

    /** Raises CPython's error for a released view, or one whose bytearray shrank under it. */
    public void check() {
        if (released) {
            throw Py.valueError("operation forbidden on released memoryview object");
        }
        if (length > 0 && Math.max(start, start + (length - 1) * step) + itemsize > base.size()) {
            // CPython forbids resizing an exported bytearray; socklab cannot see when views die, so it checks here.
            throw Py.error(ExcTypes.BufferError, "memoryview: underlying buffer was resized");
        }
    }

    @Override
    public byte[] array() {
        check();
        if (start == 0 && step == itemsize && size() == base.size()) {
            return base.array();
        }
        byte[] src = base.array();
        byte[] out = new byte[size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = src[byteOffset(p)];
        }
        return out;
    }

    @Override
    public int size() {
        check();
        return length * itemsize;
    }

    @Override
    public int len() {
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
        return !released && other instanceof PyBytesLike b && java.util.Arrays.equals(items(), of(b).items());
    }

    @Override
    public Integer compareTo(PyObject other) {
        return null;
    }

    @Override
    public boolean contains(PyObject item) {
        for (PyObject x : items()) {
            if (Ops.eq(x, item)) {
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
            return new PyMemoryView(base, start + r.start() * step, step * r.step(), r.length(), readonly, format);
        }
        return BufferFormat.unpack(base.array(), offset(key), format);
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
            if (data.length != r.length() * itemsize) {
                throw Py.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] target = base.array();
            for (int k = 0; k < data.length; k++) {
                target[start + (r.start() + k / itemsize * r.step()) * step + k % itemsize] = data[k];
            }
            return;
        }
        pack(offset(key), value);
    }

    /** Stores one item as the format packs it, refused with CPython's memoryview messages. */
    private void pack(int at, PyObject value) {
        byte[] target = base.array();
        switch (format) {
            case 'f', 'd' -> {
                PyFloat f = value instanceof PyFloat || value instanceof PyInt ? PyFloat.coerce(value) : null;
                if (f == null) {
                    throw invalid("type");
                }
                BufferFormat.packReal(target, at, format, f.value());
            }
            case '?' -> target[at] = (byte) (value.isTrue() ? 1 : 0);
            case 'c' -> {
                if (!(value instanceof PyBytes b) || b.size() != 1) {
                    throw invalid("value");
                }
                target[at] = b.array()[0];
            }
            default -> {
                if (!(value instanceof PyInt v)) {
                    throw invalid("type");
                }
                if (!BufferFormat.fits(format, v.bigValue())) {
                    throw invalid("value");
                }
                BufferFormat.packInteger(target, at, format, v.bigValue().longValue());
            }
        }
    }

    private PyError invalid(String what) {
        String message = "memoryview: invalid " + what + " for format '" + format + "'";
        return what.equals("type") ? Py.typeError(message) : Py.valueError(message);
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
        return new PyList(items()).iter();
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
        return new PyMemoryView(base, start, step, length, true, format);
    }
}
