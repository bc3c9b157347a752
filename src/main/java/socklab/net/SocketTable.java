package socklab.net;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import socklab.runtime.PyNone;
import socklab.runtime.PyObject;

/**
 * One session's open sockets by fd number, standing in for CPython's reference counting: the
 * table holds each socket's OS side strongly and its Python object weakly, so a socket nothing
 * refers to any more is found (after a collection) and closed, freeing its port and its number.
 */
final class SocketTable {
    /**
     * Collections run before handing out a number at most this often per second (exact numbers
     * at the prompt); beyond that when the table has grown past twice its live size (loops that
     * drop sockets), and always before reporting EADDRINUSE or EMFILE.
     */
    private static final int COLLECTIONS_PER_SECOND = 20;

    private record Entry(WeakReference<PyObject> owner, Endpoint endpoint) {
    }

    private final FdTable fds = new FdTable();
    private final Map<Integer, Entry> open = new TreeMap<>();
    private final long limit = openFileLimit();
    private long windowStart;
    private int collectionsInWindow;
    /** How many sockets were still open after the last collection, for the growth rule. */
    private int liveAfterCollection;

    /** Gives a new socket the lowest free number, after closing the unreachable ones. */
    synchronized int register(PyObject owner, Endpoint ep) {
        reclaim(mayCollect() || open.size() >= 2 * liveAfterCollection + 16);
        int fd = fds.allocate();
        if (fd >= limit) {
            fds.release(fd);
            reclaim(true);
            fd = fds.allocate();
            if (fd >= limit) {
                fds.release(fd);
                ep.close();
                throw Errno.EMFILE.error();
            }
        }
        open.put(fd, new Entry(new WeakReference<>(owner), ep));
        return fd;
    }

    /** Closes a socket and frees its number; unknown numbers are ignored. */
    synchronized void release(int fd) {
        Entry e = open.remove(fd);
        if (e != null) {
            e.endpoint().close();
            fds.release(fd);
        }
    }

    /** detach(): the fd stays open with no socket object, never reclaimed, until adopted. */
    synchronized void detach(int fd) {
        Entry e = open.get(fd);
        if (e != null) {
            open.put(fd, new Entry(new WeakReference<>(PyNone.NONE), e.endpoint()));
        }
    }

    /** The endpoint of a detached fd, which socket(fileno=fd) may adopt; null if there is none. */
    synchronized Endpoint detached(int fd) {
        Entry e = open.get(fd);
        return e == null || e.owner().get() != PyNone.NONE ? null : e.endpoint();
    }

    /** Gives a detached fd its new socket object. */
    synchronized void adopt(int fd, PyObject owner) {
        open.put(fd, new Entry(new WeakReference<>(owner), open.get(fd).endpoint()));
    }

    /** The open socket with this number, or null. */
    synchronized PyObject owner(int fd) {
        Entry e = open.get(fd);
        return e == null ? null : e.owner().get();
    }

    /**
     * Closes every socket whose Python object is gone; with {@code collect}, runs a collection
     * first so that "gone" is up to date. True when something was closed.
     */
    synchronized boolean reclaim(boolean collect) {
        if (collect) {
            System.gc();
        }
        boolean any = false;
        for (Integer fd : new ArrayList<>(open.keySet())) {
            if (open.get(fd).owner().get() == null) {
                release(fd);
                any = true;
            }
        }
        if (collect) {
            liveAfterCollection = open.size();
        }
        return any;
    }

    synchronized int count() {
        return open.size();
    }

    synchronized void closeAll() {
        for (Integer fd : new ArrayList<>(open.keySet())) {
            release(fd);
        }
    }

    /** Whether an on-demand collection fits the budget (fidelity at the prompt, speed in loops). */
    private boolean mayCollect() {
        if (open.isEmpty()) {
            return false;
        }
        long now = System.nanoTime();
        if (now - windowStart > 1_000_000_000L) {
            windowStart = now;
            collectionsInWindow = 0;
        }
        return collectionsInWindow++ < COLLECTIONS_PER_SECOND;
    }

    /** The process's soft RLIMIT_NOFILE, so a learner's `ulimit -n` gives EMFILE at the same fd. */
    private static long openFileLimit() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"), StandardCharsets.UTF_8)) {
                if (line.startsWith("Max open files")) {
                    String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                    return soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
        return Long.MAX_VALUE;
    }
}
