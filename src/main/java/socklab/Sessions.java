package socklab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.jline.terminal.Terminal;
import socklab.classroom.ClassLimits;
import socklab.classroom.LiveClassView;
import socklab.i18n.Messages;
import socklab.lesson.PrintedText;
import socklab.lesson.RehearsalSession;
import socklab.modules.StandardModules;
import socklab.runtime.Interpreter;
import socklab.runtime.Sandbox;
import socklab.runtime.object.Io;
import socklab.shell.MagicCommands;
import socklab.shell.Repl;
import socklab.shell.Signals;
import socklab.shell.StreamIo;
import socklab.shell.StreamSource;
import socklab.shell.TerminalShell;

/**
 * The wiring of a session, the one place that knows every layer: an interpreter with the
 * standard modules, and the shell (terminal or stream) with the lesson and classroom commands attached.
 */
public final class Sessions {
    private Sessions() {}

    /** A Python session with every standard module importable, reaching files in the current directory tree. */
    public static Interpreter create(Io io) {
        Interpreter interp = new Interpreter(io);
        StandardModules.registerAll(interp);
        return interp;
    }

    /** A session whose files live in the shell's and lessons' folder, $SOCKLAB_HOME/sandbox. */
    public static Interpreter inHome(Io io, Path home) {
        Interpreter interp = create(io);
        interp.setSandbox(Sandbox.underHome(home));
        return interp;
    }

    /**
     * A session for rehearsing a lesson aside (--check-lessons, and the coach learning how a wrong
     * answer fails): its files, AF_UNIX socket files included, go to a folder of its own that
     * goes away with the session, so a rehearsal never meets the learner's files nor another
     * rehearsal's stale socket file.
     */
    private static Interpreter scratch(Io io) {
        Interpreter interp = create(io);
        try {
            Path dir = Files.createTempDirectory("socklab-rehearsal");
            interp.setSandbox(Sandbox.folder(dir));
            interp.onShutdown(() -> removeTree(dir));
        } catch (IOException e) {
            interp.setSandbox(Sandbox.folder(Path.of(System.getProperty("java.io.tmpdir"), "socklab-rehearsal")));
        }
        return interp;
    }

    /** Rehearsal sessions (--check-lessons, the coach's), each a scratch session typed into through the shell's loop. */
    public static RehearsalSession.Opener rehearsals(Messages messages) {
        return io -> new PipedRehearsal(scratch(io), messages);
    }

    private static void removeTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a rehearsal folder left behind in the temporary directory harms nothing
        }
    }

    /** The shell on a terminal, lessons attached; lessonsDir null means the bundled lessons. */
    public static TerminalShell terminal(Terminal terminal, Messages messages, Path home, Path lessonsDir, String version,
            Map<String, String> env) {
        MagicCommands commands = MagicCommands.withBuiltins();
        ClassroomWiring classroom = new ClassroomWiring();
        PrintedText printed = new PrintedText();
        TerminalShell shell = new TerminalShell(terminal, io -> inHome(classroom.tee(printed.tap(io)), home), commands, messages, home,
                version, env);
        LessonWiring lessons = attachTools(shell.repl(), commands, classroom, home, lessonsDir, printed);
        ClassWiring.attach(shell.repl(), commands, lessons, new LiveClassView.Screen(terminal, shell::paintWhileEditing),
                ClassLimits.standard());
        return shell;
    }

    /** The shell over a non-terminal stdin (python3 -i's behaviour), lessons attached. */
    public static Repl piped(StreamIo io, Signals signals, Messages messages, Path home, Path lessonsDir) {
        MagicCommands commands = MagicCommands.withBuiltins();
        ClassroomWiring classroom = new ClassroomWiring();
        PrintedText printed = new PrintedText();
        Repl repl = new Repl(inHome(classroom.tee(printed.tap(io)), home), new StreamSource(io, signals), commands, messages);
        LessonWiring lessons = attachTools(repl, commands, classroom, home, lessonsDir, printed);
        ClassWiring.attach(repl, commands, lessons, null, ClassLimits.standard());
        return repl;
    }

    /** Lessons and classroom tools on a shell; the demo reads the lessons the lesson commands load. */
    private static LessonWiring attachTools(Repl repl, MagicCommands commands, ClassroomWiring classroom, Path home, Path lessonsDir,
            PrintedText printed) {
        LessonWiring lessons = LessonWiring.attach(repl, commands, home, lessonsDir, printed);
        classroom.attach(repl, commands, lessons);
        return lessons;
    }

    /** $SOCKLAB_HOME, else ~/.socklab: where history, progress and the sandbox folder live. */
    public static Path home(Map<String, String> env) {
        String dir = env.get("SOCKLAB_HOME");
        return dir != null && !dir.isEmpty() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".socklab");
    }
}
