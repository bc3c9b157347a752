package socklab.lesson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The "pieces" partner: a server on {PEER} that answers each request with its text cut into small
 * pieces sent a moment apart, so the learner sees that one recv() returns whatever has arrived,
 * not one whole message, and that a receive loop is needed to collect it.
 */
final class PiecesPartner {
    /** Bytes per piece: small enough that even a short line comes in several. */
    static final int PIECE = 10;
    /** The pause between pieces: long enough that a recv() made right away returns the first piece alone. */
    static final long GAP_MS = 300;

    private final PartnerLink link;
    private final byte[] text;

    PiecesPartner(PartnerLink link, String text) {
        this.link = link;
        this.text = text.getBytes(StandardCharsets.UTF_8);
    }

    /** Answers every read of the learner's bytes with the text in pieces, until the learner closes; the caller closes ch. */
    void serve(SocketChannel ch) throws IOException {
        // Without Nagle's delay each piece leaves as soon as it is written.
        ch.socket().setTcpNoDelay(true);
        ByteBuffer buf = ByteBuffer.allocate(4096);
        while (ch.read(buf.clear()) > 0) {
            link.received(buf.flip());
            answer(ch);
        }
        link.report(new Partners.Report("closed"));
    }

    private void answer(SocketChannel ch) throws IOException {
        int count = (text.length + PIECE - 1) / PIECE;
        link.report(new Partners.Report("pieces", String.valueOf(text.length), String.valueOf(count), String.valueOf(GAP_MS)));
        for (int start = 0; start < text.length && !link.ended(); start += PIECE) {
            if (start > 0) {
                gap();
            }
            ByteBuffer piece = ByteBuffer.wrap(Arrays.copyOfRange(text, start, Math.min(text.length, start + PIECE)));
            link.sending(piece.duplicate());
            while (piece.hasRemaining()) {
                ch.write(piece);
            }
        }
    }

    private static void gap() throws IOException {
        try {
            Thread.sleep(GAP_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }
}
