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
import java.util.Map;

/**
 * The one table of Linux errno numbers (all of them, as the errno module lists them), with glibc's
 * strerror text and the exception class CPython picks (PEP 3151), and the one place that turns a
 * Java exception into that errno: Java reports errors as exception types and English messages,
 * Python as numbers.
 */
public enum Errno {
    EPERM(1, "Operation not permitted", "PermissionError"),
    ENOENT(2, "No such file or directory", "FileNotFoundError"),
    ESRCH(3, "No such process", "ProcessLookupError"),
    EINTR(4, "Interrupted system call", "InterruptedError"),
    EIO(5, "Input/output error", "OSError"),
    ENXIO(6, "No such device or address", "OSError"),
    E2BIG(7, "Argument list too long", "OSError"),
    ENOEXEC(8, "Exec format error", "OSError"),
    EBADF(9, "Bad file descriptor", "OSError"),
    ECHILD(10, "No child processes", "ChildProcessError"),
    EAGAIN(11, "Resource temporarily unavailable", "BlockingIOError"),
    ENOMEM(12, "Cannot allocate memory", "OSError"),
    EACCES(13, "Permission denied", "PermissionError"),
    EFAULT(14, "Bad address", "OSError"),
    ENOTBLK(15, "Block device required", "OSError"),
    EBUSY(16, "Device or resource busy", "OSError"),
    EEXIST(17, "File exists", "FileExistsError"),
    EXDEV(18, "Invalid cross-device link", "OSError"),
    ENODEV(19, "No such device", "OSError"),
    ENOTDIR(20, "Not a directory", "NotADirectoryError"),
    EISDIR(21, "Is a directory", "IsADirectoryError"),
    EINVAL(22, "Invalid argument", "OSError"),
    ENFILE(23, "Too many open files in system", "OSError"),
    EMFILE(24, "Too many open files", "OSError"),
    ENOTTY(25, "Inappropriate ioctl for device", "OSError"),
    ETXTBSY(26, "Text file busy", "OSError"),
    EFBIG(27, "File too large", "OSError"),
    ENOSPC(28, "No space left on device", "OSError"),
    ESPIPE(29, "Illegal seek", "OSError"),
    EROFS(30, "Read-only file system", "OSError"),
    EMLINK(31, "Too many links", "OSError"),
    EPIPE(32, "Broken pipe", "BrokenPipeError"),
    EDOM(33, "Numerical argument out of domain", "OSError"),
    ERANGE(34, "Numerical result out of range", "OSError"),
    EDEADLOCK(35, "Resource deadlock avoided", "OSError"),
    ENAMETOOLONG(36, "File name too long", "OSError"),
    ENOLCK(37, "No locks available", "OSError"),
    ENOSYS(38, "Function not implemented", "OSError"),
    ENOTEMPTY(39, "Directory not empty", "OSError"),
    ELOOP(40, "Too many levels of symbolic links", "OSError"),
    ENOMSG(42, "No message of desired type", "OSError"),
    EIDRM(43, "Identifier removed", "OSError"),
    ECHRNG(44, "Channel number out of range", "OSError"),
    EL2NSYNC(45, "Level 2 not synchronized", "OSError"),
    EL3HLT(46, "Level 3 halted", "OSError"),
    EL3RST(47, "Level 3 reset", "OSError"),
    ELNRNG(48, "Link number out of range", "OSError"),
    EUNATCH(49, "Protocol driver not attached", "OSError"),
    ENOCSI(50, "No CSI structure available", "OSError"),
    EL2HLT(51, "Level 2 halted", "OSError"),
    EBADE(52, "Invalid exchange", "OSError"),
    EBADR(53, "Invalid request descriptor", "OSError"),
    EXFULL(54, "Exchange full", "OSError"),
    ENOANO(55, "No anode", "OSError"),
    EBADRQC(56, "Invalid request code", "OSError"),
    EBADSLT(57, "Invalid slot", "OSError"),
    EBFONT(59, "Bad font file format", "OSError"),
    ENOSTR(60, "Device not a stream", "OSError"),
    ENODATA(61, "No data available", "OSError"),
    ETIME(62, "Timer expired", "OSError"),
    ENOSR(63, "Out of streams resources", "OSError"),
    ENONET(64, "Machine is not on the network", "OSError"),
    ENOPKG(65, "Package not installed", "OSError"),
    EREMOTE(66, "Object is remote", "OSError"),
    ENOLINK(67, "Link has been severed", "OSError"),
    EADV(68, "Advertise error", "OSError"),
    ESRMNT(69, "Srmount error", "OSError"),
    ECOMM(70, "Communication error on send", "OSError"),
    EPROTO(71, "Protocol error", "OSError"),
    EMULTIHOP(72, "Multihop attempted", "OSError"),
    EDOTDOT(73, "RFS specific error", "OSError"),
    EBADMSG(74, "Bad message", "OSError"),
    EOVERFLOW(75, "Value too large for defined data type", "OSError"),
    ENOTUNIQ(76, "Name not unique on network", "OSError"),
    EBADFD(77, "File descriptor in bad state", "OSError"),
    EREMCHG(78, "Remote address changed", "OSError"),
    ELIBACC(79, "Can not access a needed shared library", "OSError"),
    ELIBBAD(80, "Accessing a corrupted shared library", "OSError"),
    ELIBSCN(81, ".lib section in a.out corrupted", "OSError"),
    ELIBMAX(82, "Attempting to link in too many shared libraries", "OSError"),
    ELIBEXEC(83, "Cannot exec a shared library directly", "OSError"),
    EILSEQ(84, "Invalid or incomplete multibyte or wide character", "OSError"),
    ERESTART(85, "Interrupted system call should be restarted", "OSError"),
    ESTRPIPE(86, "Streams pipe error", "OSError"),
    EUSERS(87, "Too many users", "OSError"),
    ENOTSOCK(88, "Socket operation on non-socket", "OSError"),
    EDESTADDRREQ(89, "Destination address required", "OSError"),
    EMSGSIZE(90, "Message too long", "OSError"),
    EPROTOTYPE(91, "Protocol wrong type for socket", "OSError"),
    ENOPROTOOPT(92, "Protocol not available", "OSError"),
    EPROTONOSUPPORT(93, "Protocol not supported", "OSError"),
    ESOCKTNOSUPPORT(94, "Socket type not supported", "OSError"),
    ENOTSUP(95, "Operation not supported", "OSError"),
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
    ETOOMANYREFS(109, "Too many references: cannot splice", "OSError"),
    ETIMEDOUT(110, "Connection timed out", "TimeoutError"),
    ECONNREFUSED(111, "Connection refused", "ConnectionRefusedError"),
    EHOSTDOWN(112, "Host is down", "OSError"),
    EHOSTUNREACH(113, "No route to host", "OSError"),
    EALREADY(114, "Operation already in progress", "BlockingIOError"),
    EINPROGRESS(115, "Operation now in progress", "BlockingIOError"),
    ESTALE(116, "Stale file handle", "OSError"),
    EUCLEAN(117, "Structure needs cleaning", "OSError"),
    ENOTNAM(118, "Not a XENIX named type file", "OSError"),
    ENAVAIL(119, "No XENIX semaphores available", "OSError"),
    EISNAM(120, "Is a named type file", "OSError"),
    EREMOTEIO(121, "Remote I/O error", "OSError"),
    EDQUOT(122, "Disk quota exceeded", "OSError"),
    ENOMEDIUM(123, "No medium found", "OSError"),
    EMEDIUMTYPE(124, "Wrong medium type", "OSError"),
    ECANCELED(125, "Operation canceled", "OSError"),
    ENOKEY(126, "Required key not available", "OSError"),
    EKEYEXPIRED(127, "Key has expired", "OSError"),
    EKEYREVOKED(128, "Key has been revoked", "OSError"),
    EKEYREJECTED(129, "Key was rejected by service", "OSError"),
    EOWNERDEAD(130, "Owner died", "OSError"),
    ENOTRECOVERABLE(131, "State not recoverable", "OSError"),
    ERFKILL(132, "Operation not possible due to RF-kill", "OSError");

    /** Second names glibc gives some numbers; each entry's own name is the one errno.errorcode shows. */
    public static final Map<String, Errno> ALIASES = Map.of("EWOULDBLOCK", EAGAIN, "EDEADLK", EDEADLOCK, "EOPNOTSUPP", ENOTSUP);

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
