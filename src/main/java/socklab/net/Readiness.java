package socklab.net;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One wait for readiness over many sockets, in poll(2)'s terms (events in, revents out):
 * select.select, poll, epoll and the selectors module all wait through it, on the Waiter's
 * selector, so Ctrl-C and timeouts behave the same in each.
 */
final class Readiness {
    static final int POLLIN = Constants.num("POLLIN");
    static final int POLLPRI = Constants.num("POLLPRI");
    static final int POLLOUT = Constants.num("POLLOUT");
    static final int POLLERR = Constants.num("POLLERR");
    static final int POLLHUP = Constants.num("POLLHUP");
    static final int POLLNVAL = Constants.num("POLLNVAL");
    static final int POLLRDNORM = Constants.num("POLLRDNORM");
    static final int POLLWRNORM = Constants.num("POLLWRNORM");
    static final int POLLRDHUP = Constants.num("POLLRDHUP");
    /** Reported whether asked for or not, as the kernel does. */
    private static final int ALWAYS = POLLERR | POLLHUP | POLLNVAL;

    private Readiness() {}

    /**
     * Waits until at least one socket has an event of interest, or the timeout (seconds; negative
     * waits forever, 0 not at all) passes. A null or closed endpoint reports POLLNVAL.
     */
    static int[] await(Endpoint[] eps, int[] events, double timeout) throws IOException {
        Selector sel = Waiter.selector();
        Map<SelectableChannel, SelectionKey> keys = new IdentityHashMap<>();
        SelectionKey[] byItem = new SelectionKey[eps.length];
        try {
            for (int i = 0; i < eps.length; i++) {
                byItem[i] = register(sel, keys, eps[i], events[i]);
            }
            sel.selectNow();
            int[] out = revents(sel.selectedKeys(), eps, events, byItem);
            Waiter.Mode mode = Waiter.Mode.of(timeout);
            while (none(out) && !mode.nonBlocking()) {
                sel.selectedKeys().clear();
                try {
                    Waiter.waitOn(sel, mode);
                } catch (NetError e) {
                    if (e.errno() == null && "TimeoutError".equals(e.pyType())) {
                        break;
                    }
                    throw e;
                }
                out = revents(sel.selectedKeys(), eps, events, byItem);
            }
            return out;
        } finally {
            sel.selectedKeys().clear();
            keys.values().forEach(SelectionKey::cancel);
            sel.selectNow();
        }
    }

    /**
     * await over an epoll object's kept selector; {@code order} receives the items that have
     * events, first in the order the kernel reported their channels, then the rest in item order.
     */
    static int[] await(KeptSelector kept, Endpoint[] eps, int[] events, double timeout, List<Integer> order) throws IOException {
        SelectionKey[] byItem = kept.update(eps, events);
        Set<SelectionKey> ready = kept.readyNow();
        int[] out = revents(ready, eps, events, byItem);
        Waiter.Mode mode = Waiter.Mode.of(timeout);
        while (none(out) && !mode.nonBlocking()) {
            try {
                ready = kept.waitReady(mode);
            } catch (NetError e) {
                if (e.errno() == null && "TimeoutError".equals(e.pyType())) {
                    break;
                }
                throw e;
            }
            out = revents(ready, eps, events, byItem);
        }
        for (SelectionKey key : ready) {
            for (int i = 0; i < eps.length; i++) {
                if (byItem[i] == key && out[i] != 0) {
                    order.add(i);
                }
            }
        }
        for (int i = 0; i < eps.length; i++) {
            if (out[i] != 0 && !order.contains(i)) {
                order.add(i);
            }
        }
        return out;
    }

    /** The Java operations a socket's poll events mean; -1 when the socket has no channel to wait on. */
    static int ops(Endpoint ep, int events) throws IOException {
        if (ep == null || ep.isClosed() || ep.unconnectedStream()) {
            return -1;
        }
        SelectableChannel ch = ep.channel();
        int ops = 0;
        if ((events & (POLLIN | POLLRDNORM | POLLPRI | POLLRDHUP)) != 0) {
            ops |= ep.readOps();
        }
        if ((events & (POLLOUT | POLLWRNORM)) != 0) {
            ops |= ep.writeOps();
        }
        return ops & ch.validOps();
    }

    /** Registers a socket's channel for the Java operations its events mean; dups share one key. */
    private static SelectionKey register(Selector sel, Map<SelectableChannel, SelectionKey> keys, Endpoint ep, int events)
            throws IOException {
        int ops = ops(ep, events);
        if (ops < 0) {
            return null;
        }
        SelectableChannel ch = ep.channel();
        SelectionKey key = keys.get(ch);
        if (key == null) {
            key = ch.register(sel, ops);
            keys.put(ch, key);
        } else {
            key.interestOps(key.interestOps() | ops);
        }
        return key;
    }

    private static int[] revents(Set<SelectionKey> selected, Endpoint[] eps, int[] events, SelectionKey[] keys) {
        int[] out = new int[eps.length];
        for (int i = 0; i < eps.length; i++) {
            Endpoint ep = eps[i];
            if (ep == null || ep.isClosed()) {
                out[i] = POLLNVAL;
                continue;
            }
            int bits = ep.eventsBesidesChannel();
            SelectionKey k = keys[i];
            // a failed connect found by eventsBesidesChannel replaces the channel, cancelling its key
            if (k != null && k.isValid() && selected.contains(k)) {
                int ready = k.readyOps();
                if ((ready & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                    bits |= POLLIN | POLLRDNORM;
                    // a hang-up is both sides shut: ours by shutdown, or an AF_UNIX peer's close, which shuts both
                    boolean bothShut = ep.writeShutDown() || ep.family == Endpoint.AF_UNIX;
                    boolean wantsHangUp = (events[i] & POLLRDHUP) != 0 || bothShut;
                    if (wantsHangUp && (ready & SelectionKey.OP_READ) != 0 && ep.peerClosed()) {
                        bits |= POLLRDHUP | (bothShut ? POLLHUP : 0);
                    }
                }
                if ((ready & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
                    bits |= POLLOUT | POLLWRNORM;
                }
            }
            out[i] = bits & (events[i] | ALWAYS);
        }
        return out;
    }

    private static boolean none(int[] revents) {
        for (int r : revents) {
            if (r != 0) {
                return false;
            }
        }
        return true;
    }
}
