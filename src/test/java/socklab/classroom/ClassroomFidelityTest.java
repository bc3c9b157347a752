package socklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.Transcripts;
import socklab.i18n.Lang;

/**
 * A threaded echo server with a client at the prompt, recorded with CPython, run again with
 * %trace on and %sockets and %diagram between the inputs: once the commands' own lines are
 * taken out, what Python printed is exactly CPython's. Looking must not change what is seen.
 */
class ClassroomFidelityTest {
    private static final Path SESSION = Path.of("src/test/resources/golden/socket/52_threaded_echo_at_prompt.py");
    private static final Pattern COMMAND_LINE = Pattern.compile(
            "^(?:(?:bind|listen|connect|connect_ex|accept|send|sendall|sendto|recv|recvfrom|recv_into|recvfrom_into|shutdown|close): .*|Trace o.*|fd  .*"
                    + "|(?:-1|-|\\d+) {2,}.*|[┌│└].*)$");

    @TempDir
    Path home;

    @Test
    void traceTableAndDiagramLeaveCpythonsOutputAsItWas() throws Exception {
        String py = Files.readString(SESSION, StandardCharsets.UTF_8);
        String expected = Files.readString(Path.of(SESSION.toString().replace(".py", ".out")), StandardCharsets.UTF_8);
        String watched = "%trace on\n" + py
                .replace("c.sendall(b'hello')\n", "c.sendall(b'hello')\n%sockets\n")
                .replace("c.getpeername() == srv.getsockname()\n", "c.getpeername() == srv.getsockname()\n%diagram\n%sockets\n")
                .replace("c.close()\n", "c.close()\n%sockets\n")
                .replace("srv.close()\n", "%diagram\nsrv.close()\n");
        Map<String, String> values = Transcripts.placeholders();
        try {
            String out = PipedSession.run(Transcripts.fill(watched, values), Lang.EN, home);
            List<String> got = Transcripts.normalise(out, values);
            assertTrue(got.stream().anyMatch(l -> l.matches("\\d+ +srv +AF_INET/SOCK_STREAM +LISTEN +127\\.0\\.0\\.1:\\{PORT}.*")), out);
            assertTrue(got.stream().anyMatch(l -> l.startsWith("accept: took a connection from the backlog queue")), out);
            assertTrue(got.stream().anyMatch(l -> l.startsWith("recv: 5 bytes from 127.0.0.1:{PORT}: b'HELLO'")), out);
            List<String> python = got.stream().filter(l -> !COMMAND_LINE.matcher(l).matches()).toList();
            assertEquals(String.join("\n", Transcripts.normalise(expected, values)), String.join("\n", python), out);
        } finally {
            Transcripts.deleteTree(values.get("TMP"));
        }
    }
}
