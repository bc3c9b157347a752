package socklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.Main;

/**
 * %save, %transcript and %demo on sessions typed through the piped shell: the saved script is run
 * in script mode against real loopback sockets and must print what CPython printed running it
 * (recorded in classroom/save-session.out, and run again under python3 where it is installed); the transcript is read as the Markdown it must be; a
 * demo runs every step at once, partners included, and leaves its names in the session.
 */
class ClassroomPipedTest {
    @TempDir
    Path home;

    record Run(int status, String out, String err) {}

    /** A run on the copies of tutorial lessons whose texts these tests read. */
    private Run onTutorialCopies(String input, String... args) throws IOException {
        List<String> all = new java.util.ArrayList<>(List.of("--lessons-dir", PipedShell.TUTORIAL.toString()));
        all.addAll(List.of(args));
        return run(input, all.toArray(String[]::new));
    }

    private Run run(String input, String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(List.of(args), Map.of("SOCKLAB_HOME", home.toString(), "LANG", "en_US.UTF-8"), o, e,
                    new BufferedReader(new StringReader(input)), false);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ClassroomPipedTest.class.getResourceAsStream("/classroom/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path sandbox(String name) {
        return home.resolve("sandbox").resolve(name);
    }

    @Test
    void theSavedScriptHasTheSessionsEffectUnderScriptMode() throws IOException {
        Run session = run(resource("save-session.in"));
        assertEquals(0, session.status(), session.err());
        assertTrue(session.out().endsWith("Saved 19 statements to " + sandbox("saved.py").toRealPath() + "\n"), session.out());
        String saved = Files.readString(sandbox("saved.py"));
        assertEquals(resource("save-session.py"), saved, "failed inputs and % commands left out, shown values kept in _");
        Run script = run("", sandbox("saved.py").toString());
        assertEquals(0, script.status(), script.err());
        assertEquals(resource("save-session.out"), script.out() + script.err(), "what CPython printed running the same file");
        String cpython = underCpython(sandbox("saved.py"));
        if (cpython != null) {
            assertEquals(resource("save-session.out"), cpython, "CPython runs the saved script as it ran when the golden was recorded");
        }
    }

    /** What python3 prints (stdout and stderr) running file, or null on a machine without python3. */
    private static String underCpython(Path file) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-u", file.toString()).directory(file.getParent().toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null; // no python3 here
        }
        try (InputStream in = p.getInputStream()) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), out);
            assertEquals(0, p.exitValue(), out);
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void aResetSessionSavesOnlyWhatCameAfterTheReset() throws IOException {
        Run r = run("x = 1\n%reset\ny = 2\ny\n%save after.py\n");
        assertEquals(0, r.status(), r.err());
        String saved = Files.readString(sandbox("after.py"));
        assertTrue(saved.endsWith("\ny = 2\n_ = y\n"), saved);
        assertFalse(saved.contains("x = 1"), saved);
    }

    @Test
    void filesGoOnlyWhereOpenMayWrite() throws IOException {
        Path outside = home.resolve("outside.py");
        Run r = run("x = 1\n%save ../outside.py\n%transcript\n%save no/such/dir.py\n");
        assertTrue(r.out().contains("../outside.py is outside your folder"), r.out());
        assertTrue(r.out().contains("There is no folder " + home.resolve("sandbox").toRealPath().resolve("no").resolve("such")), r.out());
        assertTrue(r.out().contains("Give a file name"), r.out());
        assertFalse(Files.exists(outside));
    }

    @Test
    void theTranscriptIsMarkdownWithInputsOutputsAndLessonText() throws IOException {
        Run r = onTutorialCopies(String.join("\n", "%lesson gethostname", "import socket", "print('\\x1b[31mred\\x1b[0m', '*not markup*')",
                "1/0", "def f():", "    return '```'", "", "f()", "%hint", "%transcript class.md", ""));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().endsWith("Wrote the session to " + sandbox("class.md").toRealPath() + "\n"), r.out());
        String md = Files.readString(sandbox("class.md"));
        assertTrue(md.startsWith("# socklab session\n\n== Lesson 2: gethostname(): your machine's name ==  \n"), md);
        assertTrue(md.contains("\n```python\n>>> import socket\n```\n\n✓ Correct!\n\n[gethostname 2/4] Step 2 of 4  \n"), md);
        // Each attempt gets the coach's reply, so each input stands in a block of its own.
        assertTrue(md.contains("\n```python\n>>> print('\\x1b[31mred\\x1b[0m', '*not markup*')\nred *not markup*\n```\n"), md);
        assertTrue(md.contains("\n```python\n>>> 1/0\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n```\n"), md);
        assertTrue(md.contains("\n````python\n>>> def f():\n...     return '```'\n...\n````\n"), md);
        assertTrue(md.contains("\n````python\n>>> f()\n'```'\n````\n"), "a longer fence around output holding one: " + md);
        assertTrue(md.contains("Hint 1/"), md);
        assertTrue(md.contains("\\`socket.gethostname()\\`") || md.contains("`socket.gethostname()`"), md);
        assertFalse(md.contains("\u001b"), "no escape sequences in a handout");
    }

    private static final Path KINDS = Path.of("src/test/resources/lessons-fixture/kinds");

    @Test
    void demoGethostnameShowsTheHostName() throws IOException {
        String host = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        Run r = onTutorialCopies("me\n", "--demo", "gethostname");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("== Demo of lesson 2: gethostname(): your machine's name ==\n\n[gethostname 1/4]\n"), r.out());
        assertTrue(r.out().contains("\n>>> socket.gethostname()\n'" + host + "'\n"), r.out());
        assertTrue(r.out().endsWith("End of the demo. Everything it made is still in the session.\n'" + host + "'\n"),
                "me, made by the demo, is still there: " + r.out());
    }

    @Test
    void demoShowsEveryKindOfStepAndItsPartner() throws IOException {
        Run r = run("double(4)\n%demo 9\n%transcript kinds.md\n", "--lessons-dir", KINDS.toString(), "--demo", "kinds", "--lang", "en");
        assertEquals(0, r.status(), r.err());
        String out = r.out();
        assertTrue(out.contains("""
                → What will it show?
                What will this show? Think first, then watch:
                    len('你好'.encode())
                >>> len('你好'.encode())
                6
                Each of those characters takes 3 bytes in UTF-8.
                """), "predict: the code first, then its run, then why: " + out);
        assertTrue(out.contains("""
                → Which type does a TCP socket use?
                  1. SOCK_DGRAM
                  2. SOCK_STREAM
                The answer is 2: SOCK_STREAM
                A byte stream is TCP.
                """), "choose: question, choices, answer with its why: " + out);
        assertTrue(out.matches("(?s).*This code is broken:\n    c = socket.create_connection\\('127.0.0.1', (\\d+)\\)\n"
                + ">>> c = socket.create_connection\\(\\('127.0.0.1', \\1\\)\\)\npartner: connected from 127.0.0.1:\\d+\n.*"), out);
        assertTrue(out.contains("partner: received 6 bytes b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd' (\"你好\")\n"), out);
        assertTrue(out.contains(">>> def double(n):\n...     return n * 2\n... \n>>> double(21)\n42\n"), out);
        assertTrue(out.contains("End of the demo. Everything it made is still in the session.\n8\n"), out);
        assertTrue(out.contains("There is no lesson \"9\" to present; %lessons lists them.\n"), out);
        String md = Files.readString(sandbox("kinds.md"));
        assertTrue(md.contains("\n```python\n>>> c.recv(100)\nb'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd'\n"), "demo lines as inputs: " + md);
        assertTrue(md.contains("\npartner: received 6 bytes b'\\\\xe4\\\\xbd\\\\xa0\\\\xe5\\\\xa5\\\\xbd' (\"你好\")"),
                "partner reports as prose, backslashes kept from Markdown: " + md);
        assertTrue(md.contains("  1. SOCK\\_DGRAM  \n  2. SOCK\\_STREAM  \n"), md);
        assertFalse(md.contains("[Enter"), md);
    }

    @Test
    void theDemoIsOneOfTheShellsCommands() throws IOException {
        Run en = run("%help\n%lang zh\n%help\n");
        for (String line : new String[] {"%demo ID ", "%save FILE ", "%transcript FILE ", "%save 文件 ", "%transcript 文件 "}) {
            assertTrue(en.out().contains("  " + line), line + " in %help: " + en.out());
        }
        Run usage = run("", "--help");
        assertTrue(usage.out().contains("--demo ID"), usage.out());
        Run bad = run("", "--demo", "no-such-lesson");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("no lesson \"no-such-lesson\""), bad.err());
    }
}
