package socklab.net;

import java.util.Arrays;

/**
 * inet_aton/ntoa/pton/ntop and the byte-order helpers with glibc's parsing rules and CPython's
 * messages, because Java's InetAddress accepts and prints addresses differently (no '1.2.3',
 * no octal or hex parts, its own IPv6 compression).
 */
public final class Inet {
    public static final int AF_INET = Constants.num("AF_INET");
    public static final int AF_INET6 = Constants.num("AF_INET6");

    private Inet() {
    }

    /** {@code socket.inet_aton}: classic inet_aton, trailing text after whitespace ignored as glibc does. */
    public static byte[] inetAton(String s) {
        byte[] b = parseAton(s, false);
        if (b == null) {
            throw NetError.of("OSError", "illegal IP address string passed to inet_aton");
        }
        return b;
    }

    /** {@code socket.inet_ntoa}. */
    public static String inetNtoa(byte[] packed) {
        if (packed.length != 4) {
            throw NetError.of("OSError", "packed IP wrong length for inet_ntoa");
        }
        return format4(packed, 0);
    }

    /** {@code socket.inet_pton}: strict forms only, as glibc's inet_pton. */
    public static byte[] inetPton(int family, String s) {
        if (family != AF_INET && family != AF_INET6) {
            throw Errno.EAFNOSUPPORT.error();
        }
        byte[] b = family == AF_INET ? parse4(s) : parse6(s);
        if (b == null) {
            throw NetError.of("OSError", "illegal IP address string passed to inet_pton");
        }
        return b;
    }

    /** {@code socket.inet_ntop}. */
    public static String inetNtop(int family, byte[] packed) {
        if (family != AF_INET && family != AF_INET6) {
            throw NetError.of("ValueError", "unknown address family " + family);
        }
        int want = family == AF_INET ? 4 : 16;
        if (packed.length != want) {
            throw NetError.of("ValueError", "invalid length of packed IP address string");
        }
        return family == AF_INET ? format4(packed, 0) : format6(packed);
    }

    /** {@code socket.htons}; the argument is a C int, as CPython parses it. */
    public static int htons(long x) {
        return swap16("htons", x);
    }

    public static int ntohs(long x) {
        return swap16("ntohs", x);
    }

    /** {@code socket.htonl}; arguments of 2**63 and above are the caller's to reject. */
    public static long htonl(long x) {
        return swap32(x);
    }

    public static long ntohl(long x) {
        return swap32(x);
    }

    private static int swap16(String fn, long x) {
        checkCInt(x);
        if (x < 0) {
            throw NetError.of("OverflowError", fn + ": can't convert negative Python int to C 16-bit unsigned integer");
        }
        if (x > 0xffff) {
            throw NetError.of("OverflowError", fn + ": Python int too large to convert to C 16-bit unsigned integer");
        }
        return (int) (((x & 0xff) << 8) | (x >> 8));
    }

    private static long swap32(long x) {
        if (x < 0) {
            throw NetError.of("OverflowError", "can't convert negative value to unsigned int");
        }
        if (x > 0xffffffffL) {
            throw NetError.of("OverflowError", "int larger than 32 bits");
        }
        return Integer.toUnsignedLong(Integer.reverseBytes((int) x));
    }

    /** CPython's "i" argument conversion, shared by every call that takes a C int. */
    static void checkCInt(long x) {
        if (x > Integer.MAX_VALUE) {
            throw NetError.of("OverflowError", "signed integer is greater than maximum");
        }
        if (x < Integer.MIN_VALUE) {
            throw NetError.of("OverflowError", "signed integer is less than minimum");
        }
    }

    /**
     * glibc's inet_aton: one to four parts, each decimal, octal (leading 0) or hex (0x); the last
     * part fills the remaining bytes. {@code exact} rejects any trailing text (getaddrinfo's
     * variant); otherwise text after a whitespace character is ignored. Null when invalid.
     */
    static byte[] parseAton(String s, boolean exact) {
        long[] parts = new long[4];
        int n = 0;
        int i = 0;
        int len = s.length();
        while (true) {
            if (i >= len || !isDigit(s.charAt(i))) {
                return null;
            }
            int base = 10;
            if (s.charAt(i) == '0') {
                base = 8;
                i++;
                if (i < len && (s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
                    base = 16;
                    i++;
                }
            }
            long val = 0;
            int start = i;
            while (i < len && Character.digit(s.charAt(i), base) >= 0 && s.charAt(i) < 128) {
                val = val * base + Character.digit(s.charAt(i), base);
                if (val > 0xffffffffL) {
                    return null;
                }
                i++;
            }
            if (base == 16 && i == start) {
                return null;
            }
            if (i < len && isDigit(s.charAt(i))) {
                return null;
            }
            if (n == 4) {
                return null;
            }
            parts[n++] = val;
            if (i < len && s.charAt(i) == '.') {
                i++;
                continue;
            }
            break;
        }
        if (i < len && (exact || !isSpace(s.charAt(i)))) {
            return null;
        }
        long max = n == 1 ? 0xffffffffL : 0xffffffffL >>> (8 * (n - 1));
        for (int k = 0; k < n - 1; k++) {
            if (parts[k] > 0xff) {
                return null;
            }
        }
        if (parts[n - 1] > max) {
            return null;
        }
        long v = parts[n - 1];
        for (int k = 0; k < n - 1; k++) {
            v |= parts[k] << (24 - 8 * k);
        }
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    /** glibc's inet_pton for AF_INET: exactly four decimal parts, no leading zeros. Null when invalid. */
    static byte[] parse4(String s) {
        byte[] out = new byte[4];
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        for (int k = 0; k < 4; k++) {
            String p = parts[k];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0') || !p.chars().allMatch(Inet::isDigit)) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[k] = (byte) v;
        }
        return out;
    }

    /** glibc's inet_pton for AF_INET6, including a trailing dotted quad. Null when invalid. */
    static byte[] parse6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        boolean last = gap < 0 || gap + 2 < s.length();
        int[] head = words(gap < 0 ? s : s.substring(0, gap), gap < 0);
        int[] tail = gap < 0 ? new int[0] : words(s.substring(gap + 2), last);
        if (head == null || tail == null) {
            return null;
        }
        int count = head.length + tail.length;
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        byte[] out = new byte[16];
        for (int k = 0; k < head.length; k++) {
            putWord(out, k, head[k]);
        }
        for (int k = 0; k < tail.length; k++) {
            putWord(out, 8 - tail.length + k, tail[k]);
        }
        return out;
    }

    /** The 16-bit words of colon-separated hex groups; a dotted quad may end the address. */
    private static int[] words(String part, boolean endsAddress) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] groups = part.split(":", -1);
        int[] w = new int[groups.length + 1];
        int n = 0;
        for (int k = 0; k < groups.length; k++) {
            String g = groups[k];
            if (g.indexOf('.') >= 0 && endsAddress && k == groups.length - 1) {
                byte[] v4 = parse4(g);
                if (v4 == null) {
                    return null;
                }
                w[n++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                w[n++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
                continue;
            }
            if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(c -> c < 128 && Character.digit(c, 16) >= 0)) {
                return null;
            }
            w[n++] = Integer.parseInt(g, 16);
        }
        return Arrays.copyOf(w, n);
    }

    private static void putWord(byte[] out, int index, int word) {
        out[2 * index] = (byte) (word >> 8);
        out[2 * index + 1] = (byte) word;
    }

    static String format4(byte[] b, int off) {
        return (b[off] & 0xff) + "." + (b[off + 1] & 0xff) + "." + (b[off + 2] & 0xff) + "." + (b[off + 3] & 0xff);
    }

    /** glibc's inet_ntop for IPv6: the first longest run of two or more zero words becomes "::". */
    static String format6(byte[] b) {
        int[] w = new int[8];
        for (int k = 0; k < 8; k++) {
            w[k] = ((b[2 * k] & 0xff) << 8) | (b[2 * k + 1] & 0xff);
        }
        int bestBase = -1;
        int bestLen = 0;
        for (int k = 0; k < 8; ) {
            if (w[k] != 0) {
                k++;
                continue;
            }
            int start = k;
            while (k < 8 && w[k] == 0) {
                k++;
            }
            if (k - start > bestLen) {
                bestBase = start;
                bestLen = k - start;
            }
        }
        if (bestLen < 2) {
            bestBase = -1;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 8; k++) {
            if (k == bestBase) {
                sb.append(':');
                k += bestLen - 1;
                if (k == 7) {
                    sb.append(':');
                }
                continue;
            }
            if (k > 0) {
                sb.append(':');
            }
            boolean embedded = k == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xffff));
            if (embedded) {
                sb.append(format4(b, 12));
                break;
            }
            sb.append(Integer.toHexString(w[k]));
        }
        return sb.toString();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
