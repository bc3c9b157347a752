package socklab.net;

import java.io.IOException;
import java.net.SocketAddress;
import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;

/**
 * {@code socket.socket}: the Python object over an {@link Endpoint}, with CPython's argument
 * handling, reprs and error for each method. A closed socket answers fileno() with -1 and every
 * other method with EBADF.
 */
final class PySocket extends PyObject {
    /** Reads cap a single recv's buffer, as a real recv returns what is there, never more than asked. */
    private static final int MAX_READ = 1 << 20;
    /** The machine's RAM: a recv() buffer larger than this cannot be allocated, so CPython fails with MemoryError. */
    private static final long MACHINE_MEMORY =
            ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();

    private final SocketModule module;
    private final Endpoint ep;
    private int fd;
    /** What the object says its proto is: as created, or the kernel's answer for socket(fileno=). */
    private final int proto;
    /** Open makefile() objects; as in socket.py, close() waits for them before the fd goes. */
    private int ioRefs;
    private boolean closing;
    /** Seconds; -1 means None (blocking), 0 non-blocking. Each object has its own, dups included, as in CPython. */
    private double timeout;

    PySocket(SocketModule module, Endpoint ep) {
        this(module, ep, module.defaultTimeout());
    }

    /** A socket object with a new fd over an endpoint; dup() and fromfd() share theirs this way. */
    PySocket(SocketModule module, Endpoint ep, double timeout) {
        this.module = module;
        this.ep = ep;
        this.fd = module.table().register(this, ep);
        this.proto = ep.proto;
        this.timeout = timeout;
    }

    /** socket(fileno=fd) over a detached fd. */
    PySocket(SocketModule module, Endpoint ep, int fd) {
        this.module = module;
        this.ep = ep;
        this.fd = fd;
        this.proto = ep.kernelProto();
        module.table().adopt(fd, this);
        this.timeout = module.defaultTimeout();
    }

    Endpoint endpoint() {
        return ep;
    }

    int fd() {
        return fd;
    }

    @Override
    public PyType type() {
        return module.socketType();
    }

    /** The endpoint of an open socket; EBADF once closed. */
    private Endpoint open() {
        if (fd < 0) {
            throw Errno.EBADF.error();
        }
        return ep;
    }

    private Waiter.Mode mode() {
        return Waiter.Mode.of(timeout);
    }

    void close() {
        closing = true;
        if (fd >= 0 && ioRefs == 0) {
            int was = fd;
            module.table().release(fd);
            fd = -1;
            module.events().emit(() -> new SocketEvent(SocketEvent.Kind.CLOSE, "close", was, ep.isStream(), "", "", 0, NO_BYTES, ""));
        }
    }

    private static final byte[] NO_BYTES = new byte[0];

    /** Tells the session's listeners what a call just did; remote null means the socket's peer. */
    private void told(SocketEvent.Kind kind, String call, int count, byte[] data, int length, SocketAddress remote) {
        module.events().emit(() -> new SocketEvent(kind, call, fd, ep.isStream(), AddressText.of(ep.family, ep.quietLocal()),
                AddressText.of(ep.family, remote != null ? remote : ep.quietRemote()), count,
                java.util.Arrays.copyOf(data, Math.min(length, Traffic.KEPT)), ""));
    }

    private void told(SocketEvent.Kind kind, String call, int count) {
        told(kind, call, count, NO_BYTES, 0, null);
    }

    /** This object as the socket table shows it: a closed object is CLOSED with fd -1, as its repr says. */
    SocketInfo info(int pairedFd) {
        return ep.info(fd, timeout, fd < 0, pairedFd);
    }

    void ioRef() {
        ioRefs++;
    }

    /** A makefile() object closed: the last one really closes a socket already closed in Python. */
    void ioUnref() {
        if (ioRefs > 0 && --ioRefs == 0 && closing) {
            close();
        }
    }

    @Override
    public PyObject enter() {
        return this;
    }

    @Override
    public boolean exit(PyBaseException pending) {
        close();
        return false;
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("<socket.socket");
        sb.append(fd < 0 || closing ? " [closed]" : "").append(" fd=").append(fd)
                .append(", family=").append(ep.family).append(", type=").append(ep.type)
                .append(", proto=").append(proto);
        if (fd >= 0 && !closing) {
            PyObject laddr = Addresses.toPy(ep.family, ep.quietLocal(), module.sandbox());
            if (laddr.isTrue()) {
                sb.append(", laddr=").append(laddr.str());
            }
            SocketAddress r = ep.quietRemote();
            PyObject raddr = r == null ? PyNone.NONE : Addresses.toPy(ep.family, r, module.sandbox());
            if (raddr.isTrue()) {
                sb.append(", raddr=").append(raddr.str());
            }
        }
        return sb.append('>').toString();
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "family" -> module.enums().family(ep.family);
            case "type" -> module.enums().kind(ep.type);
            case "proto" -> PyInt.of(proto);
            case "timeout" -> timeoutValue(timeout);
            // socket.py's own flag, which tutorials print to show that `with` closed the socket
            case "_closed" -> Py.bool(closing);
            default -> super.getAttr(name);
        };
    }

    /** sendall's loop: a send may take part of the data; what is left goes on until none is. */
    private static void sendWhole(Endpoint ep, byte[] data, Waiter.Mode mode) throws IOException {
        int off = 0;
        do {
            off += ep.send(data, off, null, mode);
        } while (off < data.length);
    }

    static PyObject timeoutValue(double t) {
        return t < 0 ? PyNone.NONE : new PyFloat(t);
    }

    // ---- the methods, installed on the session's socket type ----

    /** A method body; Java failures become Python ones by what the method was doing. */
    @FunctionalInterface
    private interface Body {
        PyObject call(PySocket s, PyObject[] a, Map<String, PyObject> kw) throws IOException;
    }

    private static void def(PyType t, String name, Operation op, Body body) {
        t.method(name, (self, a, kw) -> converted(name, op, (PySocket) self, a, kw, body));
    }

    /** Runs a method body; an OS failure becomes its Python error, which the session's listeners hear of. */
    private static PyObject converted(String name, Operation op, PySocket s, PyObject[] a, Map<String, PyObject> kw, Body body) {
        PyError err;
        try {
            return body.call(s, a, kw);
        } catch (NetError e) {
            err = PyErrors.of(e);
        } catch (IOException | IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
            err = PyErrors.of(e, op);
        }
        s.toldFailure(name, err);
        throw err;
    }

    /** Tells the listeners a call failed, with the error as a traceback's last line shows it. */
    private void toldFailure(String call, PyError err) {
        module.events().emit(() -> new SocketEvent(SocketEvent.Kind.FAILED, call, fd, ep.isStream(),
                AddressText.of(ep.family, ep.quietLocal()), AddressText.of(ep.family, ep.quietRemote()), 0, NO_BYTES,
                err.value().type().name() + ": " + err.value().str()));
    }

    static void install(PyType t) {
        def(t, "fileno", Operation.CLOSE, (s, a, kw) -> {
            Args.none("socket.fileno", a, kw);
            return PyInt.of(s.fd);
        });
        def(t, "close", Operation.CLOSE, (s, a, kw) -> {
            Args.selfOnly("socket.close", a, kw);
            s.close();
            return PyNone.NONE;
        });
        def(t, "detach", Operation.CLOSE, (s, a, kw) -> {
            Args.none("socket.detach", a, kw);
            int was = s.fd;
            if (was >= 0) {
                s.module.table().detach(was);
                s.fd = -1;
            }
            return PyInt.of(was);
        });
        def(t, "__enter__", Operation.CLOSE, (s, a, kw) -> s);
        def(t, "__exit__", Operation.CLOSE, (s, a, kw) -> {
            s.close();
            return PyNone.NONE;
        });
        def(t, "bind", Operation.BIND, (s, a, kw) -> {
            PyObject addr = Args.one("socket.bind", a, kw);
            Endpoint ep = s.open();
            SocketAddress sa = s.address("bind", addr);
            s.module.reclaiming(() -> ep.bind(sa), Operation.BIND);
            s.told(SocketEvent.Kind.BIND, "bind", 0);
            return PyNone.NONE;
        });
        def(t, "listen", Operation.LISTEN, (s, a, kw) -> {
            Args.takes("socket.listen", a, kw, 0, 1);
            // CPython's default backlog: min(SOMAXCONN, 128)
            int backlog = a.length == 0 ? Math.min(Constants.num("SOMAXCONN"), 128) : Convert.cInt(a[0]);
            Endpoint ep = s.open();
            s.module.reclaiming(() -> ep.listen(backlog), Operation.LISTEN);
            s.told(SocketEvent.Kind.LISTEN, "listen", backlog);
            return PyNone.NONE;
        });
        // accept is written in Python in socket.py: its errors pass through a frame of socket.py's.
        t.method("accept", (self, a, kw) -> {
            Args.selfOnly("socket.accept", a, kw);
            return LibraryLine.ACCEPT.around(() -> converted("accept", Operation.ACCEPT, (PySocket) self, a, kw, (s, x, y) -> {
                Endpoint conn = s.open().accept(s.mode());
                PySocket c = new PySocket(s.module, conn);
                c.told(SocketEvent.Kind.ACCEPT, "accept", 0);
                return Py.tuple(c, Addresses.toPy(conn.family, conn.remoteAddress(), s.module.sandbox()));
            }));
        });
        def(t, "connect", Operation.CONNECT, (s, a, kw) -> {
            PyObject addr = Args.one("socket.connect", a, kw);
            Endpoint ep = s.open();
            ep.connect(s.address("connect", addr), s.mode());
            s.told(SocketEvent.Kind.CONNECT, "connect", 0);
            return PyNone.NONE;
        });
        def(t, "connect_ex", Operation.CONNECT, (s, a, kw) -> {
            PyObject addr = Args.one("socket.connect_ex", a, kw);
            SocketAddress sa = s.address("connect_ex", addr);
            try {
                s.open().connect(sa, s.mode());
                s.told(SocketEvent.Kind.CONNECT, "connect_ex", 0);
                return PyInt.of(0);
            } catch (IOException | NetError e) {
                NetError n = Errno.fromJava(e, Operation.CONNECT);
                if (n.pyType().equals("TimeoutError") && n.errno() == null) {
                    return PyInt.of(Errno.EAGAIN.code());
                }
                if (n.errno() == null || n.pyType().equals("gaierror")) {
                    throw n;
                }
                s.toldFailure("connect_ex", PyErrors.of(n));
                return PyInt.of(n.errno());
            }
        });
        def(t, "recv", Operation.READ, (s, a, kw) -> {
            Args.takes("socket.recv", a, kw, 1, 2);
            int n = s.bufsize(a[0], "recv");
            return new PyBytes(s.receive("recv", n, flags(a, 1)).data());
        });
        def(t, "recvfrom", Operation.READ, (s, a, kw) -> {
            Args.takes("socket.recvfrom", a, kw, 1, 2);
            int n = s.bufsize(a[0], "recvfrom");
            Endpoint.Received r = s.receive("recvfrom", n, flags(a, 1));
            return Py.tuple(new PyBytes(r.data()), s.sender(r));
        });
        def(t, "recv_into", Operation.READ, (s, a, kw) -> {
            PyObject[] p = Args.keywords("recv_into", a, kw, INTO_PARAMS, 3, 1);
            return PyInt.of(s.receiveInto("recv_into", p).data().length);
        });
        def(t, "recvfrom_into", Operation.READ, (s, a, kw) -> {
            PyObject[] p = Args.keywords("recvfrom_into", a, kw, INTO_PARAMS, 3, 1);
            Endpoint.Received r = s.receiveInto("recvfrom_into", p);
            return Py.tuple(PyInt.of(r.data().length), s.sender(r));
        });
        t.method("dup", (self, a, kw) -> {
            Args.selfOnly("socket.dup", a, kw);
            PySocket s = (PySocket) self;
            return LibraryLine.DUP.around(() -> {
                if (s.fd < 0) {
                    throw PyErrors.of(Errno.EBADF.error());
                }
                return new PySocket(s.module, s.ep, s.timeout);
            });
        });
        def(t, "send", Operation.WRITE_TCP, (s, a, kw) -> {
            Args.takes("socket.send", a, kw, 1, 2);
            byte[] data = Convert.bytes(a[0]);
            flags(a, 1);
            int sent = s.open().send(data, 0, null, s.mode());
            s.told(SocketEvent.Kind.SEND, "send", sent, data, sent, null);
            return PyInt.of(sent);
        });
        def(t, "sendall", Operation.WRITE_TCP, (s, a, kw) -> {
            Args.takes("socket.sendall", a, kw, 1, 2);
            byte[] data = Convert.bytes(a[0]);
            flags(a, 1);
            Endpoint ep = s.open();
            Waiter.Mode mode = s.mode();
            sendWhole(ep, data, mode);
            s.told(SocketEvent.Kind.SEND, "sendall", data.length, data, data.length, null);
            return PyNone.NONE;
        });
        def(t, "sendfile", Operation.WRITE_TCP, (s, a, kw) -> {
            Endpoint ep = s.open();
            long total = SendFile.send(ep, s.mode(), s.timeout == 0, a, kw, (e, block, mode) -> {
                sendWhole(e, block, mode);
                s.told(SocketEvent.Kind.SEND, "sendfile", block.length, block, block.length, null);
            });
            return PyInt.of(total);
        });
        def(t, "sendto", Operation.WRITE_UDP, (s, a, kw) -> {
            Args.noKeywords("socket.sendto", kw);
            if (a.length < 2 || a.length > 3) {
                throw Py.typeError("sendto() takes 2 or 3 arguments (" + a.length + " given)");
            }
            byte[] data = Convert.bytes(a[0]);
            if (a.length == 3) {
                flags(a, 1);
            }
            Endpoint ep = s.open();
            SocketAddress to = s.address("sendto", a[a.length - 1]);
            int sent = ep.send(data, 0, ep.isStream() ? null : to, s.mode());
            s.told(SocketEvent.Kind.SEND, "sendto", sent, data, sent, ep.isStream() ? null : to);
            return PyInt.of(sent);
        });
        def(t, "shutdown", Operation.SHUTDOWN, (s, a, kw) -> {
            int how = Convert.cInt(Args.one("socket.shutdown", a, kw));
            s.open().shutdown(how);
            s.told(SocketEvent.Kind.SHUTDOWN, "shutdown", how);
            return PyNone.NONE;
        });
        def(t, "getsockname", Operation.CLOSE, (s, a, kw) -> {
            Args.none("socket.getsockname", a, kw);
            return Addresses.toPy(s.ep.family, s.open().localAddress(), s.module.sandbox());
        });
        def(t, "getpeername", Operation.SHUTDOWN, (s, a, kw) -> {
            Args.none("socket.getpeername", a, kw);
            return Addresses.toPy(s.ep.family, s.open().remoteAddress(), s.module.sandbox());
        });
        def(t, "settimeout", Operation.CLOSE, (s, a, kw) -> {
            s.timeout = Convert.timeout(Args.one("socket.settimeout", a, kw));
            s.open();
            return PyNone.NONE;
        });
        def(t, "gettimeout", Operation.CLOSE, (s, a, kw) -> {
            Args.none("socket.gettimeout", a, kw);
            return timeoutValue(s.timeout);
        });
        def(t, "setblocking", Operation.CLOSE, (s, a, kw) -> {
            long flag = Py.index(Args.one("socket.setblocking", a, kw));
            s.timeout = flag != 0 ? -1.0 : 0.0;
            s.open();
            return PyNone.NONE;
        });
        def(t, "getblocking", Operation.CLOSE, (s, a, kw) -> {
            Args.none("socket.getblocking", a, kw);
            return Py.bool(s.timeout != 0);
        });
        def(t, "setsockopt", Operation.OPTION, (s, a, kw) -> {
            Args.noKeywords("socket.setsockopt", kw);
            if (a.length != 3) {
                throw Py.typeError("setsockopt() takes exactly 3 arguments (" + a.length + " given)");
            }
            int level = Convert.cInt(a[0]);
            int opt = Convert.cInt(a[1]);
            if (SockOpts.isLinger(level, opt)) {
                SockOpts.setLinger(s.open(), a[2] instanceof PyInt ? null : Convert.bytes(a[2]));
                return PyNone.NONE;
            }
            int value = a[2] instanceof PyInt ? Convert.cInt(a[2]) : intFromBytes(Convert.bytes(a[2]));
            SockOpts.set(s.open(), level, opt, value);
            return PyNone.NONE;
        });
        def(t, "getsockopt", Operation.OPTION, (s, a, kw) -> {
            Args.takes("socket.getsockopt", a, kw, 2, 3);
            int level = Convert.cInt(a[0]);
            int opt = Convert.cInt(a[1]);
            int buflen = a.length == 3 ? Convert.cInt(a[2]) : 0;
            if (a.length == 3 && (buflen <= 0 || buflen > 1024)) {
                throw NetError.of("OSError", "getsockopt buflen out of range");
            }
            if (SockOpts.isLinger(level, opt)) {
                byte[] linger = SockOpts.getLinger(s.open());
                return a.length < 3 ? PyInt.of(linger[0]) : new PyBytes(java.util.Arrays.copyOf(linger, Math.min(buflen, linger.length)));
            }
            int v = SockOpts.get(s.open(), level, opt);
            if (a.length < 3) {
                return PyInt.of(v);
            }
            byte[] out = new byte[Math.min(buflen, 4)];
            for (int k = 0; k < out.length; k++) {
                out[k] = (byte) (v >>> (8 * k));
            }
            return new PyBytes(out);
        });
        def(t, "makefile", Operation.READ, (s, a, kw) -> SocketFile.open(s, a, kw));
    }

    private SocketAddress address(String fn, PyObject addr) {
        return Addresses.parse(fn, ep.family, addr, module.hosts(), module.sandbox());
    }

    /** The optional flags argument at {@code at}: an int, checked before the call does anything. */
    private static int flags(PyObject[] a, int at) {
        return a.length > at && a[at] != null ? Convert.cInt(a[at]) : 0;
    }

    private static final String[] INTO_PARAMS = {"buffer", "nbytes", "flags"};
    private static final int MSG_PEEK = Constants.num("MSG_PEEK");
    private static final int MSG_DONTWAIT = Constants.num("MSG_DONTWAIT");

    /** recv with the flags socklab honours: MSG_PEEK leaves the data for the next recv, MSG_DONTWAIT never waits. */
    private Endpoint.Received receive(String call, int n, int flags) throws IOException {
        Waiter.Mode mode = (flags & MSG_DONTWAIT) != 0 ? Waiter.Mode.of(0) : mode();
        boolean peek = (flags & MSG_PEEK) != 0;
        Endpoint.Received r = open().receive(n, mode, peek);
        if (!peek) {
            toldReceived(call, r);
        }
        return r;
    }

    private void toldReceived(String call, Endpoint.Received r) {
        byte[] got = r.data();
        told(SocketEvent.Kind.RECV, call, got.length, got, got.length, r.from());
    }

    /** recv_into and recvfrom_into: (buffer, nbytes=0, flags=0), the bytes copied to the buffer's start. */
    private Endpoint.Received receiveInto(String fn, PyObject[] p) throws IOException {
        PyObject buf = p[0];
        if (!Buffers.isWritable(buf)) {
            throw Py.typeError(fn + "() argument 1 must be read-write bytes-like object, not " + Py.typeName(buf));
        }
        long n = p[1] == null ? 0 : Convert.ssize(p[1]);
        int flags = p[2] == null ? 0 : Convert.cInt(p[2]);
        if (n < 0) {
            throw Py.valueError("negative buffersize in " + fn);
        }
        long size = Buffers.byteLength(buf);
        if (n > size) {
            throw Py.valueError(fn.equals("recv_into") ? "buffer too small for requested bytes"
                    : "nbytes is greater than the length of the buffer");
        }
        long want = n == 0 ? size : n;
        Endpoint.Received r = receive(fn, (int) Math.min(want, MAX_READ), flags);
        byte[] got = r.data();
        Buffers.writeInto(buf, 0, got);
        return r;
    }

    /** The sender recvfrom reports: the datagram's source, or None for a stream. */
    private PyObject sender(Endpoint.Received r) {
        return r.from() == null ? PyNone.NONE : Addresses.toPy(ep.family, r.from(), module.sandbox());
    }

    private int bufsize(PyObject o, String fn) {
        long n = Convert.ssize(o);
        if (n < 0) {
            throw Py.valueError("negative buffersize in " + fn);
        }
        if (n > MACHINE_MEMORY) {
            // CPython allocates the whole buffer before it waits, and Linux refuses more than the machine has.
            throw Py.error(ExcTypes.MemoryError);
        }
        return (int) Math.min(n, ep.isStream() ? MAX_READ : 65536);
    }

    /** A setsockopt value given as bytes: the native int it spells (little-endian, as on x86). */
    private static int intFromBytes(byte[] b) {
        int v = 0;
        for (int k = Math.min(b.length, 4) - 1; k >= 0; k--) {
            v = (v << 8) | (b[k] & 0xff);
        }
        return v;
    }

    /** What makefile reads with: recv of up to {@code n} bytes honouring the socket's mode. */
    byte[] read(int n) {
        try {
            Endpoint.Received r = open().receive(n, mode());
            toldReceived("recv_into", r);
            return r.data();
        } catch (NetError e) {
            throw PyErrors.of(e);
        } catch (IOException e) {
            throw PyErrors.of(e, Operation.READ);
        }
    }

    /** What makefile writes with: sendall. */
    void write(byte[] data) {
        try {
            Endpoint ep = open();
            Waiter.Mode m = mode();
            int off = 0;
            while (off < data.length) {
                off += ep.send(data, off, null, m);
            }
            told(SocketEvent.Kind.SEND, "sendall", data.length, data, data.length, null);
        } catch (NetError e) {
            throw PyErrors.of(e);
        } catch (IOException e) {
            throw PyErrors.of(e, Operation.WRITE_TCP);
        }
    }
}
