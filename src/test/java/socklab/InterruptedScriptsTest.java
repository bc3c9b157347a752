package socklab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in a script, as a learner stops a program: every script under src/test/resources/interrupts
 * runs in socklab's script mode and gets SIGINT once it has printed "ready"; what it wrote (the
 * KeyboardInterrupt traceback with the library frames CPython shows) and its exit status must be
 * what CPython did, as src/test/tools/record_interrupts.py recorded it.
 */
class InterruptedScriptsTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/interrupts");

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
        Path file = script.toAbsolutePath().normalize();
        String got = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> interrupted(file));
        assertEquals(expected, got.replace(file.toString(), "{SCRIPT}"));
    }

    /** Runs the script until it prints "ready", sends SIGINT; everything it wrote, then its exit status. */
    private String interrupted(Path script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Engines.socklab(script.toString())).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("SOCKLAB_HOME", dir.resolve("home").toString());
        Process p = pb.start();
        try {
            InputStream out = p.getInputStream();
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            while (!seen.toString(StandardCharsets.UTF_8).endsWith("ready\n")) {
                int b = out.read();
                assertTrue(b >= 0, "ended before it was ready: " + seen);
                seen.write(b);
            }
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
            seen.write(out.readAllBytes());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            return seen.toString(StandardCharsets.UTF_8) + "--- exit status " + p.exitValue() + " ---\n";
        } finally {
            p.destroyForcibly();
        }
    }
}
