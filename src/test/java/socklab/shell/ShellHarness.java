package socklab.shell;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import socklab.Sessions;
import socklab.WatchedOutput;
import socklab.i18n.Lang;
import socklab.i18n.Messages;

/**
 * A headless terminal for shell tests: JLine's pure-Java terminal (its own line discipline, so ^C
 * raises SIGINT as a tty would) fed with raw key bytes, the
 * shell on its own big-stack thread as Main runs it, and the screen output to wait on.
 */
final class ShellHarness implements AutoCloseable {
    static final String CTRL_C = "\u0003";
    static final String CTRL_D = "\u0004";
    static final String CTRL_R = "\u0012";
    /** Cursor-up as xterm sends it in keypad-transmit mode, which JLine switches on. */
    static final String UP = "\u001bOA";
    static final String TAB = "\t";
    static final String ENTER = "\r";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /**
     * Copies of tutorial lessons as they were when the shell tests were written, so tests that read
     * a lesson's texts or count its steps do not change when the real lessons are rewritten.
     */
    static final Path TUTORIAL = fixture("tutorial");

    private final WatchedOutput screen = new WatchedOutput(ShellHarness::strip, TIMEOUT);
    private final PipedOutputStream keys = new PipedOutputStream();
    private final Terminal terminal;
    private final TerminalShell shell;
    private final Thread thread;
    private volatile Integer status;

    ShellHarness(Path home, Lang lang, Map<String, String> extraEnv, Consumer<TerminalShell> setup) throws IOException {
        this(home, lang, extraEnv, setup, null);
    }

    /** firstCommand runs before the first prompt, as Main runs --lesson ID's "%lesson ID". */
    ShellHarness(Path home, Lang lang, Map<String, String> extraEnv, Consumer<TerminalShell> setup, String firstCommand)
            throws IOException {
        this(home, lang, extraEnv, setup, firstCommand, TUTORIAL);
    }

    /** lessonsDir null means the bundled lessons, which only tests walking every real lesson by its solutions use. */
    ShellHarness(Path home, Lang lang, Map<String, String> extraEnv, Consumer<TerminalShell> setup, String firstCommand, Path lessonsDir)
            throws IOException {
        this(home, lang, extraEnv, setup, lessonsDir, shell -> shell.run(firstCommand));
    }

    /** How the shell is run is given (python3 -i's program before the prompt, say); it returns the exit status. */
    ShellHarness(Path home, Lang lang, Map<String, String> extraEnv, Consumer<TerminalShell> setup, Path lessonsDir,
            ToIntFunction<TerminalShell> run) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        terminal = new ExternalTerminal("test", "xterm-256color", in, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(120, 40));
        terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_IGN);
        Map<String, String> env = new HashMap<>(Map.of("TERM", "xterm-256color"));
        env.putAll(extraEnv);
        shell = Sessions.terminal(terminal, new Messages(lang), home, lessonsDir, "socklab test", env);
        setup.accept(shell);
        thread = new Thread(null, () -> status = run.applyAsInt(shell), "python", 64L << 20);
        thread.start();
    }

    ShellHarness(Path home) throws IOException {
        this(home, Lang.EN, Map.of("NO_COLOR", "1"), s -> { });
    }

    /** Resizes the terminal, as dragging the window's corner would. */
    void resize(int columns, int rows) {
        terminal.setSize(new Size(columns, rows));
    }

    /** Types raw bytes, as keys or a paste would arrive from the terminal. */
    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Bracketed paste, as terminals send it. */
    void paste(String text) throws IOException {
        type("\u001b[200~" + text + "\u001b[201~");
    }

    /** Waits until the screen (escape sequences removed) shows text after everything seen so far; returns it. */
    String expect(String text) throws InterruptedException {
        return screen.await(text);
    }

    /** Everything written so far, escape sequences removed. */
    String plain() {
        return screen.seen();
    }

    String raw() {
        return screen.raw();
    }

    /** Waits for the shell to end and returns its exit status. */
    int exitStatus() throws InterruptedException {
        thread.join(TIMEOUT.toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("shell still running; screen:\n" + plain());
        }
        return status;
    }

    @Override
    public void close() throws Exception {
        if (thread.isAlive()) {
            type(CTRL_D);
            thread.join(TIMEOUT.toMillis());
        }
        terminal.close();
    }

    /** A fixture lesson directory under src/test/resources/lessons-fixture. */
    static Path fixture(String name) {
        try {
            return Path.of(ShellHarness.class.getResource("/lessons-fixture/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The terminal's output without its escape sequences and carriage returns, as a reader sees it. */
    static String strip(String s) {
        return s.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("\u001b[()][0-9A-B]", "").replaceAll("\u001b[=>]", "")
                .replace("\r", "");
    }
}
