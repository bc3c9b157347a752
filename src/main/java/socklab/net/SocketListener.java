package socklab.net;

/** Told after each socket call of one session, on the thread that made it; must not call back into the socket. */
@FunctionalInterface
public interface SocketListener {
    void onSocketEvent(SocketEvent event);
}
