package socklab.net;

/**
 * What the facade was doing when Java failed, because the same Java exception means different
 * errnos depending on the call (NotYetConnectedException is 107 on recv, 32 on a TCP send,
 * 89 on a UDP send), and an unrecognised failure needs a plausible errno for that call.
 */
public enum Operation {
    OPEN(Errno.EINVAL),
    BIND(Errno.EADDRINUSE),
    LISTEN(Errno.EINVAL),
    ACCEPT(Errno.EINVAL),
    CONNECT(Errno.ECONNREFUSED),
    READ(Errno.ECONNRESET),
    WRITE_TCP(Errno.EPIPE),
    WRITE_UDP(Errno.EINVAL),
    SHUTDOWN(Errno.ENOTCONN),
    OPTION(Errno.ENOPROTOOPT),
    RESOLVE(Errno.EINVAL),
    CLOSE(Errno.EBADF);

    private final Errno fallback;

    Operation(Errno fallback) {
        this.fallback = fallback;
    }

    /** The errno used when a Java failure carries no recognisable cause. */
    Errno fallback() {
        return fallback;
    }
}
