package socklab.net;

import java.util.function.Supplier;
import socklab.runtime.ModuleSpec;
import socklab.runtime.PyError;

/**
 * The lines of CPython 3.11's socket.py (and enum.py, for socket's IntEnums) that its tracebacks
 * show when an error passes through a function written in Python there (accept, getaddrinfo,
 * create_connection, ...). socklab writes those functions in Java, so it adds their frames
 * itself, quoting the library's line as CPython does.
 */
enum LibraryLine {
    INIT("__init__", 232, "_socket.socket.__init__(self, family, type, proto, fileno)", null),
    DUP("dup", 282, "fd = dup(self.fileno())", "dup(self.fileno())"),
    ACCEPT("accept", 294, "fd, addr = self._accept()", "self._accept()"),
    MAKEFILE_MODE("makefile", 312, "raise ValueError(\"invalid mode %r (only r, w, b allowed)\" % (mode,))", null),
    FROMFD("fromfd", 546, "nfd = dup(fd)", "dup(fd)"),
    SOCKETPAIR("socketpair", 608, "a, b = _socket.socketpair(family, type, proto)",
            "_socket.socketpair(family, type, proto)"),
    CONNECTION_LOOKUP("create_connection", 827, "for res in getaddrinfo(host, port, 0, SOCK_STREAM):",
            "getaddrinfo(host, port, 0, SOCK_STREAM)"),
    CONNECTION_CONNECT("create_connection", 836, "sock.connect(sa)", null),
    CONNECTION_RAISE("create_connection", 851, "raise exceptions[0]", null),
    SERVER_DUALSTACK("create_server", 901, "raise ValueError(\"dualstack_ipv6 requires AF_INET6 family\")", null),
    SERVER_BIND("create_server", 934, "raise error(err.errno, msg) from None", null),
    GETADDRINFO("getaddrinfo", 962, "for res in _socket.getaddrinfo(host, port, family, type, proto, flags):",
            "_socket.getaddrinfo(host, port, family, type, proto, flags)"),
    ENUM_CALL("enum", "__call__", 712, "return cls.__new__(cls, value)", "cls.__new__(cls, value)"),
    ENUM_NEW("enum", "__new__", 1135, "raise ve_exc", null);

    private final String file;
    private final String function;
    private final int line;
    private final String text;
    private final String carets;

    LibraryLine(String function, int line, String text, String carets) {
        this("socket", function, line, text, carets);
    }

    LibraryLine(String module, String function, int line, String text, String carets) {
        this.file = ModuleSpec.LIBRARY + module + ".py";
        this.function = function;
        this.line = line;
        this.text = text;
        this.carets = carets;
    }

    /** The error, with this line's frame added as the innermost so far. */
    PyError on(PyError e) {
        e.addFrame(new PyError.Frame(file, line, function, text, carets));
        return e;
    }

    /** Runs body; a Python error leaving it gets this line's frame. */
    <T> T around(Supplier<T> body) {
        try {
            return body.get();
        } catch (PyError e) {
            throw on(e);
        }
    }
}
