package socklab.modules;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * The {@code zlib} module: deflate streams in zlib, gzip and raw framing on java.util.zip, which is
 * zlib itself, so the bytes are CPython's; gzip's header and trailer are written and checked here
 * because Java's Deflater has no gzip mode. Only the window of 2**15 bytes and memLevel 8 are
 * Java's: a smaller wbits gets its own header but the larger window's matches.
 */
final class ZlibModule {
    static final PyType ERROR = ExcTypes.subclass("zlib", "error", ExcTypes.Exception);
    private static final PyType COMPRESS = new PyType("Compress", "zlib", null);
    private static final PyType DECOMPRESS = new PyType("Decompress", "zlib", null);
    private static final int DEF_BUF_SIZE = 16384;
    private static final int Z_FINISH = 4;

    private enum Framing { ZLIB, RAW, GZIP, AUTO }

    static {
        COMPRESS.method("compress", (s, a, kw) -> new PyBytes(((Compressor) s).compress(
                Buffers.bytesOf(Args.one("compress", a, kw), null))));
        COMPRESS.method("flush", (s, a, kw) -> {
            PyObject[] p = Args.takes("flush", a, kw, 0, 1);
            return new PyBytes(((Compressor) s).flush(p[0] == null ? Z_FINISH : Py.indexInt(p[0])));
        });
        DECOMPRESS.method("decompress", (s, a, kw) -> {
            PyObject[] p = Args.keywords("decompress", a, kw, new String[] {"data", "max_length"}, 2, 1);
            int max = p[1] == null ? 0 : Py.indexInt(p[1]);
            if (max < 0) {
                throw Py.error(ExcTypes.ValueError, "max_length must be non-negative");
            }
            return new PyBytes(((Decompressor) s).decompress(Buffers.bytesOf(p[0], null), max));
        });
        DECOMPRESS.method("flush", (s, a, kw) -> {
            PyObject[] p = Args.takes("flush", a, kw, 0, 1);
            if (p[0] != null && Py.indexInt(p[0]) <= 0) {
                throw Py.error(ExcTypes.ValueError, "length must be greater than zero");
            }
            Decompressor d = (Decompressor) s;
            byte[] tail = d.unconsumedTail;
            d.unconsumedTail = new byte[0];
            return new PyBytes(d.decompress(tail, 0));
        });
    }

    private ZlibModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("zlib");
        Map<String, PyObject> d = m.dict();
        d.put("compress", new PyBuiltinFunction("compress", (a, kw) -> {
            PyObject[] p = Args.keywords("compress", a, kw, new String[] {"", "level", "wbits"}, 3, 1);
            byte[] data = Buffers.bytesOf(p[0], null);
            Compressor c = new Compressor(intOr(p[1], -1), intOr(p[2], 15), 0, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(c.compress(data));
            out.writeBytes(c.flush(Z_FINISH));
            return new PyBytes(out.toByteArray());
        }));
        d.put("decompress", new PyBuiltinFunction("decompress", (a, kw) -> {
            PyObject[] p = Args.keywords("decompress", a, kw, new String[] {"", "wbits", "bufsize"}, 3, 1);
            byte[] data = Buffers.bytesOf(p[0], null);
            if (p[2] != null && Py.indexInt(p[2]) < 0) {
                throw Py.error(ExcTypes.ValueError, "bufsize must be non-negative");
            }
            Decompressor dec = new Decompressor(intOr(p[1], 15), null);
            byte[] result = dec.decompress(data, 0);
            if (!dec.eof) {
                throw error(-5, "decompressing data", "incomplete or truncated stream");
            }
            return new PyBytes(result);
        }));
        d.put("compressobj", new PyBuiltinFunction("compressobj", (a, kw) -> {
            PyObject[] p = Args.keywords("compressobj", a, kw,
                    new String[] {"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 6, 0);
            if (intOr(p[1], 8) != 8 || intOr(p[3], 8) < 1 || intOr(p[3], 8) > 9) {
                throw Py.error(ERROR, "Invalid initialization option");
            }
            return new Compressor(intOr(p[0], -1), intOr(p[2], 15), intOr(p[4], 0),
                    p[5] == null ? null : Buffers.bytesOf(p[5], null));
        }));
        d.put("decompressobj", new PyBuiltinFunction("decompressobj", (a, kw) -> {
            PyObject[] p = Args.keywords("decompressobj", a, kw, new String[] {"wbits", "zdict"}, 2, 0);
            byte[] zdict = p[1] == null ? null : Buffers.bytesOf(p[1], null);
            return new Decompressor(intOr(p[0], 15), zdict == null || zdict.length == 0 ? null : zdict);
        }));
        d.put("crc32", new PyBuiltinFunction("crc32", (a, kw) -> {
            PyObject[] p = Args.takes("crc32", a, kw, 1, 2);
            return PyInt.of(BinasciiModule.crc32(Buffers.bytesOf(p[0], null), p[1] == null ? 0 : masked(p[1])));
        }));
        d.put("adler32", new PyBuiltinFunction("adler32", (a, kw) -> {
            PyObject[] p = Args.takes("adler32", a, kw, 1, 2);
            return PyInt.of(adler32(Buffers.bytesOf(p[0], null), p[1] == null ? 1 : masked(p[1])));
        }));
        d.put("error", ERROR);
        Object[][] constants = {{"DEFLATED", 8}, {"DEF_BUF_SIZE", DEF_BUF_SIZE}, {"DEF_MEM_LEVEL", 8},
            {"MAX_WBITS", 15}, {"Z_BEST_COMPRESSION", 9}, {"Z_BEST_SPEED", 1}, {"Z_BLOCK", 5},
            {"Z_DEFAULT_COMPRESSION", -1}, {"Z_DEFAULT_STRATEGY", 0}, {"Z_FILTERED", 1}, {"Z_FINISH", Z_FINISH},
            {"Z_FIXED", 4}, {"Z_FULL_FLUSH", 3}, {"Z_HUFFMAN_ONLY", 2}, {"Z_NO_COMPRESSION", 0},
            {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_RLE", 3}, {"Z_SYNC_FLUSH", 2}, {"Z_TREES", 6}};
        for (Object[] c : constants) {
            d.put((String) c[0], PyInt.of((Integer) c[1]));
        }
        d.put("ZLIB_VERSION", new PyStr("1.2.13"));
        d.put("ZLIB_RUNTIME_VERSION", new PyStr("1.2.13"));
        return m;
    }

    private static int intOr(PyObject o, int dflt) {
        return o == null ? dflt : Py.indexInt(o);
    }

    private static long masked(PyObject o) {
        return Py.index(o) & 0xffffffffL;
    }

    static PyError error(int code, String doing, String message) {
        return Py.error(ERROR, "Error " + code + " while " + doing + ": " + message);
    }

    static long adler32(byte[] data, long start) {
        long a = start & 0xffff;
        long b = (start >>> 16) & 0xffff;
        for (byte x : data) {
            a = (a + (x & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return b << 16 | a;
    }

    /** Which framing a wbits value asks for, as zlib reads it; null when zlib refuses it. */
    private static Framing framing(int wbits, boolean inflating) {
        if (wbits >= 8 && wbits <= 15 || inflating && wbits == 0) {
            return Framing.ZLIB;
        }
        if (wbits >= -15 && wbits <= (inflating ? -8 : -9)) {
            return Framing.RAW;
        }
        if (wbits >= 25 && wbits <= 31 || inflating && (wbits == 16 || wbits == 24)) {
            return Framing.GZIP;
        }
        return inflating && (wbits == 32 || wbits >= 40 && wbits <= 47) ? Framing.AUTO : null;
    }

    /** A compressobj(): a Deflater and, for gzip, the header, crc and length zlib would write. */
    private static final class Compressor extends PyObject {
        private final Deflater deflater;
        private final Framing framing;
        private final int level;
        private final int strategy;
        private final int windowBits;
        private final CRC32 crc = new CRC32();
        private long size;
        private boolean started;
        private boolean done;
        /** A zlib header for a window under 2**15 is still to be written over Java's. */
        private boolean headerPending;

        Compressor(int level, int wbits, int strategy, byte[] zdict) {
            Framing f = framing(wbits, false);
            if (level < -1 || level > 9 || f == null || strategy < 0 || strategy > 4) {
                throw Py.error(ERROR, "Bad compression level");
            }
            this.framing = f;
            this.level = level;
            this.strategy = strategy;
            this.windowBits = Math.max(wbits, 9);
            this.headerPending = f == Framing.ZLIB && windowBits != 15;
            this.deflater = new Deflater(level, f != Framing.ZLIB);
            deflater.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY);
            if (zdict != null) {
                deflater.setDictionary(zdict);
            }
        }

        @Override
        public PyType type() {
            return COMPRESS;
        }

        byte[] compress(byte[] data) {
            if (done) {
                throw error(-2, "compressing data", "inconsistent stream state");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            start(out);
            crc.update(data);
            size += data.length;
            deflater.setInput(data);
            drain(out, Deflater.NO_FLUSH);
            return finish(out);
        }

        byte[] flush(int mode) {
            if (mode == 0) {
                return new byte[0];
            }
            if (done) {
                throw error(-2, "flushing", "inconsistent stream state");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            start(out);
            if (mode != Z_FINISH) {
                drain(out, mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH);
                return finish(out);
            }
            deflater.finish();
            byte[] buf = new byte[DEF_BUF_SIZE];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            deflater.end();
            done = true;
            if (framing == Framing.GZIP) {
                writeLittle(out, crc.getValue());
                writeLittle(out, size);
            }
            return finish(out);
        }

        /** zlib writes a stream's header with its first output: gzip's is ours to write. */
        private void start(ByteArrayOutputStream out) {
            if (started) {
                return;
            }
            started = true;
            if (framing == Framing.GZIP) {
                int extra = level == 9 ? 2 : strategy >= 2 || level >= 0 && level < 2 ? 4 : 0;
                out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) extra, 3});
            }
        }

        private byte[] finish(ByteArrayOutputStream out) {
            byte[] bytes = out.toByteArray();
            if (headerPending && bytes.length >= 2) {
                headerPending = false;
                // The header of the smaller window asked for: CINFO, then FCHECK making it a multiple of 31.
                int cmf = (windowBits - 8) << 4 | 8;
                int flg = bytes[1] & 0xe0;
                flg += 31 - (cmf * 256 + flg) % 31;
                bytes[0] = (byte) cmf;
                bytes[1] = (byte) flg;
            }
            return bytes;
        }

        private void drain(ByteArrayOutputStream out, int flush) {
            byte[] buf = new byte[DEF_BUF_SIZE];
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
            } while (n == buf.length || !deflater.needsInput());
        }
    }

    private static void writeLittle(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }

    /**
     * A decompressobj(): an Inflater over the deflate data, with gzip's header and trailer (and
     * the choice between gzip and zlib that wbits 32+ asks for) read here.
     */
    private static final class Decompressor extends PyObject {
        private final byte[] zdict;
        private Framing framing;
        private Inflater inflater;
        /** Input kept back until a gzip header or trailer is whole. */
        private byte[] held = new byte[0];
        private boolean inBody;
        private final CRC32 crc = new CRC32();
        private long size;
        boolean eof;
        byte[] unusedData = new byte[0];
        byte[] unconsumedTail = new byte[0];

        Decompressor(int wbits, byte[] zdict) {
            this.framing = framing(wbits, true);
            if (framing == null) {
                throw error(-2, "preparing to decompress data", "inconsistent stream state");
            }
            this.zdict = zdict;
            if (framing == Framing.ZLIB || framing == Framing.RAW) {
                startBody(framing == Framing.RAW);
            }
            if (framing == Framing.RAW && zdict != null) {
                inflater.setDictionary(zdict);
            }
        }

        private void startBody(boolean raw) {
            inflater = new Inflater(raw);
            inBody = true;
        }

        @Override
        public PyType type() {
            return DECOMPRESS;
        }

        @Override
        public PyObject getAttr(String attr) {
            return switch (attr) {
                case "eof" -> Py.bool(eof);
                case "unused_data" -> new PyBytes(unusedData);
                case "unconsumed_tail" -> new PyBytes(unconsumedTail);
                default -> super.getAttr(attr);
            };
        }

        byte[] decompress(byte[] data, int maxLength) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (eof) {
                unusedData = concat(unusedData, data);
                return out.toByteArray();
            }
            byte[] input = concat(held, data);
            held = new byte[0];
            int at = 0;
            if (!inBody) {
                int body = header(input);
                if (body < 0) {
                    held = input;
                    return out.toByteArray();
                }
                at = body;
            }
            if (inflater.finished()) {
                return trailer(input, at, out);
            }
            inflater.setInput(input, at, input.length - at);
            byte[] buf = new byte[DEF_BUF_SIZE];
            try {
                while (!inflater.finished()) {
                    int room = maxLength > 0 ? Math.min(buf.length, maxLength - out.size()) : buf.length;
                    if (room == 0) {
                        break;
                    }
                    int n = inflater.inflate(buf, 0, room);
                    if (n == 0 && inflater.needsDictionary()) {
                        if (zdict == null) {
                            throw Py.error(ERROR, "Error 2 while decompressing data");
                        }
                        inflater.setDictionary(zdict);
                        continue;
                    }
                    if (n == 0 && inflater.needsInput()) {
                        break;
                    }
                    out.write(buf, 0, n);
                    if (framing == Framing.GZIP) {
                        crc.update(buf, 0, n);
                        size += n;
                    }
                }
            } catch (DataFormatException e) {
                throw error(-3, "decompressing data", e.getMessage() == null ? "invalid data" : e.getMessage());
            }
            int rest = input.length - inflater.getRemaining();
            if (!inflater.finished()) {
                unconsumedTail = java.util.Arrays.copyOfRange(input, rest, input.length);
                return out.toByteArray();
            }
            unconsumedTail = new byte[0];
            return trailer(input, rest, out);
        }

        /** After the deflate data: gzip's crc and length, then whatever follows is unused_data. */
        private byte[] trailer(byte[] input, int at, ByteArrayOutputStream out) {
            if (framing == Framing.GZIP) {
                if (input.length - at < 8) {
                    held = java.util.Arrays.copyOfRange(input, at, input.length);
                    return out.toByteArray();
                }
                if (little(input, at) != crc.getValue()) {
                    throw error(-3, "decompressing data", "incorrect data check");
                }
                if (little(input, at + 4) != (size & 0xffffffffL)) {
                    throw error(-3, "decompressing data", "incorrect length check");
                }
                at += 8;
            }
            eof = true;
            unusedData = concat(unusedData, java.util.Arrays.copyOfRange(input, at, input.length));
            return out.toByteArray();
        }

        /** Reads a gzip header (or sees a zlib one, for wbits 32+): where the body starts, or -1 for more input. */
        private int header(byte[] in) {
            if (framing == Framing.AUTO) {
                if (in.length < 2) {
                    return -1;
                }
                framing = (in[0] & 0xff) == 0x1f && (in[1] & 0xff) == 0x8b ? Framing.GZIP : Framing.ZLIB;
                if (framing == Framing.ZLIB) {
                    startBody(false);
                    return 0;
                }
            }
            if (in.length >= 1 && (in[0] & 0xff) != 0x1f || in.length >= 2 && (in[1] & 0xff) != 0x8b) {
                throw error(-3, "decompressing data", "incorrect header check");
            }
            if (in.length < 10) {
                return -1;
            }
            if (in[2] != 8) {
                throw error(-3, "decompressing data", "unknown compression method");
            }
            int flags = in[3] & 0xff;
            if ((flags & 0xe0) != 0) {
                throw error(-3, "decompressing data", "unknown header flags set");
            }
            int at = 10;
            if ((flags & 4) != 0) {
                if (in.length < at + 2) {
                    return -1;
                }
                at += 2 + ((in[at] & 0xff) | (in[at + 1] & 0xff) << 8);
            }
            for (int flag : new int[] {8, 16}) {
                if ((flags & flag) != 0) {
                    while (at < in.length && in[at] != 0) {
                        at++;
                    }
                    if (at >= in.length) {
                        return -1;
                    }
                    at++;
                }
            }
            if ((flags & 2) != 0) {
                at += 2;
            }
            if (at > in.length) {
                return -1;
            }
            startBody(true);
            return at;
        }
    }

    private static long little(byte[] b, int at) {
        long v = 0;
        for (int i = 3; i >= 0; i--) {
            v = v << 8 | (b[at + i] & 0xff);
        }
        return v;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
