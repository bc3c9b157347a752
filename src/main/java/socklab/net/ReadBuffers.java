package socklab.net;

import java.nio.ByteBuffer;

/**
 * Each thread's direct buffer that recv and recvfrom read into before copying out what arrived:
 * a recv(65536) that finds 64 bytes then costs a 64-byte array, not a zeroed 64 KiB one plus the
 * copy NIO makes of a heap buffer through a direct one of its own.
 */
final class ReadBuffers {
    /** Large enough for any datagram and for the recv sizes programs ask for (4096 … 65536). */
    static final int SIZE = 65536;

    /** Per thread, so threads reading at once never share one; nothing runs between a read and its copy. */
    private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(SIZE));

    private ReadBuffers() {}

    /** The thread's buffer, emptied, taking at most n bytes (n at most SIZE). */
    static ByteBuffer upTo(int n) {
        ByteBuffer buf = BUFFERS.get();
        buf.clear().limit(n);
        return buf;
    }
}
