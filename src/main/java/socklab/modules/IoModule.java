package socklab.modules;

import java.util.Arrays;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.IoClasses;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * The {@code io} module: open (the same function as the builtin), the in-memory files BytesIO and
 * StringIO, UnsupportedOperation and the _io classes open() hands out.
 */
final class IoModule {
    private IoModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("io");
        Map<String, PyObject> d = m.dict();
        d.put("__author__", new PyStr("Guido van Rossum <guido@python.org>, Mike Verdone <mike.verdone@gmail.com>, "
                + "Mark Russell <mark.russell@zen.co.uk>, Antoine Pitrou <solipsis@pitrou.net>, "
                + "Amaury Forgeot d'Arc <amauryfa@gmail.com>, Benjamin Peterson <benjamin@python.org>"));
        d.put("open", interp.builtins().get("open"));
        d.put("DEFAULT_BUFFER_SIZE", PyInt.of(PyFile.BUFFER_SIZE));
        d.put("SEEK_SET", PyInt.of(0));
        d.put("SEEK_CUR", PyInt.of(1));
        d.put("SEEK_END", PyInt.of(2));
        d.put("UnsupportedOperation", ExcTypes.UnsupportedOperation);
        d.put("BlockingIOError", ExcTypes.BlockingIOError);
        for (PyType t : IoClasses.ABSTRACT) {
            d.put(t.name(), t);
        }
        d.put("text_encoding", new PyBuiltinFunction("text_encoding", (a, kw) -> {
            PyObject[] p = Args.keywords("text_encoding", a, kw, new String[] {"encoding", "stacklevel"}, 2, 1);
            return p[0] == PyNone.NONE ? new PyStr("locale") : p[0];
        }));
        for (PyType t : IoClasses.ALL) {
            d.put(t.bareName(), t);
        }
        d.put("BytesIO", MemoryFile.BYTES);
        // CPython's io.py defines __getattr__ (for a deprecated name), so a misspelt name fails inside it
        d.put("__getattr__", new PyBuiltinFunction("__getattr__", (a, kw) -> {
            String name = Py.asStr(Args.one("__getattr__", a, kw), "attribute name");
            throw Py.suggesting(ExcTypes.AttributeError, "module 'io' has no attribute '" + name + "'", name, d::keySet)
                    .through("<frozen io>", 74, "__getattr__");
        }));
        d.put("StringIO", MemoryFile.STRING);
        return m;
    }

    /** The builtin open(): installed with the standard modules, since io.open is the same object. */
    static PyObject openFunction(Interpreter interp) {
        return new PyBuiltinFunction("open", (a, kw) -> PyFile.open(interp, a, kw));
    }

    /** BytesIO and StringIO: a file whose contents live in memory; writing past the end pads with zeros. */
    static final class MemoryFile extends PyObject {
        static final PyType BYTES = PyType.extension("_io", "BytesIO", IoClasses.BUFFERED_BASE);
        static final PyType STRING = PyType.extension("_io", "StringIO", IoClasses.TEXT_BASE);

        static {
            BYTES.constructor((type, a, kw) -> {
                PyObject[] p = Args.keywords("BytesIO", a, kw, new String[] {"initial_bytes"}, 1, 0);
                byte[] init = p[0] == null || p[0] == PyNone.NONE ? new byte[0] : Buffers.bytesOf(p[0], null).clone();
                return new MemoryFile(false, new StringBuilder(), init);
            });
            STRING.constructor((type, a, kw) -> {
                PyObject[] p = Args.keywords("StringIO", a, kw, new String[] {"initial_value", "newline"}, 2, 0);
                if (p[0] != null && p[0] != PyNone.NONE && !(p[0] instanceof PyStr)) {
                    throw Py.typeError("initial_value must be str or None, not " + Py.typeName(p[0]));
                }
                String init = p[0] instanceof PyStr s ? s.value() : "";
                return new MemoryFile(true, new StringBuilder(init), null);
            });
            for (PyType t : new PyType[] {BYTES, STRING}) {
                install(t);
            }
        }

        private final boolean text;
        private final StringBuilder chars;
        private byte[] bytes;
        private int size;
        private int pos;
        private boolean closed;

        private MemoryFile(boolean text, StringBuilder chars, byte[] bytes) {
            this.text = text;
            this.chars = chars;
            this.bytes = bytes;
            this.size = bytes == null ? 0 : bytes.length;
        }

        @Override
        public PyType type() {
            return text ? STRING : BYTES;
        }

        @Override
        public String repr() {
            return "<" + type().name() + " object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }

        private int length() {
            return text ? chars.length() : size;
        }

        private void checkOpen() {
            if (closed) {
                throw Py.valueError(text ? "I/O operation on closed file" : "I/O operation on closed file.");
            }
        }

        private PyObject slice(int from, int to) {
            return text ? new PyStr(chars.substring(from, to)) : new PyBytes(Arrays.copyOfRange(bytes, from, to));
        }

        PyObject read(long n) {
            checkOpen();
            int from = Math.min(pos, length());
            int to = n < 0 ? length() : (int) Math.min(length(), from + n);
            pos = Math.max(pos, to);
            return slice(from, to);
        }

        PyObject readline(long limit) {
            checkOpen();
            int from = Math.min(pos, length());
            int to = from;
            while (to < length() && (limit < 0 || to - from < limit)) {
                boolean nl = text ? chars.charAt(to) == '\n' : bytes[to] == '\n';
                to++;
                if (nl) {
                    break;
                }
            }
            pos = Math.max(pos, to);
            return slice(from, to);
        }

        PyObject write(PyObject data) {
            checkOpen();
            if (text) {
                if (!(data instanceof PyStr s)) {
                    throw Py.typeError("string argument expected, got '" + Py.typeName(data) + "'");
                }
                while (chars.length() < pos) {
                    chars.append('\0');
                }
                int end = Math.min(chars.length(), pos + s.value().length());
                chars.replace(pos, end, s.value());
                pos += s.value().length();
                return PyInt.of(s.length());
            }
            byte[] b = Buffers.bytesOf(data, null);
            if (pos + b.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(pos + b.length, bytes.length * 2));
            }
            System.arraycopy(b, 0, bytes, pos, b.length);
            pos += b.length;
            size = Math.max(size, pos);
            return PyInt.of(b.length);
        }

        PyObject seek(long offset, int whence) {
            checkOpen();
            if (whence < 0 || whence > 2) {
                throw Py.valueError((text ? "Invalid" : "invalid") + " whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (text && whence != 0 && offset != 0) {
                throw Py.error(ExcTypes.OSError, "Can't do nonzero " + (whence == 1 ? "cur" : "end") + "-relative seeks");
            }
            if (whence == 0 && offset < 0) {
                throw Py.valueError((text ? "Negative seek position " : "negative seek value ") + offset);
            }
            long target = whence == 0 ? offset : (whence == 1 ? pos : length()) + offset;
            pos = (int) Math.max(0, target);
            return PyInt.of(pos);
        }

        PyObject truncate(PyObject at) {
            checkOpen();
            int n = at == null || at == PyNone.NONE ? pos : (int) Py.index(at);
            if (n < 0) {
                throw Py.valueError("negative size value " + n);
            }
            if (text) {
                chars.setLength(Math.min(n, chars.length()));
            } else {
                size = Math.min(n, size);
            }
            return PyInt.of(n);
        }

        @Override
        public PyObject getAttr(String attr) {
            if ("closed".equals(attr)) {
                return Py.bool(closed);
            }
            return super.getAttr(attr);
        }

        @Override
        public PyObject enter() {
            checkOpen();
            return this;
        }

        @Override
        public boolean exit(PyBaseException pending) {
            closed = true;
            return false;
        }

        @Override
        public PyObject iter() {
            checkOpen();
            return this;
        }

        @Override
        public PyObject next() {
            PyObject line = readline(-1);
            return line.isTrue() ? line : null;
        }

        private static long optional(PyObject[] a, Map<String, PyObject> kw, String fn) {
            Args.expected(fn, a, kw, 0, 1);
            if (a.length == 0 || a[0] == PyNone.NONE) {
                return -1;
            }
            if (!(a[0] instanceof PyInt)) {
                throw Py.typeError("argument should be integer or None, not '" + Py.typeName(a[0]) + "'");
            }
            return Py.index(a[0]);
        }

        private static MemoryFile self(PyObject o) {
            return (MemoryFile) o;
        }

        private static void install(PyType t) {
            t.method("getvalue", (s, a, kw) -> {
                Args.none(t.name() + ".getvalue", a, kw);
                self(s).checkOpen();
                return self(s).slice(0, self(s).length());
            });
            t.method("read", (s, a, kw) -> self(s).read(optional(a, kw, "read")));
            t.method("readline", (s, a, kw) -> self(s).readline(optional(a, kw, "readline")));
            if (t == BYTES) {
                t.method("read1", (s, a, kw) -> self(s).read(optional(a, kw, "read1")));
            }
            t.method("readlines", (s, a, kw) -> {
                Args.expected("readlines", a, kw, 0, 1);
                PyList out = new PyList();
                for (PyObject line = self(s).next(); line != null; line = self(s).next()) {
                    out.append(line);
                }
                return out;
            });
            t.method("write", (s, a, kw) -> self(s).write(Args.one("write", a, kw)));
            t.method("writelines", (s, a, kw) -> {
                PyObject it = Args.one("writelines", a, kw).iter();
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
                self(s).checkOpen();
                return PyInt.of(self(s).pos);
            });
            t.method("truncate", (s, a, kw) -> self(s).truncate(Args.expected("truncate", a, kw, 0, 1)[0]));
            t.method("flush", (s, a, kw) -> {
                self(s).checkOpen();
                return PyNone.NONE;
            });
            t.method("close", (s, a, kw) -> {
                self(s).closed = true;
                return PyNone.NONE;
            });
            for (String yes : new String[] {"readable", "writable", "seekable"}) {
                t.method(yes, (s, a, kw) -> {
                    self(s).checkOpen();
                    return PyBool.TRUE;
                });
            }
            t.method("fileno", (s, a, kw) -> {
                throw Py.error(ExcTypes.UnsupportedOperation, "fileno");
            });
            t.method("isatty", (s, a, kw) -> {
                self(s).checkOpen();
                return PyBool.FALSE;
            });
            t.method("__enter__", (s, a, kw) -> s.enter());
            t.method("__exit__", (s, a, kw) -> {
                self(s).closed = true;
                return PyNone.NONE;
            });
        }
    }
}
