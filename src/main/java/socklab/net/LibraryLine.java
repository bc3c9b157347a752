package socklab.net;

import java.util.function.Supplier;
import socklab.runtime.ModuleSpec;
import socklab.runtime.PyError;

/**
 * The lines of CPython 3.11's socket.py (enum.py, for socket's IntEnums; selectors.py, which the
 * selectors module quotes) that its tracebacks show when an error passes through a function
 * written in Python there (accept, getaddrinfo, create_connection, register, ...). socklab writes
 * those functions in Java, so it adds their frames itself, quoting the library's line as CPython does.
 */
public enum LibraryLine {
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
    ENUM_NEW("enum", "__new__", 1135, "raise ve_exc", null),
    SELECTORS_BAD_FILE_OBJECT("selectors", "_fileobj_to_fd", 39, "raise ValueError(\"Invalid file object: \"", null),
    SELECTORS_NEGATIVE_FD("selectors", "_fileobj_to_fd", 42, "raise ValueError(\"Invalid file descriptor: {}\".format(fd))", null),
    SELECTORS_MAP_LOOKUP("selectors", "__getitem__", 71, "fd = self._selector._fileobj_lookup(fileobj)",
            "self._selector._fileobj_lookup(fileobj)"),
    SELECTORS_MAP_MISSING("selectors", "__getitem__", 74, "raise KeyError(\"{!r} is not registered\".format(fileobj)) from None", null),
    SELECTORS_GET_KEY_CLOSED("selectors", "get_key", 188, "raise RuntimeError('Selector is closed')", null),
    SELECTORS_GET_KEY_LOOKUP("selectors", "get_key", 190, "return mapping[fileobj]", "mapping[fileobj]"),
    SELECTORS_GET_KEY_MISSING("selectors", "get_key", 192, "raise KeyError(\"{!r} is not registered\".format(fileobj)) from None", null),
    SELECTORS_LOOKUP("selectors", "_fileobj_lookup", 225, "return _fileobj_to_fd(fileobj)", "_fileobj_to_fd(fileobj)"),
    SELECTORS_BAD_EVENTS("selectors", "register", 236, "raise ValueError(\"Invalid events: {!r}\".format(events))", null),
    SELECTORS_REGISTER_LOOKUP("selectors", "register", 238, "key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)",
            "self._fileobj_lookup(fileobj)"),
    SELECTORS_REGISTERED("selectors", "register", 241, "raise KeyError(\"{!r} (FD {}) is already registered\"", null),
    SELECTORS_UNREGISTER_LOOKUP("selectors", "unregister", 249, "key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))",
            "self._fileobj_lookup(fileobj)"),
    SELECTORS_UNREGISTER_MISSING("selectors", "unregister", 251, "raise KeyError(\"{!r} is not registered\".format(fileobj)) from None", null),
    SELECTORS_MODIFY_LOOKUP("selectors", "modify", 256, "key = self._fd_to_key[self._fileobj_lookup(fileobj)]",
            "self._fileobj_lookup(fileobj)"),
    SELECTORS_MODIFY_MISSING("selectors", "modify", 258, "raise KeyError(\"{!r} is not registered\".format(fileobj)) from None", null),
    SELECTORS_MODIFY_REREGISTER("selectors", "modify", 262, "key = self.register(fileobj, events, data)", "self.register(fileobj, events, data)"),
    SELECT_SELECTOR_REGISTER("selectors", "register", 299, "key = super().register(fileobj, events, data)",
            "super().register(fileobj, events, data)"),
    SELECT_SELECTOR_UNREGISTER("selectors", "unregister", 307, "key = super().unregister(fileobj)", "super().unregister(fileobj)"),
    SELECT_SELECTOR_SELECT("selectors", "select", 323, "r, w, _ = self._select(self._readers, self._writers, [], timeout)",
            "self._select(self._readers, self._writers, [], timeout)"),
    POLL_SELECTOR_REGISTER("selectors", "register", 352, "key = super().register(fileobj, events, data)",
            "super().register(fileobj, events, data)"),
    POLL_SELECTOR_REGISTER_POLLER("selectors", "register", 359, "self._selector.register(key.fd, poller_events)", null),
    POLL_SELECTOR_UNREGISTER("selectors", "unregister", 366, "key = super().unregister(fileobj)", "super().unregister(fileobj)"),
    POLL_SELECTOR_MODIFY_LOOKUP("selectors", "modify", 377, "key = self._fd_to_key[self._fileobj_lookup(fileobj)]",
            "self._fileobj_lookup(fileobj)"),
    POLL_SELECTOR_MODIFY_MISSING("selectors", "modify", 379, "raise KeyError(f\"{fileobj!r} is not registered\") from None", null),
    POLL_SELECTOR_MODIFY_POLLER("selectors", "modify", 389, "self._selector.modify(key.fd, selector_events)", null),
    POLL_SELECTOR_SELECT("selectors", "select", 415, "fd_event_list = self._selector.poll(timeout)", "self._selector.poll(timeout)"),
    EPOLL_SELECTOR_SELECT("selectors", "select", 468, "fd_event_list = self._selector.poll(timeout, max_ev)",
            "self._selector.poll(timeout, max_ev)");

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
    public PyError on(PyError e) {
        e.addFrame(new PyError.Frame(file, line, function, text, carets));
        return e;
    }

    /** Runs body; a Python error leaving it gets this line's frame. */
    public <T> T around(Supplier<T> body) {
        try {
            return body.get();
        } catch (PyError e) {
            throw on(e);
        }
    }
}
