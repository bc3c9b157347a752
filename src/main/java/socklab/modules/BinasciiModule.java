package socklab.modules;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * The {@code binascii} module: hex and base64 conversions and crc32, the primitives the
 * {@code base64} module is built on. Both modules raise binascii.Error.
 */
final class BinasciiModule {
    static final PyType ERROR = ExcTypes.subclass("binascii", "Error", ExcTypes.ValueError);
    static final PyType INCOMPLETE = ExcTypes.subclass("binascii", "Incomplete", ExcTypes.Exception);
    private static final byte[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private BinasciiModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("binascii");
        Map<String, PyObject> d = m.dict();
        for (String name : new String[] {"hexlify", "b2a_hex"}) {
            d.put(name, new PyBuiltinFunction(name, (a, kw) -> {
                PyObject[] p = clinic(name, a, kw, new String[] {"data", "sep", "bytes_per_sep"}, 1);
                return new PyBytes(hexlify(Buffers.bytesOf(p[0], null), p[1], p[2] == null ? 1 : Py.index(p[2])));
            }));
        }
        for (String name : new String[] {"unhexlify", "a2b_hex"}) {
            d.put(name, new PyBuiltinFunction(name, (a, kw) -> {
                Args.noKeywords("binascii." + name, kw);
                if (a.length != 1) {
                    throw Py.typeError("binascii." + name + "() takes exactly one argument (" + a.length + " given)");
                }
                return new PyBytes(unhexlify(asciiData(a[0])));
            }));
        }
        d.put("crc_hqx", new PyBuiltinFunction("crc_hqx", (a, kw) -> {
            Args.noKeywords("crc_hqx", kw);
            if (a.length != 2) {
                throw Py.typeError("crc_hqx expected 2 arguments, got " + a.length);
            }
            return PyInt.of(crcHqx(Buffers.bytesOf(a[0], null), (int) (maskedIndex(a[1]) & 0xFFFF)));
        }));
        d.put("crc32", new PyBuiltinFunction("crc32", (a, kw) -> {
            Args.noKeywords("crc32", kw);
            if (a.length < 1 || a.length > 2) {
                throw Py.typeError("crc32 expected " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments")
                        + ", got " + a.length);
            }
            byte[] data = Buffers.bytesOf(a[0], null);
            long start = a.length > 1 ? maskedIndex(a[1]) : 0;
            return PyInt.of(crc32(data, start));
        }));
        d.put("b2a_base64", new PyBuiltinFunction("b2a_base64", (a, kw) -> {
            PyObject[] p = keywordOnly("b2a_base64", a, kw, "newline");
            byte[] data = Buffers.bytesOf(p[0], null);
            return new PyBytes(b2aBase64(data, p[1] == null || p[1].isTrue()));
        }));
        d.put("a2b_base64", new PyBuiltinFunction("a2b_base64", (a, kw) -> {
            PyObject[] p = keywordOnly("a2b_base64", a, kw, "strict_mode");
            return new PyBytes(a2bBase64(asciiData(p[0]), p[1] != null && p[1].isTrue()));
        }));
        d.put("Error", ERROR);
        d.put("Incomplete", INCOMPLETE);
        return m;
    }

    static PyError error(String message) {
        return Py.error(ERROR, message);
    }

    /** Binds arguments the way Argument Clinic words its errors: "missing required argument 'data' (pos 1)". */
    private static PyObject[] clinic(String fn, PyObject[] a, Map<String, PyObject> kw, String[] names, int required) {
        int given = a.length + (kw == null ? 0 : kw.size());
        if (given > names.length) {
            throw Py.typeError(fn + "() takes at most " + names.length + " arguments (" + given + " given)");
        }
        PyObject[] p = new PyObject[names.length];
        System.arraycopy(a, 0, p, 0, a.length);
        if (kw != null) {
            kw.forEach((k, v) -> {
                int i = Arrays.asList(names).indexOf(k);
                if (i < 0) {
                    throw Py.typeError("'" + k + "' is an invalid keyword argument for " + fn + "()");
                }
                if (p[i] != null) {
                    throw Py.typeError("argument for " + fn + "() given by name ('" + k + "') and position (" + (i + 1) + ")");
                }
                p[i] = v;
            });
        }
        for (int i = 0; i < required; i++) {
            if (p[i] == null) {
                throw Py.typeError(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return p;
    }

    /** One positional argument and one keyword-only option, as b2a_base64 and a2b_base64 take. */
    private static PyObject[] keywordOnly(String fn, PyObject[] a, Map<String, PyObject> kw, String option) {
        if (a.length != 1) {
            throw Py.typeError(fn + "() takes exactly 1 positional argument (" + a.length + " given)");
        }
        PyObject value = null;
        if (kw != null) {
            for (Map.Entry<String, PyObject> e : kw.entrySet()) {
                if (!e.getKey().equals(option)) {
                    throw Py.typeError("'" + e.getKey() + "' is an invalid keyword argument for " + fn + "()");
                }
                value = e.getValue();
            }
        }
        return new PyObject[] {a[0], value};
    }

    private static long maskedIndex(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw Py.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        return i.bigValue().longValue() & 0xffffffffL;
    }

    /** What the a2b functions accept: a bytes-like object, or a str of ASCII characters only. */
    static byte[] asciiData(PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.value();
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) > 127) {
                    throw Py.valueError("string argument should contain only ASCII characters");
                }
            }
            return v.getBytes(StandardCharsets.US_ASCII);
        }
        if (o instanceof PyBytesLike) {
            return Buffers.bytesOf(o, null);
        }
        throw Py.typeError("argument should be bytes, buffer or ASCII string, not '" + o.type().name() + "'");
    }

    /** Hex digits, with sep between groups of bytesPerSep bytes counted from the right (from the left when negative). */
    static byte[] hexlify(byte[] data, PyObject sep, long bytesPerSep) {
        byte sepByte = sep == null ? 0 : separatorByte(sep);
        long group = Math.abs(bytesPerSep);
        boolean useSep = sep != null && group != 0 && data.length > 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3);
        for (int i = 0; i < data.length; i++) {
            if (useSep && i > 0) {
                long fromStart = bytesPerSep < 0 ? i : data.length - i;
                if (fromStart % group == 0) {
                    out.write(sepByte);
                }
            }
            out.write(HEX[(data[i] >> 4) & 0xf]);
            out.write(HEX[data[i] & 0xf]);
        }
        return out.toByteArray();
    }

    private static byte separatorByte(PyObject sep) {
        if (sep instanceof PyStr s) {
            if (s.length() != 1) {
                throw Py.valueError("sep must be length 1.");
            }
            int c = s.value().codePointAt(0);
            if (c > 255) {
                throw Py.valueError("sep must be ASCII.");
            }
            return (byte) c;
        }
        if (sep instanceof PyBytesLike b) {
            if (b.size() != 1) {
                throw Py.valueError("sep must be length 1.");
            }
            return b.array()[0];
        }
        throw Py.typeError("object of type '" + sep.type().name() + "' has no len()");
    }

    static byte[] unhexlify(byte[] hex) {
        if (hex.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[hex.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(hex[2 * i], 16);
            int lo = Character.digit(hex[2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** CRC-CCITT (polynomial 0x1021, most significant bit first), as binhex uses it. */
    private static int crcHqx(byte[] data, int crc) {
        for (byte b : data) {
            crc ^= (b & 0xFF) << 8;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc;
    }

    static long crc32(byte[] data, long start) {
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(data);
            return c.getValue();
        }
        long crc = ~start & 0xffffffffL;
        for (byte b : data) {
            crc ^= b & 0xff;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320L : crc >>> 1;
            }
        }
        return ~crc & 0xffffffffL;
    }

    static byte[] b2aBase64(byte[] data, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4 / 3 + 4);
        for (int i = 0; i < data.length; i += 3) {
            int n = Math.min(3, data.length - i);
            int v = (data[i] & 0xff) << 16 | (n > 1 ? (data[i + 1] & 0xff) << 8 : 0) | (n > 2 ? data[i + 2] & 0xff : 0);
            out.write(B64[v >> 18 & 63]);
            out.write(B64[v >> 12 & 63]);
            out.write(n > 1 ? B64[v >> 6 & 63] : '=');
            out.write(n > 2 ? B64[v & 63] : '=');
        }
        if (newline) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static int b64Value(byte c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }

    /**
     * Base64 decoding as CPython does it: outside strict mode, characters outside the alphabet are
     * skipped and a complete pad sequence ends the data; strict mode refuses both.
     */
    static byte[] a2bBase64(byte[] in, boolean strict) {
        if (strict && in.length > 0 && in[0] == '=') {
            throw error("Leading padding not allowed");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 3 / 4);
        int quadPos = 0;
        int pads = 0;
        int left = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < in.length; i++) {
            byte c = in[i];
            if (c == '=') {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < in.length) {
                        throw error("Excess data after padding");
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = b64Value(c);
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> left = v;
                case 1 -> {
                    out.write(left << 2 | v >> 4);
                    left = v & 0x0f;
                }
                case 2 -> {
                    out.write(left << 4 | v >> 2);
                    left = v & 0x03;
                }
                default -> out.write(left << 6 | v);
            }
            quadPos = (quadPos + 1) % 4;
        }
        if (quadPos == 1) {
            throw error("Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1)
                    + ") cannot be 1 more than a multiple of 4");
        }
        if (quadPos != 0) {
            throw error("Incorrect padding");
        }
        return out.toByteArray();
    }
}
