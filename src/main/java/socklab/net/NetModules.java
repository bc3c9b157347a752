package socklab.net;

import socklab.runtime.Interpreter;

/** Registers the network modules (socket, select) with a session, and closes its sockets at the end. */
public final class NetModules {
    private NetModules() {}

    public static void register(Interpreter interp) {
        SocketModule sockets = new SocketModule(Hosts.system(), Services.system());
        interp.registerModule("socket", i -> sockets.module());
        interp.registerModule("select", i -> Select.module(sockets));
        interp.onShutdown(sockets::closeAll);
    }
}
