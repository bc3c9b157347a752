package socklab.runtime;

import java.util.function.Function;

/**
 * How one importable module is made: its name, where CPython would have loaded it from (shown in
 * its repr; null for a module built into the interpreter) and the factory that builds it on first
 * import. The list of these specs is the only place a standard module is registered.
 */
public record ModuleSpec(String name, String origin, Function<Interpreter, PyModule> factory) {
    /** Where reprs and tracebacks say CPython's standard library lives. */
    public static final String LIBRARY = "/usr/lib/python3.11/";

    /** A module CPython loads from its standard library folder, such as socket.py. */
    public static ModuleSpec library(String name, Function<Interpreter, PyModule> factory) {
        return new ModuleSpec(name, LIBRARY + name + ".py", factory);
    }

    /** A module compiled into CPython itself, such as sys or time. */
    public static ModuleSpec builtin(String name, Function<Interpreter, PyModule> factory) {
        return new ModuleSpec(name, null, factory);
    }
}
