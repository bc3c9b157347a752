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

/**
 * The one table of Linux errno numbers the facade raises, with glibc's strerror text and the
 * exception class CPython picks (PEP 3151), and the one place that turns a Java exception into
 * that errno: Java reports errors as exception types and English messages, Python as numbers.
 */
public enum Errno {
    EPERM(1, "Operation not permitted", "PermissionError"),
    ENOENT(2, "No such file or directory", "FileNotFoundError"),
    EINTR(4, "Interrupted system call", "InterruptedError"),
    EIO(5, "Input/output error", "OSError"),
    EBADF(9, "Bad file descriptor", "OSError"),
    EAGAIN(11, "Resource temporarily unavailable", "BlockingIOError"),
    ENOMEM(12, "Cannot allocate memory", "OSError"),
    EACCES(13, "Permission denied", "PermissionError"),
    EEXIST(17, "File exists", "FileExistsError"),
    EXDEV(18, "Invalid cross-device link", "OSError"),
    ENOTDIR(20, "Not a directory", "NotADirectoryError"),
    EISDIR(21, "Is a directory", "IsADirectoryError"),
    EINVAL(22, "Invalid argument", "OSError"),
    ENFILE(23, "Too many open files in system", "OSError"),
    EMFILE(24, "Too many open files", "OSError"),
    EPIPE(32, "Broken pipe", "BrokenPipeError"),
    ENOSPC(28, "No space left on device", "OSError"),
    ENAMETOOLONG(36, "File name too long", "OSError"),
    ENOTEMPTY(39, "Directory not empty", "OSError"),
    ELOOP(40, "Too many levels of symbolic links", "OSError"),
    ENOTSOCK(88, "Socket operation on non-socket", "OSError"),
    EDESTADDRREQ(89, "Destination address required", "OSError"),
    EMSGSIZE(90, "Message too long", "OSError"),
    EPROTOTYPE(91, "Protocol wrong type for socket", "OSError"),
    ENOPROTOOPT(92, "Protocol not available", "OSError"),
    EPROTONOSUPPORT(93, "Protocol not supported", "OSError"),
    ESOCKTNOSUPPORT(94, "Socket type not supported", "OSError"),
    EOPNOTSUPP(95, "Operation not supported", "OSError"),
    EPFNOSUPPORT(96, "Protocol family not supported", "OSError"),
    EAFNOSUPPORT(97, "Address family not supported by protocol", "OSError"),
    EADDRINUSE(98, "Address already in use", "OSError"),
    EADDRNOTAVAIL(99, "Cannot assign requested address", "OSError"),
    ENETDOWN(100, "Network is down", "OSError"),
    ENETUNREACH(101, "Network is unreachable", "OSError"),
    ENETRESET(102, "Network dropped connection on reset", "OSError"),
    ECONNABORTED(103, "Software caused connection abort", "ConnectionAbortedError"),
    ECONNRESET(104, "Connection reset by peer", "ConnectionResetError"),
    ENOBUFS(105, "No buffer space available", "OSError"),
    EISCONN(106, "Transport endpoint is already connected", "OSError"),
    ENOTCONN(107, "Transport endpoint is not connected", "OSError"),
    ESHUTDOWN(108, "Cannot send after transport endpoint shutdown", "BrokenPipeError"),
    ETIMEDOUT(110, "Connection timed out", "TimeoutError"),
    ECONNREFUSED(111, "Connection refused", "ConnectionRefusedError"),
    EHOSTDOWN(112, "Host is down", "OSError"),
    EHOSTUNREACH(113, "No route to host", "OSError"),
    EALREADY(114, "Operation already in progress", "BlockingIOError"),
    EINPROGRESS(115, "Operation now in progress", "BlockingIOError");

    private final int code;
    private final String strerror;
    private final String pyType;

    Errno(int code, String strerror, String pyType) {
        this.code = code;
        this.strerror = strerror;
        this.pyType = pyType;
    }

    public int code() {
        return code;
    }

    /** The text {@code os.strerror(code)} returns. */
    public String strerror() {
        return strerror;
    }

    /** The OSError subclass CPython raises for this errno. */
    public String pyType() {
        return pyType;
    }

    /** The exception CPython raises for this errno, e.g. {@code ConnectionRefusedError(111, 'Connection refused')}. */
    public NetError error() {
        return new NetError(pyType, code, strerror);
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
    public static Errno byMessage(String message) {
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
