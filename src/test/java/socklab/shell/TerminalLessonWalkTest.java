package socklab.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import socklab.i18n.Lang;
import socklab.lesson.Lesson;
import socklab.lesson.LessonLoader;
import socklab.lesson.Step;

/**
 * Every bundled lesson walked through the terminal loop (JLine's headless terminal) by typing each
 * step's solution as a learner would, steps that expect an error included: the step counter must
 * move on after each. English lessons start with %lesson ID, Chinese ones with --lesson ID's path.
 */
class TerminalLessonWalkTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z]+)\\}");

    @TempDir
    Path home;

    @TestFactory
    Stream<DynamicTest> everyLessonFinishesWhenItsSolutionsAreTyped() {
        List<Lesson> lessons = LessonLoader.loadBundled().lessons();
        return Stream.of(Lang.EN, Lang.ZH).flatMap(lang -> lessons.stream()
                .map(l -> DynamicTest.dynamicTest(l.id() + " (" + lang.tag() + ")", () -> walk(l, lang))));
    }

    private void walk(Lesson lesson, Lang lang) throws Exception {
        Path dir = home.resolve(lesson.id() + "-" + lang.tag());
        boolean byOption = lang == Lang.ZH;
        try (ShellHarness sh = new ShellHarness(dir, lang, Map.of("NO_COLOR", "1"), s -> { },
                byOption ? "%lesson " + lesson.id() : null, null)) {
            if (!byOption) {
                sh.expect(">>> ");
                sh.type("%lesson " + lesson.id() + ShellHarness.ENTER);
            }
            Map<String, String> values = new HashMap<>();
            int n = lesson.steps().size();
            for (int k = 0; k < n; k++) {
                Step step = lesson.steps().get(k);
                String shown = sh.expect("[" + lesson.id() + " " + (k + 1) + "/" + n + "] >>> ");
                fillFromScreen(step, lang, shown, values);
                if (step.is(Step.CHOOSE)) {
                    sh.type(step.answer() + ShellHarness.ENTER);
                    continue;
                }
                if (step.is(Step.PREDICT)) {
                    predictAsALearner(sh, lang);
                    continue;
                }
                String solution = step.explainOnly() ? "" : step.solution();
                for (Map.Entry<String, String> v : values.entrySet()) {
                    solution = solution.replace("{" + v.getKey() + "}", v.getValue());
                }
                if (PLACEHOLDER.matcher(solution).find()) {
                    solution = shownSolution(sh, lang); // the ports are not on the screen: ask for the solution, as a stuck learner would
                }
                for (String line : solution.split("\n", -1)) {
                    sh.type(line + ShellHarness.ENTER);
                }
                if (solution.lines().anyMatch(l -> !l.isEmpty() && Character.isWhitespace(l.charAt(0)))) {
                    sh.type(ShellHarness.ENTER);
                }
            }
            String end = sh.expect(socklab.i18n.Messages.text(lang, "lesson.done", lesson.title().in(lang)));
            org.junit.jupiter.api.Assertions.assertFalse(end.contains(socklab.i18n.Messages.text(lang, "lesson.check.tryHint")), end);
        }
    }

    /** The step's solution as %solution shows it, its ports filled in. */
    private static String shownSolution(ShellHarness sh, Lang lang) throws Exception {
        sh.type("%solution" + ShellHarness.ENTER);
        sh.expect("[y/n] ");
        sh.type("y" + ShellHarness.ENTER);
        sh.expect(socklab.i18n.Messages.text(lang, "lesson.solution.label") + "\n");
        java.util.List<String> shown = sh.expect(" >>> ").lines().toList();
        return String.join("\n", shown.subList(0, shown.size() - 1).stream().map(l -> l.length() >= 4 ? l.substring(4) : "").toList());
    }

    /**
     * A prediction as a learner who does not know makes it: a guess, which runs the code and shows
     * what it did, then what it did in their own words (the error's type, or the last line printed).
     */
    private static void predictAsALearner(ShellHarness sh, Lang lang) throws Exception {
        sh.type("?" + ShellHarness.ENTER);
        sh.expect(socklab.i18n.Messages.text(lang, "lesson.predict.yours", "?"));
        String raised = socklab.i18n.Messages.text(lang, "lesson.predict.raised", "");
        String printed = socklab.i18n.Messages.text(lang, "lesson.predict.printed");
        String shown = sh.expect(" >>> ");
        int at = Math.max(shown.lastIndexOf(raised), shown.lastIndexOf(printed + "\n"));
        if (at < 0) {
            sh.type("None" + ShellHarness.ENTER); // it printed nothing
            return;
        }
        String said = shown.startsWith(raised, at) ? shown.substring(at + raised.length()).split("[:\n]")[0]
                : shown.substring(at + printed.length() + 1).lines().takeWhile(l -> l.startsWith("    ")).reduce((a, b) -> b).orElseThrow().substring(4);
        sh.type(said + ShellHarness.ENTER);
    }

    /** Reads {PORT} and {PEER} back from the screen, where the step's texts show them. */
    private static void fillFromScreen(Step step, Lang lang, String screen, Map<String, String> values) {
        for (var text : new socklab.lesson.Text[] {step.say(), step.ask()}) {
            if (text == null) {
                continue;
            }
            for (String line : text.in(lang).split("\n")) {
                Matcher names = PLACEHOLDER.matcher(line);
                if (!names.find()) {
                    continue;
                }
                StringBuilder regex = new StringBuilder();
                Matcher m = PLACEHOLDER.matcher(line);
                int at = 0;
                List<String> order = new java.util.ArrayList<>();
                while (m.find()) {
                    regex.append(Pattern.quote(line.substring(at, m.start()).replace("`", ""))).append("(\\d+)");
                    order.add(m.group(1));
                    at = m.end();
                }
                regex.append(Pattern.quote(line.substring(at).replace("`", "")));
                Matcher found = Pattern.compile(regex.toString()).matcher(screen.replace("`", ""));
                if (found.find()) {
                    for (int g = 0; g < order.size(); g++) {
                        values.put(order.get(g), found.group(g + 1));
                    }
                }
            }
        }
    }
}
