package socklab.net;

/**
 * What one socket looks like at one moment, for readers outside the facade (the classroom's
 * {@code %sockets} and {@code %diagram}): an immutable copy, so a reader never touches a live
 * socket. Addresses are "host:port" ("[::1]:9080" for IPv6, the path for AF_UNIX), "" when there
 * is none; timeout is in seconds, -1 for blocking and 0 for non-blocking; backlog is what listen()
 * was given; readable is what select() would say now (for a listener: a connection is waiting in
 * its queue); the last bytes are the first {@value Traffic#KEPT} of the last send and the last receive;
 * pairedFd is the other end of a socketpair() when it is open in the session (such ends have no
 * addresses to match), -1 otherwise.
 */
public record SocketInfo(int fd, String family, String type, SocketState state, String local, String remote,
        long sent, long received, double timeout, int backlog, boolean readable, byte[] lastSent, byte[] lastReceived,
        int pairedFd) {
    public SocketInfo {
        lastSent = lastSent.clone();
        lastReceived = lastReceived.clone();
    }

    @Override
    public byte[] lastSent() {
        return lastSent.clone();
    }

    @Override
    public byte[] lastReceived() {
        return lastReceived.clone();
    }

    public boolean isStream() {
        return type.equals("SOCK_STREAM");
    }
}
