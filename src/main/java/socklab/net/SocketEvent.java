package socklab.net;

/**
 * One socket call that has just ended, as the facade tells its listeners (the classroom's
 * {@code %trace}): what kind of call and the method's name, on which fd, between which addresses
 * ("host:port", "" for none), how many bytes (for listen the backlog, for shutdown how), the first
 * bytes that crossed, and for a call that failed the Python error it raised ("" otherwise).
 * An accept's fd is the new connection's; makefile's reads and writes are recv_into and sendall.
 */
public record SocketEvent(Kind kind, String call, int fd, boolean stream, String local, String remote, int count,
        byte[] data, String error) {
    /** What the call did; FAILED is any call that raised an OS error (refused, timed out, would block…). */
    public enum Kind { BIND, LISTEN, CONNECT, ACCEPT, SEND, RECV, SHUTDOWN, CLOSE, FAILED }

    public SocketEvent {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
