package socklab.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.lang.InteractiveInput;
import socklab.runtime.ExcTypes;
import socklab.runtime.Help;
import socklab.runtime.Interpreter;
import socklab.runtime.Io;
import socklab.runtime.PyError;
import socklab.runtime.PyObject;
import socklab.runtime.ThreadState;
import socklab.runtime.Tracebacks;

/**
 * The interactive shell on a terminal, in the spirit of CPython 3.13's REPL and IPython: line
 * editing, lasting history, blocks, completion, highlighting, % commands, localised help and hints.
 * It runs on the interpreter's own thread: JLine reads between statements, and Ctrl-C while a
 * statement runs asks that thread's {@link ThreadState} to raise KeyboardInterrupt.
 */
public final class TerminalShell implements MagicContext {
    private static final String PROMPT = ">>> ";
    private static final String CONTINUATION = "... ";

    private final Terminal terminal;
    private final Messages messages;
    private final Styles styles;
    private final TerminalIo io;
    private final Interpreter interp;
    private final MagicCommands magics = new MagicCommands();
    private final LineReader reader;
    private final BlockAcceptWidget acceptWidget;
    private final Set<String> initialNames;
    private final String version;
    private final Path home;
    private PipedSession.LineHook hook;
    private Supplier<String> promptTag = () -> "";

    public TerminalShell(Terminal terminal, Function<Io, Interpreter> sessions, Messages messages, Path home,
            String version, Map<String, String> env) {
        this.terminal = terminal;
        this.messages = messages;
        this.version = version;
        this.home = home;
        this.styles = Styles.decide(terminal, env);
        this.io = new TerminalIo(terminal);
        this.interp = sessions.apply(io);
        this.initialNames = new HashSet<>(interp.globals().keySet());
        BuiltinMagics.install(magics);
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("socklab")
                .parser(new WordParser())
                .completer(new PyCompleter(interp, magics, styles))
                .highlighter(new PyHighlighter(styles))
                .variable(LineReader.HISTORY_FILE, home.resolve("history"))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, styles.prompt(CONTINUATION))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .option(LineReader.Option.HISTORY_REDUCE_BLANKS, false)
                .build();
        this.acceptWidget = new BlockAcceptWidget(reader, reader.getWidgets().get(LineReader.ACCEPT_LINE));
        reader.getWidgets().put(LineReader.ACCEPT_LINE, acceptWidget);
    }

    /** Runs the shell on the process's terminal (Main calls this when stdin is one). */
    public static int runOnSystemTerminal(String version, Lang lang, Function<Io, Interpreter> sessions,
            Consumer<TerminalShell> setup) throws IOException {
        Map<String, String> env = System.getenv();
        // UTF-8 whatever the locale says: Chinese text must survive a bare "C" locale, as piped mode's does.
        try (Terminal t = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build()) {
            TerminalShell shell = new TerminalShell(t, sessions, new Messages(lang), home(env), version, env);
            setup.accept(shell);
            return shell.run();
        }
    }

    /** The Io the learner's code writes to (the lesson coach prints its feedback there too). */
    public Io io() {
        return io;
    }

    /** $SOCKLAB_HOME, else ~/.socklab: where history (and later, progress) is kept. */
    public static Path home(Map<String, String> env) {
        String dir = env.get("SOCKLAB_HOME");
        return dir != null && !dir.isEmpty() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".socklab");
    }

    /** Where this shell keeps its files (history; the lessons keep progress there too). */
    public Path home() {
        return home;
    }

    /** Where lessons and classroom tools add their % commands. */
    public MagicCommands magics() {
        return magics;
    }

    /** Lets the lesson coach see each input, as in piped mode. */
    public void setHook(PipedSession.LineHook hook) {
        this.hook = hook;
    }

    /** Shows a tag before the prompt, such as the active lesson step: "[bind 2/6] >>> ". */
    public void setPromptTag(Supplier<String> promptTag) {
        this.promptTag = promptTag;
    }

    private String prompt() {
        String tag = promptTag.get();
        return tag.isEmpty() ? styles.prompt(PROMPT) : styles.dim(tag) + " " + styles.prompt(PROMPT);
    }

    /** Reads and runs inputs until Ctrl-D, exit or quit; closes every socket; returns the exit status. */
    public int run() {
        ThreadState ts = ThreadState.current();
        Help.setProvider(new HelpPages(interp, messages));
        println(messages.get("welcome", version));
        try {
            while (true) {
                String text;
                try {
                    text = reader.readLine(prompt());
                } catch (UserInterruptException e) {
                    println("KeyboardInterrupt");
                    continue;
                } catch (EndOfFileException e) {
                    return 0;
                }
                noteCleaning(acceptWidget.takeCleaning());
                if (!handle(text, ts)) {
                    return interp.exitCode();
                }
            }
        } finally {
            saveHistory();
            interp.shutdown();
        }
    }

    /** Acts on one accepted input; false when the session must end. */
    private boolean handle(String text, ThreadState ts) {
        String trimmed = text.strip();
        if (MagicCommands.isMagic(text)) {
            // Some commands run learner code (a lesson's %skip, its replay): Ctrl-C must reach it too.
            runGuarded(() -> magics.execute(text, this), "", ts);
            return true;
        }
        if (hook != null && hook.intercept(text)) {
            return true;
        }
        if ((trimmed.equals("exit") || trimmed.equals("quit")) && !interp.globals().containsKey(trimmed)) {
            return false;
        }
        if (trimmed.equals("help") && !interp.globals().containsKey("help")) {
            println(messages.get("help.intro"));
            return true;
        }
        if (trimmed.endsWith("?") && trimmed.indexOf('\n') < 0) {
            String name = trimmed.replaceAll("\\?+$", "");
            if (name.matches("[A-Za-z_][\\w.]*")) {
                showHelp(name, ts);
                return true;
            }
        }
        return runSource(text, ts);
    }

    /** IPython's `x?`: help(x) for a dotted name, looked up without calling anything. */
    private void showHelp(String name, ThreadState ts) {
        PyObject value = PyCompleter.resolve(interp, name);
        if (value == null) {
            println(messages.get("help.notfound", name));
            return;
        }
        runGuarded(() -> interp.builtins().get("help").call(new PyObject[] {value}, null), "", ts);
    }

    /** Feeds the lines to the REPL's completeness rules one by one, running each complete input. */
    private boolean runSource(String text, ThreadState ts) {
        InteractiveInput input = new InteractiveInput();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length || input.isContinuing(); i++) {
            InteractiveInput.Status status = input.feed(i < lines.length ? lines[i] : "");
            if (status instanceof InteractiveInput.Status.Ready ready) {
                Interpreter.Outcome outcome = runGuarded(
                        () -> interp.execute(ready.statements(), "<stdin>", true), ready.source(), ts);
                if (hook != null) {
                    hook.afterRun(ready.source(), outcome);
                }
                if (outcome == Interpreter.Outcome.EXIT) {
                    return false;
                }
            } else if (status instanceof InteractiveInput.Status.Error error) {
                io.err(styles.traceback(Tracebacks.syntaxError(error.error(), "<stdin>")));
            }
        }
        return true;
    }

    /** Runs learner code with Ctrl-C turned into KeyboardInterrupt on this thread; reports errors with a hint. */
    private Interpreter.Outcome runGuarded(Runnable code, String source, ThreadState ts) {
        ts.clearInterrupt();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> ts.requestInterrupt());
        try {
            code.run();
            return Interpreter.Outcome.OK;
        } catch (PyError e) {
            if (e.matches(ExcTypes.SystemExit)) {
                return interp.report(e);
            }
            io.err(styles.traceback(Tracebacks.format(e, Map.of())));
            String hint = Hints.keyFor(e.value(), source);
            if (hint != null) {
                println(styles.hint(messages.get(hint)));
            }
            return Interpreter.Outcome.ERROR;
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            io.flush();
        }
    }

    private void noteCleaning(PasteCleaner.Result cleaning) {
        if (cleaning == null || !cleaning.changed()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (PasteCleaner.Fix f : cleaning.fixes()) {
            parts.add(messages.get(f.key));
        }
        println(styles.dim(messages.get("paste.cleaned", String.join(messages.get("paste.separator"), parts))));
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            println(messages.get("history.unsaved", e.getMessage()));
        }
    }

    @Override
    public Interpreter interpreter() {
        return interp;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public MagicCommands commands() {
        return magics;
    }

    @Override
    public void println(String line) {
        io.out(line + "\n");
        io.flush();
    }

    @Override
    public List<String> history() {
        List<String> lines = new ArrayList<>();
        for (History.Entry e : reader.getHistory()) {
            lines.add(e.line());
        }
        return lines;
    }

    @Override
    public void resetSession() {
        interp.shutdown();
        interp.globals().keySet().retainAll(initialNames);
        interp.loadedModules().clear();
    }
}
