package socklab.net;

import socklab.runtime.object.Buffers;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.Timestamps;

/**
 * Argument conversions with the checks of the C format units behind the socket module
 * (arity is checked by {@link socklab.runtime.object.Args}).
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
        double t = Timestamps.seconds(o, 1, "'" + Py.typeName(o) + "' object cannot be interpreted as an integer");
        if (t < 0) {
            throw Py.valueError("Timeout value out of range");
        }
        return t;
    }
}
