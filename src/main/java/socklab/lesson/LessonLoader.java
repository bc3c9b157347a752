package socklab.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import socklab.lang.Parser;
import socklab.lang.PySyntaxError;
import socklab.runtime.StateFile;

/**
 * Reads lessons/NN-ID.json files, validating each against lesson.schema.json as it loads. A bad
 * file becomes a Problem naming the file (and line/column where there is one); the rest still load.
 */
public final class LessonLoader {
    /** What is wrong with one lesson file; line and column are 0 when unknown. */
    public record Problem(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
        }
    }

    /** The lessons that loaded, in order, the shared mistakes catalogue, and the problems of what did not load. */
    public record Result(List<Lesson> lessons, List<Problem> problems, Mistakes mistakes) {
        public Result(List<Lesson> lessons, List<Problem> problems) {
            this(lessons, problems, Mistakes.NONE);
        }

        public Lesson find(String id) {
            return lessons.stream().filter(l -> l.id().equals(id) || String.valueOf(l.order()).equals(id)).findFirst().orElse(null);
        }
    }

    static final String SCHEMA = "lesson.schema.json";
    static final String MISTAKES = "mistakes.json";
    static final String MISTAKES_SCHEMA = "mistakes.schema.json";
    private static final Pattern FILE_NAME = Pattern.compile("(\\d\\d)-(.+)\\.json");
    /** The longest lesson is a few dozen kilobytes: a file over a megabyte is not a lesson. */
    private static final long MAX_BYTES = 1L << 20;
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Ports SAMPLE_PORTS = new Ports(40000, 40001);

    private LessonLoader() {}

    /** The lessons bundled in the jar (or in target/classes when run from the build). */
    public static Result loadBundled() {
        URL schema = LessonLoader.class.getResource("/lessons/" + SCHEMA);
        if (schema == null) {
            return new Result(List.of(), List.of(new Problem("lessons/" + SCHEMA, 0, 0, "no bundled lessons")));
        }
        try {
            URI uri = schema.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem zip = jarFileSystem(uri)) {
                    return load(zip.provider().getPath(uri).getParent());
                }
            }
            return load(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            return new Result(List.of(), List.of(new Problem("lessons/", 0, 0, e.getMessage())));
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri);
            throw new IOException("jar file system already open: " + uri);
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    /** Every NN-ID.json in dir, validated against the dir's lesson.schema.json (or the bundled one). */
    public static Result load(Path dir) {
        List<Problem> problems = new ArrayList<>();
        List<Lesson> lessons = new ArrayList<>();
        SchemaValidator validator;
        try {
            validator = new SchemaValidator(JSON.readTree(bundledOr(dir, SCHEMA)));
        } catch (IOException | IllegalArgumentException e) {
            return new Result(List.of(), List.of(new Problem(SCHEMA, 0, 0, e.getMessage())));
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")
                            && !Set.of(SCHEMA, MISTAKES, MISTAKES_SCHEMA).contains(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            return new Result(List.of(), List.of(new Problem(dir.toString(), 0, 0, "cannot list: " + e.getMessage())));
        }
        for (Path f : files) {
            Lesson l = loadOne(f, validator, problems);
            if (l != null) {
                lessons.add(l);
            }
        }
        rejectDuplicates(lessons, problems);
        lessons.sort(Comparator.comparingInt(Lesson::order));
        Mistakes mistakes = loadMistakes(dir, problems);
        return new Result(List.copyOf(lessons), List.copyOf(problems), mistakes);
    }

    /** The dir's own copy of a shared file (schema, mistakes catalogue), else the bundled one. */
    private static String bundledOr(Path dir, String name) throws IOException {
        Path own = dir.resolve(name);
        if (Files.exists(own)) {
            return text(own);
        }
        try (var in = LessonLoader.class.getResourceAsStream("/lessons/" + name)) {
            if (in == null) {
                throw new IOException("no " + name + " in " + dir + " and none bundled");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The shared mistakes catalogue, validated against its schema; none (with a problem) if it is broken. */
    private static Mistakes loadMistakes(Path dir, List<Problem> problems) {
        try {
            JsonNode tree = JSON.readTree(bundledOr(dir, MISTAKES));
            List<SchemaValidator.Violation> violations = new SchemaValidator(JSON.readTree(bundledOr(dir, MISTAKES_SCHEMA))).validate(tree);
            violations.forEach(v -> problems.add(new Problem(MISTAKES, 0, 0, v.pointer() + ": " + v.message())));
            if (!violations.isEmpty()) {
                return Mistakes.NONE;
            }
            Mistakes m = JSON.treeToValue(tree, Mistakes.class);
            for (Mistakes.Mistake one : m.mistakes()) {
                for (String regex : java.util.Arrays.asList(one.source(), one.message())) {
                    try {
                        if (regex != null) {
                            Pattern.compile(regex);
                        }
                    } catch (java.util.regex.PatternSyntaxException e) {
                        problems.add(new Problem(MISTAKES, 0, 0, one.id() + ": " + e.getDescription() + ": " + regex));
                        return Mistakes.NONE;
                    }
                }
            }
            return m;
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new Problem(MISTAKES, 0, 0, e.getMessage()));
            return Mistakes.NONE;
        }
    }

    /** A lesson file's text: lesson files come from strangers, so FIFOs, devices and huge files are refused unread. */
    private static String text(Path f) throws IOException {
        StateFile.Read r = StateFile.read(f, MAX_BYTES);
        if (r instanceof StateFile.Read.Text t) {
            return t.text();
        }
        throw new IOException(r instanceof StateFile.Read.Refused refused ? refused.why() : "no such file");
    }

    private static Lesson loadOne(Path f, SchemaValidator validator, List<Problem> problems) {
        String name = f.getFileName().toString();
        String text;
        JsonNode tree;
        try {
            text = text(f);
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            problems.add(new Problem(name, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), e.getOriginalMessage()));
            return null;
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(name, 0, 0, "cannot read: " + e.getMessage()));
            return null;
        }
        if (tree == null || tree.isMissingNode()) {
            problems.add(new Problem(name, 0, 0, "empty file"));
            return null;
        }
        List<SchemaValidator.Violation> violations = validator.validate(tree);
        if (!violations.isEmpty()) {
            JsonLocations where = locate(text);
            for (SchemaValidator.Violation v : violations) {
                JsonLocation loc = where == null ? null : where.of(v.pointer());
                String msg = (v.pointer().isEmpty() ? "" : v.pointer() + ": ") + v.message();
                problems.add(new Problem(name, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), msg));
            }
            return null;
        }
        Lesson lesson;
        try {
            lesson = JSON.treeToValue(tree, Lesson.class).from(name);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(name, 0, 0, e.getOriginalMessage()));
            return null;
        }
        List<String> wrongs = meaningProblems(lesson);
        wrongs.forEach(m -> problems.add(new Problem(name, 0, 0, m)));
        return wrongs.isEmpty() ? lesson : null;
    }

    private static JsonLocations locate(String text) {
        try {
            return new JsonLocations(text);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * What the schema cannot say: the name matches order and id, step ids are unique, each kind
     * has its fields, the check, solution and code parse (a wrong input and a fix step's given code
     * may be syntax errors on purpose).
     */
    private static List<String> meaningProblems(Lesson l) {
        List<String> out = new ArrayList<>();
        Matcher m = FILE_NAME.matcher(l.file());
        if (!m.matches() || Integer.parseInt(m.group(1)) != l.order() || !m.group(2).equals(l.id())) {
            out.add(String.format("file name should be %02d-%s.json (order and id)", l.order(), l.id()));
        }
        Set<String> ids = new HashSet<>();
        for (Step s : l.steps()) {
            if (!ids.add(s.id())) {
                out.add("step " + s.id() + ": id used twice");
            }
            StepRules.problems(s).forEach(p -> out.add("step " + s.id() + ": " + p));
            if (s.check() != null) {
                parses("step " + s.id() + ": check", () -> Parser.parseExpression(s.check()), out);
            }
            if (s.solution() != null && !s.takesAnswers()) {
                parses("step " + s.id() + ": solution", () -> Inputs.split(SAMPLE_PORTS.fill(s.solution())), out);
            }
            if (s.code() != null) {
                parses("step " + s.id() + ": code", () -> Inputs.split(SAMPLE_PORTS.fill(s.code())), out);
            }
        }
        return out;
    }

    private static void parses(String what, Runnable parse, List<String> out) {
        try {
            parse.run();
        } catch (PySyntaxError e) {
            out.add(what + ": " + Inputs.describe(e));
        }
    }

    private static void rejectDuplicates(List<Lesson> lessons, List<Problem> problems) {
        Map<String, String> ids = new HashMap<>();
        Map<Integer, String> orders = new HashMap<>();
        lessons.removeIf(l -> {
            String sameId = ids.putIfAbsent(l.id(), l.file());
            String sameOrder = orders.putIfAbsent(l.order(), l.file());
            if (sameId != null || sameOrder != null) {
                problems.add(new Problem(l.file(), 0, 0, "same " + (sameId != null ? "id" : "order") + " as " + (sameId != null ? sameId : sameOrder)));
                return true;
            }
            return false;
        });
    }
}
