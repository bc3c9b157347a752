package socklab.lesson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import socklab.Sessions;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.runtime.Interpreter;
import socklab.shell.PipedSession;
import socklab.shell.StreamIo;
import socklab.shell.TerminalShell;

/**
 * The lesson options of the command line: --lesson ID, --lessons, --progress, --check-lessons,
 * with --lessons-dir DIR and --lang zh|en. Main offers it the arguments first.
 */
public final class LessonCli {
    private static final Set<String> OPTIONS = Set.of("--lesson", "--lessons", "--progress", "--check-lessons", "--lessons-dir", "--lang");

    /** The parsed options; lesson is the id for --lesson, action the chosen listing or check. */
    private record Options(String action, String lesson, Path dir, Lang lang) {}

    private LessonCli() {}

    /**
     * Runs the lesson options in args; null if args are not lesson options (Main handles them).
     * lang is the language unless args name one with --lang.
     */
    public static Integer run(List<String> args, Lang lang, PrintStream out, PrintStream err, BufferedReader in) {
        return run(args, lang, out, err, in, Progress.defaultHome());
    }

    static Integer run(List<String> args, PrintStream out, PrintStream err, BufferedReader in, Path home) {
        return run(args, Lang.detect(null, System.getenv()), out, err, in, home);
    }

    private static Integer run(List<String> args, Lang envLang, PrintStream out, PrintStream err, BufferedReader in, Path home) {
        if (args.isEmpty() || !OPTIONS.contains(args.get(0))) {
            return null;
        }
        Options o;
        try {
            o = parse(args, envLang);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        LessonLoader.Result loaded = o.dir() == null ? LessonLoader.loadBundled() : LessonLoader.load(o.dir());
        if ("--check-lessons".equals(o.action())) {
            return checkAll(loaded, o.lang(), out);
        }
        loaded.problems().forEach(p -> err.println(p));
        return switch (o.action() == null ? "" : o.action()) {
            case "--lessons" -> {
                loaded.lessons().forEach(l -> out.println(LessonCommands.listLine(l, o.lang())));
                yield 0;
            }
            case "--progress" -> {
                out.print(LessonCommands.progressLines(loaded.lessons(), Progress.open(home, o.lang(), err::println), o.lang()));
                yield 0;
            }
            default -> session(loaded, o, home, out, err, in);
        };
    }

    private static Options parse(List<String> args, Lang envLang) {
        String action = null;
        String lesson = null;
        Path dir = null;
        Lang lang = envLang;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--lessons", "--progress", "--check-lessons" -> action = a;
                case "--lesson" -> {
                    action = a;
                    lesson = value(args, ++i, a, envLang);
                }
                case "--lessons-dir" -> dir = Path.of(value(args, ++i, a, envLang));
                case "--lang" -> {
                    lang = Lang.fromTag(value(args, ++i, a, envLang));
                    if (lang == null) {
                        throw new IllegalArgumentException(Messages.text(envLang, "lesson.cli.badLang"));
                    }
                }
                default -> throw new IllegalArgumentException(Messages.text(envLang, "lesson.cli.unexpected", a));
            }
        }
        return new Options(action, lesson, dir, lang);
    }

    private static String value(List<String> args, int i, String option, Lang lang) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(Messages.text(lang, "lesson.cli.needsValue", option));
        }
        return args.get(i);
    }

    /** --check-lessons: every lesson must load, and its solutions and wrong answers behave. */
    private static int checkAll(LessonLoader.Result loaded, Lang lang, PrintStream out) {
        int problems = loaded.problems().size();
        for (LessonLoader.Problem p : loaded.problems()) {
            out.println(Messages.text(lang, "lesson.check.failed", p));
        }
        for (Lesson l : loaded.lessons()) {
            List<LessonCheck.Failure> failures = LessonCheck.check(l);
            problems += failures.size();
            if (failures.isEmpty()) {
                out.println(Messages.text(lang, "lesson.check.ok", l.file(), l.steps().size()));
            }
            failures.forEach(f -> out.println(Messages.text(lang, "lesson.check.failed", f)));
            out.flush();
        }
        if (loaded.lessons().isEmpty() && loaded.problems().isEmpty()) {
            out.println(Messages.text(lang, "lesson.cli.noLessons"));
            return 1;
        }
        out.println(Messages.text(lang, "lesson.check.summary", loaded.lessons().size() + loaded.problems().size(), problems));
        return problems == 0 ? 0 : 1;
    }

    /**
     * Gives the terminal shell the lesson commands (in its % registry, so %help lists them and Tab
     * completes lesson ids), the coach's judging of each input, and the "[bind 2/6]" prompt tag.
     * The lessons are read on first use, not at start-up, so the first prompt appears at once.
     */
    public static void attach(TerminalShell shell) {
        LazyCoach lazy = new LazyCoach(shell);
        for (String name : LessonCommands.NAMES) {
            shell.magics().register(name, "magic.help." + name, (ctx, args) -> lazy.commands().run(name, args),
                    name.equals("lesson") ? lazy::lessonIds : List::of);
        }
        shell.setPromptTag(() -> lazy.coach == null ? "" : lazy.coach.promptTag());
        shell.setHook(new PipedSession.LineHook() {
            @Override
            public boolean intercept(String line) {
                return lazy.coach != null && lazy.hook().intercept(line);
            }

            @Override
            public void afterRun(String source, Interpreter.Outcome outcome) {
                if (lazy.coach != null) {
                    lazy.hook().afterRun(source, outcome);
                }
            }
        });
    }

    /** The shell's coach, made on the first lesson command and following the shell's %lang. */
    private static final class LazyCoach {
        private final TerminalShell shell;
        private Coach coach;
        private LessonHook hook;
        private LessonCommands commands;
        private List<Lesson> lessons;

        LazyCoach(TerminalShell shell) {
            this.shell = shell;
        }

        List<String> lessonIds() {
            if (lessons == null) {
                lessons = LessonLoader.loadBundled().lessons();
            }
            return lessons.stream().map(Lesson::id).toList();
        }

        LessonCommands commands() {
            hook();
            return commands;
        }

        LessonHook hook() {
            Lang lang = shell.messages().lang();
            if (coach == null) {
                lessonIds();
                Progress progress = Progress.open(shell.home(), lang, note -> shell.io().err(note + "\n"));
                coach = new Coach(shell.interpreter(), lessons, progress, lang);
                hook = new LessonHook(coach, shell.io());
                commands = new LessonCommands(coach, shell.io());
            }
            coach.setLang(lang);
            return hook;
        }
    }

    private static int session(LessonLoader.Result loaded, Options o, Path home, PrintStream out, PrintStream err, BufferedReader in) {
        if (o.lesson() != null && loaded.find(o.lesson()) == null) {
            err.println(Messages.text(o.lang(), "lesson.cli.unknownLesson", o.lesson()));
            return 2;
        }
        StreamIo io = new StreamIo(out, err, in);
        Interpreter interp = Sessions.create(io);
        Progress progress = Progress.open(home, o.lang(), note -> io.err(note + "\n"));
        try (Coach coach = new Coach(interp, loaded.lessons(), progress, o.lang())) {
            if (o.lesson() != null) {
                coach.start(loaded.find(o.lesson()).id());
            }
            return new PipedSession(interp, io, new LessonHook(coach, io)).run();
        } catch (IOException e) {
            err.println("socklab: " + e.getMessage());
            return 1;
        } finally {
            io.flush();
            interp.shutdown();
        }
    }
}
