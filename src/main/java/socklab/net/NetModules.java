package socklab.net;

import socklab.runtime.Interpreter;

/** Registers the network modules (socket, select) with a session, and closes its sockets at the end. */
public final class NetModules {
    private NetModules() {}

    public static void register(Interpreter interp) {
        Sockets sockets = new Sockets();
        interp.registerModule("socket", i -> sockets.get().module());
        interp.registerModule("select", i -> Select.module(sockets.get()));
        interp.onShutdown(sockets::closeAll);
    }

    /** The session's socket module, built on first import: its resolver and tables would slow every start-up. */
    private static final class Sockets {
        private SocketModule made;

        synchronized SocketModule get() {
            if (made == null) {
                made = new SocketModule(Hosts.system(), Services.system());
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
