package socklab.runtime.object;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * str.encode and bytes.decode. UTF-8, ASCII and Latin-1 are done by hand so errors, error
 * handlers and the UnicodeError texts match CPython byte for byte; other codecs go through Java.
 */
public final class Codecs {
    private Codecs() {}

    /** The codec's canonical Python name, or a LookupError. */
    public static String normalize(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (n) {
            case "utf-8", "utf8", "u8", "utf", "cp65001":
                return "utf-8";
            case "ascii", "us-ascii", "646":
                return "ascii";
            case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819":
                return "latin-1";
            case "utf-16", "utf16":
                return "utf-16";
            case "gbk", "cp936", "936", "ms936":
                return "gbk";
            default:
                if (javaCharset(n) == null) {
                    throw Py.error(ExcTypes.LookupError, "unknown encoding: " + encoding);
                }
                return n;
        }
    }

    private static Charset javaCharset(String name) {
        try {
            return Charset.forName(name.replaceFirst("^(utf-(?:16|32))-(le|be)$", "$1$2"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void checkHandler(String errors) {
        switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "surrogateescape", "xmlcharrefreplace":
                return;
            default:
                throw Py.error(ExcTypes.LookupError, "unknown error handler name '" + errors + "'");
        }
    }

    // ---- encoding

    public static byte[] encode(String s, String encoding, String errors) {
        String codec = normalize(encoding);
        return switch (codec) {
            case "utf-8" -> encodeLimited(s, codec, errors, Integer.MAX_VALUE);
            case "ascii" -> encodeLimited(s, codec, errors, 128);
            case "latin-1" -> encodeLimited(s, codec, errors, 256);
            case "utf-16" -> {
                byte[] body = encodeJava(s, "utf-16-le", "utf-16le", errors);
                byte[] out = new byte[body.length + 2];
                out[0] = (byte) 0xff;
                out[1] = (byte) 0xfe;
                System.arraycopy(body, 0, out, 2, body.length);
                yield out;
            }
            default -> encodeJava(s, codec, codec, errors);
        };
    }

    /** UTF-8 (limit = MAX: only lone surrogates fail), ASCII (128) or Latin-1 (256). */
    private static byte[] encodeLimited(String s, String codec, String errors, int limit) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; ) {
            int cp = cps[i];
            boolean bad = limit == Integer.MAX_VALUE ? isSurrogate(cp) : cp >= limit;
            if (!bad) {
                putCodePoint(out, cp, limit);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && (limit == Integer.MAX_VALUE ? isSurrogate(cps[end]) : cps[end] >= limit)) {
                end++;
            }
            if ("surrogateescape".equals(errors) && allEscapes(cps, i, end)) {
                for (int k = i; k < end; k++) {
                    out.write(cps[k] - 0xdc00);
                }
                i = end;
                continue;
            }
            String reason = limit == Integer.MAX_VALUE ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
            if ("strict".equals(errors) || "surrogateescape".equals(errors)) {
                throw encodeError(codec, s, i, end, reason);
            }
            checkHandler(errors);
            for (int k = i; k < end; k++) {
                for (char c : substitute(errors, cps[k]).toCharArray()) {
                    out.write(c);
                }
            }
            i = end;
        }
        return out.toByteArray();
    }

    /** The ASCII text a non-strict encode handler puts in place of a code point the codec cannot encode. */
    private static String substitute(String errors, int cp) {
        return switch (errors) {
            case "ignore" -> "";
            case "replace" -> "?";
            case "xmlcharrefreplace" -> "&#" + cp + ";";
            default -> Formatting.ascii(new String(Character.toChars(cp)));
        };
    }

    private static boolean isSurrogate(int cp) {
        return cp >= 0xd800 && cp <= 0xdfff;
    }

    private static boolean allEscapes(int[] cps, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                return false;
            }
        }
        return true;
    }

    private static void putCodePoint(java.io.ByteArrayOutputStream out, int cp, int limit) {
        if (limit <= 256 || cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xc0 | cp >> 6);
            out.write(0x80 | cp & 0x3f);
        } else if (cp < 0x10000) {
            out.write(0xe0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3f);
            out.write(0x80 | cp & 0x3f);
        } else {
            out.write(0xf0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3f);
            out.write(0x80 | cp >> 6 & 0x3f);
            out.write(0x80 | cp & 0x3f);
        }
    }

    private static PyError encodeError(String codec, String s, int start, int end, String reason) {
        PyBaseException e = new PyBaseException(ExcTypes.UnicodeEncodeError, new PyTuple(new PyObject[] {
            new PyStr(codec), new PyStr(s), PyInt.of(start), PyInt.of(end), new PyStr(reason)}));
        return new PyError(e);
    }

    private static byte[] encodeJava(String s, String codec, String javaName, String errors) {
        CharsetEncoder enc = javaCharset(javaName).newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(s);
        ByteBuffer out = ByteBuffer.allocate(s.length() * 10 + 16);
        while (true) {
            CoderResult r = enc.encode(in, out, true);
            if (r.isUnderflow()) {
                enc.flush(out);
                break;
            }
            int at = in.position();
            int cpIndex = s.codePointCount(0, at);
            int cp = s.codePointAt(at);
            boolean escaped = "surrogateescape".equals(errors) && cp >= 0xdc80 && cp <= 0xdcff;
            if ("strict".equals(errors) || "surrogateescape".equals(errors) && !escaped) {
                throw encodeError(codec, s, cpIndex, cpIndex + 1, "illegal multibyte sequence");
            }
            checkHandler(errors);
            in.position(at + r.length());
            if (escaped) {
                out.put((byte) (cp - 0xdc00));
                continue;
            }
            for (char c : substitute(errors, cp).toCharArray()) {
                out.put((byte) c);
            }
        }
        byte[] b = new byte[out.position()];
        out.flip().get(b);
        return b;
    }

    // ---- decoding

    public static String decode(byte[] data, int size, String encoding, String errors) {
        String codec = normalize(encoding);
        return switch (codec) {
            case "utf-8" -> decodeUtf8(data, size, errors);
            case "ascii" -> decodeSingle(data, size, errors, 128);
            case "latin-1" -> decodeSingle(data, size, errors, 256);
            case "utf-16" -> {
                boolean be = size >= 2 && (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff;
                boolean bom = be || size >= 2 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe;
                byte[] body = java.util.Arrays.copyOfRange(data, bom ? 2 : 0, size);
                yield decodeJava(body, body.length, codec, be ? "utf-16be" : "utf-16le", errors);
            }
            default -> decodeJava(data, size, codec, codec, errors);
        };
    }

    private static String decodeSingle(byte[] data, int size, String errors, int limit) {
        StringBuilder b = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            int c = data[i] & 0xff;
            if (c < limit) {
                b.append((char) c);
            } else {
                handleBad(b, data, size, i, i + 1, "ascii", "ordinal not in range(128)", errors);
            }
        }
        return b.toString();
    }

    private static String decodeUtf8(byte[] data, int size, String errors) {
        StringBuilder b = new StringBuilder(size);
        int i = 0;
        while (i < size) {
            int c = data[i] & 0xff;
            if (c < 0x80) {
                b.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                lo = c == 0xe0 ? 0xa0 : 0x80;
                hi = c == 0xed ? 0x9f : 0xbf;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                lo = c == 0xf0 ? 0x90 : 0x80;
                hi = c == 0xf4 ? 0x8f : 0xbf;
            } else {
                handleBad(b, data, size, i, i + 1, "utf-8", "invalid start byte", errors);
                i++;
                continue;
            }
            int cp = c & (0x3f >> need);
            int k = 1;
            String reason = null;
            for (; k <= need; k++) {
                if (i + k >= size) {
                    reason = "unexpected end of data";
                    break;
                }
                int d = data[i + k] & 0xff;
                if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xbf)) {
                    reason = "invalid continuation byte";
                    break;
                }
                cp = cp << 6 | (d & 0x3f);
            }
            if (reason != null) {
                handleBad(b, data, size, i, i + k, "utf-8", reason, errors);
                i += k;
                continue;
            }
            b.appendCodePoint(cp);
            i += need + 1;
        }
        return b.toString();
    }

    /** Applies the error handler to the undecodable bytes data[start, end). */
    private static void handleBad(StringBuilder b, byte[] data, int size, int start, int end, String codec,
            String reason, String errors) {
        switch (errors) {
            case "strict" -> throw decodeError(codec, data, size, start, end, reason);
            case "ignore" -> { }
            case "replace" -> b.append('\ufffd');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    b.append(String.format("\\x%02x", data[k] & 0xff));
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    b.append((char) (0xdc00 + (data[k] & 0xff)));
                }
            }
            default -> {
                checkHandler(errors);
                throw decodeError(codec, data, size, start, end, reason);
            }
        }
    }

    private static PyError decodeError(String codec, byte[] data, int size, int start, int end, String reason) {
        PyBaseException e = new PyBaseException(ExcTypes.UnicodeDecodeError, new PyTuple(new PyObject[] {
            new PyStr(codec), new PyBytes(java.util.Arrays.copyOf(data, size)), PyInt.of(start), PyInt.of(end),
            new PyStr(reason)}));
        return new PyError(e);
    }

    private static String decodeJava(byte[] data, int size, String codec, String javaName, String errors) {
        CharsetDecoder dec = javaCharset(javaName).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, 0, size);
        CharBuffer out = CharBuffer.allocate(size * 2 + 16);
        StringBuilder b = new StringBuilder(size);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            out.flip();
            b.append(out);
            out.clear();
            if (r.isUnderflow()) {
                if (in.hasRemaining()) {
                    handleBad(b, data, size, in.position(), size, codec, "incomplete multibyte sequence", errors);
                }
                break;
            }
            if (r.isOverflow()) {
                continue;
            }
            int at = in.position();
            String reason = at + r.length() >= size ? "incomplete multibyte sequence" : "illegal multibyte sequence";
            handleBad(b, data, size, at, at + r.length(), codec, reason, errors);
            in.position(at + r.length());
        }
        return b.toString();
    }
}
