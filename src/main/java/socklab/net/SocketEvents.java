package socklab.net;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * One session's socket listeners. Events are built only while someone listens, so a session
 * nobody traces pays one list check per call.
 */
final class SocketEvents {
    private final List<SocketListener> listeners = new CopyOnWriteArrayList<>();

    void subscribe(SocketListener l) {
        listeners.add(l);
    }

    void unsubscribe(SocketListener l) {
        listeners.remove(l);
    }

    void emit(Supplier<SocketEvent> event) {
        if (listeners.isEmpty()) {
            return;
        }
        SocketEvent e = event.get();
        for (SocketListener l : listeners) {
            l.onSocketEvent(e);
        }
    }
}
