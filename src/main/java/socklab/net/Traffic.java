package socklab.net;

import java.util.Arrays;

/**
 * The bytes that have crossed one OS socket, counted by the facade (Java keeps no such counts):
 * totals each way and the start of the last transfer, which the classroom's diagram shows.
 */
final class Traffic {
    /** How much of the last transfer is kept: enough to recognise a message on a slide. */
    static final int KEPT = 20;

    private long sent;
    private long received;
    private byte[] lastSent = new byte[0];
    private byte[] lastReceived = new byte[0];

    synchronized void sent(byte[] data, int off, int n) {
        if (n > 0) {
            sent += n;
            lastSent = Arrays.copyOfRange(data, off, off + Math.min(n, KEPT));
        }
    }

    synchronized void received(byte[] data) {
        if (data.length > 0) {
            received += data.length;
            lastReceived = Arrays.copyOf(data, Math.min(data.length, KEPT));
        }
    }

    synchronized long sent() {
        return sent;
    }

    synchronized long received() {
        return received;
    }

    synchronized byte[] lastSent() {
        return lastSent.clone();
    }

    synchronized byte[] lastReceived() {
        return lastReceived.clone();
    }
}
