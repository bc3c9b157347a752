package socklab.lesson;

import java.util.ArrayList;
import java.util.List;
import socklab.lang.InteractiveInput;
import socklab.lang.PySyntaxError;

/** Splits a lesson's Python source into the inputs a learner would type at the prompt, one by one. */
final class Inputs {
    private Inputs() {}

    /** The complete inputs, in order; a syntax error in any of them is thrown. */
    static List<InteractiveInput.Status.Ready> split(String source) {
        List<InteractiveInput.Status.Ready> out = new ArrayList<>();
        InteractiveInput input = new InteractiveInput();
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        lines.add("");
        try {
            for (String line : lines) {
                InteractiveInput.Status s = input.feed(line);
                if (s instanceof InteractiveInput.Status.Ready r) {
                    out.add(r);
                } else if (s instanceof InteractiveInput.Status.Error e) {
                    throw e.error();
                }
            }
            return out;
        } finally {
            input.reset();
        }
    }

    /** Whitespace-insensitive form of an input, for recognising a known wrong answer. */
    static String normalise(String source) {
        return source.strip().replaceAll("\\s+", " ").replaceAll(" ?([()\\[\\],:=.]) ?", "$1");
    }

    /** The message of a syntax error, for lesson-file diagnostics. */
    static String describe(PySyntaxError e) {
        return e.typeName() + ": " + e.getMessage();
    }
}
