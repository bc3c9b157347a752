package socklab.runtime.object;

import java.util.Arrays;
import socklab.lang.ast.Expr.BinOperator;

/** What bytes and bytearray share: a run of octets, their repr, comparison, slicing and concatenation. */
public abstract class PyBytesLike extends PyObject {
    /** The octets; for bytearray only the first size() are in use. */
    public abstract byte[] array();

    public abstract int size();

    /** A copy of exactly the bytes in use. */
    public byte[] toByteArray() {
        return Arrays.copyOf(array(), size());
    }

    /** The format its items have as a buffer: 'B' (unsigned bytes), or an array's typecode. */
    public char format() {
        return 'B';
    }

    /** Whether recv_into may fill this buffer; the writable kinds override writeAt too. */
    public boolean isWritable() {
        return false;
    }

    /** Copies data in from byte position at; asked only of a writable buffer large enough for it. */
    public void writeAt(int at, byte[] data) {
        throw Py.typeError("cannot modify read-only memory");
    }

    /** Makes a value of this object's own kind (bytes or bytearray). */
    public abstract PyBytesLike make(byte[] data);

    /** Python's bytes repr body, b'…' with escapes. */
    public static String repr(byte[] data, int size) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < size; i++) {
            hasSingle |= data[i] == '\'';
            hasDouble |= data[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder(size + 3).append('b').append(quote);
        for (int i = 0; i < size; i++) {
            int c = data[i] & 0xff;
            if (c == quote || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                b.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                b.append((char) c);
            }
        }
        return b.append(quote).toString();
    }

    @Override
    public boolean isTrue() {
        return size() > 0;
    }

    @Override
    public int len() {
        return size();
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyBytesLike o && Arrays.equals(array(), 0, size(), o.array(), 0, o.size());
    }

    @Override
    public Integer compareTo(PyObject other) {
        if (other instanceof PyBytesLike o) {
            return Integer.signum(Arrays.compareUnsigned(array(), 0, size(), o.array(), 0, o.size()));
        }
        return null;
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt i) {
            long v = i.longValue();
            if (!i.fitsLong() || v < 0 || v > 255) {
                throw Py.valueError("byte must be in range(0, 256)");
            }
            for (int k = 0; k < size(); k++) {
                if ((array()[k] & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        byte[] needle = Buffers.bytesOf(item, null);
        return BytesOps.find(array(), size(), needle, 0, size()) >= 0;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            PySlice.Range r = slice.indices(size());
            byte[] out = new byte[r.length()];
            for (int k = 0, i = r.start(); k < r.length(); k++, i += r.step()) {
                out[k] = array()[i];
            }
            return make(out);
        }
        PyInt i = Py.indexValue(key);
        if (i == null) {
            String noun = this instanceof PyBytes ? "byte" : type().name();
            throw Py.typeError(noun + " indices must be integers or slices, not " + key.type().name());
        }
        return PyInt.of(array()[PySlice.index(i, size(), "")] & 0xff);
    }

    @Override
    public PyObject iter() {
        return new PyIterator.OfBytes(this);
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        switch (op) {
            case ADD: {
                if (!(other instanceof PyBytesLike o)) {
                    throw Py.typeError("can't concat " + other.type().name() + " to " + type().name());
                }
                byte[] out = Arrays.copyOf(array(), size() + o.size());
                System.arraycopy(o.array(), 0, out, size(), o.size());
                return make(out);
            }
            case MUL:
                return PySequence.repeatBy(other, this::repeat, false);
            case MOD:
                return make(Formatting.percentBytes(toByteArray(), other));
            default:
                return null;
        }
    }

    @Override
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        return op == BinOperator.MUL ? PySequence.repeatBy(other, this::repeat, true) : null;
    }

    private PyObject repeat(PyInt n) {
        int total = PySequence.repeatedLength(n, size(), this instanceof PyBytes ? "repeated bytes are too long" : null);
        byte[] out = new byte[total];
        for (int k = 0; k < total / Math.max(1, size()); k++) {
            System.arraycopy(array(), 0, out, k * size(), size());
        }
        return make(out);
    }
}
