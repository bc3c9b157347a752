package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import socklab.text.Wrap;

/** A piped lesson's prose fits $COLUMNS, in both languages; code the learner types is never broken. */
class LessonProseWidthTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource({"en, 40", "zh, 40", "en, 60", "zh, 60", "zh, 100"})
    void everyLessonLineFitsTheWidth(String lang, int width) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            int status = socklab.Main.run(List.of("--lesson", "bind", "--lessons-dir", Fixtures.dir("tutorial").toString(), "--lang", lang),
                    Map.of("SOCKLAB_HOME", home.toString(), "COLUMNS", String.valueOf(width)), o, e,
                    new BufferedReader(new StringReader("import socket\nsk = socket.socket()\n%hint\n%hint\n")), false);
            assertEquals(0, status);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.size() > 10, String.join("\n", lines));
        for (String line : lines) {
            boolean unbreakable = line.startsWith("    ") || line.startsWith("<socket.socket");
            assertTrue(Wrap.columns(line) <= width || unbreakable, width + " columns: " + line);
        }
    }
}
