package socklab.modules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the argparse scripts as a user would (`socklab server.py --port x`) in a real socklab JVM
 * and compares stdout, stderr and exit status with CPython's, recorded by
 * src/test/tools/record_argparse.py from the cases in src/test/resources/argparse/cases.txt.
 */
class ArgparseScriptTest {
    private static final Path ROOT = Path.of("src/test/resources/argparse");

    @TempDir
    Path dir;

    /** One line of cases.txt: a name, the environment to add, the command line after the interpreter. */
    record Case(String name, List<String> env, List<String> argv) {}

    @TestFactory
    Stream<DynamicTest> scriptsBehaveAsUnderCPython() throws IOException {
        try (Stream<Path> scripts = Files.list(ROOT)) {
            for (Path p : scripts.filter(p -> p.toString().endsWith(".py")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        return Files.readAllLines(ROOT.resolve("cases.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(ArgparseScriptTest::parse)
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static Case parse(String line) {
        List<String> words = split(line);
        List<String> env = new ArrayList<>();
        int i = 1;
        while (words.get(i).matches("[A-Z_]+=.*")) {
            env.add(words.get(i++));
        }
        return new Case(words.get(0), env, words.subList(i, words.size()));
    }

    /** Shell-style words: blanks separate, single or double quotes keep blanks inside one word. */
    private static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private void check(Case c) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "socklab.Main"));
        cmd.addAll(c.argv());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("COLUMNS");
        pb.environment().put("SOCKLAB_HOME", dir.resolve("home").toString());
        for (String kv : c.env()) {
            pb.environment().put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        Path out = dir.resolve(c.name() + ".out");
        Path err = dir.resolve(c.name() + ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        int status = pb.start().waitFor();
        Path expected = ROOT.resolve("expected");
        assertAll(
                () -> assertEquals(read(expected.resolve(c.name() + ".out")), read(out), "stdout"),
                () -> assertEquals(read(expected.resolve(c.name() + ".err")), read(err), "stderr"),
                () -> assertEquals(read(expected.resolve(c.name() + ".status")).strip(), Integer.toString(status), "exit status"));
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
