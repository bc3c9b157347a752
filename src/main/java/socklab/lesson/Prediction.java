package socklab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;

/**
 * A predict step's comparison: what its code did when it ran, and whether the learner's words
 * said so. A prediction may be the printed text (or its last line), the value's repr, the error's
 * type, its whole last line or its errno, or one of the step's accept spellings; spacing, case of
 * an error's name and backticks around it do not matter.
 */
record Prediction(String output, PyObject value, Attempt failed) {
    private static final Pattern ERRNO = Pattern.compile("(?i)\\[?\\s*(?:errno\\s*)?(\\d+)\\s*]?");

    /** The outcome of the code's inputs run one after another: all they printed, the last value, the first error. */
    static Prediction of(List<Attempt> attempts) {
        StringBuilder printed = new StringBuilder();
        attempts.forEach(a -> printed.append(a.output() == null ? "" : a.output()));
        Attempt last = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
        Attempt failed = attempts.stream().filter(a -> a.error() != null).findFirst().orElse(null);
        return new Prediction(printed.toString(), last == null || last.value() == null ? PyNone.NONE : last.value(), failed);
    }

    /** Whether the learner's words say what happened; accept holds the step's own further spellings. */
    boolean saidBy(String words, List<String> accept) {
        String said = normal(words);
        if (said.isEmpty()) {
            return false;
        }
        for (String a : accept) {
            if (normal(a).equals(said)) {
                return true;
            }
        }
        return spellings().stream().anyMatch(s -> s.equals(said))
                || failed != null && failed.error().equalsIgnoreCase(said)
                || failed != null && failed.errno() != null && errnoSaid(said) == failed.errno();
    }

    /** The spellings that describe this outcome exactly. */
    private List<String> spellings() {
        List<String> out = new ArrayList<>();
        if (failed != null) {
            out.add(normal(failed.errorLine()));
            if (failed.message() != null && !failed.message().isEmpty()) {
                out.add(normal(failed.message()));
            }
        }
        String printed = output.strip();
        if (!printed.isEmpty()) {
            out.add(normal(printed));
            String[] lines = printed.split("\n");
            out.add(normal(lines[lines.length - 1]));
        } else if (failed == null) {
            out.add("None");
        }
        if (failed == null && value != PyNone.NONE) {
            out.add(normal(value.repr()));
            if (value instanceof PyStr s) {
                out.add(normal(s.value()));
            }
        }
        return out;
    }

    private static int errnoSaid(String said) {
        Matcher m = ERRNO.matcher(said);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String normal(String s) {
        String t = s == null ? "" : s.strip();
        if (t.length() > 1 && t.startsWith("`") && t.endsWith("`")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t.replaceAll("\\s+", " ");
    }

    /** What happened, in words: "It raised OSError: …", "It printed:" and the output, or that it printed nothing. */
    String happened(Lang lang) {
        if (failed != null) {
            return Messages.text(lang, "lesson.predict.raised", failed.errorLine());
        }
        String printed = output.strip();
        // Set off as code, so it is shown exactly as printed, never wrapped.
        return printed.isEmpty() ? Messages.text(lang, "lesson.predict.nothing")
                : Messages.text(lang, "lesson.predict.printed") + "\n" + StepView.indented(printed);
    }
}
