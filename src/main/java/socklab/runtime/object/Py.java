package socklab.runtime.object;

import java.math.BigInteger;
import java.util.Collection;

/** Small factories and conversions shared by every part of the runtime. */
public final class Py {
    private Py() {}

    /** Where ids start, so they look like CPython's heap addresses. */
    private static final long ID_BASE = 0x7f3a00000000L;

    /**
     * A CPython-looking id for an object, stable for its lifetime: derived from the JVM's identity
     * hash, so it needs no table (a weak table keyed by a fresh wrapper lost entries at every GC).
     */
    public static long id(PyObject o) {
        return ID_BASE + ((long) System.identityHashCode(o) << 4);
    }

    public static PyError error(PyType type, String message) {
        return new PyError(PyBaseException.of(type, message));
    }

    public static PyError error(PyType type) {
        return new PyError(new PyBaseException(type, PyTuple.EMPTY));
    }

    /**
     * What a failure of the Java underneath learner code becomes, so that except, finally and with
     * exits still run: a Python error as it is, RecursionError for a Java stack overflow,
     * MemoryError for exhausted memory, and otherwise a SystemError that names no Java class.
     */
    public static PyError fromJava(Throwable t) {
        if (t instanceof PyError e) {
            return e;
        }
        if (t instanceof StackOverflowError) {
            return error(ExcTypes.RecursionError, "maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            MemoryReserve.release();
            return error(ExcTypes.MemoryError);
        }
        return error(ExcTypes.SystemError, "internal error in socklab: this operation failed in a way Python would not");
    }

    public static PyError typeError(String message) {
        return error(ExcTypes.TypeError, message);
    }

    public static PyError valueError(String message) {
        return error(ExcTypes.ValueError, message);
    }

    public static PyError overflowError(String message) {
        return error(ExcTypes.OverflowError, message);
    }

    /** OSError (or the subclass CPython picks for the errno) with "[Errno n] text". */
    public static PyError osError(int errno, String strerror) {
        return new PyError(PyBaseException.oserror(ExcTypes.forErrno(errno), errno, strerror));
    }

    public static PyError attributeError(PyObject obj, String name) {
        String msg = "'" + obj.type().name() + "' object has no attribute '" + name + "'";
        return suggesting(ExcTypes.AttributeError, msg, name, () -> {
            // sorted as dir() lists them, which CPython searches: of two as close, the first in that order wins
            Collection<String> names = new java.util.TreeSet<>(obj.type().attributeNames());
            names.addAll(obj.instanceAttrNames());
            return names;
        });
    }

    /**
     * A NameError or AttributeError whose traceback adds CPython's "Did you mean" hint, computed
     * from the candidates only if the error is ever shown (hasattr() and friends never pay for it).
     */
    public static PyError suggesting(PyType type, String message, String name,
            java.util.function.Supplier<Collection<String>> candidates) {
        PyError e = error(type, message);
        e.value().setSuggestion(() -> Suggestions.closest(name, candidates.get()));
        return e;
    }

    public static PyStr str(String s) {
        return new PyStr(s);
    }

    public static PyInt integer(long v) {
        return PyInt.of(v);
    }

    public static PyInt integer(BigInteger v) {
        return PyInt.of(v);
    }

    public static PyBool bool(boolean b) {
        return b ? PyBool.TRUE : PyBool.FALSE;
    }

    public static PyTuple tuple(PyObject... items) {
        return new PyTuple(items);
    }

    /** The type name used in messages like "must be str, not int". */
    public static String typeName(PyObject o) {
        return o.type().name();
    }

    /** How CPython's argument parser names a wrong argument: "None" for None, else the type name. */
    public static String argTypeName(PyObject o) {
        return o == PyNone.NONE ? "None" : o.type().name();
    }

    /**
     * o as an int by CPython's __index__ rule: an int is itself, an instance of a learner's class is
     * what its __index__ returns (which must be an int); null when o has no __index__.
     */
    public static PyInt indexValue(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject m = UserClasses.special(o, "__index__");
        if (m == null) {
            return null;
        }
        PyObject r = m.call(new PyObject[0], null);
        if (!(r instanceof PyInt i)) {
            throw typeError("__index__ returned non-int (type " + typeName(r) + ")");
        }
        return i;
    }

    /** Converts an index-like object (int, bool, __index__) to a Java long. */
    public static long index(PyObject o) {
        PyInt i = indexValue(o);
        if (i != null) {
            return i.longValueExact();
        }
        throw typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    public static int indexInt(PyObject o) {
        PyInt i = indexValue(o);
        if (i != null) {
            if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
                throw error(ExcTypes.OverflowError, "Python int too large to convert to C int");
            }
            return (int) i.longValue();
        }
        throw typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    public static String asStr(PyObject o, String what) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw typeError(what + " must be str, not " + argTypeName(o));
    }

    public static boolean isNone(PyObject o) {
        return o == PyNone.NONE;
    }

    /** Materialises any iterable into an array (list(x) without the list). */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return t.items();
        }
        if (iterable instanceof PyList l) {
            return l.toArray();
        }
        PyList out = new PyList();
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            out.append(x);
        }
        return out.toArray();
    }

    /** object's repr: <module.Class object at 0x…>, the module left out for built-in types. */
    public static String defaultRepr(PyObject self) {
        PyType type = self.type();
        String module = "builtins".equals(type.module()) ? "" : type.module() + ".";
        return "<" + module + type.getAttr("__qualname__").str() + " object at 0x" + Long.toHexString(Py.id(self)) + ">";
    }
}
