package socklab.net;

/**
 * One socket call that has just succeeded, as the facade tells its listeners (the classroom's
 * {@code %trace}): which call, on which fd, between which addresses ("host:port", "" for none),
 * how many bytes (for listen the backlog, for shutdown how) and the first bytes that crossed.
 * An accept's fd is the new connection's.
 */
public record SocketEvent(Kind kind, int fd, boolean stream, String local, String remote, int count, byte[] data) {
    /** The calls reported; makefile's reads and writes count as recv and send. */
    public enum Kind { BIND, LISTEN, CONNECT, ACCEPT, SEND, RECV, SHUTDOWN, CLOSE }

    public SocketEvent {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
