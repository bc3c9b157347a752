package socklab.lesson;

import java.util.List;

/** One step of a lesson: text to read, and optionally a task with its check, solution and help. */
public record Step(String id, Text say, Text ask, Peer peer, String check, String solution, List<Text> hints, List<Wrong> wrong) {
    public Step {
        hints = hints == null ? List.of() : List.copyOf(hints);
        wrong = wrong == null ? List.of() : List.copyOf(wrong);
    }

    /** A step without a task: an empty line moves on. */
    public boolean explainOnly() {
        return ask == null;
    }
}
