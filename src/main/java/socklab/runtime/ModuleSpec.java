package socklab.runtime;

import java.util.function.Function;
import socklab.runtime.object.PyModule;

/**
 * How one importable module is made: its name, where CPython would have loaded it from (shown in
 * its repr; null for a module built into the interpreter) and the factory that builds it on first
 * import. The list of these specs is the only place a standard module is registered.
 */
public record ModuleSpec(String name, String origin, Function<Interpreter, PyModule> factory, boolean frozen) {
    /** Where reprs and tracebacks say CPython's standard library lives. */
    public static final String LIBRARY = "/usr/lib/python3.11/";

    public ModuleSpec(String name, String origin, Function<Interpreter, PyModule> factory) {
        this(name, origin, factory, false);
    }

    /** A module CPython loads from its standard library folder, such as socket.py. */
    public static ModuleSpec library(String name, Function<Interpreter, PyModule> factory) {
        return new ModuleSpec(name, LIBRARY + name + ".py", factory);
    }

    /** A standard library module CPython 3.11 ships frozen in its binary (os, io): shown as (frozen), its file still named. */
    public static ModuleSpec frozen(String name, Function<Interpreter, PyModule> factory) {
        return new ModuleSpec(name, library(name, factory).origin(), factory, true);
    }

    /** A module compiled into CPython itself, such as sys or time. */
    public static ModuleSpec builtin(String name, Function<Interpreter, PyModule> factory) {
        return new ModuleSpec(name, null, factory);
    }

    /** A package CPython loads from its folder's __init__.py, such as json. */
    public static ModuleSpec pkg(String name, Function<Interpreter, PyModule> factory) {
        return new ModuleSpec(name, "/usr/lib/python3.11/" + name + "/__init__.py", factory);
    }

    /** A C extension CPython loads from its lib-dynload folder, such as binascii. */
    public static ModuleSpec extension(String name, Function<Interpreter, PyModule> factory) {
        return new ModuleSpec(name, "/usr/lib/python3.11/lib-dynload/" + name + ".cpython-311-x86_64-linux-gnu.so", factory);
    }
}
