package socklab.runtime;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Stmt;

/**
 * One Python session: the __main__ namespace, the builtins, the importable modules and the I/O.
 * The shell, the script runner, lessons and tests all drive Python through this class.
 */
public final class Interpreter {
    /** How a piece of code ended. */
    public enum Outcome { OK, ERROR, EXIT }

    /** What __main__.__loader__ shows in CPython's REPL. */
    private static final PyType LOADER = new PyType("BuiltinImporter", "_frozen_importlib", null);

    private final Io io;
    private final Map<String, PyObject> builtins = new HashMap<>();
    private final PyModule main;
    private final Map<String, ModuleSpec> moduleSpecs = new LinkedHashMap<>();
    private final Map<String, PyModule> modules = new HashMap<>();
    private final Map<String, List<String>> sources = new HashMap<>();
    private int exitCode;
    private PyObject lastValue = PyNone.NONE;
    private PyBaseException lastError;
    private List<String> argv = List.of("");
    private Path importDirectory;

    public Interpreter(Io io) {
        Methods.installAll();
        this.io = io;
        this.main = new PyModule("__main__");
        main.dict().put("__annotations__", new PyDict());
        main.dict().put("__builtins__", new PyModule("builtins", builtins));
        main.dict().put("__doc__", PyNone.NONE);
        main.dict().put("__loader__", LOADER);
        main.dict().put("__package__", PyNone.NONE);
        main.dict().put("__spec__", PyNone.NONE);
        Builtins.install(this, builtins);
    }

    public Io io() {
        return io;
    }

    public Map<String, PyObject> builtins() {
        return builtins;
    }

    public Map<String, PyObject> globals() {
        return main.dict();
    }

    public void setArgv(List<String> argv) {
        this.argv = argv;
    }

    public List<String> argv() {
        return argv;
    }

    public int exitCode() {
        return exitCode;
    }

    /** Makes `import name` possible; the module is built on first import. */
    public void registerModule(ModuleSpec spec) {
        moduleSpecs.put(spec.name(), spec);
    }

    /**
     * Where `import name` looks for name.py: the script's folder when running a script (the runner
     * sets it), else the current directory, as CPython's sys.path[0] is.
     */
    public void setImportDirectory(Path directory) {
        this.importDirectory = directory;
    }

    /** Running a script: its folder is where imports look, and __main__.__file__ is its absolute path, as in CPython. */
    public void setScript(Path script) {
        Path file = script.toAbsolutePath().normalize();
        setImportDirectory(file.getParent());
        main.dict().put("__file__", new PyStr(file.toString()));
    }

    /**
     * import name, in CPython's order: a module already imported, a module built into the
     * interpreter, name.py in the import directory, then the standard library.
     */
    public PyModule importModule(String name) {
        PyModule m = modules.get(name);
        if (m != null) {
            return m;
        }
        ModuleSpec spec = moduleSpecs.get(name);
        if (spec == null || spec.origin() != null) {
            Path local = LocalModules.find(importDirectory, name);
            if (local != null) {
                return LocalModules.load(this, name, local);
            }
        }
        if (spec == null) {
            PyError err = Py.error(ExcTypes.ModuleNotFoundError, "No module named '" + name + "'");
            err.value().setAttr("name", new PyStr(name));
            throw err;
        }
        m = spec.factory().apply(this);
        m.setOrigin(spec.origin());
        modules.put(name, m);
        return m;
    }

    /**
     * Per-session state a module family shares (the socket table that socket and select both use),
     * made on first request; it lives as long as this interpreter, never in a static.
     */
    public <T> T state(Class<T> key, java.util.function.Supplier<T> make) {
        return key.cast(states.computeIfAbsent(key, k -> make.get()));
    }

    private final Map<Class<?>, Object> states = new java.util.concurrent.ConcurrentHashMap<>();

    /** Modules imported so far (the shell's completer and %reset look at them). */
    public Map<String, PyModule> loadedModules() {
        return modules;
    }

    /** Remembers a script's lines so tracebacks can quote them, as CPython does for files. */
    public void rememberSource(String filename, String source) {
        sources.put(filename, List.of(source.split("\n", -1)));
    }

    /** The value of the last expression statement run at the top level (None if there was none). */
    public PyObject lastValue() {
        return lastValue;
    }

    /** The exception the last top-level input ended with, or null if it ended normally. */
    public PyBaseException lastError() {
        return lastError;
    }

    void displayHook(PyObject value) {
        lastValue = value;
        if (value == PyNone.NONE) {
            return;
        }
        builtins.put("_", PyNone.NONE);
        String text = value.repr();
        io.out(text + "\n");
        builtins.put("_", value);
    }

    /** Runs statements as one interactive input (expression values are echoed). */
    public Outcome runInteractive(List<Stmt> stmts) {
        return run(stmts, "<stdin>", true);
    }

    /** Runs a whole script. */
    public Outcome runModule(List<Stmt> stmts, String filename) {
        return run(stmts, filename, false);
    }

    private Outcome run(List<Stmt> stmts, String filename, boolean interactive) {
        lastValue = PyNone.NONE;
        lastError = null;
        try {
            execute(stmts, filename, interactive);
            return Outcome.OK;
        } catch (PyError e) {
            return report(e);
        } finally {
            io.flush();
        }
    }

    /** Runs statements and lets a Python error escape to the caller (lessons use this). */
    public void execute(List<Stmt> stmts, String filename, boolean interactive) {
        runIn(main.dict(), stmts, filename, interactive);
    }

    /** Runs a module's statements in its namespace; an error leaves with the module's traceback line added. */
    void runIn(Map<String, PyObject> globals, List<Stmt> stmts, String filename, boolean interactive) {
        Code code = Compiler.compileModule(this, stmts, filename, interactive);
        ThreadState ts = ThreadState.current();
        Frame f = new Frame(code, new PyObject[0], new Cell[0], globals, ts);
        try {
            StmtNode.run(code.body, f);
        } catch (PyError e) {
            e.addFrame(filename, f.line, "<module>");
            throw e;
        } catch (StackOverflowError e) {
            PyError err = Py.error(ExcTypes.RecursionError, "maximum recursion depth exceeded");
            err.addFrame(filename, f.line, "<module>");
            throw err;
        } catch (OutOfMemoryError e) {
            PyError err = Py.error(ExcTypes.MemoryError);
            err.addFrame(filename, f.line, "<module>");
            throw err;
        } catch (RuntimeException e) {
            PyError err = Py.error(ExcTypes.SystemError, "socklab internal error: " + e);
            err.addFrame(filename, f.line, "<module>");
            throw err;
        }
    }

    /** Evaluates one expression in the session's namespace plus extra names (lesson checks). */
    public PyObject evaluate(Expr expr, Map<String, PyObject> extra) {
        Map<String, PyObject> saved = new HashMap<>();
        for (String k : extra.keySet()) {
            PyObject old = main.dict().get(k);
            if (old != null) {
                saved.put(k, old);
            }
        }
        main.dict().putAll(extra);
        try {
            Code code = Compiler.compileModule(this, List.of(new Stmt.Return(expr.pos(), expr)), "<check>", false);
            Frame f = new Frame(code, new PyObject[0], new Cell[0], main.dict(), ThreadState.current());
            StmtNode.run(code.body, f);
            return f.returnValue == null ? PyNone.NONE : f.returnValue;
        } finally {
            for (String k : extra.keySet()) {
                main.dict().remove(k);
            }
            main.dict().putAll(saved);
        }
    }

    /** Prints an uncaught error the way CPython does, or notes a SystemExit. */
    public Outcome report(PyError e) {
        lastError = e.value();
        if (e.matches(ExcTypes.SystemExit)) {
            PyObject code = e.value().getAttr("code");
            if (code == PyNone.NONE) {
                exitCode = 0;
            } else if (code instanceof PyInt i) {
                exitCode = (int) i.longValue();
            } else {
                io.err(code.str() + "\n");
                exitCode = 1;
            }
            return Outcome.EXIT;
        }
        io.err(Tracebacks.format(e, sources));
        return Outcome.ERROR;
    }

    /** Closes what the session holds open (sockets) by running every module's cleanup hook. */
    public void shutdown() {
        for (Runnable r : shutdownHooks) {
            r.run();
        }
    }

    private final List<Runnable> shutdownHooks = new java.util.ArrayList<>();

    public void onShutdown(Runnable hook) {
        shutdownHooks.add(hook);
    }
}
