package socklab.modules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import socklab.net.Errno;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Buffers;
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
 * What open() returns: a file in the sandbox read and written through one buffer, shown as the
 * _io class CPython would hand out for the mode (TextIOWrapper, BufferedReader, BufferedWriter,
 * BufferedRandom, or FileIO when unbuffered), with CPython's messages for misuse.
 */
final class PyFile extends LineFile {
    static final int BUFFER_SIZE = 8192;
    private static final Signature OPEN = Signature.parse(
            "open(file, mode, buffering, encoding, errors, newline, closefd, opener)");

    private final FileChannel channel;
    private final PyObject name;
    private final String mode;
    private final boolean text;
    private final boolean unbuffered;
    private final boolean reading;
    private final boolean writing;
    private final String encoding;
    private final String errors;
    /** null for universal newlines; otherwise the one line ending this file reads and writes. */
    private final String newline;
    private final boolean lineBuffering;
    /** Bytes read ahead of the Python position: pending[start..end). */
    private byte[] pending = new byte[BUFFER_SIZE];
    private int start;
    private int end;
    private final ByteArrayOutputStream outgoing = new ByteArrayOutputStream();
    private boolean closed;

    private PyFile(FileChannel channel, PyObject name, Mode m, String encoding, String errors, String newline, int buffering) {
        this.channel = channel;
        this.name = name;
        this.mode = m.shown;
        this.text = m.text;
        this.unbuffered = buffering == 0;
        this.reading = m.reading;
        this.writing = m.writing;
        this.encoding = encoding;
        this.errors = errors;
        this.newline = newline;
        this.lineBuffering = buffering == 1 && m.text;
    }

    /** A parsed mode string: what the file may do and how its mode attribute reads. */
    private record Mode(boolean text, boolean reading, boolean writing, Set<OpenOption> options, String shown) {}

    /** The builtin open(), resolving the path through the session's sandbox. */
    static PyObject open(Interpreter interp, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = OPEN.bind(a, kw, new PyObject[] {null, new PyStr("r"), PyInt.of(-1), PyNone.NONE, PyNone.NONE,
                PyNone.NONE, PyBool.TRUE, PyNone.NONE});
        if (p[0] instanceof PyInt) {
            throw FileSystem.error(Errno.EBADF, PyNone.NONE);
        }
        String path = FileSystem.text(p[0], "expected str, bytes or os.PathLike object");
        String modeText = Py.asStr(p[1], "open() argument 'mode'");
        int buffering = Py.indexInt(p[2]);
        String encoding = p[3] == PyNone.NONE ? null : Py.asStr(p[3], "open() argument 'encoding'");
        String errors = p[4] == PyNone.NONE ? null : Py.asStr(p[4], "open() argument 'errors'");
        String newline = p[5] == PyNone.NONE ? null : Py.asStr(p[5], "open() argument 'newline'");
        Mode m = parseMode(modeText);
        if (!m.text) {
            if (encoding != null) {
                throw Py.valueError("binary mode doesn't take an encoding argument");
            }
            if (errors != null) {
                throw Py.valueError("binary mode doesn't take an errors argument");
            }
            if (newline != null) {
                throw Py.valueError("binary mode doesn't take a newline argument");
            }
        } else if (buffering == 0) {
            throw Py.valueError("can't have unbuffered text I/O");
        }
        if (newline != null && !Set.of("", "\n", "\r", "\r\n").contains(newline)) {
            throw Py.valueError("illegal newline value: " + newline);
        }
        if (encoding != null) {
            Codecs.normalize(encoding);
        }
        Path real = FileSystem.resolve(interp, p[0], path, true);
        if (Files.isDirectory(real)) {
            throw FileSystem.error(Errno.EISDIR, p[0]);
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(real, m.options);
        } catch (IOException e) {
            throw FileSystem.error(e, p[0]);
        }
        return new PyFile(ch, p[0], m, encoding == null ? "UTF-8" : encoding, errors == null ? "strict" : errors,
                newline, buffering);
    }

    private static Mode parseMode(String mode) {
        String seen = "";
        for (char c : mode.toCharArray()) {
            if ("rwaxbt+".indexOf(c) < 0 || seen.indexOf(c) >= 0) {
                throw Py.valueError("invalid mode: " + new PyStr(mode).repr());
            }
            seen += c;
        }
        boolean plus = seen.indexOf('+') >= 0;
        int kinds = 0;
        for (char c : "rwax".toCharArray()) {
            kinds += seen.indexOf(c) >= 0 ? 1 : 0;
        }
        if (seen.indexOf('t') >= 0 && seen.indexOf('b') >= 0) {
            throw Py.valueError("can't have text and binary mode at once");
        }
        if (kinds > 1) {
            throw Py.valueError("must have exactly one of create/read/write/append mode");
        }
        if (kinds == 0) {
            throw Py.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        char kind = seen.replaceAll("[bt+]", "").charAt(0);
        boolean binary = seen.indexOf('b') >= 0;
        Set<OpenOption> opts = new java.util.HashSet<>();
        boolean reading = kind == 'r' || plus;
        boolean writing = kind != 'r' || plus;
        if (reading) {
            opts.add(StandardOpenOption.READ);
        }
        if (writing) {
            opts.add(StandardOpenOption.WRITE);
        }
        switch (kind) {
            case 'w' -> {
                opts.add(StandardOpenOption.CREATE);
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            case 'a' -> {
                opts.add(StandardOpenOption.CREATE);
                opts.add(StandardOpenOption.APPEND);
            }
            case 'x' -> opts.add(StandardOpenOption.CREATE_NEW);
            default -> { }
        }
        String shown;
        if (!binary) {
            shown = mode.replace("t", "");
        } else {
            // FileIO's mode: the kind ('w+' reads as 'rb+'), 'b', then '+'.
            char rawKind = kind == 'w' && plus ? 'r' : kind;
            shown = rawKind + "b" + (plus ? "+" : "");
        }
        return new Mode(!binary, reading, writing, opts, shown);
    }

    @Override
    public PyType type() {
        return text ? IoClasses.TEXT : IoClasses.binary(reading, writing, true, unbuffered);
    }

    @Override
    public String repr() {
        String n = "name=" + name.repr();
        if (text) {
            return "<_io.TextIOWrapper " + n + " mode=" + new PyStr(mode).repr() + " encoding=" + new PyStr(encoding).repr() + ">";
        }
        if (unbuffered) {
            return "<_io.FileIO " + (closed ? "[closed]" : n + " mode=" + new PyStr(mode).repr() + " closefd=True") + ">";
        }
        return "<" + type().name() + " " + n + ">";
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "name":
                return name;
            case "mode":
                return new PyStr(mode);
            case "closed":
                return Py.bool(closed);
            default:
                break;
        }
        if (text) {
            switch (attr) {
                case "encoding":
                    return new PyStr(encoding);
                case "errors":
                    return new PyStr(errors);
                case "newlines":
                    return PyNone.NONE;
                case "line_buffering":
                    return Py.bool(lineBuffering);
                default:
                    break;
            }
        }
        return super.getAttr(attr);
    }

    // ---- checks, worded as each _io class words them

    private PyError closedError(String binaryWording) {
        return Py.valueError(text || unbuffered || binaryWording == null ? "I/O operation on closed file." : binaryWording);
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
    public boolean isSeekable() {
        return true;
    }

    @Override
    public void checkOpen() {
        if (closed) {
            throw Py.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable(String closedWording) {
        if (text) {
            checkOpen();
        }
        if (!reading) {
            throw Py.error(ExcTypes.UnsupportedOperation, text ? "not readable" : "read");
        }
        if (closed) {
            throw closedError(closedWording);
        }
    }

    private void checkWritable() {
        if (text) {
            checkOpen();
        }
        if (!writing) {
            throw Py.error(ExcTypes.UnsupportedOperation, text ? "not writable" : "write");
        }
        if (closed) {
            throw closedError("write to closed file");
        }
    }

    // ---- the buffer

    private int buffered() {
        return end - start;
    }

    /** Reads more after what is buffered (the buffer grows by doubling, so reading a big file stays linear); false at end of file. */
    private boolean fill() {
        flushOutgoing();
        int live = buffered();
        if (end + BUFFER_SIZE > pending.length) {
            byte[] room = live + BUFFER_SIZE > pending.length ? new byte[Math.max(2 * live, live + BUFFER_SIZE)] : pending;
            System.arraycopy(pending, start, room, 0, live);
            pending = room;
            start = 0;
            end = live;
        }
        int n;
        try {
            n = channel.read(ByteBuffer.wrap(pending, end, pending.length - end));
        } catch (IOException e) {
            throw FileSystem.error(e, name);
        }
        if (n <= 0) {
            return false;
        }
        end += n;
        return true;
    }

    private byte[] take(int n) {
        byte[] out = Arrays.copyOfRange(pending, start, start + n);
        start += n;
        return out;
    }

    /** Gives back what was read ahead, so the OS position is the Python position again. */
    private void dropReadAhead() {
        if (buffered() > 0) {
            try {
                channel.position(channel.position() - buffered());
            } catch (IOException e) {
                throw FileSystem.error(e, name);
            }
        }
        start = 0;
        end = 0;
    }

    private void flushOutgoing() {
        if (outgoing.size() == 0) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(outgoing.toByteArray());
        outgoing.reset();
        try {
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } catch (IOException e) {
            throw FileSystem.error(e, name);
        }
    }

    private long position() {
        try {
            return channel.position() - buffered() + outgoing.size();
        } catch (IOException e) {
            throw FileSystem.error(e, name);
        }
    }

    // ---- reading

    /** The bytes up to and including the next line ending (as this file's newline setting knows them), or to end of file. */
    private byte[] lineBytes() {
        String newline = text ? this.newline : "\n";
        int from = 0;
        while (true) {
            for (int k = start + from; k < end; k++) {
                byte c = pending[k];
                boolean lf = c == '\n' && (newline == null || newline.isEmpty() || newline.equals("\n")
                        || newline.equals("\r\n") && k > start && pending[k - 1] == '\r');
                if (lf) {
                    return take(k - start + 1);
                }
                if (c == '\r' && (newline == null || newline.isEmpty() || newline.equals("\r"))) {
                    if (k + 1 < end) {
                        return take(k - start + (pending[k + 1] == '\n' && !"\r".equals(newline) ? 2 : 1));
                    }
                    if (!fill()) {
                        return take(buffered());
                    }
                    return lineBytes();
                }
            }
            from = buffered();
            if (!fill()) {
                return take(buffered());
            }
        }
    }

    private String decode(byte[] data) {
        String s = Codecs.decode(data, data.length, encoding, errors);
        return newline == null ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    @Override
    public PyObject readline(long limit) {
        checkReadable("readline of closed file");
        if (!text) {
            byte[] line = lineBytes();
            if (limit >= 0 && line.length > limit) {
                start -= (int) (line.length - limit);
                line = Arrays.copyOf(line, (int) limit);
            }
            return new PyBytes(line);
        }
        byte[] raw = lineBytes();
        String line = decode(raw);
        if (limit >= 0 && line.codePointCount(0, line.length()) > limit) {
            String kept = line.substring(0, line.offsetByCodePoints(0, (int) limit));
            start -= raw.length - Codecs.encode(kept, encoding, errors).length;
            line = kept;
        }
        return new PyStr(line);
    }

    @Override
    public PyObject read(long n) {
        checkReadable("read of closed file");
        if (n < 0) {
            while (fill()) {
                // to the end of the file
            }
            byte[] all = take(buffered());
            return text ? new PyStr(decode(all)) : new PyBytes(all);
        }
        if (!text) {
            while (buffered() < n && fill() && !unbuffered) {
                // a buffered reader returns short only at end of file
            }
            return new PyBytes(take((int) Math.min(n, buffered())));
        }
        // Four bytes cover any UTF-8 character; decode what that many give and keep the rest buffered.
        long want = 4 * n + 1;
        boolean more = true;
        while (buffered() < want && (more = fill())) {
            // until enough bytes for n characters
        }
        int window = (int) Math.min(buffered(), want);
        String all = decode(Arrays.copyOfRange(pending, start, more ? wholeCharacters(start + window) : start + window));
        String kept = all.substring(0, all.offsetByCodePoints(0, (int) Math.min(n, all.codePointCount(0, all.length()))));
        int used = rawLength(kept);
        start += used;
        return new PyStr(kept);
    }

    /** Where the last whole UTF-8 character before {@code end} ends, so a read never decodes half of one. */
    private int wholeCharacters(int limit) {
        if (!"utf-8".equals(Codecs.normalize(encoding))) {
            return limit;
        }
        for (int k = limit - 1; k >= Math.max(start, limit - 4); k--) {
            int b = pending[k] & 0xff;
            if (b >= 0xc0) {
                int length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                return k + length <= limit ? limit : k;
            }
            if (b < 0x80) {
                return limit;
            }
        }
        return limit;
    }

    /** How many buffered bytes the decoded text {@code kept} came from, line endings counted as they were on disk. */
    private int rawLength(String kept) {
        int used = 0;
        String[] parts = kept.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                int at = start + used;
                boolean crlf = newline == null && at + 1 < end && pending[at] == '\r' && pending[at + 1] == '\n';
                used += crlf ? 2 : 1;
            }
            used += Codecs.encode(parts[i], encoding, errors).length;
        }
        return used;
    }

    // ---- writing

    @Override
    public PyObject write(PyObject data) {
        checkWritable();
        byte[] bytes;
        int count;
        if (text) {
            if (!(data instanceof PyStr s)) {
                throw Py.typeError("write() argument must be str, not " + Py.argTypeName(data));
            }
            String out = newline == null || newline.isEmpty() || newline.equals("\n") ? s.value() : s.value().replace("\n", newline);
            bytes = Codecs.encode(out, encoding, errors);
            count = s.length();
        } else {
            bytes = Buffers.bytesOf(data, null);
            count = bytes.length;
        }
        dropReadAhead();
        outgoing.writeBytes(bytes);
        // CPython flushes a file the moment nothing refers to it; a JVM never says when that is,
        // so each write goes straight to disk and open('f', 'w').write(...) loses nothing.
        flushOutgoing();
        return PyInt.of(count);
    }

    @Override
    public void flush() {
        if (closed) {
            throw closedError(writing ? "flush of closed file" : null);
        }
        flushOutgoing();
    }

    @Override
    public PyObject seek(long offset, int whence) {
        if (closed) {
            throw closedError("seek of closed file");
        }
        if (whence < 0 || whence > 2) {
            throw text ? Py.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)")
                    : FileSystem.error(Errno.EINVAL, PyNone.NONE);
        }
        if (text && whence != 0 && offset != 0) {
            throw Py.error(ExcTypes.UnsupportedOperation, "can't do nonzero " + (whence == 1 ? "cur" : "end") + "-relative seeks");
        }
        if (text && offset < 0) {
            throw Py.valueError("negative seek position " + offset);
        }
        long here = position();
        flushOutgoing();
        dropReadAhead();
        try {
            long target = switch (whence) {
                case 1 -> here + offset;
                case 2 -> channel.size() + offset;
                default -> offset;
            };
            if (target < 0) {
                throw new PyError(PyBaseException.oserror(ExcTypes.OSError, Errno.EINVAL.code(), Errno.EINVAL.strerror()));
            }
            channel.position(target);
            return PyInt.of(target);
        } catch (IOException e) {
            throw FileSystem.error(e, name);
        }
    }

    @Override
    public PyObject tell() {
        if (closed) {
            throw closedError(null);
        }
        return PyInt.of(position());
    }

    @Override
    public PyObject truncate(PyObject size) {
        if (!writing) {
            throw Py.error(ExcTypes.UnsupportedOperation, text ? "not writable" : "truncate");
        }
        if (closed) {
            throw closedError("truncate of closed file");
        }
        long at = size == null || size == PyNone.NONE ? position() : Py.index(size);
        flushOutgoing();
        dropReadAhead();
        try {
            long keep = channel.position();
            channel.truncate(at);
            channel.position(keep);
        } catch (IOException e) {
            throw FileSystem.error(e, name);
        }
        return PyInt.of(at);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            flushOutgoing();
        } finally {
            closed = true;
            try {
                channel.close();
            } catch (IOException e) {
                // the data is written; a failing close has nothing more to lose
            }
        }
    }

    @Override
    public PyObject enter() {
        checkOpen();
        return this;
    }

}
