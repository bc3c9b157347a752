package socklab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every line of the .cases files (expected values written by python3, see gen_cases.py). */
class CaseFilesTest {
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

    private static String actual(String src) {
        try {
            return "=> " + MiniEval.run(src).repr();
        } catch (PyError e) {
            return "!! " + e.value().type().name() + ": " + e.value().str();
        }
    }
}
