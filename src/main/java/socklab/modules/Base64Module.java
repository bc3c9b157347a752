package socklab.modules;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import socklab.runtime.Buffers;
import socklab.runtime.ExcTypes;
import socklab.runtime.Interpreter;
import socklab.runtime.Py;
import socklab.runtime.PyBuiltinFunction;
import socklab.runtime.PyBytes;
import socklab.runtime.PyBytesLike;
import socklab.runtime.PyError;
import socklab.runtime.PyInt;
import socklab.runtime.PyModule;
import socklab.runtime.PyNone;
import socklab.runtime.PyObject;
import socklab.runtime.PyStr;
import socklab.runtime.Signature;

/** The {@code base64} module: base64 (standard, URL-safe, with altchars), base32 and base16, over binascii's primitives. */
final class Base64Module {
    private static final String B32_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final byte[] B32 = B32_DIGITS.getBytes(StandardCharsets.US_ASCII);
    /** binascii.b2a_base64 takes at most this many bytes per line, as encodebytes feeds it. */
    private static final int MAXBINSIZE = 57;

    private Base64Module() {}

    /** A module-level function declared like its Python original, so argument errors read the same. */
    private interface Body {
        PyObject call(PyObject[] p);
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("base64");
        Map<String, PyObject> d = m.dict();
        def(d, "b64encode(s, altchars)", p -> new PyBytes(b64encode(p[0], p[1])), PyNone.NONE);
        def(d, "b64decode(s, altchars, validate)", p -> new PyBytes(b64decode(decodeData(p[0]), p[1], p[2].isTrue())),
                PyNone.NONE, Py.bool(false));
        def(d, "standard_b64encode(s)", p -> new PyBytes(b64encode(p[0], PyNone.NONE)));
        def(d, "standard_b64decode(s)", p -> new PyBytes(b64decode(decodeData(p[0]), PyNone.NONE, false)));
        def(d, "urlsafe_b64encode(s)", p -> new PyBytes(translate(b64encode(p[0], PyNone.NONE), "+/", "-_")));
        def(d, "urlsafe_b64decode(s)",
                p -> new PyBytes(b64decode(translate(decodeData(p[0]), "-_", "+/"), PyNone.NONE, false)));
        def(d, "b32encode(s)", p -> new PyBytes(b32encode(memoryviewBytes(p[0]))));
        def(d, "b32decode(s, casefold, map01)", p -> new PyBytes(b32decode(p[0], p[1].isTrue(), p[2])),
                Py.bool(false), PyNone.NONE);
        def(d, "b16encode(s)", p -> new PyBytes(upper(BinasciiModule.hexlify(Buffers.bytesOf(p[0], null), null, 1))));
        def(d, "b16decode(s, casefold)", p -> new PyBytes(b16decode(decodeData(p[0]), p[1].isTrue())), Py.bool(false));
        def(d, "encodebytes(s)", p -> new PyBytes(encodebytes(checkedBytes(p[0]))));
        def(d, "decodebytes(s)", p -> new PyBytes(BinasciiModule.a2bBase64(checkedBytes(p[0]), false)));
        d.put("MAXLINESIZE", PyInt.of(76));
        d.put("MAXBINSIZE", PyInt.of(MAXBINSIZE));
        return m;
    }

    /** Defines a function from its declaration; trailing parameters take the given defaults. */
    private static void def(Map<String, PyObject> d, String decl, Body body, PyObject... optional) {
        Signature sig = Signature.parse(decl);
        PyObject[] defaults = new PyObject[sig.slotCount()];
        System.arraycopy(optional, 0, defaults, defaults.length - optional.length, optional.length);
        d.put(sig.name(), new PyBuiltinFunction(sig.name(), (a, kw) -> body.call(sig.bind(a, kw, defaults))));
    }

    /** base64's _bytes_from_decode_data: ASCII str or any bytes-like object. */
    private static byte[] decodeData(PyObject s) {
        if (s instanceof PyStr) {
            try {
                return Buffers.bytesOf(s.getAttr("encode").call(new PyObject[] {new PyStr("ascii")}, null), null);
            } catch (PyError e) {
                PyError plain = Py.valueError("string argument should contain only ASCII characters");
                plain.value().setContext(e.value());
                throw plain;
            }
        }
        if (s instanceof PyBytesLike) {
            return Buffers.bytesOf(s, null);
        }
        throw Py.typeError("argument should be a bytes-like object or ASCII string, not '" + s.type().name() + "'");
    }

    /** What memoryview(s) accepts, with memoryview's message for anything else. */
    private static byte[] memoryviewBytes(PyObject s) {
        if (!(s instanceof PyBytesLike)) {
            throw Py.typeError("memoryview: a bytes-like object is required, not '" + s.type().name() + "'");
        }
        return Buffers.bytesOf(s, null);
    }

    /** encodebytes and decodebytes check their argument first, re-raising memoryview's error as base64.py does. */
    private static byte[] checkedBytes(PyObject s) {
        try {
            return memoryviewBytes(s);
        } catch (PyError e) {
            PyError wrapped = Py.typeError("expected bytes-like object, not " + s.type().name());
            wrapped.value().setCause(e.value());
            throw wrapped;
        }
    }

    /** b64encode's altchars: any sized object passes base64.py's assert, but maketrans then wants bytes. */
    private static String encodeAltchars(PyObject altchars) {
        if (altchars.len() != 2) {
            throw Py.error(ExcTypes.AssertionError, altchars.repr());
        }
        return new String(Buffers.bytesOf(altchars, null), StandardCharsets.ISO_8859_1);
    }

    /** b64decode's altchars and b32decode's map01, converted like the data and then asserted to be n bytes. */
    private static String decodeChars(PyObject chars, int n) {
        byte[] b = decodeData(chars);
        if (b.length != n) {
            throw Py.error(ExcTypes.AssertionError, new PyBytes(b).repr());
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] b64encode(PyObject s, PyObject altchars) {
        byte[] encoded = BinasciiModule.b2aBase64(Buffers.bytesOf(s, null), false);
        return altchars == PyNone.NONE ? encoded : translate(encoded, "+/", encodeAltchars(altchars));
    }

    private static byte[] b64decode(byte[] s, PyObject altchars, boolean validate) {
        byte[] data = altchars == PyNone.NONE ? s : translate(s, decodeChars(altchars, 2), "+/");
        return BinasciiModule.a2bBase64(data, validate);
    }

    private static byte[] translate(byte[] data, String from, String to) {
        byte[] out = data.clone();
        for (int i = 0; i < out.length; i++) {
            int at = from.indexOf((char) (out[i] & 0xff));
            if (at >= 0) {
                out[i] = (byte) to.charAt(at);
            }
        }
        return out;
    }

    private static byte[] upper(byte[] data) {
        byte[] out = data.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 'a' && out[i] <= 'z') {
                out[i] -= 32;
            }
        }
        return out;
    }

    private static byte[] encodebytes(byte[] s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length; i += MAXBINSIZE) {
            out.writeBytes(BinasciiModule.b2aBase64(Arrays.copyOfRange(s, i, Math.min(s.length, i + MAXBINSIZE)), true));
        }
        return out.toByteArray();
    }

    private static byte[] b32encode(byte[] s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length; i += 5) {
            int n = Math.min(5, s.length - i);
            long acc = 0;
            for (int k = 0; k < 5; k++) {
                acc = acc << 8 | (k < n ? s[i + k] & 0xff : 0);
            }
            int chars = (n * 8 + 4) / 5;
            for (int k = 0; k < 8; k++) {
                out.write(k < chars ? B32[(int) (acc >> (35 - 5 * k)) & 31] : '=');
            }
        }
        return out.toByteArray();
    }

    /** base32 decoding in base64.py's order of checks: length, map01, casefold, digits, then padding. */
    private static byte[] b32decode(PyObject source, boolean casefold, PyObject map01) {
        byte[] s = decodeData(source);
        if (s.length % 8 != 0) {
            throw BinasciiModule.error("Incorrect padding");
        }
        if (map01 != PyNone.NONE) {
            s = translate(s, "01", "O" + decodeChars(map01, 1));
        }
        if (casefold) {
            s = upper(s);
        }
        int end = s.length;
        while (end > 0 && s[end - 1] == '=') {
            end--;
        }
        int padchars = s.length - end;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long acc = 0;
        for (int i = 0; i < end; i += 8) {
            acc = 0;
            for (int k = i; k < Math.min(end, i + 8); k++) {
                int v = B32_DIGITS.indexOf((char) (s[k] & 0xff));
                if (v < 0) {
                    throw BinasciiModule.error("Non-base32 digit found");
                }
                acc = acc << 5 | v;
            }
            for (int k = 4; k >= 0; k--) {
                out.write((int) (acc >> (8 * k)));
            }
        }
        if (padchars != 0 && padchars != 1 && padchars != 3 && padchars != 4 && padchars != 6) {
            throw BinasciiModule.error("Incorrect padding");
        }
        byte[] decoded = out.toByteArray();
        if (padchars > 0 && decoded.length > 0) {
            acc <<= 5 * padchars;
            int leftover = (43 - 5 * padchars) / 8;
            for (int k = 0; k < 5; k++) {
                decoded[decoded.length - 5 + k] = (byte) (acc >> (8 * (4 - k)));
            }
            decoded = Arrays.copyOf(decoded, decoded.length - 5 + leftover);
        }
        return decoded;
    }

    private static byte[] b16decode(byte[] s, boolean casefold) {
        byte[] data = casefold ? upper(s) : s;
        for (byte c : data) {
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
                throw BinasciiModule.error("Non-base16 digit found");
            }
        }
        return BinasciiModule.unhexlify(data);
    }
}
