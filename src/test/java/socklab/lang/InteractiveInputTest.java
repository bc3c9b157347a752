package socklab.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import socklab.lang.InteractiveInput.Status;

/** The prompt's decisions line by line, as `python3 -i -q` makes them on the same piped lines. */
class InteractiveInputTest {
    /**
     * Lines typed, and after each one: M = read more ("..."), R = run, E = syntax error, 0 = nothing.
     * Checked against CPython's prompts for the same input (M exactly where it prints "...").
     */
    private static final String[][] SESSIONS = {
        {"x = 1\nx", "RR"},
        {"if 1:\n  print(1)\nprint(2)", "MME"},
        {"if 1: print(1)\nprint(2)", "ME"},
        {"if 1: print(1)\n\nprint(2)", "MRR"},
        {"x = (1,\n2)\nx", "MRR"},
        {"s = \"\"\"a\nb\"\"\"\ns", "MRR"},
        {"x = 1 + \\\n2\nx", "MRR"},
        {"x = = 1\nprint(5)", "ER"},
        {"if 1:\n  x = = 1\n  print(3)\n\nprint(4)", "MEE0R"},
        {"for i in range(2):\n  print(i)\n\n\n\nprint(9)", "MMR00R"},
        {"# c\n\n   \nprint(1)", "000R"},
        {"  print(1)\nprint(2)", "ER"},
        {"if 1:\n    pass\n  else:\n\nprint(2)", "MME0R"},
        {"try:\n  1/0\nexcept:\n  print(7)\n", "MMMMR"},
        {"def f():\n  return 1\nf()\n\nf()", "MME0R"},
        {"if 1:\n  x=1\n  # c\n  y=2\n\nprint(x,y)", "MMMMRR"},
        {"if 1:\n  x=1\n   \n  y=2\n\nprint(x,y)", "MMMMRR"},
        {"if 1:\n\nprint(3)", "MER"},
        {"x = (1,\n\n2)\nx", "MMRR"},
        {"x = 1; if 1: pass", "E"},
        {"if 0:\n  pass\n\nelse:\n  print(5)", "MMREE"},
        {"foo(a b\nprint(1)", "ER"},
        {"x = (1\ny = 2\n)", "MEE"},
        {"@dec\ndef f(): pass\n\nf", "MMRR"},
        {"class A:\n  def m(self):\n    return 1\n\n  def n(self):\n    return 2\n\nA", "MMMREE0R"},
        {"while True:\n  break", "MM"},
        {"x = [\n  1,\n  2\n]\nx", "MMMRR"},
        {"print('a'); print('b')", "R"},
        {"break", "E"},
        {"def f(\n  a,\n  b):\n  return a\n\nf(1, 2)", "MMMMRR"},
        {"s = '''\n'''\ns", "MRR"},
        {"if x:\n    y\n  z", "MME"},
        {"'abc", "E"},
        {"print(f\"{1 +", "E"},
    };

    @TestFactory
    Stream<DynamicTest> decisionsMatchCPython() {
        return Arrays.stream(SESSIONS).map(row -> DynamicTest.dynamicTest(row[0].replace("\n", "\\n"), () -> {
            InteractiveInput input = new InteractiveInput();
            StringBuilder got = new StringBuilder();
            for (String line : row[0].split("\n", -1)) got.append(code(input.feed(line)));
            assertEquals(row[1], got.toString());
        }));
    }

    private static char code(Status s) {
        if (s instanceof Status.NeedMore) return 'M';
        if (s instanceof Status.Ready) return 'R';
        if (s instanceof Status.Error) return 'E';
        return '0';
    }

    @Test
    void readyCarriesSourceAndStatements() {
        InteractiveInput input = new InteractiveInput();
        input.feed("for i in range(3):");
        assertTrue(input.isContinuing());
        input.feed("    print(i)");
        Status.Ready ready = assertInstanceOf(Status.Ready.class, input.feed(""));
        assertEquals("for i in range(3):\n    print(i)\n", ready.source());
        assertEquals(1, ready.statements().size());
        assertFalse(input.isContinuing());
    }

    @Test
    void errorCarriesTheSyntaxError() {
        Status.Error error = assertInstanceOf(Status.Error.class, new InteractiveInput().feed("  x = 1"));
        assertEquals("IndentationError", error.error().typeName());
        assertEquals("unexpected indent", error.error().getMessage());
    }

    @Test
    void resetDropsPendingLines() {
        InteractiveInput input = new InteractiveInput();
        input.feed("if x:");
        input.reset();
        assertInstanceOf(Status.Ready.class, input.feed("y = 2"));
    }

    @Test
    void completenessForALineEditor() {
        assertTrue(InteractiveInput.isComplete("x = 1"));
        assertFalse(InteractiveInput.isComplete("x = (1,"));
        assertFalse(InteractiveInput.isComplete("def f():\n    return 1"));
        assertTrue(InteractiveInput.isComplete("def f():\n    return 1\n"));
        assertTrue(InteractiveInput.isComplete("x = = 1"));
        assertTrue(InteractiveInput.isComplete(""));
    }

    @Test
    void indentForTheNextLine() {
        assertEquals("    ", InteractiveInput.indentAfter("def f():"));
        assertEquals("        ", InteractiveInput.indentAfter("def f():\n    if x:  # note: yes"));
        assertEquals("    ", InteractiveInput.indentAfter("def f():\n    x = 1"));
        assertEquals("", InteractiveInput.indentAfter("s = '#:'"));
        InteractiveInput input = new InteractiveInput();
        input.feed("while True:");
        assertEquals("    ", input.nextIndent());
    }
}
