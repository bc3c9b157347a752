package socklab.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history file socklab cannot use (stray bytes, or a folder in its place) is set aside with
 * one line, and the shell works from the first Enter on, as the README's security section says.
 */
class TerminalStateFilesTest {
    @TempDir
    Path home;

    private void startsAndWorks() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            String start = sh.expect(">>> ");
            assertTrue(start.contains("history"), start);
            sh.type("6 * 7" + ShellHarness.ENTER);
            sh.expect("42\n>>> ");
            sh.type("'again'" + ShellHarness.ENTER);
            sh.expect("'again'\n>>> ");
        }
    }

    @Test
    void aHistoryFileWithAStrayByteIsSetAside() throws Exception {
        Files.write(home.resolve("history"), new byte[] {'x', '=', '1', '\n', (byte) 0xff, '\n'});
        startsAndWorks();
        assertTrue(Files.list(home).anyMatch(p -> p.getFileName().toString().startsWith("history.bad")), "set aside");
    }

    @Test
    void aFolderWhereTheHistoryFileShouldBeIsSetAside() throws Exception {
        Files.createDirectories(home.resolve("history").resolve("inside"));
        startsAndWorks();
    }
}
