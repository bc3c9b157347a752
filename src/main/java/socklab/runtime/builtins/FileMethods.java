package socklab.runtime.builtins;

import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.FileLike;
import socklab.runtime.object.IoClasses;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;

/** The methods of every file class (open()'s, sys.stdout's, sock.makefile()'s), parsed once and passed on to the {@link FileLike} behind them. */
final class FileMethods {
    private FileMethods() {}

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

    static void install() {
        for (PyType t : IoClasses.WITH_FILE_METHODS) {
            install(t);
        }
        for (PyType t : new PyType[] {IoClasses.READER, IoClasses.RANDOM, IoClasses.RW_PAIR}) {
            t.method("read1", (s, a, kw) -> self(s).read1(size(a, kw, "read1")));
        }
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
            return Py.bool(self(s).isTerminal());
        });
        t.method("__enter__", (s, a, kw) -> s.enter());
        t.method("__exit__", (s, a, kw) -> {
            self(s).close();
            return PyNone.NONE;
        });
    }
}
