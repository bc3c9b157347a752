package socklab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import socklab.Sessions;
import socklab.lang.Parser;
import socklab.runtime.object.PyObject;
import socklab.shell.StreamIo;

/** A lesson check reads the learner's names in a frame of its own and never writes into them (README, Security). */
class CheckFrameTest {
    @Test
    void aCheckThatBindsANameLeavesTheLearnersNamesAlone() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Interpreter interp = Sessions.create(new StreamIo(out, out, new BufferedReader(new StringReader(""))));
        interp.run("x = 41\n", "<stdin>", Interpreter.Mode.INTERACTIVE);
        PyObject passed = interp.evaluate(Parser.parseExpression("(y := x + 1) == 42 and [x := 0 for _ in 'a'] == [0]"), Map.of());
        assertTrue(passed.isTrue());
        assertFalse(interp.globals().containsKey("y"));
        assertEquals("41", interp.globals().get("x").repr());
    }
}
