package socklab.lesson;

import java.util.List;

/**
 * One step of a lesson: text to read, and optionally a task with its check, solution and help.
 * kind is run unless the lesson says predict, fix, write or choose. solution is what a learner
 * types at the prompt to finish the step, whatever its kind: code for run, fix and write, a right
 * prediction for predict, the number (from 1) of the right option for choose. code is what a
 * predict step shows and runs, given the broken code of a fix step, choices a choose step's
 * options; accept lists further spellings of a right prediction; recover says how to get back on
 * track, waiting what the step still waits for; role is the side (server or client) taking the
 * step in a two-terminal lesson, and meanwhile lets the other side go on as soon as this side's
 * session listens on {PORT} during the step (its server program then waits in accept for the
 * other side's connect), not only once the step is done.
 */
public record Step(String id, Text say, Text ask, Peer peer, String check, String solution, List<Text> hints, List<Wrong> wrong,
        String kind, String code, String given, List<Choice> choices, Text explain,
        List<String> accept, Text recover, Text waiting, String role, Boolean meanwhile) {
    /** One option of a choose step, and the reply when it is picked. */
    public record Choice(Text text, Text why) {}

    public static final String RUN = "run";
    public static final String PREDICT = "predict";
    public static final String FIX = "fix";
    public static final String WRITE = "write";
    public static final String CHOOSE = "choose";

    public Step {
        hints = hints == null ? List.of() : List.copyOf(hints);
        wrong = wrong == null ? List.of() : List.copyOf(wrong);
        choices = choices == null ? List.of() : List.copyOf(choices);
        accept = accept == null ? List.of() : List.copyOf(accept);
        kind = kind == null ? RUN : kind;
    }

    /** A step of the first lessons' kind: run, without a predict, fix or choose part. */
    public Step(String id, Text say, Text ask, Peer peer, String check, String solution, List<Text> hints, List<Wrong> wrong) {
        this(id, say, ask, peer, check, solution, hints, wrong, null, null, null, null, null, null, null, null, null, null);
    }

    /** The code that brings a session to where this step leaves it: a predict step's code, a choose step none. */
    public String replay() {
        return is(PREDICT) ? code : is(CHOOSE) ? null : solution;
    }

    /** A choose step's right option, from 1; null when its solution is not a number. */
    public Integer answer() {
        return is(CHOOSE) && solution != null && solution.strip().matches("[1-9][0-9]{0,2}") ? Integer.valueOf(solution.strip()) : null;
    }

    /** Whether the other terminal may go on once this step has started, not only once it is done. */
    public boolean overlaps() {
        return Boolean.TRUE.equals(meanwhile);
    }

    /** A step without a task: an empty line moves on. */
    public boolean explainOnly() {
        return ask == null;
    }

    public boolean is(String k) {
        return kind.equals(k);
    }

    /** Whether the learner's lines at the prompt are answers rather than Python (a prediction, a choice). */
    public boolean takesAnswers() {
        return is(PREDICT) || is(CHOOSE);
    }
}
