package socklab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Which fields each kind of step needs and which belong to it alone, as the loader enforces
 * them: run, fix and write steps need a check and a solution; predict steps code and a check;
 * fix steps their given code; choose steps choices and an answer among them, but no check or
 * solution, since no code runs (one they carry is not used).
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
        if (!choose && s.solution() == null) {
            out.add(s.kind() + " step needs \"solution\"");
        }
        needsOnly(s, Step.PREDICT, "code", s.code() != null, out);
        needsOnly(s, Step.FIX, "given", s.given() != null, out);
        needsOnly(s, Step.CHOOSE, "choices", !s.choices().isEmpty(), out);
        if (!s.is(Step.PREDICT) && !s.accept().isEmpty()) {
            out.add("\"accept\" belongs to predict steps");
        }
        if (choose && s.answer() != null && (s.answer() < 1 || s.answer() > s.choices().size())) {
            out.add("answer " + s.answer() + " is not one of the " + s.choices().size() + " choices");
        }
        if (choose && s.answer() == null) {
            out.add("choose step needs \"answer\"");
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
