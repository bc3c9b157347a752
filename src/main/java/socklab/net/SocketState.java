package socklab.net;

/**
 * The state a learner's socket is in, named as {@code ss} names TCP's states, so that the
 * classroom's table and diagram can say what the kernel would say of it. UDP sockets are
 * {@link #BOUND} or {@link #CONNECTED}; a socket object whose fd has been closed is {@link #CLOSED}.
 */
public enum SocketState {
    UNBOUND, BOUND, LISTEN, SYN_SENT, ESTABLISHED, CLOSE_WAIT, CONNECTED, CLOSED
}
