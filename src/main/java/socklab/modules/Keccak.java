package socklab.modules;

/**
 * The Keccak sponge of FIPS 202 for SHAKE128 and SHAKE256, whose output length the caller
 * chooses: Java's MessageDigest offers the fixed-length SHA-3 digests only.
 */
final class Keccak implements Digester {
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    /** The rotation of each lane visited by the combined rho and pi steps, and the order of the visit. */
    private static final int[] ROTATIONS = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44};
    private static final int[] LANES = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1};
    /** SHAKE's domain bits (1111) with the first bit of the pad10*1 padding. */
    private static final int SHAKE_PAD = 0x1F;

    private final long[] state;
    /** Bytes absorbed per permutation: 168 for SHAKE128, 136 for SHAKE256 (the block_size). */
    private final int rate;
    private int position;

    Keccak(int rate) {
        this(rate, new long[25], 0);
    }

    private Keccak(int rate, long[] state, int position) {
        this.rate = rate;
        this.state = state;
        this.position = position;
    }

    int rate() {
        return rate;
    }

    @Override
    public Keccak copy() {
        return new Keccak(rate, state.clone(), position);
    }

    @Override
    public void update(byte[] data) {
        for (byte b : data) {
            xorByte(position++, b & 0xff);
            if (position == rate) {
                permute(state);
                position = 0;
            }
        }
    }

    /** length bytes of output, leaving this sponge able to absorb more (the output is squeezed from a copy). */
    @Override
    public byte[] digest(int length) {
        Keccak k = copy();
        k.xorByte(k.position, SHAKE_PAD);
        k.xorByte(rate - 1, 0x80);
        permute(k.state);
        byte[] out = new byte[length];
        for (int i = 0, at = 0; i < length; i++, at++) {
            if (at == rate) {
                permute(k.state);
                at = 0;
            }
            out[i] = (byte) (k.state[at / 8] >>> (8 * (at % 8)));
        }
        return out;
    }

    private void xorByte(int at, int value) {
        state[at / 8] ^= (long) value << (8 * (at % 8));
    }

    /** Keccak-f[1600]: theta, rho and pi, chi, iota, 24 rounds. */
    private static void permute(long[] s) {
        long[] column = new long[5];
        for (long constant : ROUND_CONSTANTS) {
            for (int i = 0; i < 5; i++) {
                column[i] = s[i] ^ s[i + 5] ^ s[i + 10] ^ s[i + 15] ^ s[i + 20];
            }
            for (int i = 0; i < 5; i++) {
                long t = column[(i + 4) % 5] ^ Long.rotateLeft(column[(i + 1) % 5], 1);
                for (int j = 0; j < 25; j += 5) {
                    s[j + i] ^= t;
                }
            }
            long carried = s[1];
            for (int i = 0; i < 24; i++) {
                int lane = LANES[i];
                long was = s[lane];
                s[lane] = Long.rotateLeft(carried, ROTATIONS[i]);
                carried = was;
            }
            for (int j = 0; j < 25; j += 5) {
                for (int i = 0; i < 5; i++) {
                    column[i] = s[j + i];
                }
                for (int i = 0; i < 5; i++) {
                    s[j + i] ^= ~column[(i + 1) % 5] & column[(i + 2) % 5];
                }
            }
            s[0] ^= constant;
        }
    }
}
