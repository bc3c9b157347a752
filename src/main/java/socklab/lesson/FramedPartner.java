package socklab.lesson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The "framed" partner: a server on {PEER} that reads messages framed by a 4-byte big-endian
 * length (Python's struct.pack('!I', n)) and answers each with the payload upper-cased, framed the
 * same way. A prefix announcing more than it accepts (text sent without a prefix reads as a huge
 * number) is reported and ends the connection, so the learner sees why both sides must agree.
 */
final class FramedPartner {
    /** The largest payload accepted: bounds the partner's memory whatever the learner sends. */
    static final int MAX_PAYLOAD = 65536;
    private static final int PREFIX = 4;

    private final PartnerLink link;

    FramedPartner(PartnerLink link) {
        this.link = link;
    }

    /** Reads and answers messages until the learner closes or breaks the framing; the caller closes ch. */
    void serve(SocketChannel ch) throws IOException {
        while (!link.ended()) {
            ByteBuffer prefix = ByteBuffer.allocate(PREFIX);
            if (!fill(ch, prefix, true)) {
                return;
            }
            long length = Integer.toUnsignedLong(prefix.getInt(0));
            if (length > MAX_PAYLOAD) {
                link.report(new Partners.Report("framedTooLong", String.valueOf(length),
                        ByteSummary.of(prefix.array()).shown(), String.valueOf(MAX_PAYLOAD)));
                hangUp(ch);
                return;
            }
            ByteBuffer payload = ByteBuffer.allocate((int) length);
            if (!fill(ch, payload, false)) {
                return;
            }
            byte[] reply = Partners.upper(payload.array());
            link.report(new Partners.Report("framedMessage", String.valueOf(length), ByteSummary.of(payload.array()).shown()));
            ByteBuffer out = ByteBuffer.allocate(PREFIX + reply.length).putInt(reply.length).put(reply).flip();
            link.sending(out.duplicate());
            while (out.hasRemaining()) {
                ch.write(out);
            }
        }
    }

    /**
     * Reads until buf is full, as a recv-exactly loop does; false (after saying so) if the learner
     * closed first: between messages when nothing of a new prefix came, else mid-message.
     */
    private boolean fill(SocketChannel ch, ByteBuffer buf, boolean newMessage) throws IOException {
        int want = buf.capacity();
        while (buf.hasRemaining()) {
            int start = buf.position();
            if (ch.read(buf) < 0) {
                link.report(newMessage && start == 0
                        ? new Partners.Report("closed")
                        : new Partners.Report("framedCut", String.valueOf(start), String.valueOf(want)));
                return false;
            }
            link.received(buf.duplicate().flip().position(start));
        }
        return true;
    }

    /**
     * Ends its side first and reads what the learner still sends until they close: closing with
     * unread bytes would reset the connection, and the learner should see a plain b''. What it
     * drains is not kept for peer_got(): nothing after a broken prefix was understood.
     */
    private void hangUp(SocketChannel ch) throws IOException {
        ch.shutdownOutput();
        ByteBuffer rest = ByteBuffer.allocate(4096);
        long drained = 0;
        while (drained < MAX_PAYLOAD && ch.read(rest.clear()) >= 0) {
            drained += rest.position();
        }
    }
}
