package socklab.runtime.builtins;

import java.math.BigInteger;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Slots;

/** The methods and numeric attributes of int (bool inherits them). */
final class IntMethods {
    private IntMethods() {}

    private static final String[] TO_BYTES = {"length", "byteorder", "signed"};
    private static final String[] FROM_BYTES = {"bytes", "byteorder", "signed"};

    static void install() {
        PyType t = PyInt.TYPE;
        Slots.install(t);
        t.method("bit_length", (self, a, k) -> {
            Args.none("int.bit_length", a, k);
            return PyInt.of(big(self).abs().bitLength());
        });
        t.method("bit_count", (self, a, k) -> {
            Args.none("int.bit_count", a, k);
            return PyInt.of(big(self).abs().bitCount());
        });
        t.method("conjugate", (self, a, k) -> {
            Args.none("int.conjugate", a, k);
            return plain(self);
        });
        t.method("as_integer_ratio", (self, a, k) -> {
            Args.none("int.as_integer_ratio", a, k);
            return Py.tuple(plain(self), PyInt.of(1));
        });
        t.attribute("real", IntMethods::plain);
        t.attribute("numerator", IntMethods::plain);
        t.attribute("imag", self -> PyInt.of(0));
        t.attribute("denominator", self -> PyInt.of(1));
        t.method("to_bytes", (self, a, k) -> {
            PyObject[] v = Args.keywords("int.to_bytes", a, k, TO_BYTES, 2, 0);
            long length = v[0] == null ? 1 : Py.index(v[0]);
            boolean little = littleEndian(v[1]);
            boolean signed = v[2] != null && v[2].isTrue();
            if (length < 0) {
                throw Py.valueError("length argument must be non-negative");
            }
            return new PyBytes(toBytes(big(self), (int) Math.min(length, Integer.MAX_VALUE), little, signed));
        });
        t.define("from_bytes", new PyBuiltinFunction("from_bytes", (a, k) -> {
            PyObject[] v = Args.keywords("int.from_bytes", a, k, FROM_BYTES, 2, 1);
            byte[] data = byteSource(v[0]);
            boolean little = littleEndian(v[1]);
            boolean signed = v[2] != null && v[2].isTrue();
            byte[] be = data.clone();
            if (little) {
                for (int i = 0, j = be.length - 1; i < j; i++, j--) {
                    byte x = be[i];
                    be[i] = be[j];
                    be[j] = x;
                }
            }
            return PyInt.of(be.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(be) : new BigInteger(1, be));
        }));
    }

    private static BigInteger big(PyObject self) {
        return ((PyInt) self).bigValue();
    }

    /** The value as a plain int, so True.real is 1 rather than True. */
    private static PyObject plain(PyObject self) {
        return self instanceof PyBool ? PyInt.of(((PyInt) self).longValue()) : self;
    }

    private static boolean littleEndian(PyObject order) {
        if (order == null) {
            return false;
        }
        if (!(order instanceof PyStr s)) {
            throw Py.typeError("to_bytes() argument 'byteorder' must be str, not " + Py.argTypeName(order));
        }
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Py.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    /** What int.from_bytes and bytes() accept: a bytes-like object or an iterable of ints. */
    static byte[] byteSource(PyObject o) {
        if (o instanceof PyBytesLike b) {
            return b.toByteArray();
        }
        if (o instanceof PyStr) {
            throw Py.typeError("cannot convert 'str' object to bytes");
        }
        PyObject[] items;
        try {
            items = Py.toArray(o);
        } catch (PyError e) {
            if (e.matches(ExcTypes.TypeError)) {
                throw Py.typeError("cannot convert '" + Py.typeName(o) + "' object to bytes");
            }
            throw e;
        }
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyInt)) {
                throw Py.typeError("'" + Py.typeName(items[i]) + "' object cannot be interpreted as an integer");
            }
            if (!((PyInt) items[i]).fitsLong() || ((PyInt) items[i]).longValue() < 0 || ((PyInt) items[i]).longValue() > 255) {
                throw Py.valueError("bytes must be in range(0, 256)");
            }
            out[i] = (byte) ((PyInt) items[i]).longValue();
        }
        return out;
    }

    private static byte[] toBytes(BigInteger v, int length, boolean little, boolean signed) {
        if (!signed && v.signum() < 0) {
            throw Py.overflowError("can't convert negative int to unsigned");
        }
        int needed = signed ? v.bitLength() + 1 : v.bitLength();
        if (needed > (long) length * 8 && !(v.signum() == 0)) {
            throw Py.overflowError("int too big to convert");
        }
        byte[] raw = v.toByteArray();
        byte[] out = new byte[length];
        byte pad = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = raw.length - 1 - i;
            byte b = src >= 0 ? raw[src] : pad;
            out[little ? i : length - 1 - i] = b;
        }
        return out;
    }
}
