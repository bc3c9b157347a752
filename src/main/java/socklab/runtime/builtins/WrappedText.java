package socklab.runtime.builtins;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.Codecs;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.IoClasses;
import socklab.runtime.object.LineFile;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;

/**
 * io.TextIOWrapper(buffer, ...) over any binary file object, as Real Python's socket guide decodes
 * a JSON header: {@code json.load(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=""))}.
 * It reads and writes through the buffer's own read/write/flush/close methods.
 */
final class WrappedText extends LineFile {
    private static final Signature SIGNATURE = Signature.parse(
            "TextIOWrapper(buffer, encoding, errors, newline, line_buffering, write_through)");
    /** CPython's TextIOWrapper reads and keeps pending writes in chunks of this size. */
    private static final int CHUNK = 8192;

    /** io.TextIOWrapper(...): installed as the class's constructor with the other built-in types' (Methods). */
    static PyObject make(PyType type, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = SIGNATURE.bind(a, kw, new PyObject[] {null, PyNone.NONE, PyNone.NONE, PyNone.NONE,
                PyBool.FALSE, PyBool.FALSE});
        String encoding = p[1] == PyNone.NONE ? "UTF-8" : Py.asStr(p[1], "TextIOWrapper() argument 'encoding'");
        String errors = p[2] == PyNone.NONE ? "strict" : Py.asStr(p[2], "TextIOWrapper() argument 'errors'");
        String newline = p[3] == PyNone.NONE ? null : Py.asStr(p[3], "TextIOWrapper() argument 'newline'");
        if (newline != null && !Set.of("", "\n", "\r", "\r\n").contains(newline)) {
            throw Py.valueError("illegal newline value: " + newline);
        }
        Codecs.normalize(encoding);
        return new WrappedText(p[0], encoding, errors, newline, p[4].isTrue());
    }

    private final PyObject buffer;
    private final String encoding;
    private final String errors;
    private final String newline;
    private final boolean lineBuffering;
    /** Decoded text not yet read, and raw bytes that do not yet end a character. */
    private final StringBuilder decoded = new StringBuilder();
    private byte[] undecoded = new byte[0];
    private boolean eof;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean detached;

    private WrappedText(PyObject buffer, String encoding, String errors, String newline, boolean lineBuffering) {
        this.buffer = buffer;
        this.encoding = encoding;
        this.errors = errors;
        this.newline = newline;
        this.lineBuffering = lineBuffering;
    }

    @Override
    public PyType type() {
        return IoClasses.TEXT;
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper encoding=" + new PyStr(encoding).repr() + ">";
    }

    private PyObject call(String method, PyObject... args) {
        return buffer.getAttr(method).call(args, Map.of());
    }

    /** Pulls one more chunk from the buffer; false at its end. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        // CPython's TextIOWrapper reads with read1 when the buffer has it, so a socket's data arrives as it comes.
        byte[] chunk = Buffers.bytesOf(call(hasRead1() ? "read1" : "read", PyInt.of(CHUNK)), null);
        eof = chunk.length == 0;
        byte[] raw = Arrays.copyOf(undecoded, undecoded.length + chunk.length);
        System.arraycopy(chunk, 0, raw, undecoded.length, chunk.length);
        int whole = eof ? raw.length : completeUpTo(raw);
        undecoded = Arrays.copyOfRange(raw, whole, raw.length);
        try {
            decoded.append(Codecs.decode(raw, whole, encoding, errors));
        } catch (PyError e) {
            // TextIOWrapper decodes UTF-8 through codecs.py's incremental decoder, whose frame CPython shows
            throw "utf-8".equals(Codecs.normalize(encoding)) ? e.through("<frozen codecs>", 322, "decode") : e;
        }
        return !eof || decoded.length() > 0;
    }

    private boolean hasRead1() {
        try {
            buffer.getAttr("read1");
            return true;
        } catch (PyError e) {
            if (e.matches(ExcTypes.AttributeError)) {
                return false;
            }
            throw e;
        }
    }

    /** How many leading bytes end on a character boundary (UTF-8 may split a character between chunks). */
    private int completeUpTo(byte[] raw) {
        if (!"utf-8".equals(Codecs.normalize(encoding))) {
            return raw.length;
        }
        int i = raw.length;
        int back = 0;
        while (i > 0 && back < 3 && (raw[i - 1] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i == 0) {
            return raw.length;
        }
        int lead = raw[i - 1] & 0xFF;
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return back + 1 >= need ? raw.length : i - 1;
    }

    /** Universal newlines (newline=None) read \r\n and \r as \n; other settings keep the text. */
    private String translated(int end) {
        String s = decoded.substring(0, end);
        decoded.delete(0, end);
        return newline == null ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    @Override
    public PyObject read(long n) {
        checkOpen();
        flush();
        while ((n < 0 || decoded.length() < n + 1) && fill()) {
            // read on: a \r at the end may still be followed by \n
        }
        int end = n < 0 ? decoded.length() : (int) Math.min(n, decoded.length());
        if (newline == null && end > 0 && end < decoded.length() && decoded.charAt(end - 1) == '\r'
                && decoded.charAt(end) == '\n') {
            end++;
        }
        return new PyStr(translated(end));
    }

    @Override
    public PyObject readline(long limit) {
        checkOpen();
        flush();
        while (true) {
            int end = lineEnd();
            if (end >= 0 && (limit < 0 || end <= limit)) {
                return new PyStr(translated(end));
            }
            if (limit >= 0 && decoded.length() >= limit) {
                return new PyStr(translated((int) limit));
            }
            if (!fill()) {
                return new PyStr(translated(decoded.length()));
            }
        }
    }

    /** Where the first complete line ends in the decoded text, or -1 while more is needed. */
    private int lineEnd() {
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            boolean lf = c == '\n' && (newline == null || newline.isEmpty() || newline.equals("\n") || i > 0 && newline.equals("\r\n")
                    && decoded.charAt(i - 1) == '\r');
            boolean cr = c == '\r' && (newline == null || newline.isEmpty() || newline.equals("\r"));
            if (lf) {
                return i + 1;
            }
            if (cr) {
                if (i + 1 < decoded.length()) {
                    return decoded.charAt(i + 1) == '\n' && !"\r".equals(newline) ? i + 2 : i + 1;
                }
                return eof ? i + 1 : -1;
            }
        }
        return -1;
    }

    @Override
    public PyObject write(PyObject data) {
        checkOpen();
        if (!(data instanceof PyStr s)) {
            throw Py.typeError("write() argument must be str, not " + Py.typeName(data));
        }
        String text = newline == null || newline.isEmpty() || newline.equals("\n") ? s.value() : s.value().replace("\n", newline);
        pending.writeBytes(Codecs.encode(text, encoding, errors));
        if (pending.size() >= CHUNK || lineBuffering && (text.contains("\n") || text.contains("\r"))) {
            flush();
        }
        return PyInt.of(s.length());
    }

    @Override
    public void flush() {
        checkOpen();
        if (pending.size() > 0) {
            byte[] out = pending.toByteArray();
            pending.reset();
            call("write", new PyBytes(out));
        }
        call("flush");
    }

    @Override
    public void close() {
        if (detached || buffer.getAttr("closed").isTrue()) {
            return;
        }
        try {
            flush();
        } finally {
            call("close");
        }
    }

    @Override
    public void checkOpen() {
        if (detached) {
            throw Py.valueError("underlying buffer has been detached");
        }
        if (buffer.getAttr("closed").isTrue()) {
            throw Py.valueError("I/O operation on closed file.");
        }
    }

    @Override
    public PyObject enter() {
        checkOpen();
        return this;
    }

    @Override
    public boolean canRead() {
        return call("readable").isTrue();
    }

    @Override
    public boolean canWrite() {
        return call("writable").isTrue();
    }

    @Override
    public boolean isText() {
        return true;
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "buffer" -> buffer;
            case "encoding" -> new PyStr(encoding);
            case "errors" -> new PyStr(errors);
            case "line_buffering" -> Py.bool(lineBuffering);
            case "closed" -> buffer.getAttr("closed");
            case "name" -> buffer.getAttr("name");
            case "detach" -> new PyBuiltinFunction("detach", (a, kw) -> {
                Args.none("detach", a, kw);
                flush();
                detached = true;
                return buffer;
            });
            default -> super.getAttr(name);
        };
    }
}
