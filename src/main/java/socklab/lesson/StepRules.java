package socklab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Which fields each kind of step needs and which belong to it alone, as the loader enforces
 * them: every step with a task needs a solution (what the learner types to finish it); run, fix
 * and write steps need a check; predict steps code and a check; fix steps their given code; choose
 * steps choices, the number of one of them as solution, and no check, since no code runs.
 */
final class StepRules {
    private StepRules() {}

    static List<String> problems(Step s) {
        List<String> out = new ArrayList<>();
        if (s.explainOnly()) {
            return out;
        }
        boolean choose = s.is(Step.CHOOSE);
        if (!choose && s.check() == null) {
            out.add(s.kind() + " step needs \"check\"");
        }
        if (s.solution() == null) {
            out.add(s.kind() + " step needs \"solution\"");
        }
        needsOnly(s, Step.PREDICT, "code", s.code() != null, out);
        needsOnly(s, Step.FIX, "given", s.given() != null, out);
        needsOnly(s, Step.CHOOSE, "choices", !s.choices().isEmpty(), out);
        if (!s.is(Step.PREDICT) && !s.accept().isEmpty()) {
            out.add("\"accept\" belongs to predict steps");
        }
        if (choose && s.solution() != null && (s.answer() == null || s.answer() > s.choices().size())) {
            out.add("solution " + s.solution() + " is not the number of one of the " + s.choices().size() + " choices");
        }
        if (choose && s.check() != null) {
            out.add("\"check\" does not belong to choose steps: no code runs");
        }
        return out;
    }

    /** The field is there exactly when the step is of kind. */
    private static void needsOnly(Step s, String kind, String field, boolean present, List<String> out) {
        if (s.is(kind) && !present) {
            out.add(kind + " step needs \"" + field + "\"");
        } else if (!s.is(kind) && present) {
            out.add("\"" + field + "\" belongs to " + kind + " steps");
        }
    }
}
