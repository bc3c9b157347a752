package socklab.net;

/**
 * A socket-module failure described in Python terms (exception class name, errno, message), so
 * the net layer can report errors without depending on the runtime's exception objects.
 *
 * <p>{@code errno} is null where CPython's exception has {@code errno == None} (for example
 * {@code OSError('service/proto not found')} or {@code TimeoutError('timed out')}).
 */
public final class NetError extends RuntimeException {
    private final String pyType;
    private final Integer errno;

    public NetError(String pyType, Integer errno, String message) {
        super(message, null, false, false);
        this.pyType = pyType;
        this.errno = errno;
    }

    /** An exception without errno, such as {@code OSError('port/proto not found')}. */
    public static NetError of(String pyType, String message) {
        return new NetError(pyType, null, message);
    }

    /** CPython's {@code socket.timeout}: {@code TimeoutError('timed out')}, errno None. */
    public static NetError timedOut() {
        return of("TimeoutError", "timed out");
    }

    /** An {@code socket.herror}; its messages come from glibc's hstrerror. */
    public static NetError herror(int code) {
        return new NetError("herror", code, switch (code) {
            case 1 -> "Unknown host";
            case 2 -> "Host name lookup failure";
            case 3 -> "Unknown server error";
            case 4 -> "No address associated with name";
            default -> "Unknown resolver error";
        });
    }

    /** The Python exception class name, e.g. "ConnectionRefusedError" or "gaierror". */
    public String pyType() {
        return pyType;
    }

    /** The errno CPython attaches, or null for None. */
    public Integer errno() {
        return errno;
    }

    /** How CPython prints it after the class name: "[Errno 111] Connection refused" or the bare message. */
    public String pyMessage() {
        return errno == null ? getMessage() : "[Errno " + errno + "] " + getMessage();
    }

    @Override
    public String toString() {
        return pyType + ": " + pyMessage();
    }
}
