package socklab.modules;

/**
 * BLAKE2b and BLAKE2s as RFC 7693 defines them, with the parameter block (key, salt,
 * personalisation, tree parameters) that hashlib's blake2b() and blake2s() take; Java has neither.
 * One routine serves both: BLAKE2s is BLAKE2b with 32-bit words, fewer rounds and other rotations.
 */
final class Blake2 implements Digester {
    /** What tells the two apart, and where each field sits in the parameter block. */
    record Variant(String name, int wordBits, int rounds, int[] rotations, long[] iv, int nodeOffsetBytes,
            int saltAt, int saltSize, int personSize) {
        int blockBytes() {
            return 16 * wordBits / 8;
        }

        int maxDigest() {
            return wordBits;
        }

        long mask() {
            return wordBits == 64 ? -1L : 0xffffffffL;
        }
    }

    static final Variant B = new Variant("blake2b", 64, 12, new int[] {32, 24, 16, 63}, new long[] {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L}, 8, 32, 16, 16);
    static final Variant S = new Variant("blake2s", 32, 10, new int[] {16, 12, 8, 7}, new long[] {
        0x6a09e667L, 0xbb67ae85L, 0x3c6ef372L, 0xa54ff53aL, 0x510e527fL, 0x9b05688cL, 0x1f83d9abL, 0x5be0cd19L}, 6, 16, 8, 8);

    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    /** The tree parameters; sequential hashing uses fanout 1, depth 1 and zeros. */
    record Tree(int fanout, int depth, long leafSize, long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {}

    private final Variant v;
    private final int digestSize;
    private final boolean lastNode;
    private final long[] h;
    private final byte[] buffer;
    private int filled;
    /** Bytes compressed so far (the counter t; a 64-bit count is far beyond any message here). */
    private long counter;

    Blake2(Variant v, int digestSize, byte[] key, byte[] salt, byte[] person, Tree tree) {
        this.v = v;
        this.digestSize = digestSize;
        this.lastNode = tree.lastNode();
        this.buffer = new byte[v.blockBytes()];
        byte[] p = new byte[8 * v.wordBits() / 8];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) tree.fanout();
        p[3] = (byte) tree.depth();
        putLittleEndian(p, 4, tree.leafSize(), 4);
        putLittleEndian(p, 8, tree.nodeOffset(), v.nodeOffsetBytes());
        p[8 + v.nodeOffsetBytes()] = (byte) tree.nodeDepth();
        p[9 + v.nodeOffsetBytes()] = (byte) tree.innerSize();
        System.arraycopy(salt, 0, p, v.saltAt(), salt.length);
        System.arraycopy(person, 0, p, v.saltAt() + v.saltSize(), person.length);
        h = new long[8];
        for (int i = 0; i < 8; i++) {
            h[i] = v.iv()[i] ^ word(p, i * v.wordBits() / 8);
        }
        if (key.length > 0) {
            update(java.util.Arrays.copyOf(key, v.blockBytes()));
        }
    }

    private Blake2(Blake2 other) {
        v = other.v;
        digestSize = other.digestSize;
        lastNode = other.lastNode;
        h = other.h.clone();
        buffer = other.buffer.clone();
        filled = other.filled;
        counter = other.counter;
    }

    @Override
    public Blake2 copy() {
        return new Blake2(this);
    }

    int digestSize() {
        return digestSize;
    }

    @Override
    public void update(byte[] data) {
        for (byte b : data) {
            // a full block waits until more data comes: the last block is compressed differently
            if (filled == buffer.length) {
                counter += filled;
                compress(false);
                filled = 0;
            }
            buffer[filled++] = b;
        }
    }

    /** The digest so far (of the size chosen at the start), leaving this able to take more data. */
    @Override
    public byte[] digest(int ignored) {
        Blake2 last = copy();
        last.counter += last.filled;
        java.util.Arrays.fill(last.buffer, last.filled, last.buffer.length, (byte) 0);
        last.compress(true);
        byte[] out = new byte[digestSize];
        int wordBytes = v.wordBits() / 8;
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (last.h[i / wordBytes] >>> (8 * (i % wordBytes)));
        }
        return out;
    }

    private void compress(boolean finalBlock) {
        long mask = v.mask();
        int wordBytes = v.wordBits() / 8;
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = word(buffer, i * wordBytes);
        }
        long[] w = new long[16];
        System.arraycopy(h, 0, w, 0, 8);
        System.arraycopy(v.iv(), 0, w, 8, 8);
        w[12] ^= counter & mask;
        w[13] ^= v.wordBits() == 64 ? 0 : counter >>> 32;
        if (finalBlock) {
            w[14] = ~w[14] & mask;
            if (lastNode) {
                w[15] = ~w[15] & mask;
            }
        }
        for (int r = 0; r < v.rounds(); r++) {
            int[] s = SIGMA[r % 10];
            mix(w, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            mix(w, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            mix(w, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            mix(w, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            mix(w, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            mix(w, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            mix(w, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            mix(w, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= w[i] ^ w[i + 8];
        }
    }

    /** The mixing function G. */
    private void mix(long[] w, int a, int b, int c, int d, long x, long y) {
        long mask = v.mask();
        int[] r = v.rotations();
        w[a] = (w[a] + w[b] + x) & mask;
        w[d] = rotateRight(w[d] ^ w[a], r[0]);
        w[c] = (w[c] + w[d]) & mask;
        w[b] = rotateRight(w[b] ^ w[c], r[1]);
        w[a] = (w[a] + w[b] + y) & mask;
        w[d] = rotateRight(w[d] ^ w[a], r[2]);
        w[c] = (w[c] + w[d]) & mask;
        w[b] = rotateRight(w[b] ^ w[c], r[3]);
    }

    private long rotateRight(long x, int n) {
        return ((x >>> n) | (x << (v.wordBits() - n))) & v.mask();
    }

    /** The little-endian word at offset. */
    private long word(byte[] b, int at) {
        long out = 0;
        for (int i = v.wordBits() / 8 - 1; i >= 0; i--) {
            out = out << 8 | (b[at + i] & 0xff);
        }
        return out;
    }

    private static void putLittleEndian(byte[] b, int at, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
