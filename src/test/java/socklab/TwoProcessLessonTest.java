package socklab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled server-client lesson taken by two socklab processes, started as a learner starts
 * them (socklab --role server|client --lesson server-client) and fed through pipes: the sides meet
 * on loopback, share the lesson's ports, really connect to each other, and each waits for the
 * other's steps until both finish the lesson.
 */
class TwoProcessLessonTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theServerAndTheClientProcessesFinishTheServerClientLessonTogether() throws Exception {
        int meet;
        try (ServerSocket probe = new ServerSocket(0)) {
            meet = probe.getLocalPort();
        }
        try (Side server = new Side("server", meet); Side client = new Side("client", meet)) {
            server.expect("You are the server side.");
            String port = number(server.expect("Mend it."), "with the port changed to (\\d+)");
            client.expect("You are the client side");
            assertEquals(port, number(client.expect("Mend it."), "with the port changed to (\\d+)"), "both sides fill {PORT} alike");
            for (Side s : new Side[] {server, client}) {
                s.type("address = ('127.0.0.1', " + port + ")");
                s.expect("✓ Correct!");
            }

            server.type("import socket", "sk = socket.socket()", "sk.bind(address)", "sk.listen(5)");
            server.expect("✓ Correct!");
            client.expect("This step is the server side's");
            client.expect("The server side has done it.");
            server.type("2");
            server.expect("✓ Right.");
            client.expect("The server side has done it.");

            client.type("import socket", "c = socket.socket()", "c.connect(address)");
            client.expect("✓ Correct!");
            server.expect("The client side has done it.");
            server.type("conn, addr = sk.accept()");
            server.expect("✓ Correct!");
            client.expect("The server side has done it.");
            client.type("inp = '你好, 服务器'", "c.sendall(inp.encode())");
            client.expect("✓ Correct!");
            server.expect("The client side has done it.");
            server.type("data = conn.recv(1024)", "print(str(data, 'utf8'))");
            server.expect("你好, 服务器\n✓ Correct!");
            client.expect("The server side has done it.");
            server.type("conn.sendall('收到了'.encode())");
            server.expect("✓ Correct!");
            client.expect("The server side has done it.");
            client.type("c.recv(1024)");
            client.expect("b'\\xe6\\x94\\xb6\\xe5\\x88\\xb0\\xe4\\xba\\x86'\n✓ Correct!");
            server.expect("The client side has done it.");

            server.type("conn.close()", "sk.close()");
            server.expect("✓ Correct!");
            client.expect("The server side has done it.");
            client.type("c.close()");
            client.expect("✓ Correct!");
            server.expect("The client side has done it.");
            server.type("OSError: [Errno 98] Address already in use");
            server.expect("OSError: [Errno 98] Address already in use\nYou said:");
            server.expect("✓ Well predicted!");
            server.type("still fails");
            String peer = number(server.expect("keep its address in `home`."), "bind to port\\s+(\\d+) on 127\\.0\\.0\\.1");
            client.expect("The server side has done it.");
            client.expect("The server side has done it.");
            server.type("srv = socket.socket()", "srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
                    "srv.bind(('127.0.0.1', " + peer + "))", "srv.listen()", "home = srv.getsockname()");
            server.expect("✓ Correct!");
            assertTrue(client.expect("The server side has done it.").contains(peer), "the client side reads the same {PEER}");
            client.type("c2 = socket.socket()", "c2.connect(('127.0.0.1', " + peer + "))");
            client.expect("✓ Correct!");
            server.expect("The client side has done it.");
            server.type("conn2, addr2 = srv.accept()", "conn2.close()", "srv.close()");
            server.expect("✓ Correct!");
            client.expect("The server side has done it.");
            client.type("c2.close()");
            client.expect("✓ Correct!");
            server.expect("The client side has done it.");
            server.type("None");
            server.expect("✓ Well predicted!");
            server.expect("★ Lesson complete: All together: a server and a client");
            client.expect("The server side has done it.");
            client.expect("★ Lesson complete: All together: a server and a client");
            assertEquals(0, server.end());
            assertEquals(0, client.end());
        }
    }

    private static String number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex + " in:\n" + text);
        return m.group(1);
    }

    /** One socklab process taking one side, its stdin a pipe the test types into, its output watched. */
    private final class Side implements AutoCloseable {
        private final Process process;
        private final OutputStream keys;
        private final WatchedOutput output = new WatchedOutput(text -> text, TIMEOUT);

        Side(String role, int meet) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(Engines.socklab("--role", role, "--port", Integer.toString(meet), "--lesson", "server-client",
                    "--lang", "en")).redirectErrorStream(true);
            pb.environment().put("SOCKLAB_HOME", dir.resolve(role).toString());
            process = pb.start();
            keys = process.getOutputStream();
            Thread copy = new Thread(() -> {
                try (InputStream in = process.getInputStream()) {
                    in.transferTo(output);
                } catch (IOException e) {
                    // the process ended: its output is complete
                }
            }, "socklab-" + role + "-output");
            copy.setDaemon(true);
            copy.start();
        }

        void type(String... lines) throws IOException {
            for (String line : lines) {
                keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            keys.flush();
        }

        String expect(String text) throws InterruptedException {
            return output.await(text);
        }

        /** Ends the input as the end of a pipe does; the exit status. */
        int end() throws IOException, InterruptedException {
            keys.close();
            assertTrue(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "still running; output:\n" + output.raw());
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
