package socklab.net;

import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;

/**
 * One session's open sockets by fd number, standing in for CPython's reference counting: the
 * table holds each socket's OS side strongly and its Python object weakly, so a socket nothing
 * refers to any more is found and closed, freeing its port and its number. Sockets the collector
 * already found cost only a queue poll; a forced collection, which costs a full GC, runs only
 * when it may change the number handed out and within a budget of GC time.
 */
final class SocketTable {
    /**
     * Forced collections run at most this often per second, and only while they have taken less
     * than half of it: exact numbers at the prompt, progress in loops however costly a GC is.
     */
    private static final int COLLECTIONS_PER_SECOND = 20;
    private static final int FREE_COLLECTIONS = 64;
    private static final long GC_NANOS_PER_SECOND = 500_000_000L;
    /** Sockets opened since the last collection that force one regardless of the budget (loops that drop them). */
    private static final int FIRST_STRIDE = 64;
    private static final int MAX_STRIDE = 1 << 20;

    /** A weak reference that remembers which fd it stands for, so the queue says what to close. */
    private static final class Owner extends WeakReference<PyObject> {
        final int fd;

        Owner(PyObject owner, int fd, ReferenceQueue<PyObject> queue) {
            super(owner, queue);
            this.fd = fd;
        }
    }

    private record Entry(WeakReference<PyObject> owner, Endpoint endpoint) {
    }

    private final FdTable fds = new FdTable();
    private final Map<Integer, Entry> open = new TreeMap<>();
    private final ReferenceQueue<PyObject> dropped = new ReferenceQueue<>();
    private final long limit = openFileLimit();
    private long windowStart;
    private long gcNanosInWindow;
    private int collectionsInWindow;
    private int freeCollectionsLeft = FREE_COLLECTIONS;
    /** How many sockets were still open after the last collection. */
    private int liveAfterCollection;
    /** Growth past liveAfterCollection that forces a collection; doubles while collections find nothing. */
    private int stride = FIRST_STRIDE;

    /**
     * Gives a new socket the lowest free number, after closing the unreachable ones; an
     * epoll object, which holds a number but no socket, passes a null endpoint.
     */
    synchronized int register(PyObject owner, Endpoint ep) {
        sweep();
        int grown = open.size() - liveAfterCollection;
        if (grown >= stride) {
            int before = open.size();
            reclaim(true);
            stride = before - open.size() < grown / 2 ? Math.min(MAX_STRIDE, stride * 2) : FIRST_STRIDE;
        } else if (!open.isEmpty() && withinBudget()) {
            reclaim(true);
        }
        int fd = fds.allocate();
        if (fd >= limit) {
            fds.release(fd);
            reclaim(true);
            fd = fds.allocate();
            if (fd >= limit) {
                fds.release(fd);
                if (ep != null) {
                    ep.close();
                }
                throw PyErrors.of(Errno.EMFILE.error());
            }
        }
        open.put(fd, new Entry(new Owner(owner, fd, dropped), ep));
        return fd;
    }

    /**
     * Frees a number and closes its OS socket unless another number (a dup) still refers to it;
     * unknown numbers are ignored.
     */
    synchronized void release(int fd) {
        Entry e = open.remove(fd);
        if (e != null) {
            if (e.endpoint() != null && open.values().stream().noneMatch(other -> other.endpoint() == e.endpoint())) {
                e.endpoint().close();
            }
            fds.release(fd);
        }
    }

    /** The OS socket behind a number, with or without a socket object (what dup() copies); null if none. */
    synchronized Endpoint endpoint(int fd) {
        Entry e = open.get(fd);
        return e == null ? null : e.endpoint();
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
        if (!collect) {
            return sweep();
        }
        long start = System.nanoTime();
        System.gc();
        gcNanosInWindow += System.nanoTime() - start;
        boolean any = false;
        // cleared references reach the queue only later, on the reference handler's thread
        for (Integer fd : new ArrayList<>(open.keySet())) {
            if (open.get(fd).owner().get() == null) {
                release(fd);
                any = true;
            }
        }
        liveAfterCollection = open.size();
        return any;
    }

    /** Closes the sockets the collector has already found unreachable: no collection, just a queue poll. */
    private boolean sweep() {
        boolean any = false;
        for (Reference<? extends PyObject> r; (r = dropped.poll()) != null; ) {
            Owner o = (Owner) r;
            Entry e = open.get(o.fd);
            if (e != null && e.owner() == o) {
                release(o.fd);
                any = true;
            }
        }
        return any;
    }

    /**
     * The open sockets as snapshots, by fd: those nothing refers to any more are closed first (as
     * CPython would have), and a detached fd, which has no socket object, shows as blocking.
     */
    synchronized List<SocketInfo> infos() {
        sweep();
        List<SocketInfo> out = new ArrayList<>();
        for (Map.Entry<Integer, Entry> e : open.entrySet()) {
            PyObject owner = e.getValue().owner().get();
            Endpoint ep = e.getValue().endpoint();
            if (owner instanceof PySocket s) {
                out.add(info(s));
            } else if (owner == PyNone.NONE && ep != null) {
                out.add(ep.info(e.getKey(), -1, false, fdOf(ep.pairedWith())));
            }
        }
        return out;
    }

    /** A socket object's snapshot, with the fd of its socketpair() partner if that is open here. */
    synchronized SocketInfo info(PySocket s) {
        return s.info(fdOf(s.endpoint().pairedWith()));
    }

    private int fdOf(Endpoint ep) {
        if (ep != null) {
            for (Map.Entry<Integer, Entry> e : open.entrySet()) {
                if (e.getValue().endpoint() == ep) {
                    return e.getKey();
                }
            }
        }
        return -1;
    }

    synchronized int count() {
        return open.size();
    }

    synchronized void closeAll() {
        for (Integer fd : new ArrayList<>(open.keySet())) {
            release(fd);
        }
    }

    /**
     * Whether another collection may run now: always for a session's first few (a session at the
     * prompt makes few sockets and must number them exactly as CPython, however slow the
     * collector is on a loaded machine), then while this second's GC time leaves room (speed in loops).
     */
    private boolean withinBudget() {
        if (freeCollectionsLeft > 0) {
            freeCollectionsLeft--;
            return true;
        }
        long now = System.nanoTime();
        if (now - windowStart > 1_000_000_000L) {
            windowStart = now;
            gcNanosInWindow = 0;
            collectionsInWindow = 0;
        }
        return gcNanosInWindow < GC_NANOS_PER_SECOND && collectionsInWindow++ < COLLECTIONS_PER_SECOND;
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
