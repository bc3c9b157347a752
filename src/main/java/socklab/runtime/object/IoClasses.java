package socklab.runtime.object;

import java.util.Map;

/**
 * The _io classes every file socklab makes belongs to, so that isinstance(sock.makefile(), io.TextIOWrapper)
 * holds as for open(), and their methods, parsed once and passed on to the {@link FileLike} behind them.
 */
public final class IoClasses {
    public static final PyType TEXT = new PyType("TextIOWrapper", "_io", null);
    public static final PyType READER = new PyType("BufferedReader", "_io", null);
    public static final PyType WRITER = new PyType("BufferedWriter", "_io", null);
    public static final PyType RANDOM = new PyType("BufferedRandom", "_io", null);
    public static final PyType RW_PAIR = new PyType("BufferedRWPair", "_io", null);
    public static final PyType FILE_IO = new PyType("FileIO", "_io", null);
    public static final PyType[] ALL = {TEXT, READER, WRITER, RANDOM, RW_PAIR, FILE_IO};

    static {
        for (PyType t : ALL) {
            install(t);
        }
    }

    private IoClasses() {}

    /** Gives another file class (socket.SocketIO) the same methods as the _io ones. */
    public static PyType withFileMethods(PyType t) {
        install(t);
        return t;
    }

    /** The class a binary file of these abilities is shown as (FileIO when unbuffered). */
    public static PyType binary(boolean reading, boolean writing, boolean seekable, boolean unbuffered) {
        if (unbuffered) {
            return FILE_IO;
        }
        if (reading && writing) {
            return seekable ? RANDOM : RW_PAIR;
        }
        return reading ? READER : WRITER;
    }

    private static FileLike self(PyObject o) {
        return (FileLike) o;
    }

    /** read(size=-1) and friends: None or an int, as CPython's _io parses them. */
    private static long size(PyObject[] a, Map<String, PyObject> kw, String fn) {
        Args.expected(fn, a, kw, 0, 1);
        if (a.length == 0 || a[0] == PyNone.NONE) {
            return -1;
        }
        if (!(a[0] instanceof PyInt)) {
            throw Py.typeError("argument should be integer or None, not '" + Py.typeName(a[0]) + "'");
        }
        return Py.index(a[0]);
    }

    private static void install(PyType t) {
        t.method("read", (s, a, kw) -> self(s).read(size(a, kw, "read")));
        t.method("readline", (s, a, kw) -> self(s).readline(size(a, kw, "readline")));
        t.method("readlines", (s, a, kw) -> {
            long hint = size(a, kw, "readlines");
            FileLike f = self(s);
            f.checkOpen();
            PyList out = new PyList();
            long total = 0;
            for (PyObject line = f.readline(-1); line.isTrue(); line = f.readline(-1)) {
                out.append(line);
                total += line.len();
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return out;
        });
        t.method("write", (s, a, kw) -> self(s).write(Args.one("write", a, kw)));
        t.method("writelines", (s, a, kw) -> {
            PyObject lines = Args.one("writelines", a, kw);
            self(s).checkOpen();
            PyObject it = lines.iter();
            for (PyObject line = it.next(); line != null; line = it.next()) {
                self(s).write(line);
            }
            return PyNone.NONE;
        });
        t.method("seek", (s, a, kw) -> {
            PyObject[] p = Args.expected("seek", a, kw, 1, 2);
            return self(s).seek(Py.index(p[0]), p[1] == null ? 0 : Py.indexInt(p[1]));
        });
        t.method("tell", (s, a, kw) -> {
            Args.none("tell", a, kw);
            return self(s).tell();
        });
        t.method("truncate", (s, a, kw) -> self(s).truncate(Args.expected("truncate", a, kw, 0, 1)[0]));
        t.method("flush", (s, a, kw) -> {
            self(s).flush();
            return PyNone.NONE;
        });
        t.method("close", (s, a, kw) -> {
            self(s).close();
            return PyNone.NONE;
        });
        t.method("readable", (s, a, kw) -> {
            self(s).checkOpen();
            return Py.bool(self(s).canRead());
        });
        t.method("writable", (s, a, kw) -> {
            self(s).checkOpen();
            return Py.bool(self(s).canWrite());
        });
        t.method("seekable", (s, a, kw) -> {
            self(s).checkOpen();
            return Py.bool(self(s).isSeekable());
        });
        t.method("isatty", (s, a, kw) -> {
            self(s).checkOpen();
            return PyBool.FALSE;
        });
        t.method("__enter__", (s, a, kw) -> s.enter());
        t.method("__exit__", (s, a, kw) -> {
            self(s).close();
            return PyNone.NONE;
        });
    }
}
