package socklab.net;

import java.util.LinkedHashMap;
import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.Io;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;

/** A select.poll() object: fd numbers with their event masks, polled in registration order. */
final class PollObject extends PyObject {
    static final PyType TYPE = new PyType("poll", "select", null).finalType();
    private static final int DEFAULT_EVENTS = Readiness.POLLIN | Readiness.POLLPRI | Readiness.POLLOUT;

    static {
        TYPE.method("register", (self, a, kw) -> {
            PyObject[] p = Args.expected("register", a, kw, 1, 2);
            int fd = Select.fd(p[0]);
            ((PollObject) self).registered.put(fd, p[1] == null ? DEFAULT_EVENTS : mask(p[1]));
            return PyNone.NONE;
        });
        TYPE.method("modify", (self, a, kw) -> {
            PyObject[] p = Args.expected("modify", a, kw, 2, 2);
            int fd = Select.fd(p[0]);
            int events = mask(p[1]);
            Map<Integer, Integer> reg = ((PollObject) self).registered;
            if (!reg.containsKey(fd)) {
                throw PyErrors.of(Errno.ENOENT.error());
            }
            reg.put(fd, events);
            return PyNone.NONE;
        });
        TYPE.method("unregister", (self, a, kw) -> {
            int fd = Select.fd(Args.expected("unregister", a, kw, 1, 1)[0]);
            if (((PollObject) self).registered.remove(fd) == null) {
                throw new PyError(new PyBaseException(ExcTypes.KeyError, new PyTuple(new PyObject[] {PyInt.of(fd)})));
            }
            return PyNone.NONE;
        });
        TYPE.method("poll", (self, a, kw) -> {
            PyObject[] p = Args.expected("poll", a, kw, 0, 1);
            double seconds = Select.pollTimeout(p[0], 1e-3);
            return Select.converted(() -> ((PollObject) self).poll(seconds));
        });
    }

    private final SocketModule sockets;
    private final Map<Integer, Integer> registered = new LinkedHashMap<>();

    private final Io io;

    PollObject(SocketModule sockets, Io io) {
        this.sockets = sockets;
        this.io = io;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<select.poll object at 0x" + Long.toHexString(Py.id(this)) + ">";
    }

    /** An event mask as poll takes it: a C unsigned short. */
    private static int mask(PyObject o) {
        long v = Py.index(o);
        if (v < 0) {
            throw Py.valueError("value must be positive");
        }
        if (v > 0xffff) {
            throw Py.overflowError("Python int too large for C unsigned short");
        }
        return (int) v;
    }

    private PyObject poll(double seconds) throws java.io.IOException {
        int n = registered.size();
        int[] fds = new int[n];
        int[] events = new int[n];
        Endpoint[] eps = new Endpoint[n];
        boolean[] isStdin = new boolean[n];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : registered.entrySet()) {
            fds[i] = e.getKey();
            events[i] = e.getValue();
            PySocket s = sockets.byFd(fds[i]);
            isStdin[i] = s == null && fds[i] == Select.STDIN;
            eps[i++] = s == null ? null : s.endpoint();
        }
        int[] revents = StdinWait.await(io, eps, events, isStdin, Readiness.POLLIN | Readiness.POLLRDNORM, seconds);
        PyList out = new PyList();
        for (int k = 0; k < n; k++) {
            if (revents[k] != 0) {
                out.append(Py.tuple(PyInt.of(fds[k]), PyInt.of(revents[k])));
            }
        }
        return out;
    }
}
