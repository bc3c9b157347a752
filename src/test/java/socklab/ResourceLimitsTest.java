package socklab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exhausting the heap or the thread table cannot end the session: a socklab process with a small
 * heap (64 MiB, so the test is quick) fills it twice and starts threads until refused, and goes on.
 */
class ResourceLimitsTest {
    @TempDir
    Path dir;

    private String socklab(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), "socklab.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("SOCKLAB_HOME", dir.resolve("home").toString());
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertEquals(0, p.waitFor(), () -> read("out.txt"));
        return read("out.txt");
    }

    private String read(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aScriptCatchesMemoryErrorTwiceAndGoesOn() throws Exception {
        Files.writeString(dir.resolve("fill.py"), String.join("\n",
                "try:",
                "    big = 'a' * 10**9",
                "except MemoryError:",
                "    print('one allocation too big')",
                "x = []",
                "try:",
                "    while True: x.append('a' * 100000)",
                "except MemoryError:",
                "    print('heap filled', len(x) > 0)",
                "del x",
                "print('alive')",
                ""));
        assertEquals("one allocation too big\nheap filled True\nalive\n", socklab("", "fill.py"));
    }

    @Test
    void thePromptSurvivesAFullHeapAndAThreadBomb() throws Exception {
        String out = socklab(String.join("\n",
                "x = []",
                "while True: x.append('a' * 100000)",
                "",
                "del x",
                "print('alive')",
                "import threading",
                "ev = threading.Event()",
                "try:",
                "    while True: threading.Thread(target=ev.wait, daemon=True).start()",
                "except RuntimeError as e:",
                "    print(type(e).__name__, e)",
                "",
                "ev.set()",
                "print('still alive')",
                ""));
        assertTrue(out.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nMemoryError\n"), out);
        assertTrue(out.contains("alive\n"), out);
        assertTrue(out.contains("RuntimeError can't start new thread\n"), out);
        assertTrue(out.contains("still alive\n"), out);
        assertFalse(out.contains("java."), out);
    }
}
