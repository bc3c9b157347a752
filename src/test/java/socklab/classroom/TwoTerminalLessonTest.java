package socklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.i18n.Lang;

/**
 * A two-terminal lesson taken by two socklab shells, one with %role server (as --role server runs
 * it) and one with %role client: they meet over loopback, the client learns the server's port,
 * and each side's steps wait for the other's until both reach the end.
 */
class TwoTerminalLessonTest {
    private static final Path TWO = Path.of("src/test/resources/lessons-fixture/two");

    @TempDir
    Path home;

    @Test
    void theServerAndTheClientSidesFinishTheLessonTogether() throws Exception {
        int meet = freePort();
        try (PipedShell server = new PipedShell(home.resolve("server"), Lang.EN, TWO);
             PipedShell client = new PipedShell(home.resolve("client"), Lang.EN, TWO)) {
            server.type("%role server " + meet);
            server.expect("You take the server side of two-terminal lessons;");
            server.type("%lesson two-sides");
            server.expect("You are the server side. In another terminal, start the client side:");
            client.type("%role client " + meet);
            client.type("%lesson two-sides");
            client.expect("You are the client side");
            client.expect("[two-sides 1/7]");

            server.type("import socket");
            Matcher port = Pattern.compile("Make sk listen on \\('127\\.0\\.0\\.1', (\\d+)\\)\\.").matcher(server.expect(")."));
            assertTrue(port.find());
            client.type("import socket");
            client.expect("This step is the server side's");
            server.type("sk = socket.socket()");
            server.type("sk.bind(('127.0.0.1', " + port.group(1) + "))");
            server.type("sk.listen(1)");
            server.expect("✓ Correct!");
            server.expect("This step is the client side's");
            client.expect("The server side has done it.");
            String connect = client.expect("[two-sides 3/7]");
            assertTrue(client.expect("Connect c to").contains("The client connects to port " + port.group(1) + "."),
                    "the client side fills {PORT} with the server side's port: " + connect);

            client.type("c = socket.create_connection(('127.0.0.1', " + port.group(1) + "))");
            client.expect("✓ Correct!");
            server.expect("The client side has done it.");
            server.type("conn, addr = sk.accept()");
            server.expect("✓ Correct!");
            client.expect("The server side has done it.");
            client.type("c.sendall(b'hello')");
            client.expect("✓ Correct!");
            client.expect("This step is the server side's");
            server.expect("The client side has done it.");
            server.type("conn.recv(100)");
            server.expect("b'hello'\n✓ Correct!");
            client.expect("The server side has done it.");
            server.type("");
            client.type("");
            server.expect("★ Lesson complete: Two terminals");
            client.expect("★ Lesson complete: Two terminals");
        }
    }

    @Test
    void whenTheOtherSideHasGoneItsStepsAreNeitherJudgedHereNorRunBySkip() throws Exception {
        int meet = freePort();
        try (PipedShell client = new PipedShell(home.resolve("client"), Lang.EN, TWO)) {
            try (PipedShell server = new PipedShell(home.resolve("server"), Lang.EN, TWO)) {
                server.type("%role server " + meet);
                server.type("%lesson two-sides");
                server.expect("You are the server side.");
                client.type("%role client " + meet);
                client.type("%lesson two-sides");
                client.expect("[two-sides 1/7]");
                client.type("import socket");
                client.expect("This step is the server side's");
            }
            client.expect("The server side has gone, so this step will not be done there");
            client.type("sk = socket.socket()", "sk.bind(('127.0.0.1', 0))", "sk.listen(1)");
            String typed = client.expect("The server side has gone") + client.expect("The server side has gone")
                    + client.expect("The server side has gone");
            assertTrue(!typed.contains("✓"), "a line typed at the other side's step is no attempt at it:\n" + typed);
            client.type("%skip");
            String skipped = client.expect("[two-sides 3/7]");
            assertTrue(!skipped.contains("Running the solution for you"), "%skip runs nothing of the other side's:\n" + skipped);
        }
    }

    @Test
    void theTwoTerminalsStartOverTogetherAndRestartIsNotOneSidesToDo() throws Exception {
        int meet = freePort();
        try (PipedShell server = new PipedShell(home.resolve("server"), Lang.EN, TWO);
             PipedShell client = new PipedShell(home.resolve("client"), Lang.EN, TWO)) {
            server.type("%role server " + meet, "%lesson two-sides");
            server.expect("You are the server side.");
            client.type("%role client " + meet, "%lesson two-sides");
            client.expect("[two-sides 1/7]");
            server.type("import socket");
            client.type("import socket");
            server.expect("[two-sides 2/7]");
            client.expect("This step is the server side's");
            server.type("%restart");
            server.expect("In a two-terminal lesson %restart would leave the other terminal behind.");
            server.type("%quit-lesson");
            client.expect("The server side has gone, so this step will not be done there");
            client.type("%quit-lesson", "%lesson two-sides");
            server.type("%lesson two-sides");
            String again = server.expect("[two-sides 1/7]") + client.expect("[two-sides 1/7]");
            assertTrue(!again.contains("Welcome back"), "step 1 was done, yet both sides start over together at it:\n" + again);
        }
    }

    @Test
    void aServerSideOnEveryAddressSaysWhereToFindItAndAClientNamingItsHostJoins() throws Exception {
        int meet = freePort();
        try (PipedShell server = new PipedShell(home.resolve("server"), Lang.EN, TWO);
             PipedShell client = new PipedShell(home.resolve("client"), Lang.EN, TWO)) {
            server.type("%role server 0.0.0.0 " + meet, "%lesson two-sides");
            String serving = server.expect("[two-sides 1/7]").replaceAll("\\s+", " ");
            assertTrue(serving.contains("You are the server side, reachable from other machines. On the client side's machine, start: "
                    + "socklab --role client --server ADDRESS --port " + meet + " --lesson two-sides, with ADDRESS one of this machine's: "), serving);
            client.type("%role client localhost " + meet, "%lesson two-sides");
            assertTrue(client.expect("[two-sides 1/7]").replaceAll("\\s+", " ").contains("looking for the server side at localhost, port " + meet));
            server.type("import socket");
            Matcher port = Pattern.compile("Make sk listen on \\('0\\.0\\.0\\.0', (\\d+)\\)\\.").matcher(server.expect(")."));
            assertTrue(port.find(), "the server side's {HOST} is the address it was given");
        }
    }

    @Test
    void aHostGoesWithASideAndIsAName() throws Exception {
        try (PipedShell shell = new PipedShell(home, Lang.EN, TWO)) {
            shell.type("%role off 10.0.0.1", "%role client 'x' 7342", "%role client 10.0.0.1 7342 9");
            for (int k = 0; k < 3; k++) {
                shell.expect("%role server, %role client or %role off; server and client may be followed by the server side's host");
            }
        }
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = socklab.Main.run(java.util.List.of("--server", "10.0.0.1"), java.util.Map.of("SOCKLAB_HOME", home.toString(), "LANG", "en_US.UTF-8"),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err, true, "UTF-8"),
                new java.io.BufferedReader(new java.io.StringReader("")), false);
        assertEquals(2, status);
        assertTrue(err.toString("UTF-8").startsWith("socklab: --server goes with --role"), err.toString("UTF-8"));
    }

    /** A loopback port free a moment ago, for the two sides to meet on. */
    private static int freePort() throws java.io.IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @Test
    void aBadRoleIsAUsageError() throws Exception {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = socklab.Main.run(java.util.List.of("--role", "both"), java.util.Map.of("SOCKLAB_HOME", home.toString(), "LANG", "en_US.UTF-8"),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err, true, "UTF-8"),
                new java.io.BufferedReader(new java.io.StringReader("")), false);
        assertEquals(2, status);
        assertTrue(err.toString("UTF-8").startsWith("socklab: --role takes server or client, not \"both\"\n"), err.toString("UTF-8"));
    }
}
