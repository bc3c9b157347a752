package socklab.runtime;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import socklab.lang.Parser;
import socklab.lang.PySyntaxError;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Stmt;
import socklab.runtime.builtins.Builtins;
import socklab.runtime.builtins.Methods;
import socklab.runtime.exec.Cell;
import socklab.runtime.exec.Code;
import socklab.runtime.exec.Compiler;
import socklab.runtime.exec.Eval;
import socklab.runtime.exec.Frame;
import socklab.runtime.exec.StmtNode;
import socklab.runtime.object.Context;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.InterpreterLock;
import socklab.runtime.object.Io;
import socklab.runtime.object.MemoryReserve;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.Namespaces;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;
import socklab.runtime.object.RunningFrame;
import socklab.runtime.object.SignalHandlers;
import socklab.runtime.object.ThreadState;
import socklab.runtime.object.Tracebacks;

/**
 * One Python session: the __main__ namespace, the builtins, the importable modules and the I/O.
 * The shell, the script runner, lessons and tests all drive Python through this class. Its Python
 * threads share one {@link InterpreterLock}: the code run here and in every thread it starts holds
 * it, so the session's objects and tables are only ever touched by one thread at a time.
 */
public final class Interpreter implements Context {
    /** A Python thread's Java stack: reserved, not committed, and deep enough for deep recursion. */
    private static final long THREAD_STACK_BYTES = 256L << 20;

    private final Io io;
    private final SignalHandlers signals;
    private final ThreadState mainThread;
    /** Replaced at shutdown (the old one stays finalized, holding its daemon threads back). */
    private volatile InterpreterLock lock = new InterpreterLock(this);
    private final Map<String, PyObject> builtins = new HashMap<>();
    private final PyModule main;
    private final Map<String, ModuleSpec> moduleSpecs = new LinkedHashMap<>();
    /** sys.modules: what import has made, in the order it made it; a learner may put anything in it. */
    private final Map<String, PyObject> modules = new LinkedHashMap<>();
    private final Map<String, List<String>> sources = new HashMap<>();
    private int exitCode;
    /** python3 -i's program is running: its SystemExit is reported as an error, so the prompt still follows. */
    private boolean inspecting;
    private final List<RunListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The value the running input's last expression statement produced (None if none). */
    private PyObject runValue = PyNone.NONE;
    /** True while a QUIET input runs: values are not echoed. */
    private boolean quiet;
    private List<String> argv = List.of("");
    private Path importDirectory;
    private volatile Sandbox sandbox = Sandbox.currentDirectory();
    private volatile int recursionLimit = ThreadState.RECURSION_LIMIT;

    public Interpreter(Io io) {
        Methods.installAll();
        this.io = io;
        this.signals = new SignalHandlers(io);
        this.mainThread = ThreadState.current();
        this.main = new PyModule("__main__");
        main.dict().put("__annotations__", new PyDict());
        main.dict().put("__builtins__", new PyModule("builtins", builtins));
        main.dict().put("__doc__", PyNone.NONE);
        main.dict().put("__loader__", ModuleAttributes.BUILTIN_IMPORTER);
        main.dict().put("__package__", PyNone.NONE);
        main.dict().put("__spec__", PyNone.NONE);
        // sys.modules['__main__'], as in CPython: pickle finds a learner's classes through it.
        modules.put("__main__", main);
        Builtins.install(this, builtins);
        Eval.install(this, builtins);
        try {
            execute(Parser.parseModule(WARM_UP), "<warm-up>", false);
        } catch (PyError expected) {
            Tracebacks.format(expected, sources);
        }
    }

    /**
     * Errors raised through a function, a try, a generator and the module, binding no name, and
     * one traceback formatted. The first pass down an error path loads and links what it uses,
     * which takes heap: done now, while there is heap to spare, so that an exhausted heap later
     * still reaches MemoryReserve and becomes MemoryError.
     */
    private static final String WARM_UP = String.join("\n",
            "try:", "    (lambda: 1 / 0)()", "except ZeroDivisionError:", "    pass",
            "try:", "    list(1 // 0 for _ in [0])", "except ZeroDivisionError:", "    pass",
            "(lambda: 1 / 0)()", "");

    @Override
    public Io io() {
        return io;
    }

    /** The session's signal handlers (signal.signal), run by its main thread. */
    @Override
    public SignalHandlers signals() {
        return signals;
    }

    /**
     * signal.raise_signal: the signal is left for the main thread, whose handler runs at once when
     * the main thread raised it, as CPython's does on return from raise().
     */
    public void deliverSignal(int signum) {
        mainThread.requestSignal(signum);
        if (isMainThread()) {
            mainThread.checkInterrupt();
        }
    }

    /** Whether the calling thread is the session's main thread: the one that made the session. */
    public boolean isMainThread() {
        return ThreadState.current() == mainThread;
    }

    @Override
    public Function<PyObject, String> helpProvider() {
        return helpProvider;
    }

    public void setHelpProvider(Function<PyObject, String> provider) {
        this.helpProvider = provider;
    }

    private Function<PyObject, String> helpProvider;

    @Override
    public Map<String, PyObject> builtins() {
        return builtins;
    }

    @Override
    public Map<String, PyObject> globals() {
        return main.dict();
    }

    public void setArgv(List<String> argv) {
        this.argv = argv;
    }

    public List<String> argv() {
        return argv;
    }

    /** The folders this session's code may reach on disk; the session builder sets it before code runs. */
    public void setSandbox(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public Sandbox sandbox() {
        return sandbox;
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
     * sets it), else the session's working folder (the sandbox's), as CPython's sys.path[0] is.
     */
    public void setImportDirectory(Path directory) {
        this.importDirectory = directory;
    }

    /** The script's folder that imports search, or null in the shell (sys.path[0] is then ''). */
    public Path importDirectory() {
        return importDirectory;
    }

    /** Set while python3 -i's script or command runs: a SystemExit it raises prints its traceback and ends nothing. */
    public void setInspecting(boolean inspecting) {
        this.inspecting = inspecting;
    }

    /** Running a script: its folder is where imports look, and __main__.__file__ is its absolute path, as in CPython. */
    public void setScript(Path script) {
        Path file = script.toAbsolutePath().normalize();
        setImportDirectory(file.getParent());
        main.dict().put("__file__", new PyStr(file.toString()));
        main.setOrigin(file.toString(), false);
    }

    /**
     * import name, in CPython's order: a module already imported, a module built into the
     * interpreter or frozen into it, the learner's name.py (or package) in the import directory,
     * then the standard library. A dotted name imports its parent first and becomes the parent's attribute.
     */
    @Override
    public PyModule importModule(String name) {
        if (modules.get(name) instanceof PyModule m) {
            return m;
        }
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            return importSubmodule(importModule(name.substring(0, dot)), name, name.substring(dot + 1));
        }
        ModuleSpec spec = moduleSpecs.get(name);
        // Built-in and frozen modules are found before the path; the learner's files shadow the rest.
        if (spec == null || spec.origin() != null && !spec.frozen()) {
            LocalModules.Location local = LocalModules.find(importDirectory != null ? importDirectory : sandbox.cwd(), name);
            if (local != null) {
                return LocalModules.load(this, name, local);
            }
        }
        if (spec == null) {
            throw notFound(name, "No module named '" + name + "'");
        }
        return build(spec);
    }

    /**
     * A standard module as a library module needs it, never a learner's file of that name: CPython
     * has such modules (enum, which socket needs) in sys.modules before the learner's code runs.
     */
    public PyModule importStandard(String name) {
        return modules.get(name) instanceof PyModule m ? m : build(moduleSpecs.get(name));
    }

    private PyModule importSubmodule(PyModule parent, String name, String leaf) {
        PyModule m;
        ModuleSpec spec = moduleSpecs.get(name);
        if (spec != null) {
            m = build(spec);
        } else {
            // a standard package's __path__ names CPython's folder, never one to load files from
            ModuleSpec parentSpec = moduleSpecs.get(parent.name());
            boolean standard = parentSpec != null && java.util.Objects.equals(parentSpec.origin(), parent.file());
            Path dir = standard ? null : parent.packageDir();
            if (standard && parent.dict().containsKey("__path__") && !(parent.dict().get(leaf) instanceof PyModule)) {
                throw notFound(name, "No module named '" + name + "'");
            }
            if (dir == null) {
                if (parent.dict().get(leaf) instanceof PyModule attribute) {
                    return attribute;
                }
                throw notFound(name, "No module named '" + name + "'; '" + parent.name() + "' is not a package");
            }
            LocalModules.Location where = LocalModules.find(dir, leaf);
            if (where == null) {
                throw notFound(name, "No module named '" + name + "'");
            }
            m = LocalModules.load(this, name, where);
        }
        parent.dict().put(leaf, m);
        return m;
    }

    private PyModule build(ModuleSpec spec) {
        PyModule m = spec.factory().apply(this);
        m.setOrigin(spec.origin(), spec.frozen());
        ModuleAttributes.fill(m, spec, main.dict().get("__builtins__"));
        modules.put(spec.name(), m);
        return m;
    }

    private static PyError notFound(String name, String message) {
        PyError err = Py.error(ExcTypes.ModuleNotFoundError, message);
        err.value().setAttr("name", new PyStr(name));
        return err;
    }

    /**
     * Per-session state a module family shares (the socket table that socket and select both use),
     * made on first request; it lives as long as this interpreter, never in a static.
     */
    public <T> T state(Class<T> key, java.util.function.Supplier<T> make) {
        return key.cast(states.computeIfAbsent(key, k -> make.get()));
    }

    private final Map<Class<?>, Object> states = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Runs a reader of the session's objects (the classroom's socket table reads __main__) holding
     * the session's lock, so no Python thread changes them while it reads.
     */
    public <T> T holdingLock(java.util.function.Supplier<T> reader) {
        ThreadState ts = ThreadState.current();
        InterpreterLock own = lock;
        InterpreterLock outer = ts.enter(own);
        try {
            return reader.get();
        } finally {
            ts.leave(own, outer);
        }
    }

    @Override
    public int recursionLimit() {
        return recursionLimit;
    }

    @Override
    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    /** Modules imported so far (the shell's completer and %reset look at them). */
    public Map<String, PyObject> loadedModules() {
        return modules;
    }

    /** Forgets every module imported (%reset): the next import runs it afresh; __main__ stays the session's own. */
    public void forgetImports() {
        modules.keySet().retainAll(Set.of("__main__"));
    }

    /** Remembers a script's lines so tracebacks can quote them, as CPython does for files. */
    public void rememberSource(String filename, String source) {
        sources.put(filename, List.of(source.split("\r\n|\r|\n", -1)));
    }

    @Override
    public String sourceLine(String filename, int n) {
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

    @Override
    public void displayHook(PyObject value) {
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
        } catch (StackOverflowError | OutOfMemoryError e) {
            return parserExhausted(source, mode);
        }
        return run(source, stmts, filename, mode);
    }

    /** Runs statements already parsed from source (the prompt parses while it decides an input is complete). */
    public RunResult run(String source, List<Stmt> stmts, String filename, Mode mode) {
        MemoryReserve.restore();
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

    /**
     * Source nested too deeply for the parser (a hundred thousand unary minus signs): CPython's
     * parser runs out of its stack and reports a bare MemoryError, and so does socklab.
     */
    public RunResult parserExhausted(String source, Mode mode) {
        MemoryReserve.release();
        RunResult result = new RunResult(source, RunResult.Outcome.ERROR, PyNone.NONE,
                new RunResult.ErrorInfo("MemoryError", null, "", null), List.of());
        if (mode != Mode.QUIET) {
            io.traceback("MemoryError\n");
            publish(result);
        }
        return result;
    }

    private void publish(RunResult result) {
        for (RunListener l : List.copyOf(listeners)) {
            l.onRun(result);
        }
    }

    /**
     * A standard module socklab writes in Python (socketserver): its source runs once in a
     * namespace of its own, named as CPython's file is so its frames read the same way.
     */
    public PyModule moduleFromSource(String name, String file, String source) {
        return moduleFromSource(name, file, file, source);
    }

    /**
     * The same, its code compiled as codeFile: a module CPython writes in C (pickle's _pickle) runs
     * as a {@link PyError#NATIVE} file, whose frames no traceback shows.
     */
    public PyModule moduleFromSource(String name, String file, String codeFile, String source) {
        List<Stmt> body = Parser.parseModule(source);
        PyModule m = new PyModule(name);
        if (!codeFile.startsWith("<")) {
            // Frozen and native code quotes no line in a traceback, as CPython's shows none.
            rememberSource(codeFile, source);
        }
        m.dict().put("__builtins__", main.dict().get("__builtins__"));
        m.dict().put("__file__", new PyStr(file));
        // Importable while its body runs, as CPython's sys.modules entry is: a package's __init__ imports its submodules.
        modules.put(name, m);
        try {
            runIn(m.dict(), body, codeFile, false);
        } catch (RuntimeException e) {
            modules.remove(name);
            throw e;
        }
        return m;
    }

    /** Runs statements and lets a Python error escape to the caller (modules run as imports use this). */
    public void execute(List<Stmt> stmts, String filename, boolean interactive) {
        runIn(main.dict(), stmts, filename, interactive);
    }

    /** Runs a module's statements in its namespace (__main__'s or an imported file's); an error leaves with the module's traceback line added. */
    void runIn(Map<String, PyObject> globals, List<Stmt> stmts, String filename, boolean interactive) {
        ThreadState ts = ThreadState.current();
        InterpreterLock own = lock;
        InterpreterLock outer = ts.enter(own);
        try {
            Code code = Compiler.compileModule(this, stmts, filename, interactive, 0);
            executeCode(code, filename, new Frame(code, new PyObject[0], new Cell[0], globals, ts));
        } finally {
            ts.leave(own, outer);
        }
    }

    private static void executeCode(Code code, String filename, Frame f) {
        RunningFrame caller = f.ts.enterFrame(f);
        try {
            StmtNode.run(code.body, f);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError t) {
            PyError err = Py.fromJava(t);
            err.addFrame(filename, f.line, "<module>");
            throw err;
        } finally {
            f.ts.exitFrame(caller);
        }
    }

    /**
     * Evaluates one expression (a lesson's check) in a frame of its own: it reads the session's
     * names and the extra ones, and whatever it binds never reaches the learner's __main__.
     */
    public PyObject evaluate(Expr expr, Map<String, PyObject> extra) {
        Map<String, PyObject> names = new HashMap<>(main.dict());
        names.putAll(extra);
        ThreadState ts = ThreadState.current();
        InterpreterLock own = lock;
        InterpreterLock outer = ts.enter(own);
        try {
            Code code = Compiler.compileModule(this, List.of(new Stmt.Return(expr.pos(), expr)), "<check>", false, 0);
            Frame f = new Frame(code, new PyObject[0], new Cell[0], names, ts);
            StmtNode.run(code.body, f);
            return f.returnValue == null ? PyNone.NONE : f.returnValue;
        } finally {
            ts.leave(own, outer);
        }
    }

    /**
     * A DeprecationWarning of library code written in Java (threading's setDaemon) for the line of
     * Python code running now; the warnings module's filters decide, which by default show it
     * once per line for code of __main__ only.
     */
    public static void warnDeprecated(String message) {
        warnFromCaller("DeprecationWarning", message, null);
    }

    /**
     * A warning of library code (re's FutureWarning), for the first frame outside libraryFile (null
     * for none) and outside code standing for C, as CPython's stacklevel points at the caller. It
     * goes through the warnings module, so its filters and catch_warnings apply as in CPython.
     */
    public static void warnFromCaller(String category, String message, String libraryFile) {
        ThreadState ts = ThreadState.current();
        if (!(ts.interpreter() instanceof Interpreter running)) {
            return;
        }
        RunningFrame f = ts.frame();
        while (f != null && (f.filename().equals(libraryFile) || f.filename().startsWith(PyError.NATIVE))) {
            f = f.caller();
        }
        if (f == null) {
            return;
        }
        PyObject warn = running.importStandard("warnings").getAttr("_warn_at");
        warn.call(new PyObject[] {new PyStr(category), new PyStr(message), new PyStr(f.filename()), PyInt.of(f.line()),
            Namespaces.asDict(f.globals())}, null);
    }

    /** As CPython's compiler warns: for the file and line, module and registry left to warn_explicit. */
    @Override
    public void warnExplicit(String category, String message, String filename, int line) {
        PyModule warnings = importStandard("warnings");
        PyObject type = builtins.get(category);
        warnings.getAttr("warn_explicit").call(new PyObject[] {new PyStr(message), type, new PyStr(filename), PyInt.of(line)}, null);
    }

    /** Prints an uncaught error the way CPython does, or notes a SystemExit. */
    private RunResult.Outcome report(PyError e) {
        if (e.matches(ExcTypes.SystemExit) && !inspecting) {
            PyObject code = e.value().getAttr("code");
            if (code == PyNone.NONE) {
                exitCode = 0;
            } else if (code instanceof PyInt i) {
                // CPython takes the code as a C long (-1 when it does not fit) and passes it on as a C int.
                exitCode = i.fitsLong() ? (int) i.longValue() : -1;
            } else {
                io.err(code.str() + "\n");
                exitCode = 1;
            }
            return RunResult.Outcome.EXIT;
        }
        io.traceback(Tracebacks.format(e, sources));
        return RunResult.Outcome.ERROR;
    }

    /** An exception's traceback as CPython prints it, quoting this session's scripts: the one formatter the traceback module uses too. */
    public String formatTraceback(PyBaseException value, Integer limit) {
        return Tracebacks.format(value.carrier(), sources, limit);
    }

    /** Frames as the traceback module's format_tb and format_list show them, quoting this session's scripts. */
    public String formatFrames(List<PyError.Frame> frames) {
        return Tracebacks.frames(frames, sources);
    }

    /** The source line a frame quotes, as a FrameSummary's line shows it; null when unknown. */
    public String sourceLine(PyError.Frame frame) {
        return Tracebacks.sourceLine(frame, sources);
    }

    /**
     * Starts a Python thread: a Java thread with a deep stack that holds this session's lock while
     * body runs. The Java thread is a daemon; waiting for Python's non-daemon threads at exit is
     * the threading module's exit hook.
     */
    public Thread startThread(String javaName, Runnable body) {
        // A thread bomb meets CPython's refusal while the JVM still has room to report it.
        if (liveThreads.incrementAndGet() > MAX_THREADS) {
            liveThreads.decrementAndGet();
            throw Py.error(ExcTypes.RuntimeError, "can't start new thread");
        }
        InterpreterLock own = lock;
        Thread t = new Thread(null, () -> {
            ThreadState ts = ThreadState.current();
            InterpreterLock outer = ts.enter(own);
            try {
                body.run();
            } finally {
                ts.leave(own, outer);
                ts.threadExited();
                liveThreads.decrementAndGet();
            }
        }, javaName, THREAD_STACK_BYTES);
        t.setDaemon(true);
        try {
            t.start();
        } catch (OutOfMemoryError e) {
            liveThreads.decrementAndGet();
            throw e;
        }
        return t;
    }

    /** Python threads alive in this session; more than MAX_THREADS at once are refused. */
    private final java.util.concurrent.atomic.AtomicInteger liveThreads = new java.util.concurrent.atomic.AtomicInteger();
    private static final int MAX_THREADS = 2048;

    /**
     * Ends the session as CPython's finalization does: the exit hooks first (threading waits for
     * non-daemon threads), then the lock is taken for good (daemon threads never run again), then
     * every module's cleanup hook closes what the session holds open (sockets). The session may run
     * code again afterwards (%reset does), under a fresh lock.
     */
    public void shutdown() {
        ThreadState ts = ThreadState.current();
        InterpreterLock old = lock;
        InterpreterLock outer = ts.enter(old);
        try {
            for (Runnable r : exitHooks) {
                r.run();
            }
            for (Runnable r : lastExitHooks) {
                r.run();
            }
        } finally {
            ts.leave(old, outer);
        }
        lock = new InterpreterLock(this);
        old.finalizeSession();
        for (Runnable r : shutdownHooks) {
            r.run();
        }
    }
    private final List<Runnable> exitHooks = new java.util.ArrayList<>();
    private final List<Runnable> shutdownHooks = new java.util.ArrayList<>();
    private final List<Runnable> lastExitHooks = new java.util.ArrayList<>();

    /** Runs hook at exit after every onExit hook, as atexit's callbacks run once threading has joined its threads. */
    public void onExitLast(Runnable hook) {
        lastExitHooks.add(hook);
    }

    /** Runs hook at exit, holding the lock, while Python threads still run (before any cleanup hook). */
    public void onExit(Runnable hook) {
        exitHooks.add(hook);
    }

    public void onShutdown(Runnable hook) {
        shutdownHooks.add(hook);
    }
}
