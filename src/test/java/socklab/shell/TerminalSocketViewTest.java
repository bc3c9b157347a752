package socklab.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.i18n.Lang;

/** %sockets, %diagram and %trace on the headless terminal, over real loopback sockets made at the prompt. */
class TerminalSocketViewTest {
    @TempDir
    Path home;

    private static final String ENTER = ShellHarness.ENTER;

    /** Types one input and waits for the next prompt. */
    private static String line(ShellHarness sh, String input) throws InterruptedException, java.io.IOException {
        sh.type(input + ENTER);
        return sh.expect(">>> ");
    }

    /** Prints a number from the session and reads it off the screen. */
    private static int number(ShellHarness sh, String expr) throws Exception {
        sh.type("print('value', " + expr + ")" + ENTER);
        sh.expect("value ");
        return Integer.parseInt(sh.expect("\n").strip());
    }

    private static void connectedPair(ShellHarness sh) throws Exception {
        sh.expect(">>> ");
        line(sh, "import socket");
        line(sh, "srv = socket.socket()");
        line(sh, "srv.bind(('127.0.0.1', 0))");
        line(sh, "srv.listen()");
        line(sh, "c = socket.socket()");
        line(sh, "c.connect(srv.getsockname())");
        line(sh, "conn, addr = srv.accept()");
    }

    @Test
    void socketsAndDiagramShowTheRealPortsAndStatesPlainWithNoColor() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            connectedPair(sh);
            int server = number(sh, "srv.getsockname()[1]");
            int client = number(sh, "c.getsockname()[1]");
            sh.expect(">>> ");
            String table = line(sh, "%sockets");
            assertTrue(table.matches("(?s).*\\n3 +srv +AF_INET/SOCK_STREAM +LISTEN +127\\.0\\.0\\.1:" + server + " .*"), table);
            assertTrue(table.matches("(?s).*\\n4 +c +AF_INET/SOCK_STREAM +ESTABLISHED +127\\.0\\.0\\.1:" + client
                    + " +127\\.0\\.0\\.1:" + server + " .*"), table);
            assertTrue(table.matches("(?s).*\\n5 +conn +AF_INET/SOCK_STREAM +ESTABLISHED +127\\.0\\.0\\.1:" + server
                    + " +127\\.0\\.0\\.1:" + client + " .*"), table);
            line(sh, "c.close()");
            String after = line(sh, "%sockets");
            assertTrue(after.matches("(?s).*\\n5 +conn +\\S+ +CLOSE_WAIT .*"), after);
            assertTrue(after.matches("(?s).*\\n-1 +c +\\S+ +CLOSED .*"), after);
            String picture = line(sh, "%diagram");
            assertTrue(picture.contains("│ LISTEN") && picture.contains("127.0.0.1:" + server), picture);
            assertFalse(sh.raw().contains("\u001b[1;36mLISTEN"), "NO_COLOR leaves the diagram plain");
        }
    }

    @Test
    void diagramIsColouredOnAColourTerminal() throws Exception {
        try (ShellHarness sh = new ShellHarness(home, Lang.EN, Map.of(), s -> { })) {
            connectedPair(sh);
            line(sh, "%diagram");
            assertTrue(sh.raw().contains("\u001b[1;36mLISTEN\u001b[0m"), sh.raw());
            assertTrue(sh.raw().contains("\u001b[1;32mESTABLISHED\u001b[0m"), sh.raw());
        }
    }

    @Test
    void aThreadsCallsAreNarratedAboveTheLineBeingTyped() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            line(sh, "import socket, threading");
            line(sh, "srv = socket.socket()");
            line(sh, "srv.bind(('127.0.0.1', 0))");
            line(sh, "srv.listen()");
            int port = number(sh, "srv.getsockname()[1]");
            sh.expect(">>> ");
            sh.type("def serve():" + ENTER);
            sh.type("conn, addr = srv.accept()" + ENTER);
            sh.type("conn.sendall(b'hi')" + ENTER);
            line(sh, "");
            line(sh, "threading.Thread(target=serve).start()");
            line(sh, "%trace on");
            sh.type("half typed");
            try (Socket peer = new Socket(InetAddress.getLoopbackAddress(), port)) {
                sh.expect("accept: took a connection from the backlog queue: 127.0.0.1:" + peer.getLocalPort());
                sh.expect("sendall: 2 bytes copied into the kernel's send buffer, bound for 127.0.0.1:" + peer.getLocalPort());
                InputStream in = peer.getInputStream();
                assertTrue(in.read() == 'h' && in.read() == 'i');
            }
            sh.type(" = 1" + ENTER);
            sh.expect("SyntaxError");
            String screen = sh.plain();
            assertTrue(screen.contains(">>> half typed = 1"), screen);
            line(sh, "%trace off");
            line(sh, "srv.close()");
            assertFalse(sh.plain().contains("close: fd"), sh.plain());
        }
    }

    @Test
    void aConnectionFromOutsideTheSessionShowsInTheListenersQueue() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            line(sh, "import socket, select");
            line(sh, "srv = socket.socket()");
            line(sh, "srv.bind(('127.0.0.1', 0))");
            line(sh, "srv.listen(2)");
            int port = number(sh, "srv.getsockname()[1]");
            sh.expect(">>> ");
            String before = line(sh, "%diagram");
            assertTrue(before.contains("empty: accept() would wait"), before);
            try (Socket outside = new Socket(InetAddress.getLoopbackAddress(), port)) {
                line(sh, "ready = select.select([srv], [], [], 10)[0]");
                String after = line(sh, "%diagram");
                assertTrue(after.contains("a connection from outside this session waits"), after);
                line(sh, "conn, addr = srv.accept()");
                String accepted = line(sh, "%diagram");
                assertTrue(accepted.contains("empty: accept() would wait"), accepted);
                assertTrue(accepted.contains("┌─ outside ─") && accepted.contains("127.0.0.1:" + outside.getLocalPort()), accepted);
            }
        }
    }

    @Test
    void aServerLoopTypedAtThePromptIsNarratedWhileItServes() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            line(sh, "import socket");
            line(sh, "srv = socket.socket()");
            line(sh, "srv.bind(('127.0.0.1', 0))");
            line(sh, "srv.listen()");
            int port = number(sh, "srv.getsockname()[1]");
            sh.expect(">>> ");
            line(sh, "%trace on");
            sh.type("for i in range(2):" + ENTER);
            sh.type("conn, addr = srv.accept()" + ENTER);
            sh.type("conn.sendall(b'hi')" + ENTER);
            sh.type("conn.close()" + ENTER);
            sh.type(ENTER);
            try (Socket first = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertTrue(first.getInputStream().readAllBytes().length == 2);
                sh.expect("accept: took a connection from the backlog queue: 127.0.0.1:" + first.getLocalPort());
                sh.expect("close: fd");
            }
            try (Socket second = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertTrue(second.getInputStream().readAllBytes().length == 2);
                sh.expect("accept: took a connection from the backlog queue: 127.0.0.1:" + second.getLocalPort());
            }
            sh.expect(">>> ");
        }
    }

    @Test
    void aLessonsPartnerIsMarkedInTheTableAndTheDiagram() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            line(sh, "%lesson send");
            line(sh, "import socket");
            String partners = line(sh, "%sockets");
            java.util.regex.Matcher listening = java.util.regex.Pattern
                    .compile("\\n- +\\(partner\\) +AF_INET/SOCK_STREAM +LISTEN +127\\.0\\.0\\.1:(\\d+)").matcher(partners);
            assertTrue(listening.find(), partners);
            String peer = "127.0.0.1:" + listening.group(1);
            line(sh, "sk = socket.socket()");
            line(sh, "sk.connect(('127.0.0.1', " + listening.group(1) + "))");
            line(sh, "sk.send(b'hello')");
            sh.type("sk.recv(1024)" + ENTER);
            sh.expect("b'hello'");
            sh.expect(">>> ");
            int local = number(sh, "sk.getsockname()[1]");
            sh.expect(">>> ");
            String table = line(sh, "%sockets");
            assertTrue(table.matches("(?s).*\\n\\d+ +sk +AF_INET/SOCK_STREAM +ESTABLISHED +127\\.0\\.0\\.1:" + local
                    + " +" + java.util.regex.Pattern.quote(peer) + " \\(partner\\) .*"), table);
            assertTrue(table.matches("(?s).*\\n- +\\(partner\\) +AF_INET/SOCK_STREAM +ESTABLISHED +"
                    + java.util.regex.Pattern.quote(peer) + " +127\\.0\\.0\\.1:" + local + " .*"), table);
            String picture = line(sh, "%diagram");
            assertTrue(picture.contains("┌─ (partner) ─") && picture.contains("the lesson's partner listens here"), picture);
            assertTrue(picture.contains("b'hello'"), picture);
        }
    }
}
