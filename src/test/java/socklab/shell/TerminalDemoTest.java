package socklab.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.i18n.Lang;

/**
 * Presenter mode in JLine's headless terminal: the demo types each solution key by key, the shell's
 * loop runs it, Enter moves on, Ctrl-C leaves the demo and the session keeps what the demo made.
 */
class TerminalDemoTest {
    private static final String ENTER_PROMPT = "[Enter: next step, Ctrl-C: leave the demo]";

    @TempDir
    Path home;

    private static String host() throws Exception {
        return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
    }

    @Test
    void aDemoTypesRunsAndWaitsForEnterAtEachStep() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("%demo gethostname" + ShellHarness.ENTER);
            sh.expect("[gethostname 1/4]");
            sh.expect(">>> import socket\n");
            sh.expect(ENTER_PROMPT);
            sh.type(ShellHarness.ENTER);
            sh.expect(">>> s");
            long firstKey = System.nanoTime();
            sh.expect("ocket.gethostname()");
            long typing = (System.nanoTime() - firstKey) / 1_000_000;
            assertTrue(typing >= 500, "18 more keys at a person's pace, not at once: " + typing + " ms");
            String step2 = sh.expect(ENTER_PROMPT);
            assertTrue(step2.startsWith("\n'" + host() + "'\n"), step2);
            sh.type(ShellHarness.ENTER);
            sh.expect(">>> me\n'" + host() + "'\n");
            sh.expect(ENTER_PROMPT);
            sh.type(ShellHarness.ENTER);
            sh.expect("[gethostname 4/4]");
            sh.expect(ENTER_PROMPT);
            sh.type(ShellHarness.ENTER);
            sh.expect("End of the demo.");
            sh.expect(">>> ");
            sh.type("me.upper() == socket.gethostname().upper()" + ShellHarness.ENTER);
            sh.expect("True\n");
        }
    }

    @Test
    void ctrlCLeavesTheDemoAndKeepsTheSession() throws Exception {
        try (ShellHarness sh = new ShellHarness(home, Lang.EN, Map.of("NO_COLOR", "1"), s -> { }, "%demo gethostname")) {
            sh.expect(">>> import socket\n");
            sh.expect(ENTER_PROMPT);
            sh.type(ShellHarness.CTRL_C);
            sh.expect("Demo stopped. The session goes on, with every name the demo made.");
            sh.expect(">>> ");
            sh.type("socket.gethostname()" + ShellHarness.ENTER);
            String after = sh.expect("'" + host() + "'\n>>> ");
            assertFalse(after.contains("[gethostname 2/4]"), "the demo is over: " + after);
        }
    }

    @Test
    void lessonTextWrapsAtTheTerminalsWidthWhateverItIsNow() throws Exception {
        try (ShellHarness sh = new ShellHarness(home, Lang.ZH, Map.of("NO_COLOR", "1"), s -> { })) {
            sh.expect(">>> ");
            for (int width : new int[] {44, 72}) {
                sh.resize(width, 30);
                sh.type("%lesson bind" + ShellHarness.ENTER);
                String shown = sh.expect("[bind 1/6] >>> ");
                for (String line : shown.split("\n")) {
                    assertTrue(socklab.text.Wrap.columns(line) <= width, width + " columns: " + line);
                }
                assertTrue(shown.contains("`sk.bind(address)`"), shown);
            }
        }
    }
}
