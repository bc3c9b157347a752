package socklab.net;

import java.io.IOException;
import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.Io;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.Timestamps;

/** The {@code select} module: select.select, poll and epoll over the session's sockets, through one Readiness wait. */
final class Select {
    /** What select(2) counts as readable, writable and exceptional, in poll's terms (as Linux's do_select). */
    private static final int READABLE = Readiness.POLLIN | Readiness.POLLRDNORM | Readiness.POLLHUP | Readiness.POLLERR;
    private static final int WRITABLE = Readiness.POLLOUT | Readiness.POLLWRNORM | Readiness.POLLERR;
    private static final int EXCEPTIONAL = Readiness.POLLPRI;

    private Select() {}

    static final int STDIN = 0;

    static PyModule module(SocketModule sockets, Io io) {
        PyModule m = new PyModule("select");
        m.dict().putAll(Constants.select());
        m.dict().put("error", ExcTypes.OSError);
        m.dict().put("select", new PyBuiltinFunction("select", (a, kw) -> converted(() -> select(sockets, io, a, kw))));
        m.dict().put("poll", new PyBuiltinFunction("poll", (a, kw) -> {
            if (a.length > 0) {
                throw Py.typeError("select.poll() takes no arguments (" + a.length + " given)");
            }
            Args.noKeywords("select.poll", kw);
            return new PollObject(sockets, io);
        }));
        m.dict().put("epoll", EpollObject.type(sockets));
        return m;
    }

    /** A body that waits or looks sockets up, with its Java failures turned into Python ones. */
    @FunctionalInterface
    interface Body {
        PyObject run() throws IOException;
    }

    static PyObject converted(Body body) {
        try {
            return body.run();
        } catch (NetError e) {
            throw PyErrors.of(e);
        } catch (IOException e) {
            throw PyErrors.of(e, Operation.READ);
        }
    }

    private static PyObject select(SocketModule sockets, Io io, PyObject[] a, Map<String, PyObject> kw) throws IOException {
        if (kw != null && !kw.isEmpty()) {
            throw Py.typeError("select() takes no keyword arguments");
        }
        if (a.length < 3 || a.length > 4) {
            throw Py.typeError("select expected " + (a.length < 3 ? "at least 3" : "at most 4") + " arguments, got " + a.length);
        }
        double timeout = a.length == 4 ? timeout(a[3]) : -1;
        PyObject[][] lists = new PyObject[3][];
        for (int k = 0; k < 3; k++) {
            if (a[k] instanceof PyList l) {
                lists[k] = l.toArray();
            } else if (a[k] instanceof PyTuple t) {
                lists[k] = t.items();
            } else {
                throw Py.typeError("arguments 1-3 must be sequences");
            }
        }
        int[] wants = {READABLE, WRITABLE, EXCEPTIONAL};
        int total = lists[0].length + lists[1].length + lists[2].length;
        Endpoint[] eps = new Endpoint[total];
        int[] events = new int[total];
        boolean[] isStdin = new boolean[total];
        int at = 0;
        for (int k = 0; k < 3; k++) {
            for (PyObject o : lists[k]) {
                int fd = fd(o);
                PySocket s = sockets.byFd(fd);
                isStdin[at] = s == null && fd == STDIN && k == 0;
                if (s == null && !isStdin[at]) {
                    throw Errno.EBADF.error();
                }
                eps[at] = isStdin[at] ? null : s.endpoint();
                events[at++] = wants[k];
            }
        }
        int[] revents = StdinWait.await(io, eps, events, isStdin, READABLE, timeout);
        PyList[] out = {new PyList(), new PyList(), new PyList()};
        at = 0;
        for (int k = 0; k < 3; k++) {
            for (PyObject o : lists[k]) {
                if ((revents[at++] & wants[k]) != 0) {
                    out[k].append(o);
                }
            }
        }
        return Py.tuple(out[0], out[1], out[2]);
    }

    private static double timeout(PyObject o) {
        if (o == PyNone.NONE) {
            return -1;
        }
        double t = Timestamps.seconds(o, 1, "timeout must be a float or None");
        if (t < 0) {
            throw Py.valueError("timeout must be non-negative");
        }
        return t;
    }

    /** A file descriptor as select, poll and epoll take one: an int, or an object with a fileno() method. */
    static int fd(PyObject o) {
        long fd;
        if (o instanceof PyInt i) {
            fd = i.longValue();
        } else {
            PyObject fileno;
            try {
                fileno = o.getAttr("fileno");
            } catch (PyError e) {
                if (!e.matches(ExcTypes.AttributeError)) {
                    throw e;
                }
                throw Py.typeError("argument must be an int, or have a fileno() method.");
            }
            PyObject n = fileno.call(new PyObject[0], null);
            if (!(n instanceof PyInt i)) {
                throw Py.typeError("fileno() returned a non-integer");
            }
            fd = i.longValue();
        }
        if (fd < 0) {
            throw Py.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        if (fd > Integer.MAX_VALUE) {
            throw Py.overflowError("Python int too large to convert to C int");
        }
        return (int) fd;
    }

    /**
     * A poll timeout in seconds: None or negative waits forever, otherwise milliseconds (poll) or
     * seconds (epoll, unit 1) as a number; poll's milliseconds must fit a C int, as CPython's do.
     */
    static double pollTimeout(PyObject o, double unit) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        double t = Timestamps.seconds(o, unit, "timeout must be an integer or None");
        if (unit < 1 && t / unit > Integer.MAX_VALUE) {
            throw Py.overflowError("timeout is too large");
        }
        return t < 0 ? -1 : t;
    }
}
