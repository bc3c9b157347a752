package socklab.runtime.object;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The native single-character item formats a buffer's bytes are read in (array.array's typecodes,
 * memoryview.cast's formats): each code's size, and packing and unpacking one item in native order.
 */
public final class BufferFormat {
    private BufferFormat() {}

    /** The size in bytes of an item of format code, or 0 when code is not a native format. */
    public static int itemsize(char code) {
        return switch (code) {
            case 'b', 'B', 'c', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'u', 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'd' -> 8;
            default -> 0;
        };
    }

    /** Whether an integer format holds negative values. */
    public static boolean signed(char code) {
        return "bhilq".indexOf(code) >= 0;
    }

    private static ByteBuffer wrap(byte[] data) {
        return ByteBuffer.wrap(data).order(ByteOrder.nativeOrder());
    }

    /** The item of format code at byte offset at. */
    public static PyObject unpack(byte[] data, int at, char code) {
        ByteBuffer b = wrap(data);
        return switch (code) {
            case 'b' -> PyInt.of(data[at]);
            case 'B' -> PyInt.of(data[at] & 0xff);
            case 'c' -> new PyBytes(new byte[] {data[at]});
            case '?' -> Py.bool(data[at] != 0);
            case 'h' -> PyInt.of(b.getShort(at));
            case 'H' -> PyInt.of(b.getShort(at) & 0xffff);
            case 'i' -> PyInt.of(b.getInt(at));
            case 'I' -> PyInt.of(b.getInt(at) & 0xffffffffL);
            case 'l', 'q' -> PyInt.of(b.getLong(at));
            case 'L', 'Q' -> PyInt.of(new BigInteger(Long.toUnsignedString(b.getLong(at))));
            case 'f' -> new PyFloat(b.getFloat(at));
            case 'd' -> new PyFloat(b.getDouble(at));
            default -> new PyStr(Character.toString(b.getInt(at)));
        };
    }

    /** Whether the integer n fits an item of integer format code. */
    public static boolean fits(char code, BigInteger n) {
        int bits = itemsize(code) * 8;
        return signed(code) ? n.bitLength() < bits : n.signum() >= 0 && n.bitLength() <= bits;
    }

    /** Stores the low bits of an integer item (already checked to fit) at byte offset at. */
    public static void packInteger(byte[] data, int at, char code, long bits) {
        ByteBuffer b = wrap(data);
        switch (itemsize(code)) {
            case 1 -> data[at] = (byte) bits;
            case 2 -> b.putShort(at, (short) bits);
            case 4 -> b.putInt(at, (int) bits);
            default -> b.putLong(at, bits);
        }
    }

    /** Stores a float item ('f' or 'd') at byte offset at. */
    public static void packReal(byte[] data, int at, char code, double v) {
        if (code == 'f') {
            wrap(data).putFloat(at, (float) v);
        } else {
            wrap(data).putDouble(at, v);
        }
    }
}
