package socklab.lesson;

import java.util.List;

/**
 * One step of a lesson: text to read, and optionally a task with its check, solution and help.
 * kind is run unless the lesson says predict, fix, write or choose; code is what a predict step
 * shows, given the broken code of a fix step, choices and answer (from 1) a choose step's question.
 */
public record Step(String id, Text say, Text ask, Peer peer, String check, String solution, List<Text> hints, List<Wrong> wrong,
        String kind, String code, String given, List<Choice> choices, Integer answer, Text explain) {
    /** One option of a choose step, and the reply when it is picked. */
    public record Choice(Text text, Text why) {}

    public Step {
        hints = hints == null ? List.of() : List.copyOf(hints);
        wrong = wrong == null ? List.of() : List.copyOf(wrong);
        choices = choices == null ? List.of() : List.copyOf(choices);
        kind = kind == null ? "run" : kind;
    }

    /** A step of the first lessons' kind: run, without a predict, fix or choose part. */
    public Step(String id, Text say, Text ask, Peer peer, String check, String solution, List<Text> hints, List<Wrong> wrong) {
        this(id, say, ask, peer, check, solution, hints, wrong, null, null, null, null, null, null);
    }

    /** A step without a task: an empty line moves on. */
    public boolean explainOnly() {
        return ask == null;
    }
}
