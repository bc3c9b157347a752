package socklab.net;

import socklab.runtime.LibraryFrame;

/**
 * The lines of CPython 3.11's socket.py (and enum.py, for socket's IntEnums) that its tracebacks
 * show when an error passes through a function written in Python there (accept, getaddrinfo,
 * create_connection, ...). socklab writes those functions in Java, so it adds their frames
 * itself, quoting the library's line as CPython does.
 */
final class LibraryLine {
    private LibraryLine() {}

    private static final String SOCKET = "socket.py";
    private static final String ENUM = "enum.py";

    static final LibraryFrame INIT = new LibraryFrame(SOCKET, 232, "__init__",
            "_socket.socket.__init__(self, family, type, proto, fileno)");
    static final LibraryFrame ACCEPT = new LibraryFrame(SOCKET, 294, "accept", "fd, addr = self._accept()", "self._accept()");
    static final LibraryFrame MAKEFILE_MODE = new LibraryFrame(SOCKET, 312, "makefile",
            "raise ValueError(\"invalid mode %r (only r, w, b allowed)\" % (mode,))");
    static final LibraryFrame CONNECTION_LOOKUP = new LibraryFrame(SOCKET, 827, "create_connection",
            "for res in getaddrinfo(host, port, 0, SOCK_STREAM):", "getaddrinfo(host, port, 0, SOCK_STREAM)");
    static final LibraryFrame CONNECTION_CONNECT = new LibraryFrame(SOCKET, 836, "create_connection", "sock.connect(sa)");
    static final LibraryFrame CONNECTION_RAISE = new LibraryFrame(SOCKET, 851, "create_connection", "raise exceptions[0]");
    static final LibraryFrame SERVER_DUALSTACK = new LibraryFrame(SOCKET, 901, "create_server",
            "raise ValueError(\"dualstack_ipv6 requires AF_INET6 family\")");
    static final LibraryFrame SERVER_BIND = new LibraryFrame(SOCKET, 934, "create_server", "raise error(err.errno, msg) from None");
    static final LibraryFrame GETADDRINFO = new LibraryFrame(SOCKET, 962, "getaddrinfo",
            "for res in _socket.getaddrinfo(host, port, family, type, proto, flags):",
            "_socket.getaddrinfo(host, port, family, type, proto, flags)");
    static final LibraryFrame ENUM_CALL = new LibraryFrame(ENUM, 712, "__call__", "return cls.__new__(cls, value)",
            "cls.__new__(cls, value)");
    static final LibraryFrame ENUM_NEW = new LibraryFrame(ENUM, 1135, "__new__", "raise ve_exc");
}
