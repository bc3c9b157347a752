package socklab.runtime.object;

import java.util.Map;
import java.util.function.Function;

/**
 * What the built-in functions and the tree-walker need of the session running them: its I/O, its
 * namespaces, its imports and its echo. They hold this, never the whole {@code Interpreter}, so
 * the value model and what fills it know nothing of how a session is driven.
 */
public interface Context {
    Io io();

    /** The builtins module's names, shared by every namespace of the session. */
    Map<String, PyObject> builtins();

    /** __main__'s names. */
    Map<String, PyObject> globals();

    /** import name, as the import statement and __import__ do it. */
    PyModule importModule(String name);

    /** What an expression statement at the prompt does with its value: echo it and bind _. */
    void displayHook(PyObject value);

    /** Line n (1-based) of a remembered script, or null. */
    String sourceLine(String filename, int n);

    /** A warning for a given place (the compiler's SyntaxWarning), through the warnings module's filters. */
    void warnExplicit(String category, String message, String filename, int line);

    /** The session's signal handlers (signal.signal), which its main thread runs. */
    SignalHandlers signals();

    /** help() pages of the session's shell (localised), or null for the runtime's plain ones. */
    Function<PyObject, String> helpProvider();

    /** sys.getrecursionlimit(): how deep Python calls may nest in this session. */
    int recursionLimit();

    /** sys.setrecursionlimit(n). */
    void setRecursionLimit(int limit);
}
