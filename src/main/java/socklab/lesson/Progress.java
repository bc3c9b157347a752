package socklab.lesson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import socklab.i18n.Lang;
import socklab.i18n.Messages;

/**
 * Which steps of which lessons the learner has done, kept in $SOCKLAB_HOME/progress.json. Every
 * save replaces the file atomically, so a crash never leaves half a file; a file that is corrupt
 * anyway is moved aside with a note and the learner starts afresh.
 */
public final class Progress {
    static final String FILE = "progress.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Lang lang;
    private final Consumer<String> notes;
    private final Map<String, Set<String>> done = new TreeMap<>();
    private boolean saveFailed;

    private Progress(Path file, Lang lang, Consumer<String> notes) {
        this.file = file;
        this.lang = lang;
        this.notes = notes;
    }

    /** Reads the progress under home; notes (in lang) tell the learner about a corrupt or unreadable file. */
    public static Progress open(Path home, Lang lang, Consumer<String> notes) {
        Progress p = new Progress(home.resolve(FILE), lang, notes);
        p.load();
        return p;
    }

    public Set<String> done(String lessonId) {
        return Set.copyOf(done.getOrDefault(lessonId, Set.of()));
    }

    /** How many of a lesson's steps are done. */
    public int doneSteps(Lesson l) {
        Set<String> steps = done.getOrDefault(l.id(), Set.of());
        return (int) l.steps().stream().filter(s -> steps.contains(s.id())).count();
    }

    /** Records a finished step and saves at once. */
    public void markDone(String lessonId, String stepId) {
        if (done.computeIfAbsent(lessonId, k -> new LinkedHashSet<>()).add(stepId)) {
            save();
        }
    }

    private void load() {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            notes.accept(Messages.text(lang, "lesson.progress.unreadable", file, e.getMessage()));
            return;
        }
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.path("lessons").isObject()) {
                throw new IllegalArgumentException("no \"lessons\" object");
            }
            root.get("lessons").fields().forEachRemaining(e -> {
                Set<String> steps = new LinkedHashSet<>();
                for (JsonNode s : e.getValue().path("done")) {
                    if (!s.isTextual()) {
                        throw new IllegalArgumentException("a step id that is not a string");
                    }
                    steps.add(s.asText());
                }
                done.put(e.getKey(), steps);
            });
        } catch (JsonProcessingException | IllegalArgumentException e) {
            done.clear();
            moveAside();
        }
    }

    private void moveAside() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(FILE + ".corrupt-" + stamp);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            notes.accept(Messages.text(lang, "lesson.progress.corrupt", file, aside));
        } catch (IOException e) {
            notes.accept(Messages.text(lang, "lesson.progress.unreadable", file, e.getMessage()));
        }
    }

    /** Writes a temporary file, forces it to disk, then renames it over the old one in one step. */
    void save() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode lessons = root.putObject("lessons");
        done.forEach((id, steps) -> {
            ArrayNode arr = lessons.putObject(id).putArray("done");
            steps.forEach(arr::add);
        });
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer bytes = ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
                    while (bytes.hasRemaining()) {
                        ch.write(bytes);
                    }
                    ch.force(true);
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            if (!saveFailed) {
                notes.accept(Messages.text(lang, "lesson.progress.unsaved", file, e.getMessage()));
            }
            saveFailed = true;
        }
    }
}
