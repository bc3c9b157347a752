package socklab.runtime.object;

/** Searching within byte arrays, shared by bytes methods and the `in` operator. */
public final class BytesOps {
    private BytesOps() {}

    /** First index of needle in hay[from, to), or -1. */
    public static int find(byte[] hay, int haySize, byte[] needle, int from, int to) {
        to = Math.min(to, haySize);
        outer:
        for (int i = Math.max(0, from); i + needle.length <= to; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
