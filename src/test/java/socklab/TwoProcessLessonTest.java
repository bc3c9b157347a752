package socklab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled two-terminal lessons taken by two socklab processes, started as a learner starts
 * them (socklab --role server|client --lesson ID) and fed through pipes: the sides meet on
 * loopback and share the lesson's ports; in server-client they really connect to each other, in
 * two-programs each writes its own program against its own partner, then runs it against the
 * other terminal's; each waits for the other's steps until both finish the lesson.
 */
class TwoProcessLessonTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theServerAndTheClientProcessesFinishTheServerClientLessonTogether() throws Exception {
        playServerClient(Network.LOOPBACK);
    }

    @Test
    void theServerClientLessonConnectsTwoMachinesOfOneNetwork() throws Exception {
        try (TwoNamespaces machines = TwoNamespaces.create()) {
            playServerClient(new Network(TwoNamespaces.SERVER_ADDRESS, machines.server, machines.client));
        }
    }

    @Test
    void theTwoProgramsLessonEndsWithEachTerminalRunningItsOwnProgramAgainstTheOther() throws Exception {
        assertTrue(playTwoPrograms(Network.LOOPBACK).contains("connected: ('127.0.0.1', "), "server.py printed its client's address");
    }

    @Test
    void theTwoProgramsOfTwoMachinesTalkAcrossTheirNetwork() throws Exception {
        try (TwoNamespaces machines = TwoNamespaces.create()) {
            String served = playTwoPrograms(new Network(TwoNamespaces.SERVER_ADDRESS, machines.server, machines.client));
            assertTrue(served.contains("connected: ('" + TwoNamespaces.CLIENT_ADDRESS + "', "),
                    "server.py was reached from the client's machine:\n" + served);
        }
    }

    /** Both sides take the server-client lesson on network, the server side's address typed where the two meet. */
    private void playServerClient(Network net) throws Exception {
        int meet = freePort();
        String host = net.host();
        try (Side server = new Side("server", meet, "server-client", net); Side client = new Side("client", meet, "server-client", net)) {
            server.expect("You are the server side");
            String port = number(server.expect("Mend it."), "with the port changed to (\\d+)");
            client.expect("You are the client side");
            assertEquals(port, number(client.expect("Mend it."), "with the port changed to (\\d+)"), "both sides fill {PORT} alike");
            for (Side s : new Side[] {server, client}) {
                s.type("address = ('" + host + "', " + port + ")");
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
            String peer = number(server.expect("keep its address in `home`."), "bind to port\\s+(\\d+) on\\s+" + Pattern.quote(host));
            client.expect("The server side has done it.");
            client.expect("The server side has done it.");
            server.type("srv = socket.socket()", "srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
                    "srv.bind(('" + host + "', " + peer + "))", "srv.listen()", "home = srv.getsockname()");
            server.expect("✓ Correct!");
            assertTrue(client.expect("The server side has done it.").contains(peer), "the client side reads the same {PEER}");
            client.type("c2 = socket.socket()", "c2.connect(('" + host + "', " + peer + "))");
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
            bothFinish(server, client, "All together: a server and a client");
        }
    }

    /**
     * Both sides take two-programs on network to its end, where server.py and client.py meet at
     * the server side's address; what the server side showed while server.py served.
     */
    private String playTwoPrograms(Network net) throws Exception {
        int meet = freePort();
        String host = net.host();
        try (Side server = new Side("server", meet, "two-programs", net); Side client = new Side("client", meet, "two-programs", net)) {
            String port = playsTwoPrograms(server, client, host);
            server.type("sys.argv = ['server.py', '" + host + "', '" + port + "']", "exec(open('server.py').read())");
            client.expect("The server side is listening now: go on meanwhile.");
            client.expect("[two-programs 8/8]");
            client.type("sys.argv = ['client.py', '" + host + "', '" + port + "']", "exec(open('client.py').read())");
            client.expect("b'HELLO FROM CLIENT.PY\\n'\n✓ Correct!");
            String served = server.expect("✓ Correct!");
            assertFalse(served.contains("partner:"), "no partner stood in for the client side's client.py:\n" + served);
            client.expect("★ Lesson complete: Two programs: server.py and client.py");
            server.expect("The client side has done it.");
            server.expect("★ Lesson complete: Two programs: server.py and client.py");
            assertEquals(0, server.end());
            assertEquals(0, client.end());
            return served;
        }
    }

    /**
     * Plays two-programs up to its meeting (each terminal writes its program against its own
     * partner, on its own machine's loopback) and checks that the server side enters the step
     * that runs server.py for the client side at host; the lesson's {PORT}.
     */
    private static String playsTwoPrograms(Side server, Side client, String host) throws Exception {
        for (Side s : new Side[] {server, client}) {
            s.expect("Type your prediction first.");
            s.type("['']");
            s.expect("✓ Well predicted!");
        }
        String peer = number(client.expect("type the mended code."), "An echo partner on port (\\d+)");
        assertTrue(server.expect("This step is the client side's").contains("An echo partner on port " + peer),
                "both terminals read one {PEER}");
        client.type("sys.argv = ['client.py', '" + peer + "']", "port = int(sys.argv[1])", "c = socket.socket()",
                "c.connect(('127.0.0.1', port))");
        client.expect("✓ Correct!");
        client.type("c.close()", "text = r'''import socket", "import sys", "", "host = sys.argv[1]", "port = int(sys.argv[2])",
                "c = socket.create_connection((host, port))", "c.sendall(b'hello from client.py\\n')", "print(c.recv(1024))",
                "c.close()", "'''", "open('client.py', 'w').write(text)");
        client.expect("✓ Correct!");
        client.type("sys.argv = ['client.py', '127.0.0.1', '" + peer + "']", "exec(open('client.py').read())");
        client.expect("partner: received 21 bytes b'hello from client.py\\n'");
        client.expect("✓ Correct!");
        for (int k = 0; k < 3; k++) {
            server.expect("The client side has done it.");
        }
        for (Side s : new Side[] {server, client}) {
            s.type("1");
            s.expect("✓ Right.");
        }
        String port = number(server.expect("as above."), "port (\\d+)\\) and\\s+run it");
        client.expect("This step is the server side's");
        server.type("text = r'''import socket", "import sys", "", "host = sys.argv[1]", "port = int(sys.argv[2])", "srv = socket.socket()",
                "srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)", "srv.bind((host, port))", "srv.listen()",
                "conn, addr = srv.accept()", "print('connected:', addr)", "data = conn.recv(1024)", "conn.sendall(data.upper())",
                "conn.close()", "srv.close()", "'''", "open('server.py', 'w').write(text)",
                "sys.argv = ['server.py', '127.0.0.1', '" + port + "']", "exec(open('server.py').read())");
        server.expect("partner: received 27 bytes b'HI FROM THE PARTNER CLIENT\\n'");
        server.expect("✓ Correct!");
        client.expect("The server side has done it.");
        server.expect("[two-programs 7/8]");
        assertTrue(server.expect(">>> ").replaceAll("\\s+", " ").contains("listens on " + host + ", port " + port + ", and serves"),
                "{HOST} is the server side's address");
        client.expect("This step is the server side's");
        return port;
    }

    /** The server side took the last step: both sides end the lesson titled title, and both processes end well with their input. */
    private static void bothFinish(Side server, Side client, String title) throws Exception {
        server.expect("★ Lesson complete: " + title);
        client.expect("The server side has done it.");
        client.expect("★ Lesson complete: " + title);
        assertEquals(0, server.end());
        assertEquals(0, client.end());
    }

    /** A loopback port free a moment ago, for the two sides to meet on. */
    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static String number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex + " in:\n" + text);
        return m.group(1);
    }

    /**
     * Where the two sides run: both on this machine's loopback, or each in a network namespace of
     * its own standing for a machine (host: the server side's address, given to both with --server).
     */
    private record Network(String host, String serverMachine, String clientMachine) {
        static final Network LOOPBACK = new Network("127.0.0.1", null, null);
    }

    /** One socklab process taking one side, its stdin a pipe the test types into, its output watched. */
    private final class Side implements AutoCloseable {
        private final Process process;
        private final OutputStream keys;
        private final WatchedOutput output = new WatchedOutput(text -> text, TIMEOUT);

        Side(String role, int meet, String lesson, Network net) throws IOException {
            List<String> args = new ArrayList<>(List.of("--role", role, "--port", Integer.toString(meet), "--lesson", lesson, "--lang", "en"));
            if (!net.host().equals(Network.LOOPBACK.host())) {
                args.addAll(List.of("--server", net.host()));
            }
            List<String> socklab = Engines.socklab(args.toArray(String[]::new));
            String machine = role.equals("server") ? net.serverMachine() : net.clientMachine();
            ProcessBuilder pb = new ProcessBuilder(machine == null ? socklab : TwoNamespaces.inside(machine, socklab)).redirectErrorStream(true);
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
            keys.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
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
