package socklab.modules;

import java.nio.charset.StandardCharsets;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.Interpreter;
import socklab.runtime.object.LineFile;
import socklab.runtime.object.IoClasses;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * sys.stdin, sys.stdout and sys.stderr: text files over the session's Io, so that they have the
 * _io methods open()'s files have and stdin shares input()'s buffer, as CPython's sys.stdin does;
 * and each one's {@code buffer}, the same stream taking and giving bytes.
 */
final class StdStream extends LineFile {
    /** Which of the three standard streams, by its file descriptor number. */
    enum Kind { STDIN, STDOUT, STDERR }

    private final Kind kind;
    private final Interpreter interp;
    /** The bytes layer (sys.stdout.buffer) of a text stream; null for the bytes layer itself. */
    private final StdStream buffer;
    private boolean closed;

    StdStream(Kind kind, Interpreter interp) {
        this(kind, interp, new StdStream(kind, interp, null));
    }

    private StdStream(Kind kind, Interpreter interp, StdStream buffer) {
        this.kind = kind;
        this.interp = interp;
        this.buffer = buffer;
    }

    private boolean binary() {
        return buffer == null;
    }

    @Override
    public PyType type() {
        return binary() ? kind == Kind.STDIN ? IoClasses.READER : IoClasses.WRITER : IoClasses.TEXT;
    }

    private String name() {
        return "<" + kind.name().toLowerCase() + ">";
    }

    @Override
    public String repr() {
        if (binary()) {
            return "<" + type().name() + " name='" + name() + "'>";
        }
        return "<_io.TextIOWrapper name='" + name() + "' mode='" + mode() + "' encoding='utf-8'>";
    }

    private String mode() {
        return (kind == Kind.STDIN ? "r" : "w") + (binary() ? "b" : "");
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "name":
                return new PyStr(name());
            case "mode":
                return new PyStr(mode());
            case "buffer":
                if (buffer != null) {
                    return buffer;
                }
                break;
            case "encoding":
                if (binary()) {
                    break;
                }
                return new PyStr("utf-8");
            case "errors":
                if (binary()) {
                    break;
                }
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
                break;
        }
        return super.getAttr(attr);
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
        return piece(all.toString());
    }

    @Override
    public PyObject readline(long limit) {
        requireReading();
        return piece(limit == 0 ? "" : interp.io().stdinLine(limit));
    }

    /** What a read gives: str, or for the bytes layer the text's UTF-8 bytes. */
    private PyObject piece(String text) {
        return binary() ? new PyBytes(text.getBytes(StandardCharsets.UTF_8)) : new PyStr(text);
    }

    private void requireReading() {
        checkOpen();
        if (kind != Kind.STDIN) {
            throw Py.error(ExcTypes.UnsupportedOperation, binary() ? "read" : "not readable");
        }
    }

    @Override
    public PyObject write(PyObject data) {
        checkOpen();
        if (kind == Kind.STDIN) {
            throw Py.error(ExcTypes.UnsupportedOperation, binary() ? "write" : "not writable");
        }
        if (binary()) {
            byte[] bytes = Buffers.bytesOf(data, null);
            if (kind == Kind.STDERR) {
                interp.io().errBytes(bytes);
            } else {
                interp.io().outBytes(bytes);
            }
            return PyInt.of(bytes.length);
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
        return !binary();
    }

    @Override
    public boolean isTerminal() {
        return interp.io().isTerminal();
    }

}
