package socklab.runtime.object;

/** The buffer protocol in one place: what counts as "a bytes-like object" and how to read it. */
public final class Buffers {
    private Buffers() {}

    /** The bytes of a bytes-like object, or CPython's TypeError naming the wrong type. */
    public static byte[] bytesOf(PyObject o, String context) {
        if (o instanceof PyBytes b) {
            return b.array();
        }
        if (o instanceof PyBytesLike b) {
            return b.toByteArray();
        }
        String prefix = context == null ? "" : context + ": ";
        throw Py.typeError(prefix + "a bytes-like object is required, not '" + o.type().name() + "'");
    }

    /** Whether o is a read-write buffer (a bytearray, a writable memoryview, an array.array), as recv_into requires. */
    public static boolean isWritable(PyObject o) {
        return o instanceof PyBytesLike b && b.isWritable();
    }

    /** Copies data into a writable buffer (see isWritable) from byte position at; the buffer must be large enough. */
    public static void writeInto(PyObject target, int at, byte[] data) {
        ((PyBytesLike) target).writeAt(at, data);
    }

    /** How many bytes a buffer holds (an array of ints holds several per item). */
    public static int byteLength(PyObject o) {
        return ((PyBytesLike) o).size();
    }

    public static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytesLike;
    }

    /** An int in 0..255, as bytearray item assignment and bytes([...]) require. */
    public static byte byteValue(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw Py.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 255) {
            throw Py.valueError("byte must be in range(0, 256)");
        }
        return (byte) i.longValue();
    }
}
