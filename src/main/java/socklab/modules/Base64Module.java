package socklab.modules;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.LibraryFrame;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.Signature;

/** The {@code base64} module: base64 (standard, URL-safe, with altchars), base32 and base16, over binascii's primitives. */
final class Base64Module {
    private static final String B32_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    /** base32hex (RFC 4648 section 7): the same coding with digits first. */
    private static final String B32HEX_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    /** binascii.b2a_base64 takes at most this many bytes per line, as encodebytes feeds it. */
    private static final int MAXBINSIZE = 57;

    // The lines of base64.py that CPython's tracebacks quote when an error passes through them.
    private static final String FILE = "base64.py";
    private static final String DATA = "_bytes_from_decode_data";
    private static final LibraryFrame DATA_ENCODE = new LibraryFrame(FILE, 37, DATA, "return s.encode('ascii')",
            "s.encode('ascii')");
    private static final LibraryFrame DATA_ASCII = new LibraryFrame(FILE, 39, DATA,
            "raise ValueError('string argument should contain only ASCII characters')");
    private static final LibraryFrame DATA_TYPE = new LibraryFrame(FILE, 45, DATA,
            "raise TypeError(\"argument should be a bytes-like object or ASCII \"");
    private static final String ENCODE_ASSERT = "assert len(altchars) == 2, repr(altchars)";
    private static final LibraryFrame ENCODE_BINASCII = new LibraryFrame(FILE, 58, "b64encode",
            "encoded = binascii.b2a_base64(s, newline=False)", "binascii.b2a_base64(s, newline=False)");
    private static final LibraryFrame ENCODE_LEN = new LibraryFrame(FILE, 60, "b64encode", ENCODE_ASSERT, "len(altchars)");
    private static final LibraryFrame ENCODE_ASSERTED = new LibraryFrame(FILE, 60, "b64encode", ENCODE_ASSERT,
            "len(altchars) == 2");
    private static final LibraryFrame ENCODE_TRANSLATE = new LibraryFrame(FILE, 61, "b64encode",
            "return encoded.translate(bytes.maketrans(b'+/', altchars))", "bytes.maketrans(b'+/', altchars)");
    private static final LibraryFrame DECODE_DATA = new LibraryFrame(FILE, 83, "b64decode", "s = _bytes_from_decode_data(s)",
            "_bytes_from_decode_data(s)");
    private static final LibraryFrame DECODE_ALTCHARS = new LibraryFrame(FILE, 85, "b64decode",
            "altchars = _bytes_from_decode_data(altchars)", "_bytes_from_decode_data(altchars)");
    private static final LibraryFrame DECODE_ASSERTED = new LibraryFrame(FILE, 86, "b64decode", ENCODE_ASSERT,
            "len(altchars) == 2");
    private static final LibraryFrame DECODE_BINASCII = new LibraryFrame(FILE, 88, "b64decode",
            "return binascii.a2b_base64(s, strict_mode=validate)", "binascii.a2b_base64(s, strict_mode=validate)");
    private static final LibraryFrame STANDARD_ENCODE = new LibraryFrame(FILE, 96, "standard_b64encode",
            "return b64encode(s)", "b64encode(s)");
    private static final LibraryFrame STANDARD_DECODE = new LibraryFrame(FILE, 106, "standard_b64decode",
            "return b64decode(s)", "b64decode(s)");
    private static final LibraryFrame URLSAFE_ENCODE = new LibraryFrame(FILE, 119, "urlsafe_b64encode",
            "return b64encode(s).translate(_urlsafe_encode_translation)", "b64encode(s)");
    private static final LibraryFrame URLSAFE_DATA = new LibraryFrame(FILE, 132, "urlsafe_b64decode",
            "s = _bytes_from_decode_data(s)", "_bytes_from_decode_data(s)");
    private static final LibraryFrame URLSAFE_DECODE = new LibraryFrame(FILE, 134, "urlsafe_b64decode",
            "return b64decode(s)", "b64decode(s)");
    private static final LibraryFrame B32_MEMORYVIEW = new LibraryFrame(FILE, 176, "_b32encode",
            "s = memoryview(s).tobytes()", "memoryview(s)");
    private static final LibraryFrame B32_DATA = new LibraryFrame(FILE, 208, "_b32decode", "s = _bytes_from_decode_data(s)",
            "_bytes_from_decode_data(s)");
    private static final LibraryFrame B32_LENGTH = new LibraryFrame(FILE, 210, "_b32decode",
            "raise binascii.Error('Incorrect padding')");
    private static final LibraryFrame B32_MAP01 = new LibraryFrame(FILE, 215, "_b32decode",
            "map01 = _bytes_from_decode_data(map01)", "_bytes_from_decode_data(map01)");
    private static final LibraryFrame B32_MAP01_ASSERTED = new LibraryFrame(FILE, 216, "_b32decode",
            "assert len(map01) == 1, repr(map01)", "len(map01) == 1");
    private static final LibraryFrame B32_DIGIT = new LibraryFrame(FILE, 236, "_b32decode",
            "raise binascii.Error('Non-base32 digit found') from None");
    private static final LibraryFrame B32_PADDING = new LibraryFrame(FILE, 240, "_b32decode",
            "raise binascii.Error('Incorrect padding')");
    private static final LibraryFrame B32ENCODE = new LibraryFrame(FILE, 250, "b32encode",
            "return _b32encode(_b32alphabet, s)", "_b32encode(_b32alphabet, s)");
    private static final LibraryFrame B32DECODE = new LibraryFrame(FILE, 254, "b32decode",
            "return _b32decode(_b32alphabet, s, casefold, map01)", "_b32decode(_b32alphabet, s, casefold, map01)");
    private static final LibraryFrame B32HEXENCODE = new LibraryFrame(FILE, 259, "b32hexencode",
            "return _b32encode(_b32hexalphabet, s)", "_b32encode(_b32hexalphabet, s)");
    private static final LibraryFrame B32HEXDECODE = new LibraryFrame(FILE, 264, "b32hexdecode",
            "return _b32decode(_b32hexalphabet, s, casefold)", "_b32decode(_b32hexalphabet, s, casefold)");
    private static final LibraryFrame B16ENCODE = new LibraryFrame(FILE, 275, "b16encode",
            "return binascii.hexlify(s).upper()", "binascii.hexlify(s)");
    private static final LibraryFrame B16_DATA = new LibraryFrame(FILE, 288, "b16decode", "s = _bytes_from_decode_data(s)",
            "_bytes_from_decode_data(s)");
    private static final LibraryFrame B16_DIGIT = new LibraryFrame(FILE, 292, "b16decode",
            "raise binascii.Error('Non-base16 digit found')");
    private static final LibraryFrame B16_UNHEXLIFY = new LibraryFrame(FILE, 293, "b16decode",
            "return binascii.unhexlify(s)", "binascii.unhexlify(s)");
    private static final LibraryFrame CHECK_MEMORYVIEW = new LibraryFrame(FILE, 535, "_input_type_check",
            "m = memoryview(s)", "memoryview(s)");
    private static final LibraryFrame CHECK_RAISE = new LibraryFrame(FILE, 538, "_input_type_check",
            "raise TypeError(msg) from err");
    private static final LibraryFrame ENCODEBYTES_CHECK = new LibraryFrame(FILE, 552, "encodebytes", "_input_type_check(s)");
    private static final LibraryFrame DECODEBYTES_CHECK = new LibraryFrame(FILE, 562, "decodebytes", "_input_type_check(s)");
    private static final LibraryFrame DECODEBYTES_BINASCII = new LibraryFrame(FILE, 563, "decodebytes",
            "return binascii.a2b_base64(s)", "binascii.a2b_base64(s)");

    private Base64Module() {}

    /** A module-level function declared like its Python original, so argument errors read the same. */
    private interface Body {
        PyObject call(PyObject[] p);
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("base64");
        Map<String, PyObject> d = m.dict();
        def(d, "b64encode(s, altchars)", p -> new PyBytes(b64encode(p[0], p[1])), PyNone.NONE);
        def(d, "b64decode(s, altchars, validate)", p -> new PyBytes(b64decode(p[0], p[1], p[2].isTrue())),
                PyNone.NONE, Py.bool(false));
        def(d, "standard_b64encode(s)", p -> new PyBytes(STANDARD_ENCODE.around(() -> b64encode(p[0], PyNone.NONE))));
        def(d, "standard_b64decode(s)", p -> new PyBytes(STANDARD_DECODE.around(() -> b64decode(p[0], PyNone.NONE, false))));
        def(d, "urlsafe_b64encode(s)",
                p -> new PyBytes(translate(URLSAFE_ENCODE.around(() -> b64encode(p[0], PyNone.NONE)), "+/", "-_")));
        def(d, "urlsafe_b64decode(s)", p -> {
            PyBytes s = new PyBytes(translate(decodeData(p[0], URLSAFE_DATA), "-_", "+/"));
            return new PyBytes(URLSAFE_DECODE.around(() -> b64decode(s, PyNone.NONE, false)));
        });
        def(d, "b32encode(s)", p -> new PyBytes(B32ENCODE.around(
                () -> b32encode(B32_DIGITS, B32_MEMORYVIEW.around(() -> memoryviewBytes(p[0]))))));
        def(d, "b32decode(s, casefold, map01)",
                p -> new PyBytes(B32DECODE.around(() -> b32decode(B32_DIGITS, p[0], p[1].isTrue(), p[2]))), Py.bool(false), PyNone.NONE);
        def(d, "b32hexencode(s)", p -> new PyBytes(B32HEXENCODE.around(
                () -> b32encode(B32HEX_DIGITS, B32_MEMORYVIEW.around(() -> memoryviewBytes(p[0]))))));
        def(d, "b32hexdecode(s, casefold)",
                p -> new PyBytes(B32HEXDECODE.around(() -> b32decode(B32HEX_DIGITS, p[0], p[1].isTrue(), PyNone.NONE))),
                Py.bool(false));
        def(d, "b16encode(s)",
                p -> new PyBytes(upper(B16ENCODE.around(() -> BinasciiModule.hexlify(Buffers.bytesOf(p[0], null), null, 1)))));
        def(d, "b16decode(s, casefold)", p -> new PyBytes(b16decode(decodeData(p[0], B16_DATA), p[1].isTrue())), Py.bool(false));
        def(d, "encodebytes(s)", p -> new PyBytes(encodebytes(checkedBytes(p[0], ENCODEBYTES_CHECK))));
        def(d, "decodebytes(s)", p -> {
            byte[] s = checkedBytes(p[0], DECODEBYTES_CHECK);
            return new PyBytes(DECODEBYTES_BINASCII.around(() -> BinasciiModule.a2bBase64(s, false)));
        });
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
                plain.value().setContext(DATA_ENCODE.on(e).value());
                throw DATA_ASCII.on(plain);
            }
        }
        if (s instanceof PyBytesLike) {
            return Buffers.bytesOf(s, null);
        }
        throw DATA_TYPE.on(Py.typeError("argument should be a bytes-like object or ASCII string, not '" + s.type().name() + "'"));
    }

    /** The same, called from the given line of base64.py. */
    private static byte[] decodeData(PyObject s, LibraryFrame caller) {
        return caller.around(() -> decodeData(s));
    }

    /** What memoryview(s) accepts, with memoryview's message for anything else. */
    private static byte[] memoryviewBytes(PyObject s) {
        if (!(s instanceof PyBytesLike)) {
            throw Py.typeError("memoryview: a bytes-like object is required, not '" + s.type().name() + "'");
        }
        return Buffers.bytesOf(s, null);
    }

    /**
     * encodebytes and decodebytes check their argument first (from the caller's line), re-raising
     * memoryview's error as base64.py does.
     */
    private static byte[] checkedBytes(PyObject s, LibraryFrame caller) {
        try {
            return memoryviewBytes(s);
        } catch (PyError e) {
            PyError wrapped = Py.typeError("expected bytes-like object, not " + s.type().name());
            wrapped.value().setCause(CHECK_MEMORYVIEW.on(e).value());
            throw caller.on(CHECK_RAISE.on(wrapped));
        }
    }

    /** b64encode's altchars: any sized object passes base64.py's assert, but maketrans then wants bytes. */
    private static String encodeAltchars(PyObject altchars) {
        if (ENCODE_LEN.around(altchars::len) != 2) {
            throw ENCODE_ASSERTED.on(Py.error(ExcTypes.AssertionError, altchars.repr()));
        }
        return new String(ENCODE_TRANSLATE.around(() -> Buffers.bytesOf(altchars, null)), StandardCharsets.ISO_8859_1);
    }

    /** b64decode's altchars and b32decode's map01, once converted like the data, are asserted (at line) to be n bytes. */
    private static String asserted(byte[] chars, int n, LibraryFrame line) {
        if (chars.length != n) {
            throw line.on(Py.error(ExcTypes.AssertionError, new PyBytes(chars).repr()));
        }
        return new String(chars, StandardCharsets.ISO_8859_1);
    }

    private static byte[] b64encode(PyObject s, PyObject altchars) {
        byte[] encoded = ENCODE_BINASCII.around(() -> BinasciiModule.b2aBase64(Buffers.bytesOf(s, null), false));
        return altchars == PyNone.NONE ? encoded : translate(encoded, "+/", encodeAltchars(altchars));
    }

    private static byte[] b64decode(PyObject source, PyObject altchars, boolean validate) {
        byte[] s = decodeData(source, DECODE_DATA);
        byte[] data = altchars == PyNone.NONE ? s
                : translate(s, asserted(decodeData(altchars, DECODE_ALTCHARS), 2, DECODE_ASSERTED), "+/");
        return DECODE_BINASCII.around(() -> BinasciiModule.a2bBase64(data, validate));
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

    private static byte[] b32encode(String digits, byte[] s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length; i += 5) {
            int n = Math.min(5, s.length - i);
            long acc = 0;
            for (int k = 0; k < 5; k++) {
                acc = acc << 8 | (k < n ? s[i + k] & 0xff : 0);
            }
            int chars = (n * 8 + 4) / 5;
            for (int k = 0; k < 8; k++) {
                out.write(k < chars ? digits.charAt((int) (acc >> (35 - 5 * k)) & 31) : '=');
            }
        }
        return out.toByteArray();
    }

    /** base32 decoding in base64.py's order of checks: length, map01, casefold, digits, then padding. */
    private static byte[] b32decode(String digits, PyObject source, boolean casefold, PyObject map01) {
        byte[] s = decodeData(source, B32_DATA);
        if (s.length % 8 != 0) {
            throw B32_LENGTH.on(BinasciiModule.error("Incorrect padding"));
        }
        if (map01 != PyNone.NONE) {
            s = translate(s, "01", "O" + asserted(decodeData(map01, B32_MAP01), 1, B32_MAP01_ASSERTED));
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
                int v = digits.indexOf((char) (s[k] & 0xff));
                if (v < 0) {
                    throw B32_DIGIT.on(BinasciiModule.error("Non-base32 digit found"));
                }
                acc = acc << 5 | v;
            }
            for (int k = 4; k >= 0; k--) {
                out.write((int) (acc >> (8 * k)));
            }
        }
        if (padchars != 0 && padchars != 1 && padchars != 3 && padchars != 4 && padchars != 6) {
            throw B32_PADDING.on(BinasciiModule.error("Incorrect padding"));
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
                throw B16_DIGIT.on(BinasciiModule.error("Non-base16 digit found"));
            }
        }
        return B16_UNHEXLIFY.around(() -> BinasciiModule.unhexlify(data));
    }
}
