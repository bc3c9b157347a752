package socklab.net;

import socklab.runtime.Interpreter;
import socklab.runtime.object.PyModule;

/**
 * The factories of the network modules (socket, select). Both share one session's socket table,
 * kept as the interpreter's per-session state, and the session closes its sockets at the end;
 * the table's read-only view and events are here for the engine's clients.
 */
public final class NetModules {
    private NetModules() {}

    public static PyModule socket(Interpreter interp) {
        return sockets(interp).get().module();
    }

    public static PyModule select(Interpreter interp) {
        return Select.module(sockets(interp).get());
    }

    /** The read-only view of the session's sockets and their events; it does not import socket. */
    public static SocketView view(Interpreter interp) {
        return sockets(interp).view;
    }

    private static Sockets sockets(Interpreter interp) {
        return interp.state(Sockets.class, () -> {
            Sockets s = new Sockets(interp);
            interp.onShutdown(s::closeAll);
            return s;
        });
    }

    /** The session's socket module, built on first import: its resolver and tables would slow every start-up. */
    private static final class Sockets {
        private final Interpreter interp;
        private final SocketEvents events = new SocketEvents();
        private final SocketView view = new SocketView(this::made, events);
        private SocketModule made;

        Sockets(Interpreter interp) {
            this.interp = interp;
        }

        private synchronized SocketModule made() {
            return made;
        }

        synchronized SocketModule get() {
            if (made == null) {
                made = new SocketModule(Hosts.system(), Services.system(), interp::sandbox, events, () -> interp.importStandard("enum"));
            }
            return made;
        }

        synchronized void closeAll() {
            if (made != null) {
                made.closeAll();
            }
        }
    }
}
