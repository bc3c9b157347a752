package socklab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import socklab.runtime.object.Io;

/**
 * Runs every line of the .cases files (expected values written by python3, see gen_cases.py):
 * each expression is parsed and evaluated by the real parser and interpreter.
 */
class CaseFilesTest {
    private final Interpreter interp = socklab.Sessions.create(new Io() {
        @Override
        public void out(String text) {
        }

        @Override
        public void err(String text) {
        }

        @Override
        public void flush() {
        }

        @Override
        public String readLine(String prompt) {
            return null;
        }
    });

    private static final String[] FILES = {"formatting", "str", "bytes", "containers", "numbers", "constructors"};

    @TestFactory
    List<DynamicTest> cases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = getClass().getResourceAsStream(file + ".cases")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int lineNo = 0;
                for (String line : text.split("\n")) {
                    lineNo++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\t", 2);
                    tests.add(DynamicTest.dynamicTest(file + ":" + lineNo + " " + parts[0],
                            () -> assertEquals(parts[1], actual(parts[0]), parts[0])));
                }
            }
        }
        return tests;
    }

    /** The case run as one input at the prompt: the value it showed last, or the error it ended with. */
    private String actual(String src) {
        RunResult r = interp.run(src, "<case>", Interpreter.Mode.INTERACTIVE);
        return r.error() == null ? "=> " + r.value().repr() : "!! " + r.error().type() + ": " + r.error().message();
    }

}
