package socklab.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import socklab.lang.InteractiveInput.Status;
import socklab.lang.ast.Stmt;

/**
 * Long inputs typed at the prompt cost one pass, not one re-parse per line, and stop where
 * CPython's parser stops. The bound is generous (a linear pass takes about a second): re-parsing
 * at every line, as before, took over a minute for 16,000 lines.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LongInputTest {
    private static List<Status> feedAll(InteractiveInput input, List<String> lines) {
        List<Status> out = new ArrayList<>();
        for (String line : lines) out.add(input.feed(line));
        return out;
    }

    private static void assertMoreUntilLast(List<Status> statuses) {
        for (int k = 0; k < statuses.size() - 1; k++) {
            assertInstanceOf(Status.NeedMore.class, statuses.get(k), "line " + (k + 1));
        }
    }

    @Test
    void aSixteenThousandLineFunctionIsOneInput() {
        List<String> lines = new ArrayList<>(List.of("def f():"));
        for (int k = 0; k < 16_000; k++) lines.add("    x" + k % 50 + " = " + k);
        lines.add("    return 1");
        lines.add("");
        List<Status> statuses = feedAll(new InteractiveInput(), lines);
        assertMoreUntilLast(statuses);
        Status.Ready ready = assertInstanceOf(Status.Ready.class, statuses.get(statuses.size() - 1));
        Stmt.FunctionDef def = assertInstanceOf(Stmt.FunctionDef.class, ready.statements().get(0));
        assertEquals(16_001, def.body().size());
    }

    @Test
    void aSixteenThousandLineListIsOneStatement() {
        List<String> lines = new ArrayList<>(List.of("x = ["));
        for (int k = 0; k < 16_000; k++) lines.add("    " + k + ",");
        lines.add("]");
        List<Status> statuses = feedAll(new InteractiveInput(), lines);
        assertMoreUntilLast(statuses);
        assertInstanceOf(Status.Ready.class, statuses.get(statuses.size() - 1));
    }

    @Test
    void anErrorDeepInALongBlockIsReportedOnItsLineAndTheNextLineStartsAfresh() {
        InteractiveInput input = new InteractiveInput();
        List<String> lines = new ArrayList<>(List.of("for i in range(3):"));
        for (int k = 0; k < 10_000; k++) lines.add("    y = " + k);
        assertMoreUntilLast(feedAll(input, lines));
        Status.Error error = assertInstanceOf(Status.Error.class, input.feed("    x = = 1"));
        assertEquals("invalid syntax", error.error().getMessage());
        assertEquals(10_002, error.error().pos().line());
        assertInstanceOf(Status.Ready.class, input.feed("print(1)"));
    }

    @Test
    void aCompilerErrorWaitsForTheEndOfTheBlockAsInCPython() {
        // python3 -i prints "..." for both body lines and reports 'return' outside function after the empty line.
        InteractiveInput input = new InteractiveInput();
        assertInstanceOf(Status.NeedMore.class, input.feed("for x in []:"));
        assertInstanceOf(Status.NeedMore.class, input.feed("    return 1"));
        assertInstanceOf(Status.NeedMore.class, input.feed("    print(2)"));
        Status.Error error = assertInstanceOf(Status.Error.class, input.feed(""));
        assertEquals("'return' outside function", error.error().getMessage());
    }

    @Test
    void theParserRunsOutInTheBodyOfElifNumber5964AsCPythonDoes() {
        InteractiveInput input = new InteractiveInput();
        List<String> lines = new ArrayList<>(List.of("if x == -1:", "    pass"));
        for (int k = 0; k < 5963; k++) {
            lines.add("elif x == " + k + ":");
            lines.add("    y = " + k);
        }
        lines.add("elif x == 5963:");
        assertMoreUntilLast(feedAll(input, lines));
        assertThrows(StackOverflowError.class, () -> input.feed("    y = 5963"));
    }

    @Test
    void aDroppedInputLeavesNoParserThreadBehind() throws InterruptedException {
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
        InteractiveInput input = new InteractiveInput();
        assertInstanceOf(Status.NeedMore.class, input.feed("def f():"));
        assertInstanceOf(Status.NeedMore.class, input.feed("    x = ("));
        List<Thread> parsers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("socklab-block-parser") && !before.contains(t)).toList();
        assertEquals(false, parsers.isEmpty(), "a long input is followed by a parser thread");
        input.reset();
        for (Thread t : parsers) t.join();
    }

    @Test
    void aHundredIndentationLevelsAreTooMany() {
        InteractiveInput input = new InteractiveInput();
        for (int k = 0; k < 100; k++) {
            assertInstanceOf(Status.NeedMore.class, input.feed(" ".repeat(k) + "if x:"), "level " + k);
        }
        Status.Error error = assertInstanceOf(Status.Error.class, input.feed(" ".repeat(100) + "pass"));
        assertEquals("too many levels of indentation", error.error().getMessage());
        assertEquals(101, error.error().pos().line());
    }
}
