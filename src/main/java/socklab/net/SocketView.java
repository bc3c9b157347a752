package socklab.net;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import socklab.runtime.object.PyObject;

/**
 * The read-only face of one session's sockets for clients of the engine (the classroom's
 * {@code %sockets}, {@code %diagram} and {@code %trace}): snapshots of the open sockets, a
 * snapshot of any socket object (closed ones included), and the session's socket events.
 * Nothing here changes a socket or what Python sees of it. Get it with {@link NetModules#view}.
 */
public final class SocketView {
    /** The session's socket module, or null while nothing has imported socket. */
    private final Supplier<SocketModule> module;
    private final SocketEvents events;

    SocketView(Supplier<SocketModule> module, SocketEvents events) {
        this.module = module;
        this.events = events;
    }

    /** Every open socket of the session, by fd (the ones nothing refers to any more are closed first). */
    public List<SocketInfo> open() {
        SocketModule m = module.get();
        return m == null ? List.of() : m.table().infos();
    }

    /** The snapshot of a socket object of this session, open or closed; empty for anything else. */
    public Optional<SocketInfo> describe(PyObject o) {
        SocketModule m = module.get();
        return m != null && o instanceof PySocket s && s.type() == m.socketType() ? Optional.of(m.table().info(s)) : Optional.empty();
    }

    /** Hears every socket call of the session from now on, on the thread that made it. */
    public void subscribe(SocketListener listener) {
        events.subscribe(listener);
    }

    public void unsubscribe(SocketListener listener) {
        events.unsubscribe(listener);
    }
}
