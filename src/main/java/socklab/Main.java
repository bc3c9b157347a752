package socklab;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.lesson.LessonLint;
import socklab.lesson.LessonLoader;
import socklab.lesson.LessonReports;
import socklab.lesson.Progress;
import socklab.runtime.Interpreter;
import socklab.runtime.RunResult;
import socklab.runtime.Sandbox;
import socklab.runtime.object.ThreadState;
import socklab.shell.Repl;
import socklab.shell.Signals;
import socklab.shell.StreamIo;
import socklab.shell.TerminalShell;

/** Entry point: parses the command line once and picks the run mode (shell, pipe, script, -c, lesson reports). */
public final class Main {
    static final String VERSION = "socklab 0.1.0 (Python 3.11 subset)";
    /** Deep Python recursion needs a deep Java stack; the interpreter runs on a thread that has one. */
    static final long STACK_BYTES = 512L << 20;
    /**
     * What run returns for a script or -c command that an uncaught KeyboardInterrupt ended: main
     * then ends the process by SIGINT, as CPython does; the low byte is the 130 a shell shows for it.
     */
    static final int ENDED_BY_SIGINT = 0x100 | 130;

    private Main() {}

    public static void main(String[] args) throws Exception {
        int[] status = {1};
        Thread t = new Thread(null, () -> status[0] = run(args), "python", STACK_BYTES);
        t.start();
        t.join();
        System.out.flush();
        if (status[0] == ENDED_BY_SIGINT) {
            Signals.endBySigint();
        }
        System.exit(status[0]);
    }

    static int run(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            return run(List.of(args), System.getenv(), out, err, in, System.console() != null);
        } catch (IOException e) {
            err.println("socklab: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
        }
    }

    /**
     * The tutorial's Chinese text for the lint's copying rule, from the file $SOCKLAB_TUTORIAL names
     * (the text is not ours to ship); null, leaving that rule out, when it is not set or unreadable.
     */
    private static String tutorialText(Map<String, String> env, PrintStream err) {
        String file = env.get("SOCKLAB_TUTORIAL");
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return java.nio.file.Files.readString(Path.of(file));
        } catch (IOException e) {
            err.println("socklab: SOCKLAB_TUTORIAL: " + e.getMessage());
            return null;
        }
    }

    /** Runs one command line; onTerminal picks the line editor over the stream reader for the shell. */
    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err, BufferedReader in,
            boolean onTerminal) throws IOException {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args, Lang.detect(null, env));
        } catch (CommandLine.UsageError e) {
            err.println(Messages.text(e.lang, e.key, e.arg));
            err.print(Messages.text(e.lang, "cli.usage"));
            return 2;
        }
        Path home = Sessions.home(env);
        switch (cl.action()) {
            case HELP -> {
                out.print(Messages.text(cl.lang(), "cli.usage") + Messages.text(cl.lang(), "cli.options"));
                return 0;
            }
            case VERSION -> {
                out.println(VERSION);
                return 0;
            }
            case LESSONS -> {
                return LessonReports.list(lessons(cl), cl.lang(), out, err);
            }
            case PROGRESS -> {
                return LessonReports.progress(lessons(cl), Progress.open(home, cl.lang(), err::println), cl.lang(), out, err);
            }
            case CHECK_LESSONS -> {
                return LessonReports.checkAll(lessons(cl), Sessions.rehearsals(new Messages(cl.lang())), new LessonLint(tutorialText(env, err)), cl.lang(), out);
            }
            default -> { }
        }
        for (String id : new String[] {cl.lesson(), cl.demo()}) {
            if (id != null && lessons(cl).find(id) == null) {
                err.println(Messages.text(cl.lang(), "lesson.cli.unknownLesson", id));
                return 2;
            }
        }
        Messages messages = new Messages(cl.lang());
        if (onTerminal && (cl.action() == CommandLine.Action.SHELL || cl.inspect())) {
            return terminal(cl, messages, home, env, err);
        }
        StreamIo io = new StreamIo(out, err, in, StreamIo.columns(env));
        Signals signals = Signals.process();
        Repl repl = Sessions.piped(io, signals, messages, home, cl.lessonsDir());
        Interpreter interp = repl.interpreter();
        try {
            interp.setArgv(cl.argv());
            if (cl.action() == CommandLine.Action.SHELL) {
                firstCommands(cl).forEach(repl::runCommand);
                return repl.run();
            }
            signals.armInterrupt(ThreadState.current());
            int status = runProgram(cl, interp, err);
            return cl.inspect() && status != 2 ? repl.run() : status;
        } finally {
            io.flush();
            interp.shutdown();
        }
    }

    /** The shell on a terminal: a plain start, --lesson ID, or python3 -i's prompt after a script or -c command. */
    private static int terminal(CommandLine cl, Messages messages, Path home, Map<String, String> env, PrintStream err)
            throws IOException {
        // UTF-8 whatever the locale says: Chinese text must survive a bare "C" locale, as piped mode's does.
        try (Terminal t = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build()) {
            TerminalShell shell = Sessions.terminal(t, messages, home, cl.lessonsDir(), VERSION, env);
            if (cl.action() == CommandLine.Action.SHELL) {
                return shell.run(firstCommands(cl));
            }
            Interpreter interp = shell.repl().interpreter();
            interp.setArgv(cl.argv());
            return shell.inspect(() -> runProgram(cl, interp, err));
        }
    }

    /**
     * What the shell runs before its first prompt, exactly as typing it would: --teach's %teach or
     * --join's %join, --role's %role, then --demo ID's %demo ID or --lesson ID's %lesson ID.
     */
    private static List<String> firstCommands(CommandLine cl) {
        List<String> first = new ArrayList<>();
        if (cl.classCommand() != null) {
            first.add(cl.classCommand());
        }
        if (cl.role() != null) {
            first.add("%role " + cl.role());
        }
        if (cl.demo() != null) {
            first.add("%demo " + cl.demo());
        } else if (cl.lesson() != null) {
            first.add("%lesson " + cl.lesson());
        }
        return first;
    }

    /** A script or -c command, run as python3 runs it: the exit status tells how it ended. */
    private static int runProgram(CommandLine cl, Interpreter interp, PrintStream err) {
        String source;
        String shown;
        if (cl.action() == CommandLine.Action.COMMAND) {
            source = cl.command();
            shown = "<string>";
            interp.setSandbox(Sandbox.currentDirectory());
        } else {
            String file = cl.argv().get(0);
            try {
                source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                err.println("socklab: can't open file '" + Path.of(file).toAbsolutePath() + "': [Errno 2] No such file or directory");
                return 2;
            } catch (IOException e) {
                err.println("socklab: can't open file '" + Path.of(file).toAbsolutePath() + "': " + e.getMessage());
                return 2;
            }
            // CPython names a script by its absolute path in tracebacks (sys.argv keeps what was typed).
            shown = Path.of(file).toAbsolutePath().normalize().toString();
            interp.setSandbox(Sandbox.forScript(Path.of(shown).getParent(), Path.of("")));
            interp.setScript(Path.of(file));
        }
        if (cl.action() != CommandLine.Action.COMMAND) {
            // CPython 3.11 reads a traceback's source lines from the file; "<string>" has none, so -c shows none.
            interp.rememberSource(shown, source);
        }
        interp.setInspecting(cl.inspect());
        RunResult result;
        try {
            result = interp.run(source, shown, Interpreter.Mode.SCRIPT);
        } finally {
            interp.setInspecting(false);
        }
        return switch (result.outcome()) {
            case OK -> 0;
            case ERROR -> "KeyboardInterrupt".equals(result.error().type()) ? ENDED_BY_SIGINT : 1;
            case EXIT -> interp.exitCode();
        };
    }

    private static LessonLoader.Result lessons(CommandLine cl) {
        return cl.lessonsDir() == null ? LessonLoader.loadBundled() : LessonLoader.load(cl.lessonsDir());
    }
}
