package socklab.net;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;

/**
 * A select.epoll() object: an fd of its own, and registrations kept as the kernel keeps them:
 * one per fd (EEXIST, ENOENT), dropped when the socket closes, EPOLLONESHOT disarming after
 * one report, EPOLLET reporting an event once until it has been seen to clear.
 */
final class EpollObject extends PyObject {
    private static final int EPOLLIN = Constants.num("EPOLLIN");
    private static final int EPOLLPRI = Constants.num("EPOLLPRI");
    private static final int EPOLLOUT = Constants.num("EPOLLOUT");
    private static final int EPOLLET = Constants.num("EPOLLET");
    private static final int EPOLLONESHOT = Constants.num("EPOLLONESHOT");
    private static final int EPOLLEXCLUSIVE = Constants.num("EPOLLEXCLUSIVE");
    /** The flags that change how events are delivered rather than which. */
    private static final int MODES = EPOLLET | EPOLLONESHOT | EPOLLEXCLUSIVE;
    /** Linux's default for sizehint and maxevents of -1: FD_SETSIZE - 1. */
    private static final int FD_SETSIZE_LESS_ONE = 1023;

    /** One registration: the socket as it was registered, its mask, and what ET has already reported. */
    private static final class Entry {
        final Endpoint endpoint;
        int events;
        int reported;

        Entry(Endpoint endpoint, int events) {
            this.endpoint = endpoint;
            this.events = events;
        }
    }

    private final SocketModule sockets;
    private final PyType type;
    private final Map<Integer, Entry> registered = new LinkedHashMap<>();
    private final KeptSelector kept = new KeptSelector();
    private int fd;

    private EpollObject(SocketModule sockets, PyType type) {
        this.sockets = sockets;
        this.type = type;
        this.fd = sockets.table().register(this, null);
    }

    /** The session's epoll type: constructing one takes an fd from the session's table. */
    static PyType type(SocketModule sockets) {
        PyType t = new PyType("epoll", "select", null);
        t.constructor((type, a, kw) -> {
            PyObject[] p = Args.keywords("epoll", a, kw, new String[] {"sizehint", "flags"}, 2, 0);
            long sizehint = p[0] == null ? -1 : Py.index(p[0]);
            if (p[1] != null) {
                Py.index(p[1]);
            }
            if (sizehint != -1 && sizehint <= 0) {
                throw Py.valueError("negative sizehint");
            }
            return new EpollObject(sockets, type);
        });
        t.method("register", (self, a, kw) -> {
            PyObject[] p = Args.keywords("register", a, kw, new String[] {"fd", "eventmask"}, 2, 1);
            return ((EpollObject) self).control(p[0], p[1] == null ? EPOLLIN | EPOLLPRI | EPOLLOUT : mask(p[1]), true);
        });
        t.method("modify", (self, a, kw) -> {
            PyObject[] p = Args.keywords("modify", a, kw, new String[] {"fd", "eventmask"}, 2, 2);
            return ((EpollObject) self).control(p[0], mask(p[1]), false);
        });
        t.method("unregister", (self, a, kw) -> {
            PyObject[] p = Args.keywords("unregister", a, kw, new String[] {"fd"}, 1, 1);
            EpollObject e = (EpollObject) self;
            int target = Select.fd(p[0]);
            e.open();
            if (e.sockets.byFd(target) == null) {
                throw PyErrors.of(Errno.EBADF.error());
            }
            e.forgetClosed();
            if (e.registered.remove(target) == null) {
                throw PyErrors.of(Errno.ENOENT.error());
            }
            e.apply();
            return PyNone.NONE;
        });
        t.method("poll", (self, a, kw) -> {
            PyObject[] p = Args.keywords("poll", a, kw, new String[] {"timeout", "maxevents"}, 2, 0);
            double seconds = Select.pollTimeout(p[0], 1);
            long max = p[1] == null ? -1 : Py.index(p[1]);
            if (max == -1) {
                max = FD_SETSIZE_LESS_ONE;
            } else if (max <= 0) {
                throw Py.valueError("maxevents must be greater than 0, got " + max);
            }
            EpollObject e = (EpollObject) self;
            e.open();
            long limit = max;
            return Select.converted(() -> e.poll(seconds, limit));
        });
        t.method("close", (self, a, kw) -> {
            Args.none("close", a, kw);
            ((EpollObject) self).close();
            return PyNone.NONE;
        });
        t.method("fileno", (self, a, kw) -> {
            Args.none("fileno", a, kw);
            return PyInt.of(((EpollObject) self).open());
        });
        t.method("__enter__", (self, a, kw) -> ((EpollObject) self).enter());
        t.method("__exit__", (self, a, kw) -> {
            ((EpollObject) self).close();
            return PyNone.NONE;
        });
        return t;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String repr() {
        return "<select.epoll object at 0x" + Long.toHexString(Py.id(this)) + ">";
    }

    @Override
    public PyObject getAttr(String name) {
        return name.equals("closed") ? Py.bool(fd < 0) : super.getAttr(name);
    }

    @Override
    public PyObject enter() {
        open();
        return this;
    }

    @Override
    public boolean exit(PyBaseException pending) {
        close();
        return false;
    }

    /** The epoll fd; ValueError once closed, as every method but close reports it. */
    private int open() {
        if (fd < 0) {
            throw Py.valueError("I/O operation on closed epoll object");
        }
        return fd;
    }

    private void close() {
        if (fd >= 0) {
            sockets.table().release(fd);
            fd = -1;
            registered.clear();
            kept.close();
        }
    }

    /** An event mask as epoll_ctl takes it: a C unsigned int, wrapped as a C cast would. */
    private static int mask(PyObject o) {
        return (int) Py.index(o);
    }

    /** epoll_ctl ADD (add) or MOD: the checks and errors in the kernel's order. */
    private PyObject control(PyObject target, int events, boolean add) {
        int n = Select.fd(target);
        open();
        PySocket s = sockets.byFd(n);
        if (s == null) {
            throw PyErrors.of(Errno.EBADF.error());
        }
        if ((events & EPOLLEXCLUSIVE) != 0 && (!add || (events & EPOLLONESHOT) != 0)) {
            throw PyErrors.of(Errno.EINVAL.error());
        }
        forgetClosed();
        Entry e = registered.get(n);
        if (add == (e != null)) {
            throw PyErrors.of((add ? Errno.EEXIST : Errno.ENOENT).error());
        }
        if (add) {
            registered.put(n, new Entry(s.endpoint(), events));
        } else {
            e.events = events;
            e.reported = 0;
        }
        apply();
        return PyNone.NONE;
    }

    /** The kernel drops a registration when its socket is closed; a reused fd number is a new socket. */
    private void forgetClosed() {
        registered.entrySet().removeIf(en -> {
            PySocket s = sockets.byFd(en.getKey());
            return s == null || s.endpoint() != en.getValue().endpoint;
        });
    }

    /** epoll_ctl takes effect at once: a socket ready when registered is queued then, ahead of later arrivals. */
    private void apply() {
        Select.converted(() -> {
            forgetClosed();
            List<Integer> fds = new ArrayList<>(registered.keySet());
            Readiness.await(kept, endpoints(fds), levels(fds), 0, new ArrayList<>());
            return PyNone.NONE;
        });
    }

    private Endpoint[] endpoints(List<Integer> fds) {
        return fds.stream().map(n -> registered.get(n).endpoint).toArray(Endpoint[]::new);
    }

    /** The events each registration waits for, without the delivery modes. */
    private int[] levels(List<Integer> fds) {
        return fds.stream().mapToInt(n -> registered.get(n).events & ~MODES).toArray();
    }

    private PyObject poll(double seconds, long max) throws IOException {
        forgetClosed();
        List<Integer> fds = new ArrayList<>(registered.keySet());
        Endpoint[] eps = endpoints(fds);
        int[] levels = levels(fds);
        int[] wanted = new int[fds.size()];
        // edge-triggered events re-arm once seen clear: look at the levels now, then wait for the rest
        int[] now = Readiness.await(kept, eps, levels, 0, new ArrayList<>());
        for (int i = 0; i < eps.length; i++) {
            Entry e = registered.get(fds.get(i));
            e.reported &= now[i];
            wanted[i] = (e.events & EPOLLET) != 0 ? levels[i] & ~e.reported : levels[i];
        }
        List<Integer> order = new ArrayList<>();
        int[] revents = Readiness.await(kept, eps, wanted, seconds, order);
        PyList out = new PyList();
        for (int i : order) {
            if (out.size() >= max) {
                break;
            }
            Entry e = registered.get(fds.get(i));
            int got = revents[i] & (wanted[i] | Readiness.POLLERR | Readiness.POLLHUP);
            if (got == 0 || e.events == 0) {
                continue;
            }
            e.reported |= got;
            if ((e.events & EPOLLONESHOT) != 0) {
                e.events = 0;
            }
            out.append(Py.tuple(PyInt.of(fds.get(i)), PyInt.of(got)));
        }
        return out;
    }
}
