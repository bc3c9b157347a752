package socklab.net;

import socklab.runtime.Buffers;
import socklab.runtime.Py;
import socklab.runtime.PyFloat;
import socklab.runtime.PyInt;
import socklab.runtime.PyNone;
import socklab.runtime.PyObject;

/**
 * Argument conversions with the checks of the C format units behind the socket module
 * (arity is checked by {@link socklab.runtime.Args}).
 */
final class Convert {
    private Convert() {}

    /** A C int ("i" format): index conversion, then the int range check. */
    static int cInt(PyObject o) {
        long v = Py.index(o);
        Inet.checkCInt(v);
        return (int) v;
    }

    /** A Py_ssize_t ("n" format). */
    static long ssize(PyObject o) {
        return Py.index(o);
    }

    /** The bytes of a bytes-like argument. */
    static byte[] bytes(PyObject o) {
        return Buffers.bytesOf(o, null);
    }

    /** A timeout as settimeout and setdefaulttimeout take it: None, or seconds >= 0; -1.0 means None. */
    static double timeout(PyObject o) {
        if (o == PyNone.NONE) {
            return -1.0;
        }
        double t = seconds(o, "'" + Py.typeName(o) + "' object cannot be interpreted as an integer");
        if (Double.isNaN(t)) {
            throw Py.valueError("Invalid value NaN (not a number)");
        }
        if (t < 0) {
            throw Py.valueError("Timeout value out of range");
        }
        if (t > 9.2e9) {
            throw Py.overflowError("timestamp out of range for platform time_t");
        }
        return t;
    }

    /** A float or int as seconds; anything else is a TypeError with the caller's wording. */
    static double seconds(PyObject o, String typeError) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        throw Py.typeError(typeError);
    }
}
