package socklab.lesson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What --check-lessons proves about a lesson, for every kind of step: in a fresh session each
 * step's solution passes its check (and not before its last input, or the learner would be moved
 * on mid-way), a predict step's wrong predictions are not taken for what its code did (its accept
 * spellings included), a choose step's answer is right and every other choice wrong; each listed wrong answer
 * and a fix step's given code fail, tried in a session of their own that has reached that step;
 * and every text renders in both languages.
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

    public static List<Failure> check(RehearsalSession.Opener sessions, Lesson lesson) {
        List<Failure> out = new ArrayList<>(LessonTexts.check(lesson));
        checkSolutions(sessions, lesson, out);
        for (int k = 0; k < lesson.steps().size(); k++) {
            Step step = lesson.steps().get(k);
            if (step.takesAnswers()) {
                continue; // their wrong answers are words, judged in checkSolutions
            }
            List<String> rejected = new ArrayList<>(step.wrong().stream().map(Wrong::input).toList());
            if (step.is(Step.FIX)) {
                rejected.add(step.given());
            }
            for (String input : rejected) {
                WrongOutcome o = tryWrong(sessions, lesson, k, input);
                if (o.passed()) {
                    out.add(new Failure(lesson.file(), step.id(), (input.equals(step.given()) ? "the given code passes the check: "
                            : "wrong answer passes the check: ") + input));
                }
            }
        }
        return out;
    }

    private static void checkSolutions(RehearsalSession.Opener sessions, Lesson lesson, List<Failure> out) {
        try (Rehearsal r = new Rehearsal(sessions, lesson)) {
            for (int k = 0; k < lesson.steps().size(); k++) {
                r.enter(k);
                Step step = lesson.steps().get(k);
                if (step.explainOnly()) {
                    continue;
                }
                if (step.is(Step.CHOOSE)) {
                    checkChoices(lesson, step, out);
                    continue;
                }
                String failure = solutionFailure(r, step);
                if (failure != null) {
                    out.add(new Failure(lesson.file(), step.id(), failure));
                    return;
                }
            }
        } catch (IOException e) {
            out.add(new Failure(lesson.file(), "-", "cannot start its partners: " + e.getMessage()));
        }
    }

    /** Plays the step's solution; null if it passes as it should, else what went wrong. */
    private static String solutionFailure(Rehearsal r, Step step) {
        int inputs = Inputs.split(r.ports().fill(step.replay())).size();
        List<Rehearsal.Result> results = r.play(step, step.replay());
        Rehearsal.Result last = results.isEmpty() ? null : results.get(results.size() - 1);
        if (last != null && last.slow()) {
            return "took longer than the time limit and was interrupted: " + last.attempt().source();
        }
        if (last == null || !last.passed()) {
            String tail = r.outputTail();
            return "solution does not pass the check" + (tail.isEmpty() ? "" : "; the session ended with:\n" + tail);
        }
        if (results.size() < inputs) {
            return "check passes already after input " + results.size() + " of " + inputs + " of the solution: " + last.attempt().source();
        }
        if (step.is(Step.PREDICT)) {
            Prediction p = Prediction.of(results.stream().map(Rehearsal.Result::attempt).toList());
            List<String> accept = step.accept().stream().map(r.ports()::fill).toList();
            if (!p.saidBy(r.ports().fill(step.solution()), accept)) {
                return "its solution is not a right prediction of what the code did: " + step.solution();
            }
            for (Wrong w : step.wrong()) {
                if (p.saidBy(r.ports().fill(w.input()), accept)) {
                    return "wrong prediction is taken as right: " + w.input();
                }
            }
        }
        return null;
    }

    private static void checkChoices(Lesson lesson, Step step, List<Failure> out) {
        for (int n = 1; n <= step.choices().size(); n++) {
            if (Choosing.judge(step, String.valueOf(n)).right() != (n == step.answer())) {
                out.add(new Failure(lesson.file(), step.id(), "choice " + n + " is judged " + (n == step.answer() ? "wrong" : "right")));
            }
        }
        for (Wrong w : step.wrong()) {
            if (Choosing.judge(step, w.input()).right()) {
                out.add(new Failure(lesson.file(), step.id(), "wrong answer is taken as right: " + w.input()));
            }
        }
    }

    /** Whether a wrong answer passed, and the error type and message it raised (null if none). */
    record WrongOutcome(boolean passed, String error, String message) {}

    /** Plays a wrong answer in a fresh session that has reached step k. */
    static WrongOutcome tryWrong(RehearsalSession.Opener sessions, Lesson lesson, int k, String input) {
        try (Rehearsal r = new Rehearsal(sessions, lesson)) {
            if (r.reach(k) != null) {
                return new WrongOutcome(false, null, null);
            }
            List<Rehearsal.Result> results = r.play(lesson.steps().get(k), input);
            Attempt failed = results.stream().map(Rehearsal.Result::attempt).filter(a -> a.error() != null).findFirst().orElse(null);
            boolean passed = results.stream().anyMatch(Rehearsal.Result::passed);
            return failed == null ? new WrongOutcome(passed, null, null) : new WrongOutcome(passed, failed.error(), failed.message());
        } catch (IOException e) {
            return new WrongOutcome(false, null, null);
        }
    }

    /** How each wrong answer of step k fails, for the coach to recognise. */
    static Map<Wrong, WrongOutcome> wrongErrors(RehearsalSession.Opener sessions, Lesson lesson, int k) {
        Map<Wrong, WrongOutcome> out = new LinkedHashMap<>();
        for (Wrong w : lesson.steps().get(k).wrong()) {
            out.put(w, tryWrong(sessions, lesson, k, w.input()));
        }
        return out;
    }
}
