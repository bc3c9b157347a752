package socklab.modules;

import socklab.runtime.Interpreter;
import socklab.runtime.object.PyModule;

/** The {@code builtins} module: the session's namespace of built-in names, which every module's __builtins__ already is. */
final class BuiltinsModule {
    private BuiltinsModule() {}

    static PyModule create(Interpreter interp) {
        return (PyModule) interp.globals().get("__builtins__");
    }
}
