package socklab.lesson;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Test lesson directories and a way to run the lesson command line on given input. */
final class Fixtures {
    private Fixtures() {}

    static Path dir(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/lessons-fixture/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one run of LessonCli printed and returned. */
    record Run(Integer status, String out, String err) {}

    static Run cli(Path home, String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Integer status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            // A wide $COLUMNS keeps each paragraph on one line here: WrapTest covers the wrapping itself.
            status = socklab.Main.run(List.of(args), java.util.Map.of("SOCKLAB_HOME", home.toString(), "LANG", "en_US.UTF-8",
                    "COLUMNS", "1000"), o, e,
                    new BufferedReader(new StringReader(input)), false);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a piped session wrote to stderr besides its ">>> " and "... " prompts (as CPython prints them). */
    static String withoutPrompts(String err) {
        return err.replaceAll("(?:>>> |\\.\\.\\. )+", "").strip();
    }
}
