package socklab.net;

import socklab.runtime.Interpreter;

/** Registers the network modules (socket, select) with a session. */
public final class NetModules {
    private NetModules() {}

    public static void register(Interpreter interp) {
    }
}
