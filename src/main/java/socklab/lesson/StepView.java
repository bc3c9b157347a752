package socklab.lesson;

import java.util.ArrayList;
import java.util.List;
import socklab.i18n.Lang;
import socklab.i18n.Messages;

/**
 * How a step looks when the learner reaches it, one paragraph per element: its counter, what it
 * says, its task, and what its kind adds (the code to predict, the broken code to fix, the
 * numbered choices). --check-lessons renders it in both languages to prove every text shows.
 */
final class StepView {
    private StepView() {}

    static List<String> paragraphs(Lesson lesson, int k, Ports ports, Lang lang) {
        Step s = lesson.steps().get(k);
        List<String> out = new ArrayList<>();
        out.add(Messages.text(lang, "lesson.step.counter", tag(lesson, k), k + 1, lesson.steps().size()));
        out.add(ports.fill(s.say().in(lang)));
        if (s.explainOnly()) {
            out.add(Messages.text(lang, "lesson.step.continue"));
            return out;
        }
        out.add(Messages.text(lang, "lesson.step.ask", ports.fill(s.ask().in(lang))));
        switch (s.kind()) {
            case Step.PREDICT -> out.add(Messages.text(lang, "lesson.predict.code") + "\n" + indented(ports.fill(s.code())));
            case Step.FIX -> out.add(Messages.text(lang, "demo.given") + "\n" + indented(ports.fill(s.given())));
            case Step.CHOOSE -> {
                for (int i = 0; i < s.choices().size(); i++) {
                    out.add(Messages.text(lang, "demo.choice", i + 1, ports.fill(s.choices().get(i).text().in(lang))));
                }
                out.add(Messages.text(lang, "lesson.choose.prompt", s.choices().size()));
            }
            default -> { }
        }
        return out;
    }

    /** "[bind 2/6]": where the learner is. */
    static String tag(Lesson lesson, int k) {
        return "[" + lesson.id() + " " + (k + 1) + "/" + lesson.steps().size() + "]";
    }

    /** Code as the learner would type it, set off by four spaces (never wrapped). */
    static String indented(String code) {
        StringBuilder b = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            b.append(b.length() == 0 ? "" : "\n").append("    ").append(line);
        }
        return b.toString();
    }
}
