package socklab;

import socklab.modules.StandardModules;
import socklab.runtime.Interpreter;
import socklab.runtime.Io;

/** Builds a fully wired Python session: the interpreter plus the modules of the layers above it. */
public final class Sessions {
    private Sessions() {}

    public static Interpreter create(Io io) {
        Interpreter interp = new Interpreter(io);
        StandardModules.registerAll(interp);
        return interp;
    }
}
