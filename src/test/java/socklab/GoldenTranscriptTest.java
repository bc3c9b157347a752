package socklab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Replays every recorded CPython session under src/test/resources/golden and compares the output. */
class GoldenTranscriptTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> goldenSessions() throws IOException {
        List<Path> sessions;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            sessions = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return sessions.stream().map(p -> DynamicTest.dynamicTest(GOLDEN.relativize(p).toString(), () -> replay(p)));
    }

    private static void replay(Path session) throws IOException {
        String py = Files.readString(session, StandardCharsets.UTF_8);
        Path outFile = Path.of(session.toString().replaceFirst("\\.py$", ".out"));
        String expected = Files.readString(outFile, StandardCharsets.UTF_8);
        Map<String, String> values = Transcripts.placeholders();
        try {
            String got = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Transcripts.run(Transcripts.fill(py, values), Path.of(values.get("TMP"))));
            assertEquals(String.join("\n", Transcripts.normalise(expected, values)),
                    String.join("\n", Transcripts.normalise(got, values)));
        } finally {
            Transcripts.deleteTree(values.get("TMP"));
        }
    }
}
