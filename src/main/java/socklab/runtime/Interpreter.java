package socklab.runtime;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import socklab.lang.Parser;
import socklab.lang.PySyntaxError;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Stmt;

/**
 * One Python session: the __main__ namespace, the builtins, the importable modules and the I/O.
 * The shell, the script runner, lessons and tests all drive Python through this class.
 */
public final class Interpreter {
    /** What __main__.__loader__ shows in CPython's REPL. */
    private static final PyType LOADER = new PyType("BuiltinImporter", "_frozen_importlib", null);

    private final Io io;
    private final Map<String, PyObject> builtins = new HashMap<>();
    private final PyModule main;
    private final Map<String, ModuleSpec> moduleSpecs = new LinkedHashMap<>();
    private final Map<String, PyModule> modules = new HashMap<>();
    private final Map<String, List<String>> sources = new HashMap<>();
    private int exitCode;
    private final List<RunListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The value the running input's last expression statement produced (None if none). */
    private PyObject runValue = PyNone.NONE;
    /** True while a QUIET input runs: values are not echoed. */
    private boolean quiet;
    private List<String> argv = List.of("");

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

    /** help() pages of the session's shell (localised), or null for the runtime's plain ones. */
    Function<PyObject, String> helpProvider() {
        return helpProvider;
    }

    public void setHelpProvider(Function<PyObject, String> provider) {
        this.helpProvider = provider;
    }

    private Function<PyObject, String> helpProvider;

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

    public PyModule importModule(String name) {
        PyModule m = modules.get(name);
        if (m != null) {
            return m;
        }
        ModuleSpec spec = moduleSpecs.get(name);
        if (spec == null) {
            throw Py.error(ExcTypes.ModuleNotFoundError, "No module named '" + name + "'");
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
        sources.put(filename, List.of(source.split("\r\n|\r|\n", -1)));
    }

    /** Line n (1-based) of a remembered script, or null. */
    String sourceLine(String filename, int n) {
        List<String> lines = sources.get(filename);
        return lines != null && n >= 1 && n <= lines.size() ? lines.get(n - 1) : null;
    }

    /** How an input is run: echoed and published (the prompt), as a whole script, or quietly (a lesson's replay). */
    public enum Mode { INTERACTIVE, SCRIPT, QUIET }

    /** Subscribes a listener to the result of every input run in INTERACTIVE or SCRIPT mode. */
    public void subscribe(RunListener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(RunListener listener) {
        listeners.remove(listener);
    }

    void displayHook(PyObject value) {
        runValue = value;
        if (value == PyNone.NONE || quiet) {
            return;
        }
        builtins.put("_", PyNone.NONE);
        String text = value.repr();
        io.out(text + "\n");
        builtins.put("_", value);
    }

    /**
     * Parses and runs source text: the one way any caller runs code. Interactive source is one
     * complete input as the prompt reads it; script source is a whole module.
     */
    public RunResult run(String source, String filename, Mode mode) {
        List<Stmt> stmts;
        try {
            stmts = mode == Mode.SCRIPT ? Parser.parseModule(source) : Parser.parseInteractive(source);
        } catch (PySyntaxError e) {
            return syntaxError(e, source, filename, mode);
        }
        return run(source, stmts, filename, mode);
    }

    /** Runs statements already parsed from source (the prompt parses while it decides an input is complete). */
    public RunResult run(String source, List<Stmt> stmts, String filename, Mode mode) {
        ThreadState ts = ThreadState.current();
        boolean publish = mode != Mode.QUIET && !listeners.isEmpty();
        boolean recordCalls = publish && listeners.stream().anyMatch(RunListener::wantsCalls);
        List<String> outerCalls = recordCalls ? ts.startCallRecord() : null;
        PyObject outerValue = runValue;
        boolean outerQuiet = quiet;
        runValue = PyNone.NONE;
        quiet = mode == Mode.QUIET;
        RunResult result;
        try {
            execute(stmts, filename, mode == Mode.INTERACTIVE);
            result = new RunResult(source, RunResult.Outcome.OK, runValue, null, List.of());
        } catch (PyError e) {
            RunResult.Outcome outcome = mode == Mode.QUIET ? RunResult.Outcome.ERROR : report(e);
            result = new RunResult(source, outcome, PyNone.NONE, RunResult.ErrorInfo.of(e.value()), List.of());
        } finally {
            io.flush();
            runValue = outerValue;
            quiet = outerQuiet;
        }
        if (recordCalls) {
            result = new RunResult(result.source(), result.outcome(), result.value(), result.error(), ts.endCallRecord(outerCalls));
        }
        if (publish) {
            publish(result);
        }
        return result;
    }

    /** Reports a syntax error the way CPython prints it, the one place that does, and publishes it. */
    public RunResult syntaxError(PySyntaxError e, String source, String filename, Mode mode) {
        RunResult result = new RunResult(source, RunResult.Outcome.ERROR, PyNone.NONE,
                new RunResult.ErrorInfo(e.typeName(), null, e.getMessage(), null), List.of());
        if (mode != Mode.QUIET) {
            io.traceback(Tracebacks.syntaxError(e, filename));
            publish(result);
        }
        return result;
    }

    private void publish(RunResult result) {
        for (RunListener l : List.copyOf(listeners)) {
            l.onRun(result);
        }
    }

    /** Runs statements and lets a Python error escape to the caller (modules run as imports use this). */
    public void execute(List<Stmt> stmts, String filename, boolean interactive) {
        Code code = Compiler.compileModule(this, stmts, filename, interactive);
        ThreadState ts = ThreadState.current();
        Frame f = new Frame(code, new PyObject[0], new Cell[0], main.dict(), ts);
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

    /**
     * Evaluates one expression (a lesson's check) in a frame of its own: it reads the session's
     * names and the extra ones, and whatever it binds never reaches the learner's __main__.
     */
    public PyObject evaluate(Expr expr, Map<String, PyObject> extra) {
        Map<String, PyObject> names = new HashMap<>(main.dict());
        names.putAll(extra);
        Code code = Compiler.compileModule(this, List.of(new Stmt.Return(expr.pos(), expr)), "<check>", false);
        Frame f = new Frame(code, new PyObject[0], new Cell[0], names, ThreadState.current());
        StmtNode.run(code.body, f);
        return f.returnValue == null ? PyNone.NONE : f.returnValue;
    }

    /** Prints an uncaught error the way CPython does, or notes a SystemExit. */
    private RunResult.Outcome report(PyError e) {
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
            return RunResult.Outcome.EXIT;
        }
        io.traceback(Tracebacks.format(e, sources));
        return RunResult.Outcome.ERROR;
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
