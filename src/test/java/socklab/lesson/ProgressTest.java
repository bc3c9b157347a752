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
            assertEquals(List.of("progress.json", "progress.json.lock"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temporary file is left, only the lock that saves take");
        }
    }

    @Test
    void twoSessionsKeepEachOthersSteps(@TempDir Path home) throws IOException {
        Progress first = Progress.open(home, Lang.EN, note -> { throw new AssertionError(note); });
        Progress second = Progress.open(home, Lang.EN, note -> { throw new AssertionError(note); });
        first.markDone("bind", "a");
        second.markDone("listen", "b");
        first.markDone("bind", "c");
        Progress later = Progress.open(home, Lang.EN, note -> { throw new AssertionError(note); });
        assertEquals(Set.of("a", "c"), later.done("bind"));
        assertEquals(Set.of("b"), later.done("listen"));
    }

    @Test
    void anUnusableProgressFileIsSetAsideNeverOverwritten(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("progress.json"));
        List<String> notes = new java.util.ArrayList<>();
        Progress p = Progress.open(home, Lang.EN, notes::add);
        p.markDone("bind", "a");
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("was damaged, so it was moved to"), notes.get(0));
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("progress.json.corrupt-") && Files.isDirectory(f)).count());
        }
        assertEquals(Set.of("a"), Progress.open(home, Lang.EN, notes::add).done("bind"));
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
