package socklab.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.runtime.StateFile;

/**
 * Which steps of which lessons the learner has done, kept in $SOCKLAB_HOME/progress.json. Every
 * save merges with the file as it is now and replaces it atomically, so a crash never leaves half a
 * file and two socklab processes keep each other's steps; a file that is corrupt or unreadable
 * anyway is moved aside with a note (never overwritten) and the learner starts afresh.
 */
public final class Progress {
    static final String FILE = "progress.json";
    /** Far more than every step of every lesson: a bigger file is not one of ours. */
    private static final long MAX_BYTES = 4L << 20;
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
        Map<String, Set<String>> read = readFile(true);
        if (read != null) {
            done.putAll(read);
        }
    }

    /**
     * The steps recorded in the file now; null when there is none or it could not be used. A file
     * that is not plain UTF-8 JSON of ours is moved aside (with a note) when noteProblems is set.
     */
    private Map<String, Set<String>> readFile(boolean noteProblems) {
        StateFile.Read r = StateFile.read(file, MAX_BYTES);
        if (r instanceof StateFile.Read.Missing) {
            return null;
        }
        try {
            if (r instanceof StateFile.Read.Refused refused) {
                throw new IllegalArgumentException(refused.why());
            }
            JsonNode root = JSON.readTree(((StateFile.Read.Text) r).text());
            if (root == null || !root.path("lessons").isObject()) {
                throw new IllegalArgumentException("no \"lessons\" object");
            }
            Map<String, Set<String>> out = new TreeMap<>();
            root.get("lessons").fields().forEachRemaining(e -> {
                Set<String> steps = new LinkedHashSet<>();
                for (JsonNode s : e.getValue().path("done")) {
                    if (!s.isTextual()) {
                        throw new IllegalArgumentException("a step id that is not a string");
                    }
                    steps.add(s.asText());
                }
                out.put(e.getKey(), steps);
            });
            return out;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            if (noteProblems) {
                Path aside = StateFile.setAside(file, "corrupt");
                notes.accept(aside == null ? Messages.text(lang, "lesson.progress.unreadable", file, e.getMessage())
                        : Messages.text(lang, "lesson.progress.corrupt", file, aside));
            }
            return null;
        }
    }

    /**
     * Saves what this session knows merged with what the file holds now, under a lock, so two
     * socklab processes never lose each other's steps (steps are only ever added).
     */
    void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path lockFile = file.resolveSibling(FILE + ".lock");
            try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockChannel.lock()) {
                Map<String, Set<String>> onDisk = readFile(false);
                if (onDisk == null && Files.exists(file) && StateFile.setAside(file, "corrupt") == null) {
                    throw new IOException("a damaged " + FILE + " is in the way and cannot be moved");
                }
                if (onDisk != null) {
                    onDisk.forEach((id, steps) -> done.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(steps));
                }
                ObjectNode root = JSON.createObjectNode();
                ObjectNode lessons = root.putObject("lessons");
                done.forEach((id, steps) -> {
                    ArrayNode arr = lessons.putObject(id).putArray("done");
                    steps.forEach(arr::add);
                });
                StateFile.writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            }
        } catch (IOException | RuntimeException e) {
            if (!saveFailed) {
                notes.accept(Messages.text(lang, "lesson.progress.unsaved", file, e.getMessage()));
            }
            saveFailed = true;
        }
    }
}
