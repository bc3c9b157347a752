package socklab.net;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An epoll object's own Selector, whose registrations outlive one poll: its channels stay in the
 * kernel's epoll set between polls, so the kernel's ready list orders the events as it orders
 * CPython's (the socket that became ready first comes first), where registering afresh at every
 * wait would report them in registration order. Registrations are applied at once, as
 * epoll_ctl applies them, not at the next poll.
 */
final class KeptSelector {
    private final Map<SelectableChannel, SelectionKey> keys = new IdentityHashMap<>();
    private final Map<SelectableChannel, Endpoint> owners = new IdentityHashMap<>();
    private Selector selector;
    /** True while a thread waits in select(): a release then wakes it rather than selecting beside it. */
    private boolean selecting;

    /** Registers each endpoint's channel for the Java operations its events mean, cancelling the channels no longer asked for. */
    synchronized SelectionKey[] update(Endpoint[] eps, int[] events) throws IOException {
        if (selector == null) {
            selector = Selector.open();
        }
        Map<SelectableChannel, Integer> wanted = new IdentityHashMap<>();
        SelectableChannel[] channels = new SelectableChannel[eps.length];
        for (int i = 0; i < eps.length; i++) {
            int ops = Readiness.ops(eps[i], events[i]);
            if (ops >= 0) {
                channels[i] = eps[i].channel();
                wanted.merge(channels[i], ops, (a, b) -> a | b);
            }
        }
        keys.entrySet().removeIf(en -> {
            boolean gone = !wanted.containsKey(en.getKey()) || !en.getValue().isValid();
            if (gone) {
                en.getValue().cancel();
                owners.remove(en.getKey()).unkeep(this);
            }
            return gone;
        });
        for (int i = 0; i < eps.length; i++) {
            SelectableChannel ch = channels[i];
            if (ch == null) {
                continue;
            }
            int ops = wanted.get(ch);
            SelectionKey key = keys.get(ch);
            if (key == null) {
                keys.put(ch, ch.register(selector, ops));
                owners.put(ch, eps[i]);
                eps[i].keep(this);
            } else if (key.interestOps() != ops) {
                // an unchanged interest set leaves the kernel's registration, and its place in the ready list, alone
                key.interestOps(ops);
            }
        }
        SelectionKey[] byItem = new SelectionKey[eps.length];
        for (int i = 0; i < eps.length; i++) {
            byItem[i] = channels[i] == null ? null : keys.get(channels[i]);
        }
        return byItem;
    }

    /** The keys ready now, in the order the kernel reported them. */
    Set<SelectionKey> readyNow() throws IOException {
        Set<SelectionKey> ready = new LinkedHashSet<>();
        selector.selectNow(ready::add);
        return ready;
    }

    /** Waits (as Waiter.waitOn does: timeout, Ctrl-C) until something is ready, then the ready keys in the kernel's order. */
    Set<SelectionKey> waitReady(Waiter.Mode mode) throws IOException {
        synchronized (this) {
            selecting = true;
        }
        try {
            Waiter.waitOn(selector, mode);
        } finally {
            synchronized (this) {
                selecting = false;
            }
        }
        selector.selectedKeys().clear();
        return readyNow();
    }

    /**
     * Lets go of a socket about to close: a channel still registered when it closes is only shut
     * for writing (a FIN where Linux would reset a connection with unread data) and keeps its fd
     * and port until the next selection.
     */
    synchronized void release(Endpoint ep) {
        keys.entrySet().removeIf(en -> {
            boolean mine = owners.get(en.getKey()) == ep;
            if (mine) {
                en.getValue().cancel();
                owners.remove(en.getKey());
            }
            return mine;
        });
        ep.unkeep(this);
        if (selector == null || !selector.isOpen()) {
            return;
        }
        if (selecting) {
            selector.wakeup();
            return;
        }
        try {
            selector.selectNow();
        } catch (IOException e) {
            // the selector is going away; closing it releases what it held
        }
    }

    /** Drops every registration: the epoll object is closed. */
    synchronized void close() {
        owners.values().forEach(ep -> ep.unkeep(this));
        owners.clear();
        keys.clear();
        if (selector != null) {
            try {
                selector.close();
            } catch (IOException e) {
                // nothing waits on it any more; a failed close only leaks what it held
            }
            selector = null;
        }
    }
}
