package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.i18n.Lang;

/**
 * The README's security claims about lesson files, each tried: FIFOs, devices and huge files are
 * refused unread, a schema whose $ref loops is reported, and lesson text loses the control
 * characters that would let a lesson retitle the window, clear the screen or write the clipboard.
 */
class LessonFilesFromStrangersTest {
    @TempDir
    Path dir;

    private String good() throws IOException {
        return Files.readString(Fixtures.dir("good").resolve("01-numbers.json"));
    }

    private List<String> problems() {
        return LessonLoader.load(dir).problems().stream().map(LessonLoader.Problem::toString).toList();
    }

    @Test
    void aFifoIsRefusedUnreadAndTheOthersStillLoad() throws Exception {
        Files.writeString(dir.resolve("01-numbers.json"), good());
        Path fifo = dir.resolve("02-pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        LessonLoader.Result r = LessonLoader.load(dir);
        assertEquals(List.of("numbers"), r.lessons().stream().map(Lesson::id).toList());
        assertTrue(problems().stream().anyMatch(p -> p.startsWith("02-pipe.json: cannot read")), problems().toString());
    }

    @Test
    void aLinkToADeviceAndAHugeFileAreRefused() throws Exception {
        Files.createSymbolicLink(dir.resolve("01-zero.json"), Path.of("/dev/zero"));
        Files.writeString(dir.resolve("02-huge.json"), good().replace("Numbers and functions", "x".repeat(2 << 20)));
        List<String> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("01-zero.json: cannot read")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("02-huge.json: cannot read")), problems.toString());
        assertEquals(List.of(), LessonLoader.load(dir).lessons());
    }

    @Test
    void aSchemaWhoseRefLoopsIsReportedByFileName() throws Exception {
        Files.writeString(dir.resolve("lesson.schema.json"), "{\"$ref\": \"#\"}");
        Files.writeString(dir.resolve("01-numbers.json"), good());
        List<String> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("01-numbers.json") && p.contains("$ref goes round in a loop")),
                problems.toString());
    }

    @Test
    void lessonTextLosesControlSequences() throws Exception {
        String title = "Numbers\u001b]0;pwned\u0007 \u001b[2J\u001b]52;c;ZXZpbA==\u0007\u009b31m and functions";
        Files.writeString(dir.resolve("01-numbers.json"), good().replace("Numbers and functions",
                title.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007").replace("\u009b", "\\u009b")));
        Lesson lesson = LessonLoader.load(dir).lessons().get(0);
        String shown = lesson.title().in(Lang.EN);
        assertFalse(shown.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b), shown);
        assertTrue(shown.startsWith("Numbers") && shown.endsWith("and functions"), shown);
    }
}
