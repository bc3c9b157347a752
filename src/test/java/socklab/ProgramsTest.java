package socklab;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The socket programs learners copy, run as they would run them: each side a real process, socklab
 * against a CPython peer and against itself, every side compared with what CPython printed when it
 * ran both sides (recorded by src/test/tools/record_programs.py into each program's expected/ folder).
 */
class ProgramsTest {
    private static final Path ROOT = Path.of("src", "test", "resources", "programs");
    private static final String HOST = "127.0.0.1";
    private static final String KNOWN_FAILURES = "known_failures";
    /** A side's typed input: SIDE.stdin beside the scripts, what a learner would type at its input() prompts. */
    private static final String STDIN = ".stdin";
    private static final Set<String> NOT_SHARED = Set.of("server.py", "client.py", "main.py", "requires", KNOWN_FAILURES);
    private static final long FIRST_LINE_SECONDS = 60;
    private static final long RUN_SECONDS = 60;
    /** How long a side may go on once its peer has ended (a stuck side is a failure, not a hang). */
    private static final long AFTER_PEER_SECONDS = 15;
    private static final Pattern LIBRARY = Pattern.compile("(?m)^  File \"/[^\"]*/lib/python3\\.11/");

    /** Which Python runs a side. */
    enum Engine { CPYTHON, SOCKLAB }

    /** What a side printed and returned, normalised as the recorder normalises CPython's. */
    record Outcome(String stdout, String stderr, String exit) {}

    @TestFactory
    Stream<DynamicNode> programs() throws IOException {
        List<Path> programs;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            Set<String> only = only();
            programs = dirs.filter(Files::isDirectory)
                    .filter(p -> only.isEmpty() || only.contains(p.getFileName().toString())).sorted().toList();
        }
        Map<String, Boolean> importable = new HashMap<>();
        boolean python = Engines.pythonAvailable();
        return programs.stream().map(program -> {
            List<String> missing = requires(program).stream()
                    .filter(m -> !importable.computeIfAbsent(m, ProgramsTest::socklabImports)).toList();
            String name = program.getFileName().toString();
            if (Files.exists(program.resolve("main.py"))) {
                return DynamicTest.dynamicTest(name + ": socklab",
                        () -> check(program, missing, true, Map.of("main", Engine.SOCKLAB)));
            }
            return DynamicContainer.dynamicContainer(name, Stream.of(
                    DynamicTest.dynamicTest("CPython server, socklab client",
                            () -> check(program, missing, python, pair(Engine.CPYTHON, Engine.SOCKLAB))),
                    DynamicTest.dynamicTest("socklab server, CPython client",
                            () -> check(program, missing, python, pair(Engine.SOCKLAB, Engine.CPYTHON))),
                    DynamicTest.dynamicTest("socklab server, socklab client",
                            () -> check(program, missing, true, pair(Engine.SOCKLAB, Engine.SOCKLAB)))));
        });
    }

    /**
     * The programs named by -Dsocklab.programs=A,B (a targeted run on a busy machine), or none for all.
     */
    private static Set<String> only() {
        String names = System.getProperty("socklab.programs", "");
        return names.isBlank() ? Set.of() : Set.of(names.strip().split("\\s*,\\s*"));
    }

    private static Map<String, Engine> pair(Engine server, Engine client) {
        return Map.of("server", server, "client", client);
    }

    /** Runs one combination (server first when there is one) and compares every side with the recording. */
    private static void check(Path program, List<String> missing, boolean pythonOk, Map<String, Engine> sides)
            throws Exception {
        assumeTrue(missing.isEmpty(), () -> "socklab has no module " + missing);
        assumeTrue(pythonOk, "python3 is needed for the CPython peer");
        Path work = Files.createTempDirectory("socklab-programs-");
        List<Side> started = new ArrayList<>();
        try {
            int port = freePort();
            if (sides.containsKey("main")) {
                started.add(new Side(program, "main", sides.get("main"), work, port));
            } else {
                Side server = new Side(program, "server", sides.get("server"), work, port);
                started.add(server);
                server.awaitFirstLine();
                started.add(new Side(program, "client", sides.get("client"), work, port));
            }
            awaitFirstExit(started);
            List<Executable> checks = new ArrayList<>();
            for (Side side : started) {
                Outcome got = side.finish(AFTER_PEER_SECONDS);
                Outcome want = expected(program, side.name);
                String who = program.getFileName() + ": " + side.name + " (" + side.engine + ") ";
                checks.add(() -> assertEquals(want.stdout(), got.stdout(), who + "stdout"));
                checks.add(() -> assertEquals(want.stderr(), got.stderr(), who + "stderr"));
                checks.add(() -> assertEquals(want.exit(), got.exit(), who + "exit status"));
            }
            List<String> known = knownFailures(program, sides);
            try {
                assertAll(checks);
            } catch (AssertionError differs) {
                if (known.isEmpty()) {
                    throw differs;
                }
                Assumptions.abort("known failure: " + String.join("; ", known));
            }
            if (!known.isEmpty()) {
                fail("passes now: remove these lines from " + program.resolve(KNOWN_FAILURES) + ": " + known);
            }
        } finally {
            started.forEach(Side::kill);
            Transcripts.deleteTree(work.toString());
        }
    }

    /** Waits until some side has ended, so that a side left waiting for a dead peer is not waited for long. */
    private static void awaitFirstExit(List<Side> sides) throws InterruptedException {
        try {
            CompletableFuture.anyOf(sides.stream().map(s -> s.process.onExit()).toArray(CompletableFuture[]::new))
                    .get(RUN_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // every side is still running or failed to end: finish() reports them as timed out
        }
    }

    private static Outcome expected(Path program, String side) throws IOException {
        Path dir = program.resolve("expected");
        return new Outcome(Files.readString(dir.resolve(side + ".stdout")), Files.readString(dir.resolve(side + ".stderr")),
                Files.readString(dir.resolve(side + ".exit")));
    }

    /**
     * The reasons, from the program's known_failures file, why this combination still differs from
     * CPython: lines "SIDE: reason" for the sides socklab runs here. Such a combination is skipped with
     * the reason while it fails, and fails once it passes, so that a fixed bug loses its excuse.
     */
    private static List<String> knownFailures(Path program, Map<String, Engine> sides) throws IOException {
        Path file = program.resolve(KNOWN_FAILURES);
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().filter(line -> {
            int colon = line.indexOf(':');
            return colon > 0 && sides.get(line.substring(0, colon).strip()) == Engine.SOCKLAB;
        }).toList();
    }

    /** The modules a program's `requires` file names: ones other parts of socklab are still adding. */
    private static List<String> requires(Path program) {
        Path file = program.resolve("requires");
        try {
            return Files.exists(file) ? Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean socklabImports(String module) {
        return exitsZero(socklabCommand(List.of("-c", "import " + module)));
    }

    private static boolean exitsZero(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> socklabCommand(List<String> args) {
        return Engines.socklab(args.toArray(new String[0]));
    }

    /** A port that is free for TCP and UDP alike; the program's server binds it with SO_REUSEADDR. */
    private static int freePort() throws IOException {
        while (true) {
            int port;
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
                port = tcp.getLocalPort();
            }
            try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getByName(HOST))) {
                return port;
            } catch (IOException taken) {
                // the UDP port is in use; try another
            }
        }
    }

    /** Files every side gets beside its script: modules it imports and data it sends, not the other sides' scripts. */
    private static List<Path> sharedFiles(Path program) throws IOException {
        try (Stream<Path> files = Files.list(program)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !NOT_SHARED.contains(f.getFileName().toString()))
                    .filter(f -> !f.getFileName().toString().endsWith(STDIN)).sorted().toList();
        }
    }

    /** One running script in a folder of its own, with its output drained as it comes. */
    private static final class Side {
        final String name;
        final Engine engine;
        final Path dir;
        final Process process;
        final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        final CountDownLatch firstLine = new CountDownLatch(1);
        final Thread outReader;
        final Thread errReader;

        Side(Path program, String name, Engine engine, Path work, int port) throws IOException {
            this.name = name;
            this.engine = engine;
            dir = Files.createDirectory(work.resolve(name));
            Files.copy(program.resolve(name + ".py"), dir.resolve(name + ".py"));
            for (Path extra : sharedFiles(program)) {
                Files.copy(extra, dir.resolve(extra.getFileName()));
            }
            List<String> args = List.of(name + ".py", HOST, Integer.toString(port));
            List<String> cmd = new ArrayList<>();
            if (engine == Engine.CPYTHON) {
                cmd.add("python3");
                cmd.addAll(args);
            } else {
                cmd.addAll(socklabCommand(args));
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
            pb.environment().put("SOCKLAB_HOME", work.resolve("home-" + name).toString());
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.environment().put("LC_ALL", "C.UTF-8");
            Path typed = program.resolve(name + STDIN);
            if (Files.exists(typed)) {
                pb.redirectInput(typed.toFile());
            }
            process = pb.start();
            process.getOutputStream().close();
            outReader = drain(process.getInputStream(), stdout, true);
            errReader = drain(process.getErrorStream(), stderr, false);
        }

        private Thread drain(InputStream in, ByteArrayOutputStream sink, boolean watchFirstLine) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[8192];
                try (in) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        synchronized (sink) {
                            sink.write(buf, 0, n);
                        }
                        for (int i = 0; watchFirstLine && i < n; i++) {
                            if (buf[i] == '\n') {
                                firstLine.countDown();
                            }
                        }
                    }
                } catch (IOException e) {
                    // the process went away; what was read so far is what it printed
                } finally {
                    firstLine.countDown();
                }
            }, "programs-" + name);
            t.setDaemon(true);
            t.start();
            return t;
        }

        /** Waits for the server's "listening" line (or its end, whose output the comparison shows). */
        void awaitFirstLine() throws InterruptedException {
            firstLine.await(FIRST_LINE_SECONDS, TimeUnit.SECONDS);
        }

        Outcome finish(long seconds) throws InterruptedException {
            String exit;
            if (process.waitFor(seconds, TimeUnit.SECONDS)) {
                exit = process.exitValue() + "\n";
            } else {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                exit = "timeout\n";
            }
            outReader.join(TimeUnit.SECONDS.toMillis(10));
            errReader.join(TimeUnit.SECONDS.toMillis(10));
            return new Outcome(normalise(stdout), normalise(stderr), exit);
        }

        private String normalise(ByteArrayOutputStream bytes) {
            String text;
            synchronized (bytes) {
                text = bytes.toString(StandardCharsets.UTF_8);
            }
            String real;
            try {
                real = dir.toRealPath().toString();
            } catch (IOException e) {
                real = dir.toAbsolutePath().toString();
            }
            text = text.replace(real, "{DIR}").replace(dir.toAbsolutePath().toString(), "{DIR}");
            return LIBRARY.matcher(text).replaceAll("  File \"{LIB}/");
        }

        void kill() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
