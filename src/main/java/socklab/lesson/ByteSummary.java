package socklab.lesson;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import socklab.runtime.object.PyBytesLike;

/**
 * What a partner's bytes look like to the learner in one line, however many there were: the count,
 * the first 60 bytes as Python writes bytes (with "…" when more followed), and beside them the text
 * they spell when they are UTF-8 beyond ASCII, since b'\xe4\xbd\xa0' says little to a beginner.
 * Bytes that arrive in many pieces during one input add up here into one summary.
 */
final class ByteSummary {
    static final int SHOWN = 60;

    private final ByteArrayOutputStream head = new ByteArrayOutputStream(SHOWN + 4);
    private long count;

    /** The summary of data taken whole. */
    static ByteSummary of(byte[] data) {
        ByteSummary s = new ByteSummary();
        s.add(ByteBuffer.wrap(data));
        return s;
    }

    /** Counts the bytes between the buffer's position and limit, keeping those still within the first few (the buffer is left as it was). */
    void add(ByteBuffer data) {
        int keep = (int) Math.min(data.remaining(), Math.max(0, SHOWN + 3 - head.size()));
        byte[] kept = new byte[keep];
        data.duplicate().get(kept);
        head.write(kept, 0, keep);
        count += data.remaining();
    }

    long count() {
        return count;
    }

    /** b'…' of the first bytes, then ("text") when they are UTF-8 with something beyond ASCII in it. */
    String shown() {
        byte[] all = head.toByteArray();
        int n = (int) Math.min(SHOWN, count);
        String repr = PyBytesLike.repr(all, n);
        if (count > n) {
            repr = repr.substring(0, repr.length() - 1) + "…" + repr.charAt(repr.length() - 1);
        }
        String text = decoded(all, n, count > n);
        return text == null ? repr : repr + " (\"" + text + "\")";
    }

    /**
     * The first n bytes as text, or null when they are plain ASCII (the repr shows them already) or
     * not UTF-8. A character cut in two by the 60-byte limit is decoded from the bytes kept past it.
     */
    private static String decoded(byte[] all, int n, boolean cut) {
        boolean beyondAscii = false;
        for (int i = 0; i < n; i++) {
            beyondAscii |= all[i] < 0;
        }
        if (!beyondAscii) {
            return null;
        }
        int end = n;
        while (cut && end < all.length && (all[end] & 0xC0) == 0x80) {
            end++;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer text = utf8.decode(ByteBuffer.wrap(all, 0, end));
            return printable(text.toString()) + (cut ? "…" : "");
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Control characters written as Python writes them in a str, so none reaches the terminal raw. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0) {
                        b.append(String.format("\\x%02x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
