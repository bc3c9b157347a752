package socklab.lesson;

import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;

/**
 * What a partner role kept in a class of its own may use of the lesson's partners: reports for
 * the learner, the record peer_got() reads, and the lesson's lifetime (sockets it tracks are closed
 * when the lesson ends).
 */
interface PartnerLink {
    /** The learner's {PORT}, where client roles connect. */
    int learnerPort();

    /** An event for the learner ("partner: connected from …"). */
    void report(Partners.Report r);

    /** Bytes the partner read: summed up for the learner and kept for peer_got(). */
    void received(ByteBuffer data);

    /** Bytes the partner read, kept for peer_got() only: the role reports them its own way. */
    void record(ByteBuffer data);

    /** Bytes the partner is about to write: summed up for the learner. */
    void sending(ByteBuffer data);

    /** Closes c when the lesson ends; refuses (closing c) if it already has. */
    void track(AutoCloseable c) throws ClosedChannelException;

    boolean ended();

    /** Waits a little before a retry (woken early when the lesson ends). */
    void pause();
}
