package socklab.net;

import java.util.BitSet;

/**
 * Hands out file-descriptor numbers the way Linux does (lowest free, from 3 because 0-2 are the
 * standard streams), since Java sockets have none and learners see fd numbers in reprs.
 */
public final class FdTable {
    private static final int FIRST = 3;
    private final BitSet used = new BitSet();

    /** Takes the lowest free number. */
    public synchronized int allocate() {
        int fd = used.nextClearBit(FIRST);
        used.set(fd);
        return fd;
    }

    /** Frees a number; releasing a free or foreign number does nothing, so double closes are harmless. */
    public synchronized void release(int fd) {
        if (fd >= FIRST) {
            used.clear(fd);
        }
    }

    public synchronized boolean inUse(int fd) {
        return fd >= FIRST && used.get(fd);
    }

    /** How many numbers are handed out now. */
    public synchronized int count() {
        return used.cardinality();
    }
}
