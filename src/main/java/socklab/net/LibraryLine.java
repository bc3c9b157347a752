package socklab.net;

import socklab.runtime.LibraryFrame;

/**
 * The lines of CPython 3.11's socket.py, and selectors.py that
 * its tracebacks show when an error passes through a function written in Python there (accept,
 * getaddrinfo, create_connection, a selector's register, ...). socklab writes those functions in
 * Java, so it adds their frames itself, quoting the library's line as CPython does.
 */
public final class LibraryLine {
    private LibraryLine() {}

    private static final String SOCKET = "socket.py";
    private static final String SELECTORS = "selectors.py";

    public static final LibraryFrame INIT = new LibraryFrame(SOCKET, 232, "__init__",
            "_socket.socket.__init__(self, family, type, proto, fileno)");
    public static final LibraryFrame DUP = new LibraryFrame(SOCKET, 282, "dup",
            "fd = dup(self.fileno())", "dup(self.fileno())");
    public static final LibraryFrame ACCEPT = new LibraryFrame(SOCKET, 294, "accept",
            "fd, addr = self._accept()", "self._accept()");
    public static final LibraryFrame MAKEFILE_MODE = new LibraryFrame(SOCKET, 312, "makefile",
            "raise ValueError(\"invalid mode %r (only r, w, b allowed)\" % (mode,))");
    public static final LibraryFrame MAKEFILE_UNBUFFERED = new LibraryFrame(SOCKET, 330, "makefile",
            "raise ValueError(\"unbuffered streams must be binary\")");
    public static final LibraryFrame MAKEFILE_TEXT = new LibraryFrame(SOCKET, 342, "makefile",
            "text = io.TextIOWrapper(buffer, encoding, errors, newline)", "io.TextIOWrapper(buffer, encoding, errors, newline)");
    public static final LibraryFrame FROMFD = new LibraryFrame(SOCKET, 546, "fromfd",
            "nfd = dup(fd)", "dup(fd)");
    public static final LibraryFrame SOCKETPAIR = new LibraryFrame(SOCKET, 608, "socketpair",
            "a, b = _socket.socketpair(family, type, proto)", "_socket.socketpair(family, type, proto)");
    public static final LibraryFrame CONNECTION_LOOKUP = new LibraryFrame(SOCKET, 827, "create_connection",
            "for res in getaddrinfo(host, port, 0, SOCK_STREAM):", "getaddrinfo(host, port, 0, SOCK_STREAM)");
    public static final LibraryFrame CONNECTION_CONNECT = new LibraryFrame(SOCKET, 836, "create_connection",
            "sock.connect(sa)");
    public static final LibraryFrame CONNECTION_RAISE = new LibraryFrame(SOCKET, 851, "create_connection",
            "raise exceptions[0]");
    public static final LibraryFrame SERVER_DUALSTACK = new LibraryFrame(SOCKET, 901, "create_server",
            "raise ValueError(\"dualstack_ipv6 requires AF_INET6 family\")");
    public static final LibraryFrame SERVER_BIND = new LibraryFrame(SOCKET, 934, "create_server",
            "raise error(err.errno, msg) from None");
    public static final LibraryFrame GETADDRINFO = new LibraryFrame(SOCKET, 962, "getaddrinfo",
            "for res in _socket.getaddrinfo(host, port, family, type, proto, flags):", "_socket.getaddrinfo(host, port, family, type, proto, flags)");
    public static final LibraryFrame SELECTORS_BAD_FILE_OBJECT = new LibraryFrame(SELECTORS, 39, "_fileobj_to_fd",
            "raise ValueError(\"Invalid file object: \"");
    public static final LibraryFrame SELECTORS_NEGATIVE_FD = new LibraryFrame(SELECTORS, 42, "_fileobj_to_fd",
            "raise ValueError(\"Invalid file descriptor: {}\".format(fd))");
    public static final LibraryFrame SELECTORS_MAP_LOOKUP = new LibraryFrame(SELECTORS, 71, "__getitem__",
            "fd = self._selector._fileobj_lookup(fileobj)", "self._selector._fileobj_lookup(fileobj)");
    public static final LibraryFrame SELECTORS_MAP_MISSING = new LibraryFrame(SELECTORS, 74, "__getitem__",
            "raise KeyError(\"{!r} is not registered\".format(fileobj)) from None");
    public static final LibraryFrame SELECTORS_GET_KEY_CLOSED = new LibraryFrame(SELECTORS, 188, "get_key",
            "raise RuntimeError('Selector is closed')");
    public static final LibraryFrame SELECTORS_GET_KEY_LOOKUP = new LibraryFrame(SELECTORS, 190, "get_key",
            "return mapping[fileobj]", "mapping[fileobj]");
    public static final LibraryFrame SELECTORS_GET_KEY_MISSING = new LibraryFrame(SELECTORS, 192, "get_key",
            "raise KeyError(\"{!r} is not registered\".format(fileobj)) from None");
    public static final LibraryFrame SELECTORS_LOOKUP = new LibraryFrame(SELECTORS, 225, "_fileobj_lookup",
            "return _fileobj_to_fd(fileobj)", "_fileobj_to_fd(fileobj)");
    public static final LibraryFrame SELECTORS_BAD_EVENTS = new LibraryFrame(SELECTORS, 236, "register",
            "raise ValueError(\"Invalid events: {!r}\".format(events))");
    public static final LibraryFrame SELECTORS_REGISTER_LOOKUP = new LibraryFrame(SELECTORS, 238, "register",
            "key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)", "self._fileobj_lookup(fileobj)");
    public static final LibraryFrame SELECTORS_REGISTERED = new LibraryFrame(SELECTORS, 241, "register",
            "raise KeyError(\"{!r} (FD {}) is already registered\"");
    public static final LibraryFrame SELECTORS_UNREGISTER_LOOKUP = new LibraryFrame(SELECTORS, 249, "unregister",
            "key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))", "self._fileobj_lookup(fileobj)");
    public static final LibraryFrame SELECTORS_UNREGISTER_MISSING = new LibraryFrame(SELECTORS, 251, "unregister",
            "raise KeyError(\"{!r} is not registered\".format(fileobj)) from None");
    public static final LibraryFrame SELECTORS_MODIFY_LOOKUP = new LibraryFrame(SELECTORS, 256, "modify",
            "key = self._fd_to_key[self._fileobj_lookup(fileobj)]", "self._fileobj_lookup(fileobj)");
    public static final LibraryFrame SELECTORS_MODIFY_MISSING = new LibraryFrame(SELECTORS, 258, "modify",
            "raise KeyError(\"{!r} is not registered\".format(fileobj)) from None");
    public static final LibraryFrame SELECTORS_MODIFY_REREGISTER = new LibraryFrame(SELECTORS, 262, "modify",
            "key = self.register(fileobj, events, data)", "self.register(fileobj, events, data)");
    public static final LibraryFrame SELECT_SELECTOR_REGISTER = new LibraryFrame(SELECTORS, 299, "register",
            "key = super().register(fileobj, events, data)", "super().register(fileobj, events, data)");
    public static final LibraryFrame SELECT_SELECTOR_UNREGISTER = new LibraryFrame(SELECTORS, 307, "unregister",
            "key = super().unregister(fileobj)", "super().unregister(fileobj)");
    public static final LibraryFrame SELECT_SELECTOR_SELECT = new LibraryFrame(SELECTORS, 323, "select",
            "r, w, _ = self._select(self._readers, self._writers, [], timeout)", "self._select(self._readers, self._writers, [], timeout)");
    public static final LibraryFrame POLL_SELECTOR_REGISTER = new LibraryFrame(SELECTORS, 352, "register",
            "key = super().register(fileobj, events, data)", "super().register(fileobj, events, data)");
    public static final LibraryFrame POLL_SELECTOR_REGISTER_POLLER = new LibraryFrame(SELECTORS, 359, "register",
            "self._selector.register(key.fd, poller_events)");
    public static final LibraryFrame POLL_SELECTOR_UNREGISTER = new LibraryFrame(SELECTORS, 366, "unregister",
            "key = super().unregister(fileobj)", "super().unregister(fileobj)");
    public static final LibraryFrame POLL_SELECTOR_MODIFY_LOOKUP = new LibraryFrame(SELECTORS, 377, "modify",
            "key = self._fd_to_key[self._fileobj_lookup(fileobj)]", "self._fileobj_lookup(fileobj)");
    public static final LibraryFrame POLL_SELECTOR_MODIFY_MISSING = new LibraryFrame(SELECTORS, 379, "modify",
            "raise KeyError(f\"{fileobj!r} is not registered\") from None");
    public static final LibraryFrame POLL_SELECTOR_MODIFY_POLLER = new LibraryFrame(SELECTORS, 389, "modify",
            "self._selector.modify(key.fd, selector_events)");
    public static final LibraryFrame POLL_SELECTOR_SELECT = new LibraryFrame(SELECTORS, 415, "select",
            "fd_event_list = self._selector.poll(timeout)", "self._selector.poll(timeout)");
    public static final LibraryFrame EPOLL_SELECTOR_SELECT = new LibraryFrame(SELECTORS, 468, "select",
            "fd_event_list = self._selector.poll(timeout, max_ev)", "self._selector.poll(timeout, max_ev)");
}
