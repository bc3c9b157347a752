package socklab.net;

import java.io.IOException;
import socklab.runtime.object.Io;

/** Waiting on sockets and the session's stdin together, for select() and poll() on sys.stdin. */
final class StdinWait {
    /** How often the wait looks at stdin again while it waits on the sockets beside it. */
    private static final double POLL_SECONDS = 0.02;

    private StdinWait() {}

    /**
     * Readiness.await over the sockets, with sys.stdin among them as a chat client's
     * select([sys.stdin, sock], [], []) has it: stdin is no channel, so the wait looks at it again
     * every POLL_SECONDS until a socket or stdin is ready or the timeout passes. A ready stdin
     * reports stdinEvents (of those asked for).
     */
    static int[] await(Io io, Endpoint[] eps, int[] events, boolean[] isStdin, int stdinEvents, double timeout)
            throws IOException {
        int sockets = 0;
        for (boolean b : isStdin) {
            sockets += b ? 0 : 1;
        }
        if (sockets == eps.length) {
            return Readiness.await(eps, events, timeout);
        }
        Endpoint[] socketEps = new Endpoint[sockets];
        int[] socketEvents = new int[sockets];
        for (int i = 0, j = 0; i < eps.length; i++) {
            if (!isStdin[i]) {
                socketEps[j] = eps[i];
                socketEvents[j++] = events[i];
            }
        }
        long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
        while (true) {
            boolean stdinReady = io.stdinReady();
            double left = Math.max(0, (deadline - System.nanoTime()) / 1e9);
            int[] got = Readiness.await(socketEps, socketEvents, stdinReady ? 0 : Math.min(POLL_SECONDS, left));
            boolean any = stdinReady;
            for (int r : got) {
                any |= r != 0;
            }
            if (any || System.nanoTime() >= deadline) {
                int[] out = new int[eps.length];
                for (int i = 0, j = 0; i < eps.length; i++) {
                    out[i] = isStdin[i] ? (stdinReady ? stdinEvents & events[i] : 0) : got[j++];
                }
                return out;
            }
        }
    }
}
