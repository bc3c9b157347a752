package socklab.classroom;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import socklab.Sessions;
import socklab.WatchedOutput;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.shell.Repl;
import socklab.shell.Signals;
import socklab.shell.StreamIo;

/**
 * A whole piped socklab shell in this JVM, as `socklab < pipe` runs one, fed line by line while
 * the test watches its output (stdout and stderr together) for what it expects.
 */
final class PipedShell implements AutoCloseable {
    private final PipedOutputStream keys = new PipedOutputStream();
    private final WatchedOutput output = new WatchedOutput(text -> text, ClassWatch.TIMEOUT);
    private final Thread thread;
    /** Copies of tutorial lessons as the class tests know them: the real lessons are being rewritten. */
    static final Path TUTORIAL = Path.of("src/test/resources/lessons-fixture/tutorial");

    PipedShell(Path home, Lang lang) throws IOException {
        this(home, lang, TUTORIAL);
    }

    PipedShell(Path home, Lang lang, Path lessonsDir) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(new PipedInputStream(keys, 1 << 16), StandardCharsets.UTF_8));
        PrintStream both = new PrintStream(output, true, StandardCharsets.UTF_8);
        Repl repl = Sessions.piped(new StreamIo(both, both, in), Signals.none(), new Messages(lang), home, lessonsDir);
        thread = new Thread(null, () -> {
            try {
                repl.run();
            } finally {
                repl.interpreter().shutdown();
            }
        }, "python", 64L << 20);
        thread.start();
    }

    void type(String... lines) throws IOException {
        for (String line : lines) {
            keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        keys.flush();
    }

    /** Waits until text shows after everything already expected; returns the output up to it. */
    String expect(String text) throws InterruptedException {
        return output.await(text);
    }

    String all() {
        return output.raw();
    }

    /** Ends the input, as Ctrl-D or the end of a pipe would, and waits for the shell to finish. */
    @Override
    public void close() throws Exception {
        keys.close();
        thread.join(ClassWatch.TIMEOUT.toMillis());
        if (thread.isAlive()) {
            fail("shell still running; output:\n" + all());
        }
    }
}
