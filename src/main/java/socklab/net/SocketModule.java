package socklab.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import socklab.runtime.Sandbox;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;

/**
 * The {@code socket} module of one session: its functions, constants and exception classes,
 * the session's socket type, its fd table and its default timeout.
 */
final class SocketModule {
    private final SocketTable table = new SocketTable();
    private final Hosts hosts;
    /** The session's folders, asked when an AF_UNIX address names a file. */
    private final Supplier<Sandbox> sandbox;
    private final Services services;
    private final Protocols protocols = Protocols.system();
    private final PyType socketType;
    private double defaultTimeout = -1.0;
    private final SocketEvents events;
    /** The session's enum module, asked once for the enum classes. */
    private final Supplier<PyModule> enumModule;
    private SocketEnums enums;

    SocketModule(Hosts hosts, Services services, Supplier<Sandbox> sandbox, SocketEvents events, Supplier<PyModule> enumModule) {
        this.events = events;
        this.enumModule = enumModule;
        this.hosts = hosts;
        this.sandbox = sandbox;
        this.services = services;
        this.socketType = new PyType("socket", "socket", null);
        socketType.constructor(this::construct);
        PySocket.install(socketType);
        SocketDocs.attach(socketType);
    }

    SocketTable table() {
        return table;
    }

    SocketEvents events() {
        return events;
    }

    /** AddressFamily and the other enum classes, made on first need (import socket makes them). */
    synchronized SocketEnums enums() {
        if (enums == null) {
            enums = new SocketEnums(enumModule.get());
        }
        return enums;
    }

    Hosts hosts() {
        return hosts;
    }

    Sandbox sandbox() {
        return sandbox.get();
    }

    PyType socketType() {
        return socketType;
    }

    double defaultTimeout() {
        return defaultTimeout;
    }

    /** An action on the OS that a dropped socket may be in the way of. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }

    /**
     * Runs an action; if it fails with "address in use" or "too many open files", closes the
     * sockets nothing refers to any more (as CPython would have already) and tries once more.
     */
    void reclaiming(IoAction action, Operation op) throws IOException {
        try {
            action.run();
        } catch (IOException | NetError e) {
            Integer errno = Errno.fromJava(e, op).errno();
            boolean retry = errno != null && (errno == Errno.EADDRINUSE.code() || errno == Errno.EMFILE.code()
                    || errno == Errno.ENFILE.code());
            if (!retry || !table.reclaim(true)) {
                throw e;
            }
            action.run();
        }
    }

    /** socket(family, type, proto, fileno): opens the OS socket and gives it the lowest free fd. */
    private PyObject construct(PyType type, PyObject[] args, Map<String, PyObject> kw) {
        PyObject[] withSelf = new PyObject[args.length + 1];
        withSelf[0] = PyNone.NONE;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        PyObject[] p = INIT.bind(withSelf, kw, new PyObject[] {null, PyInt.of(-1), PyInt.of(-1), PyInt.of(-1), PyNone.NONE});
        return LibraryLine.INIT.around(() -> construct(p));
    }

    private PyObject construct(PyObject[] p) {
        // socket.__init__'s argument clinic reads each as a C int, with _PyLong_AsInt's message.
        int family = Py.indexInt(p[1]);
        int kind = Py.indexInt(p[2]);
        int proto = Py.indexInt(p[3]);
        if (p[4] != PyNone.NONE) {
            long fd = Py.index(p[4]);
            if (fd < 0) {
                throw Py.valueError("negative file descriptor");
            }
            Endpoint ep = fd > Integer.MAX_VALUE ? null : table.detached((int) fd);
            if (ep == null) {
                throw PyErrors.of(Errno.EBADF.error());
            }
            return new PySocket(this, ep, (int) fd);
        }
        return open(family == -1 ? Inet.AF_INET : family, kind == -1 ? Endpoint.SOCK_STREAM : kind, proto == -1 ? 0 : proto);
    }

    private static final Signature INIT = Signature.parse("socket.__init__(self, family, type, proto, fileno)");

    PySocket open(int family, int kind, int proto) {
        Endpoint[] ep = new Endpoint[1];
        try {
            reclaiming(() -> ep[0] = Endpoint.open(family, kind, proto), Operation.OPEN);
        } catch (NetError e) {
            throw PyErrors.of(e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PyError p) {
                throw p;
            }
            throw PyErrors.of(e, Operation.OPEN);
        }
        return new PySocket(this, ep[0]);
    }

    // ---- the module object ----

    PyModule module() {
        PyModule m = new PyModule("socket");
        Map<String, PyObject> d = m.dict();
        d.putAll(Constants.all());
        d.putAll(enums().names());
        d.put("socket", socketType);
        d.put("SocketType", socketType);
        fn(d, "has_dualstack_ipv6", (a, kw) -> {
            Args.none("has_dualstack_ipv6", a, kw);
            return PyBool.TRUE;
        });
        d.put("error", ExcTypes.OSError);
        d.put("timeout", ExcTypes.TimeoutError);
        d.put("gaierror", PyErrors.GAIERROR);
        d.put("herror", PyErrors.HERROR);
        d.put("has_ipv6", PyBool.TRUE);
        fn(d, "gethostname", (a, kw) -> {
            Args.none("_socket.gethostname", a, kw);
            return new PyStr(hosts.gethostname());
        });
        fn(d, "gethostbyname", (a, kw) -> new PyStr(hosts.gethostbyname(hostArg("gethostbyname", a, kw))));
        fn(d, "gethostbyname_ex", (a, kw) -> hostEntry(hosts.gethostbyname_ex(hostArg("gethostbyname_ex", a, kw))));
        fn(d, "gethostbyaddr", (a, kw) -> hostEntry(hosts.gethostbyaddr(hostArg("gethostbyaddr", a, kw))));
        fn(d, "getservbyname", (a, kw) -> {
            Args.takes("getservbyname", a, kw, 1, 2);
            String name = Py.asStr(a[0], "getservbyname() argument 1");
            String proto = a.length > 1 ? Py.asStr(a[1], "getservbyname() argument 2") : null;
            return PyInt.of(services.getservbyname(name, proto));
        });
        fn(d, "getservbyport", (a, kw) -> {
            Args.takes("getservbyport", a, kw, 1, 2);
            long port = Py.index(a[0]);
            String proto = a.length > 1 ? Py.asStr(a[1], "getservbyport() argument 2") : null;
            return new PyStr(services.getservbyport(port, proto));
        });
        fn(d, "getaddrinfo", this::getaddrinfo);
        fn(d, "getnameinfo", (a, kw) -> NameInfo.getnameinfo(hosts, services, a, kw));
        fn(d, "getdefaulttimeout", (a, kw) -> {
            Args.none("_socket.getdefaulttimeout", a, kw);
            return PySocket.timeoutValue(defaultTimeout);
        });
        fn(d, "setdefaulttimeout", (a, kw) -> {
            defaultTimeout = Convert.timeout(Args.one("_socket.setdefaulttimeout", a, kw));
            return PyNone.NONE;
        });
        fn(d, "htons", (a, kw) -> PyInt.of(Inet.htons(Py.index(Args.takes("htons", a, kw, 1, 1)[0]))));
        fn(d, "ntohs", (a, kw) -> PyInt.of(Inet.ntohs(Py.index(Args.takes("ntohs", a, kw, 1, 1)[0]))));
        fn(d, "htonl", (a, kw) -> PyInt.of(Inet.htonl(Py.index(Args.takes("htonl", a, kw, 1, 1)[0]))));
        fn(d, "ntohl", (a, kw) -> PyInt.of(Inet.ntohl(Py.index(Args.takes("ntohl", a, kw, 1, 1)[0]))));
        fn(d, "inet_aton", (a, kw) -> new PyBytes(Inet.inetAton(Py.asStr(Args.takes("inet_aton", a, kw, 1, 1)[0], "inet_aton() argument 1"))));
        fn(d, "inet_ntoa", (a, kw) -> new PyStr(Inet.inetNtoa(Convert.bytes(Args.takes("inet_ntoa", a, kw, 1, 1)[0]))));
        fn(d, "inet_pton", (a, kw) -> {
            Args.takes("inet_pton", a, kw, 2, 2);
            return new PyBytes(Inet.inetPton(Convert.cInt(a[0]), Py.asStr(a[1], "inet_pton() argument 2")));
        });
        fn(d, "inet_ntop", (a, kw) -> {
            Args.takes("inet_ntop", a, kw, 2, 2);
            return new PyStr(Inet.inetNtop(Convert.cInt(a[0]), Convert.bytes(a[1])));
        });
        fn(d, "getprotobyname", (a, kw) -> {
            String name = Py.asStr(Args.takes("getprotobyname", a, kw, 1, 1)[0], "getprotobyname() argument 1");
            return PyInt.of(protocols.number(name));
        });
        fn(d, "socketpair", this::socketpair);
        fn(d, "fromfd", this::fromfd);
        fn(d, "create_connection", this::createConnection);
        fn(d, "create_server", this::createServer);
        SocketDocs.attach(d);
        return m;
    }

    private static void fn(Map<String, PyObject> d, String name, PyBuiltinFunction.Impl impl) {
        d.put(name, new PyBuiltinFunction(name, (a, kw) -> {
            try {
                return impl.call(a, kw);
            } catch (NetError e) {
                throw PyErrors.of(e);
            }
        }));
    }

    /** The host argument of the gethostby* functions: str, bytes or bytearray. */
    private static String hostArg(String fn, PyObject[] a, Map<String, PyObject> kw) {
        PyObject o = Args.takes(fn, a, kw, 1, 1)[0];
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytesLike b) {
            return new String(b.toByteArray(), StandardCharsets.UTF_8);
        }
        throw Py.typeError(fn + "() argument 1 must be str, bytes or bytearray, not " + Py.argTypeName(o));
    }

    private static PyObject hostEntry(HostEntry e) {
        return Py.tuple(new PyStr(e.name()), strings(e.aliases()), strings(e.addresses()));
    }

    private static PyList strings(List<String> items) {
        PyList l = new PyList();
        items.forEach(s -> l.append(new PyStr(s)));
        return l;
    }

    private static final Signature GETADDRINFO = Signature.parse("getaddrinfo(host, port, family, type, proto, flags)");

    /** getaddrinfo is written in Python in socket.py: errors after its arguments bind pass through its frame. */
    private PyObject getaddrinfo(PyObject[] a, Map<String, PyObject> kw) {
        PyObject zero = PyInt.of(0);
        PyObject[] p = GETADDRINFO.bind(a, kw, new PyObject[] {null, null, zero, zero, zero, zero});
        return LibraryLine.GETADDRINFO.around(() -> {
            try {
                return getaddrinfo(p);
            } catch (NetError e) {
                throw PyErrors.of(e);
            }
        });
    }

    private PyObject getaddrinfo(PyObject[] p) {
        String host;
        if (p[0] == PyNone.NONE) {
            host = null;
        } else if (p[0] instanceof PyStr s) {
            host = s.value();
        } else if (p[0] instanceof PyBytes b) {
            host = new String(b.array(), StandardCharsets.US_ASCII);
        } else {
            throw Py.typeError("getaddrinfo() argument 1 must be string or None");
        }
        String port;
        if (p[1] == PyNone.NONE) {
            port = null;
        } else if (p[1] instanceof PyInt i) {
            port = i.repr();
        } else if (p[1] instanceof PyStr s) {
            port = s.value();
        } else if (p[1] instanceof PyBytes b) {
            port = new String(b.array(), StandardCharsets.US_ASCII);
        } else {
            throw NetError.of("OSError", "Int or String expected");
        }
        List<AddrInfo> found = hosts.getaddrinfo(host, port, Convert.cInt(p[2]), Convert.cInt(p[3]), Convert.cInt(p[4]), Convert.cInt(p[5]));
        PyList out = new PyList();
        for (AddrInfo ai : found) {
            PyObject sa = ai.family() == Inet.AF_INET6
                    ? Py.tuple(new PyStr(ai.host()), PyInt.of(ai.port()), PyInt.of(0), PyInt.of(ai.scopeId()))
                    : Py.tuple(new PyStr(ai.host()), PyInt.of(ai.port()));
            out.append(Py.tuple(enums().family(ai.family()), enums().kind(ai.type()), PyInt.of(ai.proto()),
                    new PyStr(ai.canonname()), sa));
        }
        return out;
    }

    /** socket.py's _GLOBAL_DEFAULT_TIMEOUT: "leave the socket's timeout as the default made it". */
    private static final PyObject GLOBAL_DEFAULT_TIMEOUT = new PyStr("_GLOBAL_DEFAULT_TIMEOUT");

    private static final Signature CREATE_CONNECTION =
            Signature.parse("create_connection(address, timeout, source_address, *, all_errors)");

    /** socket.create_connection as socket.py writes it: each getaddrinfo result in turn, the first error raised. */
    private PyObject createConnection(PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = CREATE_CONNECTION.bind(a, kw, new PyObject[] {null, GLOBAL_DEFAULT_TIMEOUT, PyNone.NONE, PyBool.FALSE});
        PyObject[] hp = unpackPair(p[0]);
        PyObject infos = LibraryLine.CONNECTION_LOOKUP.around(
                () -> getaddrinfo(new PyObject[] {hp[0], hp[1], PyInt.of(0), PyInt.of(Endpoint.SOCK_STREAM)}, null));
        PyError first = null;
        for (PyObject info : ((PyList) infos).toArray()) {
            PyObject[] f = ((PyTuple) info).items();
            PySocket s = null;
            try {
                s = open((int) ((PyInt) f[0]).longValue(), (int) ((PyInt) f[1]).longValue(), (int) ((PyInt) f[2]).longValue());
                if (p[1] != GLOBAL_DEFAULT_TIMEOUT) {
                    s.getAttr("settimeout").call(new PyObject[] {p[1]}, null);
                }
                if (p[2].isTrue()) {
                    s.getAttr("bind").call(new PyObject[] {p[2]}, null);
                }
                s.getAttr("connect").call(new PyObject[] {f[4]}, null);
                return s;
            } catch (PyError e) {
                if (!e.matches(ExcTypes.OSError)) {
                    throw e;
                }
                first = first == null ? e : first;
                if (s != null) {
                    s.close();
                }
            }
        }
        if (first != null) {
            throw LibraryLine.CONNECTION_RAISE.on(LibraryLine.CONNECTION_CONNECT.on(first));
        }
        throw NetError.of("OSError", "getaddrinfo returns an empty list");
    }

    private static PyObject[] unpackPair(PyObject o) {
        PyObject[] items = o instanceof PyTuple t ? t.items() : o instanceof PyList l ? l.toArray()
                : o instanceof PyStr str ? str.value().codePoints().mapToObj(c -> new PyStr(Character.toString(c))).toArray(PyObject[]::new)
                : null;
        if (items == null) {
            throw Py.typeError("cannot unpack non-iterable " + Py.typeName(o) + " object");
        }
        if (items.length > 2) {
            throw Py.valueError("too many values to unpack (expected 2)");
        }
        if (items.length < 2) {
            throw Py.valueError("not enough values to unpack (expected 2, got " + items.length + ")");
        }
        return items;
    }

    private static final Signature SOCKETPAIR = Signature.parse("socketpair(family, type, proto)");

    /** socket.socketpair: an AF_UNIX stream pair by default, as socket.py passes it to _socket. */
    private PyObject socketpair(PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = SOCKETPAIR.bind(a, kw, new PyObject[] {PyNone.NONE, PyInt.of(Endpoint.SOCK_STREAM), PyInt.of(0)});
        return LibraryLine.SOCKETPAIR.around(() -> {
            int family = p[0] == PyNone.NONE ? Endpoint.AF_UNIX : Convert.cInt(p[0]);
            int kind = Convert.cInt(p[1]);
            int proto = Convert.cInt(p[2]);
            Endpoint[] pair;
            try {
                pair = Endpoint.pair(family, kind, proto);
            } catch (NetError e) {
                throw PyErrors.of(e);
            } catch (IOException e) {
                throw PyErrors.of(e, Operation.OPEN);
            }
            return Py.tuple(new PySocket(this, pair[0]), new PySocket(this, pair[1]));
        });
    }

    private static final Signature FROMFD = Signature.parse("fromfd(fd, family, type, proto)");

    /** socket.fromfd: a new socket object over a duplicate of the fd, as socket.py's dup(fd) makes it. */
    private PyObject fromfd(PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = FROMFD.bind(a, kw, new PyObject[] {null, null, null, PyInt.of(0)});
        return LibraryLine.FROMFD.around(() -> {
            long fd = Py.index(p[0]);
            Endpoint ep = fd < 0 || fd > Integer.MAX_VALUE ? null : table.endpoint((int) fd);
            if (ep == null) {
                throw PyErrors.of(Errno.EBADF.error());
            }
            return new PySocket(this, ep);
        });
    }

    private static final Signature CREATE_SERVER =
            Signature.parse("create_server(address, *, family, backlog, reuse_port, dualstack_ipv6)");

    /** socket.create_server as socket.py writes it on Linux: SO_REUSEADDR on, bind errors explained. */
    private PyObject createServer(PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = CREATE_SERVER.bind(a, kw,
                new PyObject[] {null, enums().family(Inet.AF_INET), PyNone.NONE, PyBool.FALSE, PyBool.FALSE});
        int family = Convert.cInt(p[1]);
        if (p[4].isTrue() && family != Inet.AF_INET6) {
            throw LibraryLine.SERVER_DUALSTACK.on(Py.valueError("dualstack_ipv6 requires AF_INET6 family"));
        }
        PySocket s = open(family, Endpoint.SOCK_STREAM, 0);
        try {
            setsockopt(s, "SOL_SOCKET", "SO_REUSEADDR", 1);
            if (p[3].isTrue()) {
                setsockopt(s, "SOL_SOCKET", "SO_REUSEPORT", 1);
            }
            if (family == Inet.AF_INET6) {
                setsockopt(s, "IPPROTO_IPV6", "IPV6_V6ONLY", p[4].isTrue() ? 0 : 1);
            }
            try {
                s.getAttr("bind").call(new PyObject[] {p[0]}, null);
            } catch (PyError e) {
                if (!e.matches(ExcTypes.OSError)) {
                    throw e;
                }
                PyBaseException err = e.value();
                String msg = err.getAttr("strerror").str() + " (while attempting to bind on address " + p[0].repr() + ")";
                throw LibraryLine.SERVER_BIND.on(new PyError(PyBaseException.oserror(ExcTypes.forErrno((int) Py.index(err.getAttr("errno"))),
                        (int) Py.index(err.getAttr("errno")), msg)));
            }
            PyObject[] listenArgs = p[2] == PyNone.NONE ? new PyObject[0] : new PyObject[] {p[2]};
            s.getAttr("listen").call(listenArgs, null);
            return s;
        } catch (PyError e) {
            s.close();
            throw e;
        }
    }

    /** s.setsockopt(level, option, value) as socket.py calls it, by the constants' names. */
    private static void setsockopt(PySocket s, String level, String option, int value) {
        PyObject[] args = {PyInt.of(Constants.num(level)), PyInt.of(Constants.num(option)), PyInt.of(value)};
        s.getAttr("setsockopt").call(args, null);
    }

    /** Sockets select() can wait on: the open socket with a file number, or null. */
    PySocket byFd(int fd) {
        return table.owner(fd) instanceof PySocket s ? s : null;
    }

    void closeAll() {
        table.closeAll();
    }
}
