package socklab.runtime.object;

/**
 * A block of memory held back so that running out of it becomes Python's MemoryError and not the
 * JVM's end: when an allocation fails, the block is let go so the except clause, the traceback
 * and the next prompt have room, and it is taken back before the next input runs. The heap is
 * the process's, so this one block is too.
 */
public final class MemoryReserve {
    private static final int BYTES = 32 << 20;
    private static volatile byte[] reserve = new byte[BYTES];

    private MemoryReserve() {}

    /** Frees the block: called the moment an allocation has failed. */
    public static void release() {
        reserve = null;
    }

    /** Takes the block back if it was spent and there is plenty of room again. */
    public static void restore() {
        Runtime rt = Runtime.getRuntime();
        if (reserve == null && rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()) > 4L * BYTES) {
            try {
                reserve = new byte[BYTES];
            } catch (OutOfMemoryError e) {
                // still short of memory: the next input runs without a reserve
            }
        }
    }
}
