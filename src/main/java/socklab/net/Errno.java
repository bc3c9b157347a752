package socklab.net;

import java.net.BindException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.InterruptedByTimeoutException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Locale;
import socklab.runtime.ExcTypes;

/**
 * The one table of Linux errno numbers the facade raises, with glibc's strerror text, and the one place that turns a Java exception into
 * that errno: Java reports errors as exception types and English messages, Python as numbers.
 */
public enum Errno {
    EPERM(1, "Operation not permitted"),
    ENOENT(2, "No such file or directory"),
    EINTR(4, "Interrupted system call"),
    EIO(5, "Input/output error"),
    EBADF(9, "Bad file descriptor"),
    EAGAIN(11, "Resource temporarily unavailable"),
    ENOMEM(12, "Cannot allocate memory"),
    EACCES(13, "Permission denied"),
    EEXIST(17, "File exists"),
    ENOTDIR(20, "Not a directory"),
    EISDIR(21, "Is a directory"),
    EINVAL(22, "Invalid argument"),
    ENFILE(23, "Too many open files in system"),
    EMFILE(24, "Too many open files"),
    EPIPE(32, "Broken pipe"),
    ENAMETOOLONG(36, "File name too long"),
    ENOTSOCK(88, "Socket operation on non-socket"),
    EDESTADDRREQ(89, "Destination address required"),
    EMSGSIZE(90, "Message too long"),
    EPROTOTYPE(91, "Protocol wrong type for socket"),
    ENOPROTOOPT(92, "Protocol not available"),
    EPROTONOSUPPORT(93, "Protocol not supported"),
    ESOCKTNOSUPPORT(94, "Socket type not supported"),
    EOPNOTSUPP(95, "Operation not supported"),
    EPFNOSUPPORT(96, "Protocol family not supported"),
    EAFNOSUPPORT(97, "Address family not supported by protocol"),
    EADDRINUSE(98, "Address already in use"),
    EADDRNOTAVAIL(99, "Cannot assign requested address"),
    ENETDOWN(100, "Network is down"),
    ENETUNREACH(101, "Network is unreachable"),
    ENETRESET(102, "Network dropped connection on reset"),
    ECONNABORTED(103, "Software caused connection abort"),
    ECONNRESET(104, "Connection reset by peer"),
    ENOBUFS(105, "No buffer space available"),
    EISCONN(106, "Transport endpoint is already connected"),
    ENOTCONN(107, "Transport endpoint is not connected"),
    ESHUTDOWN(108, "Cannot send after transport endpoint shutdown"),
    ETIMEDOUT(110, "Connection timed out"),
    ECONNREFUSED(111, "Connection refused"),
    EHOSTDOWN(112, "Host is down"),
    EHOSTUNREACH(113, "No route to host"),
    EALREADY(114, "Operation already in progress"),
    EINPROGRESS(115, "Operation now in progress");

    private final int code;
    private final String strerror;

    Errno(int code, String strerror) {
        this.code = code;
        this.strerror = strerror;
    }

    public int code() {
        return code;
    }

    /** The text {@code os.strerror(code)} returns. */
    public String strerror() {
        return strerror;
    }

    /** The OSError subclass CPython raises for this errno, by the runtime's one PEP 3151 rule. */
    public String pyType() {
        return ExcTypes.forErrno(code).name();
    }

    /** The exception CPython raises for this errno, e.g. {@code ConnectionRefusedError(111, 'Connection refused')}. */
    public NetError error() {
        return new NetError(pyType(), code, strerror);
    }

    /** The entry for a number, or null when the table does not know it. */
    public static Errno of(int code) {
        for (Errno e : values()) {
            if (e.code == code) {
                return e;
            }
        }
        return null;
    }

    /** Translates what Java threw while doing {@code op} into the exception CPython would raise. */
    public static NetError fromJava(Throwable t, Operation op) {
        if (t instanceof NetError n) {
            return n;
        }
        if (t instanceof SocketTimeoutException || t instanceof InterruptedByTimeoutException) {
            return NetError.timedOut();
        }
        if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
            return Gai.NONAME.error();
        }
        return byType(t, op).error();
    }

    private static Errno byType(Throwable t, Operation op) {
        if (t instanceof ClosedChannelException) {
            return EBADF;
        }
        if (t instanceof AlreadyBoundException || t instanceof NotYetBoundException
                || t instanceof NoConnectionPendingException) {
            return EINVAL;
        }
        if (t instanceof NotYetConnectedException) {
            return switch (op) {
                case WRITE_TCP -> EPIPE;
                case WRITE_UDP -> EDESTADDRREQ;
                default -> ENOTCONN;
            };
        }
        if (t instanceof AlreadyConnectedException) {
            return EISCONN;
        }
        if (t instanceof ConnectionPendingException) {
            return EALREADY;
        }
        if (t instanceof UnsupportedAddressTypeException) {
            return EAFNOSUPPORT;
        }
        if (t instanceof PortUnreachableException) {
            return ECONNREFUSED;
        }
        if (t instanceof NoRouteToHostException) {
            return EHOSTUNREACH;
        }
        Errno named = byMessage(t.getMessage());
        if (named != null) {
            return named;
        }
        if (t instanceof BindException) {
            return EADDRINUSE;
        }
        return op.fallback();
    }

    /**
     * Java's native socket code words its messages as strerror text, sometimes shortened
     * ("Connection reset") or decorated; the longest strerror found in the message wins so
     * "Too many open files in system" is not read as "Too many open files".
     */
    static Errno byMessage(String message) {
        if (message == null) {
            return null;
        }
        String m = message.toLowerCase(Locale.ROOT);
        Errno best = null;
        for (Errno e : values()) {
            if (m.contains(e.strerror.toLowerCase(Locale.ROOT))
                    && (best == null || e.strerror.length() > best.strerror.length())) {
                best = e;
            }
        }
        if (best != null) {
            return best;
        }
        if (m.contains("connection reset")) {
            return ECONNRESET;
        }
        if (m.contains("socket closed") || m.contains("socket is closed")) {
            return EBADF;
        }
        return null;
    }
}
