package socklab.lesson;

import socklab.i18n.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    @Test
    void savesEachStepAndReadsItBack(@TempDir Path home) throws IOException {
        Progress p = Progress.open(home.resolve("sub"), Lang.EN, note -> { throw new AssertionError(note); });
        p.markDone("bind", "import-socket");
        p.markDone("bind", "unbound");
        Progress again = Progress.open(home.resolve("sub"), Lang.EN, note -> { throw new AssertionError(note); });
        assertEquals(Set.of("import-socket", "unbound"), again.done("bind"));
        assertEquals(Set.of(), again.done("listen"));
        try (Stream<Path> files = Files.list(home.resolve("sub"))) {
            assertEquals(List.of("progress.json"), files.map(f -> f.getFileName().toString()).toList(), "no temporary file is left");
        }
    }

    @Test
    void aCorruptFileIsMovedAsideWithANoteAndTheLearnerStartsAfresh(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("progress.json"), "{\"lessons\": {\"bind\": {\"done\": [\"a\"");
        List<String> notes = new ArrayList<>();
        Progress p = Progress.open(home, Lang.EN, notes::add);
        assertEquals(Set.of(), p.done("bind"));
        assertEquals(1, notes.size());
        List<Path> aside;
        try (Stream<Path> files = Files.list(home)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("progress.json.corrupt-")).toList();
        }
        assertEquals(1, aside.size());
        assertTrue(notes.get(0).contains(aside.get(0).toString()) && notes.get(0).contains("afresh"), notes.get(0));
        assertTrue(Files.readString(aside.get(0)).startsWith("{\"lessons\""), "the damaged file is kept for the learner");
        p.markDone("bind", "b");
        assertEquals(Set.of("b"), Progress.open(home, Lang.EN, notes::add).done("bind"));
        assertEquals(1, notes.size());
    }

    @Test
    void wellFormedJsonOfTheWrongShapeCountsAsCorrupt(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("progress.json"), "[1, 2]");
        List<String> notes = new ArrayList<>();
        Progress.open(home, Lang.ZH, notes::add);
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).startsWith("注意"), notes.get(0));
        assertTrue(Files.notExists(home.resolve("progress.json")));
    }
}
