package socklab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every script under src/test/resources/scripts in socklab's script mode (its stdin the
 * NAME.stdin beside it, when there is one) and compares its
 * stdout, stderr and exit status with what CPython printed (recorded by src/test/tools/record_scripts.py),
 * so whole tracebacks, source lines and position markers included, are held to CPython's.
 */
class ScriptGoldenTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/scripts");
    /** A script starting with this line is run as -c's program, as the recorder runs it. */
    private static final String COMMAND_MARK = "# golden: run with -c\n";

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            scripts = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private void check(Path script) throws IOException {
        String expected = Files.readString(Path.of(script.toString().replaceFirst("\\.py$", ".out")), StandardCharsets.UTF_8);
        String got = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(script.toAbsolutePath().normalize()));
        assertEquals(expected, got);
    }

    /**
     * One script run, laid out as the recorder lays out CPython's, the script's path put back as
     * {SCRIPT}. It runs on a thread as deep as Main's, so recursion ends where the command line's does.
     */
    private String run(Path script) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path feed = Path.of(script.toString().replaceFirst("\\.py$", ".stdin"));
        String stdin = Files.exists(feed) ? Files.readString(feed, StandardCharsets.UTF_8) : "";
        int[] status = new int[1];
        Exception[] failure = new Exception[1];
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Thread python = new Thread(null, () -> {
                try {
                    status[0] = Main.run(arguments(script), Map.of("SOCKLAB_HOME", dir.resolve("home").toString()),
                            o, e, new BufferedReader(new StringReader(stdin)), false);
                } catch (IOException ex) {
                    failure[0] = ex;
                }
            }, "python", Main.STACK_BYTES);
            python.start();
            python.join();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        String path = script.toString();
        return "--- stdout ---\n" + out.toString(StandardCharsets.UTF_8).replace(path, "{SCRIPT}")
                + "--- stderr ---\n" + err.toString(StandardCharsets.UTF_8).replace(path, "{SCRIPT}")
                // What a shell sees: the OS keeps the low 8 bits of the status System.exit() is given.
                + "--- exit status " + (status[0] & 0xff) + " ---\n";
    }

    /** The command line for a script: its path, or its text as -c's program. */
    private static List<String> arguments(Path script) throws IOException {
        String source = Files.readString(script, StandardCharsets.UTF_8);
        return source.startsWith(COMMAND_MARK) ? List.of("-c", source) : List.of(script.toString());
    }
}
