package socklab.lesson;

import java.io.PrintStream;
import java.util.List;
import socklab.i18n.Lang;
import socklab.i18n.Messages;

/** What the lesson options of the command line print: --lessons, --progress and --check-lessons. */
public final class LessonReports {
    private LessonReports() {}

    /** --lessons: one line per lesson. */
    public static int list(LessonLoader.Result loaded, Lang lang, PrintStream out, PrintStream err) {
        loaded.problems().forEach(err::println);
        loaded.lessons().forEach(l -> out.println(LessonCommands.listLine(l, lang)));
        return 0;
    }

    /** --progress: how many steps of each lesson are done. */
    public static int progress(LessonLoader.Result loaded, Progress progress, Lang lang, PrintStream out, PrintStream err) {
        loaded.problems().forEach(err::println);
        out.print(LessonCommands.progressLines(loaded.lessons(), progress, lang));
        return 0;
    }

    /** --check-lessons: every lesson must load, its solutions and wrong answers behave, and it passes the lint. */
    public static int checkAll(LessonLoader.Result loaded, RehearsalSession.Opener sessions, LessonLint lint, Lang lang, PrintStream out) {
        int problems = loaded.problems().size();
        for (LessonLoader.Problem p : loaded.problems()) {
            out.println(Messages.text(lang, "lesson.check.failed", p));
        }
        for (Lesson l : loaded.lessons()) {
            List<LessonCheck.Failure> failures = new java.util.ArrayList<>(LessonCheck.check(sessions, l));
            failures.addAll(lint.check(l));
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
}
