package socklab.net;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import socklab.runtime.object.Codecs;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.IoClasses;
import socklab.runtime.object.LineFile;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;

/**
 * What {@code sock.makefile()} returns: a buffered reader and/or writer over the socket (text
 * with UTF-8, or binary), enough for line-based protocols: readline, read, iteration, write,
 * flush, close. Like CPython's BufferedReader it reads ahead in 8 KiB chunks.
 */
final class SocketFile extends LineFile {
    private static final int CHUNK = 8192;
    private static final Signature MAKEFILE =
            Signature.parse("makefile(self, mode, buffering, *, encoding, errors, newline)");

    private final PySocket sock;
    private final boolean text;
    private final boolean reading;
    private final boolean writing;
    private final String mode;
    /** The encoding as the caller spelled it, for repr; the locale's name when not given. */
    private final String encoding;
    /** How undecodable bytes are handled: "strict" (UnicodeDecodeError) unless makefile was told otherwise. */
    private final String errors;
    private byte[] pending = new byte[0];
    private boolean eof;
    private final ByteArrayOutputStream outgoing = new ByteArrayOutputStream();
    private boolean closed;
    /** makefile(mode, buffering=0): socket.py's raw SocketIO, whose every write goes out at once. */
    private final boolean unbuffered;

    private SocketFile(PySocket sock, String mode, String encoding, String errors, boolean unbuffered) {
        this.sock = sock;
        this.mode = mode;
        this.encoding = encoding;
        this.errors = errors;
        this.unbuffered = unbuffered;
        sock.ioRef();
        this.text = mode.indexOf('b') < 0;
        this.reading = mode.indexOf('r') >= 0;
        this.writing = mode.indexOf('w') >= 0;
    }

    static PyObject open(PySocket sock, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] withSelf = new PyObject[a.length + 1];
        withSelf[0] = sock;
        System.arraycopy(a, 0, withSelf, 1, a.length);
        PyObject[] p = MAKEFILE.bind(withSelf, kw, new PyObject[] {null, new PyStr("r"), PyNone.NONE,
                PyNone.NONE, PyNone.NONE, PyNone.NONE});
        String mode = Py.asStr(p[1], "makefile() argument 'mode'");
        for (char c : mode.toCharArray()) {
            if ("rwb".indexOf(c) < 0) {
                throw LibraryLine.MAKEFILE_MODE.on(Py.valueError("invalid mode " + new PyStr(mode).repr() + " (only r, w, b allowed)"));
            }
        }
        String normal = (mode.indexOf('r') >= 0 || mode.indexOf('w') < 0 ? "r" : "") + (mode.indexOf('w') >= 0 ? "w" : "")
                + (mode.indexOf('b') >= 0 ? "b" : "");
        String encoding = p[3] == PyNone.NONE ? "UTF-8" : Py.asStr(p[3], "makefile() argument 'encoding'");
        String errors = p[4] == PyNone.NONE ? "strict" : Py.asStr(p[4], "makefile() argument 'errors'");
        if (normal.indexOf('b') < 0) {
            try {
                Codecs.normalize(encoding);
            } catch (PyError e) {
                throw LibraryLine.MAKEFILE_TEXT.on(e); // an unknown encoding is refused by the TextIOWrapper makefile builds
            }
        }
        boolean unbuffered = p[2] != PyNone.NONE && Py.index(p[2]) == 0;
        if (unbuffered && normal.indexOf('b') < 0) {
            throw LibraryLine.MAKEFILE_UNBUFFERED.on(Py.valueError("unbuffered streams must be binary"));
        }
        return new SocketFile(sock, normal, encoding, errors, unbuffered);
    }

    @Override
    public PyType type() {
        return unbuffered ? IoClasses.SOCKET_IO : text ? IoClasses.TEXT : IoClasses.binary(reading, writing, false, false);
    }

    @Override
    public String repr() {
        if (text) {
            return "<_io.TextIOWrapper name=" + sock.fd() + " mode=" + new PyStr(mode).repr() + " encoding=" + new PyStr(encoding).repr() + ">";
        }
        if (unbuffered) {
            return "<socket.SocketIO object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }
        if (reading && writing) {
            return "<_io.BufferedRWPair object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }
        return "<" + type().name() + " name=" + sock.fd() + ">";
    }

    @Override
    public PyObject enter() {
        return this;
    }

    @Override
    public boolean canRead() {
        return reading;
    }

    @Override
    public boolean canWrite() {
        return writing;
    }

    @Override
    public boolean isText() {
        return text;
    }

    @Override
    public void checkOpen() {
        if (closed) {
            throw Py.valueError("I/O operation on closed file.");
        }
    }

    /**
     * The checks a call makes before it touches the stream, in CPython's order: a buffered binary
     * file without the ability refuses by the call's name, open or closed; then a closed buffered
     * file names the call (its own words for each), where TextIOWrapper and the raw SocketIO say
     * "I/O operation on closed file."; then one without the ability says so (SocketIO in io's words).
     */
    private void check(String call, boolean able, String closedMessage) {
        boolean buffered = !text && !unbuffered;
        if (buffered && !able) {
            throw Py.error(ExcTypes.UnsupportedOperation, call);
        }
        if (closed) {
            throw Py.valueError(buffered ? closedMessage : "I/O operation on closed file.");
        }
        if (!able) {
            String ability = call.equals("write") ? "writable" : "readable";
            throw Py.error(ExcTypes.UnsupportedOperation, text ? "not " + ability : "File or stream is not " + ability + ".");
        }
    }

    /** Reads one more chunk into the buffer; false at end of stream. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        byte[] got = sock.read(CHUNK);
        if (got.length == 0) {
            eof = true;
            return false;
        }
        byte[] merged = Arrays.copyOf(pending, pending.length + got.length);
        System.arraycopy(got, 0, merged, pending.length, got.length);
        pending = merged;
        return true;
    }

    private byte[] take(int n) {
        byte[] out = Arrays.copyOf(pending, n);
        pending = Arrays.copyOfRange(pending, n, pending.length);
        return out;
    }

    private PyObject wrap(byte[] data) {
        if (!text) {
            return new PyBytes(data);
        }
        try {
            return new PyStr(Codecs.decode(data, data.length, encoding, errors));
        } catch (PyError e) {
            // TextIOWrapper decodes UTF-8 through codecs.py's incremental decoder, whose frame CPython shows.
            throw "utf-8".equals(Codecs.normalize(encoding)) ? e.through("<frozen codecs>", 322, "decode") : e;
        }
    }

    @Override
    public PyObject readline(long limit) {
        // BufferedRWPair's readline peeks at its reader first
        check("read", reading, writing ? "peek of closed file" : "readline of closed file");
        while (true) {
            int nl = indexOfNewline();
            if (nl >= 0 && (limit < 0 || nl < limit)) {
                return wrap(take(nl + 1));
            }
            if (limit >= 0 && pending.length >= limit) {
                return wrap(take((int) limit));
            }
            if (!fill()) {
                return wrap(take(pending.length));
            }
        }
    }

    private int indexOfNewline() {
        for (int k = 0; k < pending.length; k++) {
            if (pending[k] == '\n') {
                return k;
            }
        }
        return -1;
    }

    @Override
    public PyObject read(long n) {
        check("read", reading, "read of closed file");
        if (n < 0) {
            while (fill()) {
                // read to end of stream
            }
            return wrap(take(pending.length));
        }
        if (text) {
            while (new String(pending, StandardCharsets.UTF_8).codePointCount(0, new String(pending, StandardCharsets.UTF_8).length()) < n && fill()) {
                // until n characters are decoded
            }
            String all = new String(pending, StandardCharsets.UTF_8);
            int end = all.offsetByCodePoints(0, (int) Math.min(n, all.codePointCount(0, all.length())));
            byte[] taken = all.substring(0, end).getBytes(StandardCharsets.UTF_8);
            take(taken.length);
            return new PyStr(all.substring(0, end));
        }
        while (pending.length < n && fill()) {
            // until n bytes or end of stream
        }
        return wrap(take((int) Math.min(n, pending.length)));
    }

    /** What is buffered, or one receive when nothing is: a TextIOWrapper over this file must not wait for a full chunk. */
    @Override
    public PyObject read1(long n) {
        check("read1", reading, "read of closed file");
        if (pending.length == 0) {
            fill();
        }
        return wrap(take((int) (n < 0 ? pending.length : Math.min(n, pending.length))));
    }

    @Override
    public PyObject write(PyObject data) {
        check("write", writing, "write to closed file");
        if (text) {
            String s = Py.asStr(data, "write() argument");
            outgoing.writeBytes(Codecs.encode(s, encoding, errors));
            return PyInt.of(((PyStr) data).length());
        }
        byte[] b = Convert.bytes(data);
        outgoing.writeBytes(b);
        if (unbuffered) {
            flush();
        }
        return PyInt.of(b.length);
    }

    @Override
    public void flush() {
        if (closed) {
            throw Py.valueError(text || unbuffered || !writing ? "I/O operation on closed file." : "flush of closed file");
        }
        if (outgoing.size() > 0) {
            byte[] b = outgoing.toByteArray();
            outgoing.reset();
            sock.write(b);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            if (writing) {
                flush();
            }
            closed = true;
            sock.ioUnref();
        }
    }

    /** The attributes open()'s files have too: name (the fd here), mode, closed and, for text, encoding and errors. */
    @Override
    public PyObject getAttr(String name) {
        boolean pair = !text && reading && writing;
        switch (name) {
            case "closed":
                return closed ? PyBool.TRUE : PyBool.FALSE;
            case "name":
                if (!pair) {
                    return PyInt.of(sock.fd());
                }
                break;
            case "mode":
                if (!pair) {
                    return new PyStr(mode);
                }
                break;
            case "encoding":
                if (text) {
                    return new PyStr(encoding);
                }
                break;
            case "errors":
                if (text) {
                    return new PyStr(errors);
                }
                break;
            default:
                break;
        }
        return super.getAttr(name);
    }
}
