package socklab.lesson;

import socklab.i18n.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonLoaderTest {
    @Test
    void loadsAGoodLesson() {
        LessonLoader.Result r = LessonLoader.load(Fixtures.dir("good"));
        assertEquals(List.of(), r.problems());
        Lesson l = r.lessons().get(0);
        assertEquals("numbers", l.id());
        assertEquals(1, l.order());
        assertEquals("01-numbers.json", l.file());
        assertEquals("Numbers and functions", l.title().in(Lang.EN));
        assertEquals(5, l.steps().size());
        Step multiply = l.steps().get(1);
        assertEquals("x == 42", multiply.check());
        assertEquals(3, multiply.wrong().size());
        assertEquals(2, multiply.hints().size());
        assertTrue(l.steps().get(0).explainOnly());
        assertEquals(List.of(), l.steps().get(0).hints());
        assertEquals(l, r.find("1"));
    }

    @Test
    void aMalformedFileIsReportedWithLineAndColumnAndTheOthersStillLoad() {
        LessonLoader.Result r = LessonLoader.load(Fixtures.dir("mixed"));
        assertEquals(List.of("numbers"), r.lessons().stream().map(Lesson::id).toList());
        LessonLoader.Problem broken = r.problems().stream().filter(p -> p.file().equals("02-broken.json")).findFirst().orElseThrow();
        assertEquals(7, broken.line());
        assertEquals(51, broken.column());
        assertTrue(broken.toString().startsWith("02-broken.json:7:51: "), broken.toString());
    }

    @Test
    void aMissingTranslationIsReportedWhereItIs() {
        LessonLoader.Result r = LessonLoader.load(Fixtures.dir("mixed"));
        LessonLoader.Problem noZh = r.problems().stream().filter(p -> p.file().equals("03-nozh.json")).findFirst().orElseThrow();
        assertEquals("03-nozh.json:9:14: /steps/0/say: missing property \"zh\"", noZh.toString());
    }

    @Test
    void schemaRulesBeyondShapeAreEnforced(@TempDir Path dir) throws IOException {
        String good = Files.readString(Fixtures.dir("good").resolve("01-numbers.json"));
        Files.writeString(dir.resolve("01-numbers.json"), good.replace("\"check\": \"x == 42\",", ""));
        Files.writeString(dir.resolve("02-other.json"), good.replace("\"order\": 1", "\"order\": 2"));
        Files.writeString(dir.resolve("03-numbers.json"), good.replace("\"order\": 1", "\"order\": 3").replace("x == 42", "x =="));
        LessonLoader.Result r = LessonLoader.load(dir);
        assertEquals(List.of(), r.lessons());
        List<String> messages = r.problems().stream().map(LessonLoader.Problem::toString).toList();
        assertTrue(messages.contains("01-numbers.json: step multiply: run step needs \"check\""), messages.toString());
        assertTrue(messages.contains("02-other.json: file name should be 02-numbers.json (order and id)"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("03-numbers.json: step multiply: check: SyntaxError")), messages.toString());
    }

    /** The every-kind fixture with one text replaced, loaded from dir. */
    private static List<String> everyKindWith(Path dir, String from, String to) throws IOException {
        String text = Files.readString(Fixtures.dir("engine").resolve("01-every-kind.json"));
        assertTrue(text.contains(from), from);
        Files.writeString(dir.resolve("01-every-kind.json"), text.replace(from, to));
        return LessonLoader.load(dir).problems().stream().map(LessonLoader.Problem::toString).toList();
    }

    @Test
    void eachKindOfStepNeedsItsOwnFields(@TempDir Path dir) throws IOException {
        assertEquals(List.of("01-every-kind.json: step twice: predict step needs \"code\""),
                everyKindWith(dir, "\"code\": \"s = socket.socket()", "\"solution\": \"s = socket.socket()"));
        assertEquals(List.of("01-every-kind.json: step mend: fix step needs \"given\""),
                everyKindWith(dir, "\"given\": \"c = socket.create_connection('127.0.0.1', {PEER})\",", ""));
        assertEquals(List.of("01-every-kind.json: step pick: run step needs \"check\"",
                "01-every-kind.json: step pick: \"choices\" belongs to choose steps"),
                everyKindWith(dir, "\"kind\": \"choose\"", "\"kind\": \"run\""));
        assertEquals(List.of("01-every-kind.json:150:5: /steps/4: \"choices\" needs \"solution\" too"),
                everyKindWith(dir, "\"solution\": \"2\",", ""));
    }

    @Test
    void theBundledLessonsAllLoad() {
        LessonLoader.Result r = LessonLoader.loadBundled();
        assertEquals(List.of(), r.problems());
        assertTrue(r.lessons().size() >= 20, "lessons: " + r.lessons().size());
        assertEquals(1, r.lessons().get(0).order());
        for (int i = 1; i < r.lessons().size(); i++) {
            assertTrue(r.lessons().get(i).order() > r.lessons().get(i - 1).order(), "lessons in order"); // lessons may still be missing in between
        }
        assertNull(r.find("no-such-lesson"));
    }
}
