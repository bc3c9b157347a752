package socklab.modules;

import socklab.runtime.ExcTypes;
import socklab.runtime.Interpreter;
import socklab.runtime.LineFile;
import socklab.runtime.IoClasses;
import socklab.runtime.Py;
import socklab.runtime.PyBuiltinFunction;
import socklab.runtime.PyInt;
import socklab.runtime.PyObject;
import socklab.runtime.PyStr;
import socklab.runtime.PyType;

/**
 * sys.stdin, sys.stdout and sys.stderr: text files over the session's Io, so that they have the
 * _io methods open()'s files have and stdin shares input()'s buffer, as CPython's sys.stdin does.
 */
final class StdStream extends LineFile {
    /** Which of the three standard streams, by its file descriptor number. */
    enum Kind { STDIN, STDOUT, STDERR }

    private final Kind kind;
    private final Interpreter interp;
    private boolean closed;

    StdStream(Kind kind, Interpreter interp) {
        this.kind = kind;
        this.interp = interp;
    }

    @Override
    public PyType type() {
        return IoClasses.TEXT;
    }

    private String name() {
        return "<" + kind.name().toLowerCase() + ">";
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name='" + name() + "' mode='" + (kind == Kind.STDIN ? "r" : "w") + "' encoding='utf-8'>";
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "name":
                return new PyStr(name());
            case "mode":
                return new PyStr(kind == Kind.STDIN ? "r" : "w");
            case "encoding":
                return new PyStr("utf-8");
            case "errors":
                return new PyStr(kind == Kind.STDERR ? "backslashreplace" : "strict");
            case "closed":
                return Py.bool(closed);
            case "line_buffering":
                return Py.bool(kind == Kind.STDERR || interp.io().isTerminal());
            case "fileno":
                return new PyBuiltinFunction("fileno", (a, kw) -> {
                    checkOpen();
                    return PyInt.of(kind.ordinal());
                });
            default:
                return super.getAttr(attr);
        }
    }

    @Override
    public PyObject read(long n) {
        requireReading();
        StringBuilder all = new StringBuilder();
        long left = n;
        for (String line = interp.io().stdinLine(left); !line.isEmpty(); line = interp.io().stdinLine(left)) {
            all.append(line);
            if (n >= 0 && (left -= line.codePointCount(0, line.length())) <= 0) {
                break;
            }
        }
        return new PyStr(all.toString());
    }

    @Override
    public PyObject readline(long limit) {
        requireReading();
        return new PyStr(limit == 0 ? "" : interp.io().stdinLine(limit));
    }

    private void requireReading() {
        checkOpen();
        if (kind != Kind.STDIN) {
            throw Py.error(ExcTypes.UnsupportedOperation, "not readable");
        }
    }

    @Override
    public PyObject write(PyObject data) {
        checkOpen();
        if (kind == Kind.STDIN) {
            throw Py.error(ExcTypes.UnsupportedOperation, "not writable");
        }
        if (!(data instanceof PyStr str)) {
            throw Py.typeError("write() argument must be str, not " + Py.argTypeName(data));
        }
        if (kind == Kind.STDERR) {
            interp.io().err(str.value());
        } else {
            interp.io().out(str.value());
        }
        return PyInt.of(str.length());
    }

    @Override
    public void flush() {
        checkOpen();
        interp.io().flush();
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public void checkOpen() {
        if (closed) {
            throw Py.valueError("I/O operation on closed file.");
        }
    }

    @Override
    public boolean canRead() {
        return kind == Kind.STDIN;
    }

    @Override
    public boolean canWrite() {
        return kind != Kind.STDIN;
    }

    @Override
    public boolean isText() {
        return true;
    }

    @Override
    public boolean isTerminal() {
        return interp.io().isTerminal();
    }

}
