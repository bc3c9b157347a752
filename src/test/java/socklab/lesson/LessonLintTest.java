package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The lesson lint over every bundled lesson, against the tutorial's own Chinese text (a copy in
 * test resources), and on lessons made to break each of its rules.
 */
class LessonLintTest {
    static String tutorial() throws IOException {
        try (InputStream in = LessonLintTest.class.getResourceAsStream("/lint/python-socket-tutorial-zh.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBundledLessonPassesTheLint() throws IOException {
        LessonLint lint = new LessonLint(tutorial());
        LessonLoader.Result loaded = LessonLoader.loadBundled();
        assertEquals(List.of(), loaded.problems());
        return loaded.lessons().stream().map(l -> DynamicTest.dynamicTest(l.file(), () -> assertEquals(List.of(), lint.check(l).stream().map(Object::toString).toList())));
    }

    @Test
    void theEngineFixturePasses() throws IOException {
        Lesson every = LessonLoader.load(Fixtures.dir("engine")).lessons().get(0);
        assertEquals(List.of(), new LessonLint(tutorial()).check(every));
    }

    @Test
    void eachRuleIsEnforced() throws IOException {
        Text t = new Text("说明。", "Text.");
        Text copied = new Text("网络上的两个程序通过一个双向的通信连接实现数据的交换。", "Copied.");
        Step dictated = new Step("a", copied, new Text("输入 `x = 1`。", "Type `x = 1`."), null, "x == 1", "x = 1",
                List.of(t, t), List.of());
        Step alsoDictated = new Step("b", t, new Text("输入 `y = 2`。", "Type `y = 2`."), null, "y == 2", "y = 2",
                List.of(t, t, t), List.of());
        Lesson lesson = new Lesson("l", 1, t, t, List.of(dictated, alsoDictated), "01-l.json");
        List<String> found = new LessonLint(tutorial()).check(lesson).stream().map(Object::toString).toList();
        assertTrue(found.contains("01-l.json: step a: lint: 2 hint(s); a step asking for input needs 3 or more"), found.toString());
        assertTrue(found.contains("01-l.json: step b: lint: no recover text: how does a learner whose sockets are in a muddle get back on track?"),
                found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("01-l.json: step a: lint: Chinese text shares \"网络上的两个程序\" with the tutorial")),
                found.toString());
        assertTrue(found.contains("01-l.json: step -: lint: 2 of 2 input steps show their solution's code in the ask; fewer than half may"),
                found.toString());
        assertTrue(found.contains("01-l.json: step -: lint: only 0 of 2 input steps are predict, fix, write or choose; at least half must be"),
                found.toString());
        assertTrue(new LessonLint(null).check(lesson).stream().noneMatch(f -> f.message().contains("tutorial")),
                "without the tutorial's text the copying rule is left out");
    }

    @Test
    void aPartnerInATwoTerminalLessonBelongsToOneSide() {
        Text t = new Text("说明。", "Text.");
        Peer echo = new Peer("echo", null);
        Step shared = new Step("both", t, null, echo, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        Step server = new Step("mine", t, null, echo, null, null, null, null, null, null, null, null, null, null, null, null, "server", null);
        List<String> found = new LessonLint(null).check(new Lesson("l", 1, t, t, List.of(shared, server), "01-l.json")).stream()
                .map(Object::toString).toList();
        assertEquals(List.of("01-l.json: step both: lint: a partner on a step both terminals take would play twice on one port; give the step a role"),
                found);
        assertEquals(List.of(), new LessonLint(null).check(new Lesson("l", 1, t, t, List.of(shared), "01-l.json")),
                "a lesson without sides may put a partner on any step");
    }

    @Test
    void aSolutionTypesNoHostPlaceholder() {
        Text t = new Text("说明。", "Text.");
        Step typed = new Step("typed", t, new Text("连上。", "Connect."), null, "True", "c.connect(('{HOST}', {PORT}))", null, null);
        assertEquals(List.of("01-l.json: step typed: lint: the solution holds {HOST}, which tools typing solutions cannot read back as a number; "
                + "use 127.0.0.1 (one session's host) or a name the learner made"),
                new LessonLint(null).check(new Lesson("l", 1, t, t, List.of(typed), "01-l.json")).stream().map(Object::toString)
                        .filter(f -> f.contains("{HOST}")).toList());
    }

    @Test
    void aMeanwhileStepIsFollowedByTheOtherSidesStep() {
        Text t = new Text("说明。", "Text.");
        Step serves = new Step("serves", t, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "server", true);
        Step client = new Step("connects", t, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "client", null);
        Step server = new Step("more", t, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "server", null);
        assertEquals(List.of(), new LessonLint(null).check(new Lesson("l", 1, t, t, List.of(serves, client), "01-l.json")));
        for (List<Step> steps : List.of(List.of(serves), List.of(serves, server))) {
            assertEquals(List.of("01-l.json: step serves: lint: meanwhile lets the other side go on, but the next step is not the other side's"),
                    new LessonLint(null).check(new Lesson("l", 1, t, t, steps, "01-l.json")).stream().map(Object::toString).toList());
        }
    }

    @Test
    void codeInBackticksMayQuoteTheTutorial() throws IOException {
        Text t = new Text("说明。", "Text.");
        Step quoting = new Step("a", new Text("教程里写的是 `网络上的两个程序通过一个双向的通信连接`，我们换个说法。", "Quoted."), null,
                null, null, null, null, null);
        Lesson lesson = new Lesson("l", 1, t, t, List.of(quoting), "01-l.json");
        assertEquals(List.of(), new LessonLint(tutorial()).check(lesson));
    }
}
