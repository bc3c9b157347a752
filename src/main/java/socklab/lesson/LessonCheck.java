package socklab.lesson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Io;

/**
 * What --check-lessons proves about a lesson: in a fresh session each step's solution passes its
 * check (and not before its last input, or the learner would be moved on mid-way), and each listed
 * wrong answer fails it, tried in a session of its own that has reached that step.
 */
public final class LessonCheck {
    /** One thing wrong with a lesson's content. */
    public record Failure(String file, String step, String message) {
        @Override
        public String toString() {
            return file + ": step " + step + ": " + message;
        }
    }

    private LessonCheck() {}

    public static List<Failure> check(Function<Io, Interpreter> sessions, Lesson lesson) {
        List<Failure> out = new ArrayList<>();
        checkSolutions(sessions, lesson, out);
        for (int k = 0; k < lesson.steps().size(); k++) {
            Step step = lesson.steps().get(k);
            for (Wrong w : step.wrong()) {
                WrongOutcome o = tryWrong(sessions, lesson, k, w);
                if (o.passed()) {
                    out.add(new Failure(lesson.file(), step.id(), "wrong answer passes the check: " + w.input()));
                }
            }
        }
        return out;
    }

    private static void checkSolutions(Function<Io, Interpreter> sessions, Lesson lesson, List<Failure> out) {
        try (Rehearsal r = new Rehearsal(sessions, lesson)) {
            for (int k = 0; k < lesson.steps().size(); k++) {
                r.enter(k);
                Step step = lesson.steps().get(k);
                if (step.explainOnly()) {
                    continue;
                }
                int inputs = Inputs.split(r.ports().fill(step.solution())).size();
                List<Rehearsal.Result> results = r.play(step, step.solution());
                boolean passed = !results.isEmpty() && results.get(results.size() - 1).passed();
                if (!passed) {
                    String tail = r.outputTail();
                    out.add(new Failure(lesson.file(), step.id(), "solution does not pass the check" + (tail.isEmpty() ? "" : "; the session ended with:\n" + tail)));
                    return;
                }
                if (results.size() < inputs) {
                    out.add(new Failure(lesson.file(), step.id(), "check passes already after input " + results.size() + " of " + inputs
                            + " of the solution: " + results.get(results.size() - 1).attempt().source()));
                    return;
                }
            }
        } catch (IOException e) {
            out.add(new Failure(lesson.file(), "-", "cannot start its partners: " + e.getMessage()));
        }
    }

    /** Whether a wrong answer passed, and the error type and message it raised (null if none). */
    record WrongOutcome(boolean passed, String error, String message) {}

    /** Plays a wrong answer in a fresh session that has reached step k. */
    static WrongOutcome tryWrong(Function<Io, Interpreter> sessions, Lesson lesson, int k, Wrong w) {
        try (Rehearsal r = new Rehearsal(sessions, lesson)) {
            if (r.reach(k) != null) {
                return new WrongOutcome(false, null, null);
            }
            List<Rehearsal.Result> results = r.play(lesson.steps().get(k), w.input());
            Attempt failed = results.stream().map(Rehearsal.Result::attempt).filter(a -> a.error() != null).findFirst().orElse(null);
            boolean passed = results.stream().anyMatch(Rehearsal.Result::passed);
            return failed == null ? new WrongOutcome(passed, null, null) : new WrongOutcome(passed, failed.error(), failed.message());
        } catch (IOException e) {
            return new WrongOutcome(false, null, null);
        }
    }

    /** How each wrong answer of step k fails, for the coach to recognise. */
    static Map<Wrong, WrongOutcome> wrongErrors(Function<Io, Interpreter> sessions, Lesson lesson, int k) {
        Map<Wrong, WrongOutcome> out = new LinkedHashMap<>();
        for (Wrong w : lesson.steps().get(k).wrong()) {
            out.put(w, tryWrong(sessions, lesson, k, w));
        }
        return out;
    }
}
