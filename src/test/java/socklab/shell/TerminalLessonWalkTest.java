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
import socklab.i18n.Messages;
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
                    predict(sh, lang);
                    continue;
                }
                String solution = step.explainOnly() ? "" : step.solution();
                if (unknownPlaceholder(solution, values)) {
                    sh.type("%solution" + ShellHarness.ENTER);
                    sh.type("y" + ShellHarness.ENTER);
                    sh.expect(Messages.text(lang, "lesson.solution.label"));
                    fill(solution.split("\n"), sh.expect("[" + lesson.id() + " " + (k + 1) + "/" + n + "] >>> "), values);
                }
                for (Map.Entry<String, String> v : values.entrySet()) {
                    solution = solution.replace("{" + v.getKey() + "}", v.getValue());
                }
                for (String line : solution.split("\n", -1)) {
                    sh.type(line + ShellHarness.ENTER);
                }
                if (solution.lines().anyMatch(l -> !l.isEmpty() && Character.isWhitespace(l.charAt(0)))) {
                    sh.type(ShellHarness.ENTER);
                }
            }
            String end = sh.expect(Messages.text(lang, "lesson.done", lesson.title().in(lang)));
            org.junit.jupiter.api.Assertions.assertFalse(end.contains(Messages.text(lang, "lesson.check.tryHint")), end);
        }
    }

    /**
     * A predict step answered as a learner who guessed wrong first: the code runs on the first
     * prediction, the screen says what happened, and the second prediction says the same.
     */
    private static void predict(ShellHarness sh, Lang lang) throws Exception {
        sh.type("?" + ShellHarness.ENTER);
        String wrong = Messages.text(lang, "lesson.predict.wrong");
        String mark = wrong.substring(0, 1);
        String shown = sh.expect(mark);
        String yours = Messages.text(lang, "lesson.predict.yours", "?");
        String happened = shown.substring(shown.lastIndexOf(yours) + yours.length(), shown.lastIndexOf(mark)).strip();
        String raised = Messages.text(lang, "lesson.predict.raised", "");
        String printed = Messages.text(lang, "lesson.predict.printed", "");
        String said;
        if (happened.startsWith(raised)) {
            said = happened.substring(raised.length()).lines().findFirst().orElse("");
        } else if (happened.startsWith(printed)) {
            String[] lines = happened.substring(printed.length()).split("\n");
            said = lines[lines.length - 1];
        } else {
            said = "None";
        }
        sh.type(said + ShellHarness.ENTER);
        sh.expect(Messages.text(lang, "lesson.predict.right"));
    }

    private static boolean unknownPlaceholder(String solution, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(solution);
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Reads {PORT} and {PEER} back from the screen, where the step's texts show them. */
    private static void fillFromScreen(Step step, Lang lang, String screen, Map<String, String> values) {
        for (var text : new socklab.lesson.Text[] {step.say(), step.ask()}) {
            if (text != null) {
                fill(text.in(lang).split("\n"), screen, values);
            }
        }
    }

    /** Matches each template line holding placeholders against the screen and keeps the numbers found. */
    private static void fill(String[] templates, String screen, Map<String, String> values) {
        for (String line : templates) {
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
