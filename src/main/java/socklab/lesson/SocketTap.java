package socklab.lesson;

/**
 * What lessons hear of a session's socket calls, told by the root from the engine's socket
 * events on the thread that made the call: a listen() on a port (a two-terminal step may wait for
 * the learner's server), and bytes sent to an address "host:port" (so peer_got() can wait until a
 * partner has read all the learner sent it).
 */
public interface SocketTap {
    void listened(int port);

    void sent(String remote, int bytes);
}
