package socklab.net;

import java.util.Map;
import socklab.runtime.Buffers;
import socklab.runtime.Py;
import socklab.runtime.PyFloat;
import socklab.runtime.PyInt;
import socklab.runtime.PyNone;
import socklab.runtime.PyObject;

/**
 * Argument checks with the wording of the C argument parsers behind the socket module
 * (METH_O, METH_NOARGS and PyArg_ParseTuple each word their complaints differently).
 */
final class Args {
    private Args() {}

    /** Keyword arguments are refused by every C-level socket method. */
    static void noKeywords(String qualified, Map<String, PyObject> kw) {
        if (kw != null && !kw.isEmpty()) {
            throw Py.typeError(qualified + "() takes no keyword arguments");
        }
    }

    /** METH_NOARGS: "socket.fileno() takes no arguments (1 given)". */
    static void none(String qualified, PyObject[] a, Map<String, PyObject> kw) {
        noKeywords(qualified, kw);
        if (a.length != 0) {
            throw Py.typeError(qualified + "() takes no arguments (" + a.length + " given)");
        }
    }

    /** METH_O: "socket.bind() takes exactly one argument (0 given)". */
    static PyObject single(String qualified, PyObject[] a, Map<String, PyObject> kw) {
        noKeywords(qualified, kw);
        if (a.length != 1) {
            throw Py.typeError(qualified + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    /**
     * PyArg_ParseTuple with {@code min} required and {@code max} allowed positional arguments;
     * keywords are refused under the method's qualified name, counts under its short name.
     */
    static PyObject[] tuple(String qualified, PyObject[] a, Map<String, PyObject> kw, int min, int max) {
        noKeywords(qualified, kw);
        String name = qualified.substring(qualified.indexOf('.') + 1);
        if (a.length < min || a.length > max) {
            String how = min == max ? "exactly " + min : a.length < min ? "at least " + min : "at most " + max;
            int n = a.length < min ? min : max;
            throw Py.typeError(name + "() takes " + how + " argument" + (n == 1 ? "" : "s") + " (" + a.length + " given)");
        }
        return a;
    }

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
        double t;
        if (o instanceof PyFloat f) {
            t = f.value();
        } else if (o instanceof PyInt i) {
            t = i.doubleValue();
        } else {
            throw Py.typeError("'" + Py.typeName(o) + "' object cannot be interpreted as an integer");
        }
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

    /** A method written in Python taking only self: "socket.close() takes 1 positional argument but 2 were given". */
    static void pyNone(String qualified, PyObject[] a, Map<String, PyObject> kw) {
        if (kw != null && !kw.isEmpty()) {
            throw Py.typeError(qualified + "() got an unexpected keyword argument '" + kw.keySet().iterator().next() + "'");
        }
        if (a.length != 0) {
            throw Py.typeError(qualified + "() takes 1 positional argument but " + (a.length + 1) + " were given");
        }
    }

    /**
     * PyArg_ParseTupleAndKeywords with the first name required and the rest optional: the
     * values in declaration order, null for those not given.
     */
    static PyObject[] keywords(String fn, PyObject[] a, Map<String, PyObject> kw, String... names) {
        if (a.length > names.length) {
            throw Py.typeError(fn + "() takes at most " + names.length + " arguments (" + a.length + " given)");
        }
        PyObject[] out = java.util.Arrays.copyOf(a, names.length);
        if (kw != null) {
            for (Map.Entry<String, PyObject> e : kw.entrySet()) {
                int k = java.util.Arrays.asList(names).indexOf(e.getKey());
                if (k < 0) {
                    throw Py.typeError("'" + e.getKey() + "' is an invalid keyword argument for " + fn + "()");
                }
                if (out[k] != null) {
                    throw Py.typeError("argument for " + fn + "() given by name ('" + names[k] + "') and position (" + (k + 1) + ")");
                }
                out[k] = e.getValue();
            }
        }
        if (out[0] == null) {
            throw Py.typeError(fn + "() missing required argument '" + names[0] + "' (pos 1)");
        }
        return out;
    }
}
