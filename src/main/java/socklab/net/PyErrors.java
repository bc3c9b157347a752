package socklab.net;

import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;

/** The one converter from the net layer's {@link NetError} to the Python exception a learner sees. */
final class PyErrors {
    /** socket.gaierror and socket.herror, printed with their module as CPython does. */
    static final PyType GAIERROR = ExcTypes.subclass("socket", "gaierror", ExcTypes.OSError);
    static final PyType HERROR = ExcTypes.subclass("socket", "herror", ExcTypes.OSError);

    private PyErrors() {}

    static PyError of(NetError e) {
        PyType type = switch (e.pyType()) {
            case "gaierror" -> GAIERROR;
            case "herror" -> HERROR;
            default -> builtin(e.pyType());
        };
        if (type.isSubtypeOf(ExcTypes.OSError)) {
            return new PyError(PyBaseException.oserror(type, e.errno(), e.getMessage()));
        }
        return new PyError(PyBaseException.of(type, e.getMessage()));
    }

    /** PermissionError for a socket path outside the session's sandbox, naming the path as written. */
    static PyError denied(PyObject path) {
        PyBaseException e = PyBaseException.oserror(ExcTypes.PermissionError, Errno.EACCES.code(), Errno.EACCES.strerror());
        e.setAttr("filename", path);
        return new PyError(e);
    }

    /** What Java threw during {@code op}, as CPython's exception. */
    static PyError of(Throwable t, Operation op) {
        return of(Errno.fromJava(t, op));
    }

    private static PyType builtin(String name) {
        for (PyType t : ExcTypes.ALL) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return ExcTypes.OSError;
    }
}
