package socklab.lesson;

import java.util.List;
import java.util.Locale;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.runtime.object.Io;

/**
 * The help a step gives on request: its hints one at a time, from a question pointing the way to
 * the shape of the answer, and the solution only on %solution, once the learner confirms.
 */
final class StepHelp {
    private final Io io;
    private int hintsShown;

    StepHelp(Io io) {
        this.io = io;
    }

    /** A new step: its hints start again from the first. */
    void reset() {
        hintsShown = 0;
    }

    void hint(Step step, Ports ports, Lang lang) {
        List<Text> hints = step.hints();
        if (hintsShown < hints.size()) {
            hintsShown++;
            say(Messages.text(lang, "lesson.hint.label", hintsShown, hints.size(), ports.fill(hints.get(hintsShown - 1).in(lang))));
        } else {
            say(Messages.text(lang, "lesson.hint.none"));
        }
    }

    void solution(Step step, Ports ports, Lang lang) {
        String answer = io.ask(Messages.text(lang, "lesson.solution.confirm"));
        if (answer == null || !Messages.text(lang, "lesson.solution.yes").contains("|" + answer.strip().toLowerCase(Locale.ROOT) + "|")) {
            return;
        }
        if (step.is(Step.CHOOSE)) {
            Step.Choice right = step.choices().get(step.answer() - 1);
            say(Messages.text(lang, "demo.answer", step.answer(), ports.fill(right.text().in(lang)), ports.fill(right.why().in(lang))));
            return;
        }
        say(Messages.text(lang, "lesson.solution.label"));
        for (String line : ports.fill(step.solution()).split("\n")) {
            say("    " + line);
        }
    }

    private void say(String text) {
        io.prose(text + "\n");
        io.flush();
    }
}
