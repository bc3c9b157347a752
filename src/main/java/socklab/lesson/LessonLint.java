package socklab.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lesson lint: what makes a lesson teach rather than dictate, checked in the test suite and by
 * --check-lessons. Every step asking for input has three or more hints and a recovery text; fewer
 * than half of those steps show their solution's code in the ask; at least half are predict, fix,
 * write or choose steps; and, given the tutorial's Chinese text, no Chinese passage outside code
 * shares a run of eight Chinese characters with it (the tutorial gives facts, not sentences); and
 * in a two-terminal lesson every step with a partner belongs to one side.
 */
public final class LessonLint {
    static final int MIN_HINTS = 3;
    static final int RUN = 8;
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{" + RUN + ",}");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    private static final Ports SAMPLE = new Ports(40000, 40001);

    private final Set<String> tutorialRuns = new HashSet<>();

    /** tutorialZh is the tutorial's Chinese text, or null to leave out the rule that needs it. */
    public LessonLint(String tutorialZh) {
        if (tutorialZh != null) {
            Matcher m = HAN_RUN.matcher(tutorialZh);
            while (m.find()) {
                for (int i = 0; i + RUN <= m.group().length(); i++) {
                    tutorialRuns.add(m.group().substring(i, i + RUN));
                }
            }
        }
    }

    public List<LessonCheck.Failure> check(Lesson lesson) {
        List<LessonCheck.Failure> out = new ArrayList<>();
        int inputs = 0;
        int dictated = 0;
        int thinking = 0;
        for (Step s : lesson.steps()) {
            copied(lesson, s.id(), texts(s), out);
            if (s.explainOnly()) {
                continue;
            }
            inputs++;
            if (s.hints().size() < MIN_HINTS) {
                out.add(failure(lesson, s.id(), s.hints().size() + " hint(s); a step asking for input needs " + MIN_HINTS + " or more"));
            }
            if (s.recover() == null) {
                out.add(failure(lesson, s.id(), "no recover text: how does a learner whose sockets are in a muddle get back on track?"));
            }
            if (showsSolution(s)) {
                dictated++;
            }
            if (!s.is(Step.RUN)) {
                thinking++;
            }
        }
        boolean twoSided = lesson.steps().stream().anyMatch(s -> s.role() != null);
        for (int k = 0; k < lesson.steps().size(); k++) {
            Step s = lesson.steps().get(k);
            if (twoSided && s.peer() != null && s.role() == null) {
                out.add(failure(lesson, s.id(), "a partner on a step both terminals take would play twice on one port; give the step a role"));
            }
            if (s.solution() != null && s.solution().contains("{HOST}")) {
                out.add(failure(lesson, s.id(), "the solution holds {HOST}, which tools typing solutions cannot read back as a number; "
                        + "use 127.0.0.1 (one session's host) or a name the learner made"));
            }
            Step next = k + 1 < lesson.steps().size() ? lesson.steps().get(k + 1) : null;
            if (s.overlaps() && (next == null || next.role() == null || next.role().equals(s.role()))) {
                out.add(failure(lesson, s.id(), "meanwhile lets the other side go on, but the next step is not the other side's"));
            }
        }
        copied(lesson, "-", List.of(lesson.title(), lesson.summary()), out);
        if (inputs > 0 && dictated * 2 >= inputs) {
            out.add(failure(lesson, "-", dictated + " of " + inputs + " input steps show their solution's code in the ask; fewer than half may"));
        }
        if (inputs > 0 && thinking * 2 < inputs) {
            out.add(failure(lesson, "-", "only " + thinking + " of " + inputs + " input steps are predict, fix, write or choose; at least half must be"));
        }
        return out;
    }

    /** Whether the ask (in either language) spells out every line of the solution's code. */
    static boolean showsSolution(Step s) {
        if (s.solution() == null || s.takesAnswers()) {
            return false; // a prediction or a choice is words, not code to copy
        }
        List<String> lines = SAMPLE.fill(s.solution()).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String ask : new String[] {s.ask().zh(), s.ask().en()}) {
            String shown = SAMPLE.fill(ask).replace("`", "");
            if (!lines.isEmpty() && lines.stream().allMatch(shown::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Reports the first run of eight Chinese characters a text shares with the tutorial, code left out. */
    private void copied(Lesson lesson, String step, List<Text> texts, List<LessonCheck.Failure> out) {
        if (tutorialRuns.isEmpty()) {
            return;
        }
        for (Text t : texts) {
            Matcher m = HAN_RUN.matcher(prose(t.zh()));
            while (m.find()) {
                for (int i = 0; i + RUN <= m.group().length(); i++) {
                    String run = m.group().substring(i, i + RUN);
                    if (tutorialRuns.contains(run)) {
                        out.add(failure(lesson, step, "Chinese text shares \"" + run + "\" with the tutorial: " + t.zh()));
                        return;
                    }
                }
            }
        }
    }

    /** A text without its code: `spans` and lines set off as code (four spaces, a prompt). */
    private static String prose(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.startsWith("    ") && !line.startsWith(">>>")) {
                b.append(CODE_SPAN.matcher(line).replaceAll(" ")).append('\n');
            }
        }
        return b.toString();
    }

    /** Every text of a step a learner reads. */
    private static List<Text> texts(Step s) {
        List<Text> out = new ArrayList<>();
        for (Text t : new Text[] {s.say(), s.ask(), s.explain(), s.recover(), s.waiting()}) {
            if (t != null) {
                out.add(t);
            }
        }
        out.addAll(s.hints());
        s.wrong().forEach(w -> out.add(w.explain()));
        s.choices().forEach(c -> {
            out.add(c.text());
            out.add(c.why());
        });
        return out;
    }

    private static LessonCheck.Failure failure(Lesson lesson, String step, String message) {
        return new LessonCheck.Failure(lesson.file(), step, "lint: " + message);
    }
}
