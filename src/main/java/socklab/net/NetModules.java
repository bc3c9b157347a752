package socklab.net;

import socklab.runtime.Interpreter;
import socklab.runtime.PyModule;

/**
 * The factories of the network modules (socket, select). Both share one session's socket table,
 * kept as the interpreter's per-session state, and the session closes its sockets at the end.
 */
public final class NetModules {
    private NetModules() {}

    public static PyModule socket(Interpreter interp) {
        return sockets(interp).get().module();
    }

    public static PyModule select(Interpreter interp) {
        return Select.module(sockets(interp).get());
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
        private SocketModule made;

        Sockets(Interpreter interp) {
            this.interp = interp;
        }

        synchronized SocketModule get() {
            if (made == null) {
                made = new SocketModule(Hosts.system(), Services.system(), interp::sandbox);
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
