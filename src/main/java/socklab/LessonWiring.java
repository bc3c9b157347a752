package socklab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import socklab.i18n.Lang;
import socklab.lesson.Coach;
import socklab.lesson.LearnerSession;
import socklab.lesson.Lesson;
import socklab.lesson.LessonCommands;
import socklab.lesson.LessonListener;
import socklab.lesson.LessonLoader;
import socklab.lesson.Partners;
import socklab.lesson.PrintedText;
import socklab.lesson.Progress;
import socklab.net.SocketInfo;
import socklab.net.SocketState;
import socklab.runtime.Interpreter;
import socklab.shell.MagicCommands;
import socklab.shell.Repl;

/**
 * Puts the lessons on a shell: their % commands in its one registry (so %help lists them and Tab
 * completes lesson ids), the coach as a listener of the session's runs, the "[bind 2/6]" prompt
 * tag, the empty line that moves past an explain-only step and the lines that answer a predict or
 * choose step. The lessons are read on first use,
 * not at start-up, so the first prompt appears at once. The coach follows the shell's %lang.
 */
final class LessonWiring {
    private final Repl repl;
    private final Path home;
    private final Path lessonsDir;
    private final PrintedText printed;
    private Coach coach;
    private LessonCommands commands;
    private LessonLoader.Result loaded;
    /** Told of every lesson step, once the coach exists (it is made on first use). */
    private final List<LessonListener> listeners = new ArrayList<>();

    private LessonWiring(Repl repl, Path home, Path lessonsDir, PrintedText printed) {
        this.repl = repl;
        this.home = home;
        this.lessonsDir = lessonsDir;
        this.printed = printed;
    }

    /** printed taps the session's Io (made before the session), so checks see what each attempt printed. */
    static LessonWiring attach(Repl repl, MagicCommands registry, Path home, Path lessonsDir, PrintedText printed) {
        LessonWiring w = new LessonWiring(repl, home, lessonsDir, printed);
        for (String name : LessonCommands.NAMES) {
            registry.register(name, "magic.help." + name, (ctx, args) -> w.commands().run(name, args),
                    name.equals("lesson") ? w::lessonIds : List::of);
        }
        repl.setPromptTag(() -> w.coach == null ? "" : w.coach.promptTag());
        repl.setBlankLineHandler(w::onEmptyLine);
        repl.setAnswerHandler(line -> w.coach != null && w.coach.onLine(line));
        return w;
    }

    /**
     * The active lesson partner's sockets in the shape of the session's own, for the classroom's
     * table and diagram (which know nothing of lessons); none without a lesson.
     */
    List<SocketInfo> partnerSockets() {
        Partners p = coach == null ? null : coach.partners();
        if (p == null) {
            return List.of();
        }
        byte[] none = new byte[0];
        return p.sockets().stream()
                .map(s -> new SocketInfo(-1, "AF_INET", s.stream() ? "SOCK_STREAM" : "SOCK_DGRAM",
                        !s.remote().isEmpty() ? SocketState.ESTABLISHED : s.stream() ? SocketState.LISTEN : SocketState.BOUND,
                        s.local(), s.remote(), 0, 0, -1, 0, false, none, none, -1))
                .toList();
    }

    /** An empty line for the coach: true if it moved past an explain-only step. */
    boolean onEmptyLine() {
        return coach != null && coach.onEmptyLine();
    }

    void addLessonListener(LessonListener listener) {
        listeners.add(listener);
        if (coach != null) {
            coach.addListener(listener);
        }
    }

    /** The lessons and the problems met loading them. */
    LessonLoader.Result loaded() {
        if (loaded == null) {
            loaded = lessonsDir == null ? LessonLoader.loadBundled() : LessonLoader.load(lessonsDir);
            Interpreter interp = repl.interpreter();
            loaded.problems().forEach(p -> interp.io().err(p + "\n"));
        }
        return loaded;
    }

    List<String> lessonIds() {
        return loaded().lessons().stream().map(Lesson::id).toList();
    }

    LessonCommands commands() {
        Lang lang = repl.messages().lang();
        if (coach == null) {
            Interpreter interp = repl.interpreter();
            Progress progress = Progress.open(home, lang, note -> interp.io().err(note + "\n"));
            LearnerSession session = new LearnerSession(interp, printed, repl::resetSession, tap -> SocketTaps.attach(interp, tap));
            coach = new Coach(session, Sessions.rehearsals(repl.messages()), loaded().lessons(), loaded().mistakes(), progress, lang);
            listeners.forEach(coach::addListener);
            interp.subscribe(coach);
            interp.onShutdown(coach::close);
            commands = new LessonCommands(coach, interp.io());
        }
        coach.setLang(lang);
        return commands;
    }
}
