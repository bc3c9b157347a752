package socklab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyError;
import socklab.runtime.object.Tracebacks;

/** Library frames as Tracebacks prints them: innermost added first, with CPython 3.11's markers. */
class LibraryFrameTest {
    private static final LibraryFrame OUTER = new LibraryFrame("m.py", 10, "outer", "return inner(x)", "inner(x)");
    private static final LibraryFrame INNER = new LibraryFrame("m.py", 20, "inner", "raise ValueError('no')");
    private static final LibraryFrame OPERATOR = new LibraryFrame("m.py", 30, "width", "return a + (b - a) * c", "b - a", "-");
    private static final LibraryFrame INDEX = new LibraryFrame("m.py", 40, "look", "return str(mapping[named])",
            "mapping[named]", "[named]");

    private static String printed(PyError e) {
        return Tracebacks.format(e, Map.of());
    }

    @Test
    void framesAddedInnermostFirstPrintOutermostFirst() {
        PyError e = OUTER.on(INNER.on(Py.valueError("no")));
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + ModuleSpec.LIBRARY + "m.py\", line 10, in outer\n"
                + "    return inner(x)\n"
                + "           ^^^^^^^^\n"
                + "  File \"" + ModuleSpec.LIBRARY + "m.py\", line 20, in inner\n"
                + "    raise ValueError('no')\n"
                + "ValueError: no\n", printed(e));
    }

    @Test
    void anOperatorIsMarkedApartFromItsOperands() {
        String text = printed(OPERATOR.on(Py.typeError("bad")));
        assertEquals("                ~~^~~", text.split("\n")[3]);
    }

    @Test
    void aSubscriptMarksItsIndexApartFromItsValue() {
        String text = printed(INDEX.on(Py.error(ExcTypes.KeyError, "k")));
        assertEquals("               ~~~~~~~^^^^^^^", text.split("\n")[3]);
    }

    @Test
    void aroundAddsTheFrameOnlyToAnErrorLeavingTheBody() {
        assertEquals("ok", OUTER.around(() -> "ok"));
        PyError e = assertThrows(PyError.class, () -> OUTER.around(() -> {
            throw Py.valueError("no");
        }));
        assertEquals(1, e.traceback().size());
        assertSame(OUTER.function(), e.traceback().get(0).function());
    }

    @Test
    void markersMustLieInTheQuotedLine() {
        assertThrows(IllegalArgumentException.class, () -> new LibraryFrame("m.py", 1, "f", "return x", "y"));
        assertThrows(IllegalArgumentException.class, () -> new LibraryFrame("m.py", 1, "f", "return x + 1", "x + 1", "-"));
    }
}
