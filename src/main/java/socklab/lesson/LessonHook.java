package socklab.lesson;

import socklab.i18n.Messages;
import socklab.runtime.Interpreter;
import socklab.runtime.Io;
import socklab.shell.PipedSession;

/**
 * Lets the coach follow a piped session: lesson % commands and the empty line that moves past an
 * explain-only step are taken here; every other input is judged after it runs.
 */
public final class LessonHook implements PipedSession.LineHook {
    private final Coach coach;
    private final LessonCommands commands;
    private final Io io;

    public LessonHook(Coach coach, Io io) {
        this.coach = coach;
        this.io = io;
        this.commands = new LessonCommands(coach, io);
    }

    @Override
    public boolean intercept(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return coach.onEmptyLine();
        }
        if (trimmed.startsWith("%")) {
            if (!commands.handle(trimmed)) {
                io.out(Messages.text(coach.lang(), "lesson.command.unknown", trimmed.split("\\s+")[0]) + "\n");
            }
            return true;
        }
        if (coach.explainSyntaxError(line)) {
            return true;
        }
        coach.beginInput();
        return false;
    }

    @Override
    public void afterRun(String source, Interpreter.Outcome outcome) {
        coach.afterInput(source, outcome);
    }
}
