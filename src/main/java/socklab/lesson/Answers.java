package socklab.lesson;

import java.util.List;
import socklab.i18n.Lang;
import socklab.i18n.Messages;

/**
 * The steps whose lines are answers rather than Python: a predict step's prediction (its code runs
 * once, at the first one, then each prediction is compared with what it did) and a choose step's
 * number (no code runs). The coach hands them the line and the means to act in the lesson.
 */
final class Answers {
    /** What an answer may do in the lesson: run code as the coach does, judge, reply, pass the step. */
    interface Lesson {
        List<Attempt> runItself(String source);

        boolean passes(Step step, Attempt attempt);

        void say(String text);

        void attempted(boolean right);

        void pass(String verdict);

        String fill(String text);

        String recoverText(Step step);
    }

    private final Lesson lesson;
    /** What the active predict step's code did when it ran. */
    private Prediction ran;

    Answers(Lesson lesson) {
        this.lesson = lesson;
    }

    /** A new step: its code has not run yet. */
    void reset() {
        ran = null;
    }

    void take(Step step, String answer, Lang lang) {
        if (step.is(Step.CHOOSE)) {
            choose(step, answer, lang);
        } else {
            predict(step, answer, lang);
        }
    }

    private void choose(Step s, String answer, Lang lang) {
        Choosing.Verdict v = Choosing.judge(s, answer);
        lesson.attempted(v.right());
        if (v.choice() == null) {
            lesson.say(Messages.text(lang, "lesson.choose.number", s.choices().size()));
        } else if (v.right()) {
            lesson.pass(Messages.text(lang, "lesson.choose.right", lesson.fill(v.choice().why().in(lang))));
        } else {
            lesson.say(Messages.text(lang, "lesson.choose.wrong", lesson.fill(v.choice().why().in(lang))));
        }
    }

    private void predict(Step s, String words, Lang lang) {
        if (ran == null) {
            List<Attempt> attempts = lesson.runItself(s.code());
            if (attempts.isEmpty() || !lesson.passes(s, attempts.get(attempts.size() - 1))) {
                // The session is not in the state the step expects: the code did something else.
                lesson.say(Messages.text(lang, "lesson.predict.offTrack", lesson.recoverText(s)));
                return;
            }
            ran = Prediction.of(attempts);
        }
        boolean right = ran.saidBy(words, s.accept().stream().map(lesson::fill).toList());
        lesson.attempted(right);
        lesson.say(Messages.text(lang, "lesson.predict.yours", words) + "\n" + ran.happened(lang));
        if (right) {
            lesson.pass(Messages.text(lang, "lesson.predict.right"));
            return;
        }
        Wrong known = s.wrong().stream().filter(w -> Replies.same(lesson.fill(w.input()), words)).findFirst().orElse(null);
        lesson.say(known != null ? Messages.text(lang, "lesson.check.wrong", lesson.fill(known.explain().in(lang)))
                : Messages.text(lang, "lesson.predict.wrong"));
    }
}
