package socklab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * signal.signal in script mode, with real signals sent to the process: a SIGINT handler that
 * returns lets the blocked accept() go on waiting (PEP 475), a SIGTERM handler that calls
 * sys.exit ends it with finally run. socklab's output is CPython's, which the test checks against
 * python3 too when it is there.
 */
class SignalScriptTest {
    private static final String SCRIPT = """
            import signal
            import socket
            import sys

            def polite(signum, frame):
                print('handler', signal.Signals(signum).name, flush=True)

            def leave(signum, frame):
                print('handler', signal.Signals(signum).name, 'leaving', flush=True)
                sys.exit('terminated by ' + signal.strsignal(signum))

            print(signal.signal(signal.SIGINT, polite), repr(signal.signal(signal.SIGTERM, leave)))
            s = socket.socket()
            s.bind(('127.0.0.1', 0))
            s.listen()
            print('listening', flush=True)
            try:
                s.accept()
            finally:
                print('finally ran', s.fileno() > 0, flush=True)
            """;
    private static final String EXPECTED = """
            <built-in function default_int_handler> <Handlers.SIG_DFL: 0>
            listening
            handler SIGINT
            handler SIGTERM leaving
            finally ran True
            terminated by Terminated
            """;

    @TempDir
    Path dir;

    @Test
    void handlersRunInTheMainThreadAndTheBlockedCallResumesOrEnds() throws Exception {
        Files.writeString(dir.resolve("server.py"), SCRIPT);
        assertEquals(EXPECTED + "exit 1\n", run(Engines.socklab("server.py")));
        if (Engines.pythonAvailable()) {
            assertEquals(EXPECTED + "exit 1\n", run(List.of("python3", "server.py")), "CPython agrees");
        }
    }

    /** Starts the script, sends SIGINT once it listens and SIGTERM once the SIGINT handler has spoken. */
    private String run(List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("SOCKLAB_HOME", dir.resolve("home").toString());
        Process p = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            seen.append(out.readLine()).append('\n');
            seen.append(expectLine(out, "listening")).append('\n');
            signal(p, "-INT");
            seen.append(expectLine(out, "handler SIGINT")).append('\n');
            assertTrue(p.isAlive(), "accept() goes on after a handler that returns");
            signal(p, "-TERM");
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.append(line).append('\n');
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            return seen + "exit " + p.exitValue() + "\n";
        } finally {
            p.destroyForcibly();
        }
    }

    private static String expectLine(BufferedReader out, String want) throws IOException {
        String line = out.readLine();
        assertEquals(want, line);
        return line;
    }

    private static void signal(Process p, String which) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", which, Long.toString(p.pid())).start().waitFor());
    }

}
