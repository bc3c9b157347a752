package socklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import socklab.i18n.Lang;

/**
 * %sockets, %diagram and %trace in a piped session over real loopback sockets: a listener, a
 * client connected at the prompt and the accepted connection, with the ports the kernel gave.
 */
class SocketCommandsTest {
    private static final String SETUP = String.join("\n",
            "import socket",
            "srv = socket.socket()",
            "srv.bind(('127.0.0.1', 0))",
            "srv.listen(3)",
            "c = socket.socket()",
            "c.connect(srv.getsockname())",
            "conn, addr = srv.accept()",
            "clients = [c]",
            "c.settimeout(2.5)",
            "print('ports', srv.getsockname()[1], c.getsockname()[1], conn.fileno())",
            "");

    @TempDir
    Path home;

    @Test
    void socketsShowsListenerClientAndConnectionWithTheirPortsAndNames() {
        String out = PipedSession.run(SETUP + String.join("\n",
                "c.send(b'hello')",
                "conn.recv(1024)",
                "%sockets",
                "c.close()",
                "%sockets",
                ""), Lang.EN, home);
        int[] n = PipedSession.numbersAfter("ports", out);
        String server = "127.0.0.1:" + n[0];
        String client = "127.0.0.1:" + n[1];
        List<List<String>> tables = PipedSession.tables(PipedSession.lines(out));
        assertEquals(2, tables.size(), out);

        List<String> first = tables.get(0);
        assertEquals(List.of("3", "srv", "AF_INET/SOCK_STREAM", "LISTEN", server, "-", "0", "0", "blocking"),
                PipedSession.row(first, "srv"));
        assertEquals(List.of("4", "c, clients[0]", "AF_INET/SOCK_STREAM", "ESTABLISHED", client, server, "5", "0",
                "timeout 2.5 s"), PipedSession.row(first, "c, clients[0]"));
        assertEquals(List.of(Integer.toString(n[2]), "conn", "AF_INET/SOCK_STREAM", "ESTABLISHED", server, client, "0", "5",
                "blocking"), PipedSession.row(first, "conn"));

        List<String> second = tables.get(1);
        assertEquals("CLOSE_WAIT", PipedSession.row(second, "conn").get(3), String.join("\n", second));
        assertEquals(List.of("-1", "c, clients[0]", "AF_INET/SOCK_STREAM", "CLOSED", "-", "-", "5", "0", "timeout 2.5 s"),
                PipedSession.row(second, "c, clients[0]"));
    }

    @Test
    void theTableDoesNotChangeWhatTheNextRecvGets() {
        String out = PipedSession.run(SETUP + String.join("\n",
                "c.sendall(b'abc')",
                "%sockets",
                "%diagram",
                "conn.recv(1024)",
                "c.close()",
                "%sockets",
                "conn.recv(1024)",
                ""), Lang.EN, home);
        List<String> lines = PipedSession.lines(out);
        assertTrue(lines.contains("b'abc'"), out);
        assertTrue(lines.contains("b''"), out);
    }

    @Test
    void diagramIsPlainTextWithThePortsAndTheSvgHoldsTheSamePicture() throws Exception {
        String out = PipedSession.run(SETUP + String.join("\n",
                "c.sendall(b'ping')",
                "conn.recv(4)",
                "conn.sendall(b'PONG')",
                "%diagram",
                "%diagram --svg slide.svg",
                "%diagram --svg ../../outside.svg",
                ""), Lang.EN, home);
        int[] n = PipedSession.numbersAfter("ports", out);
        assertFalse(out.contains("\u001b"), "piped output carries no escape codes:\n" + out);
        List<String> lines = PipedSession.lines(out);
        int from = lines.indexOf(lines.stream().filter(l -> l.startsWith("┌─ srv")).findFirst().orElseThrow());
        List<String> picture = new ArrayList<>();
        for (int i = from; i < lines.size() && !lines.get(i).startsWith("Wrote "); i++) {
            picture.add(lines.get(i));
        }
        String text = String.join("\n", picture);
        assertTrue(text.contains("127.0.0.1:" + n[0]) && text.contains("127.0.0.1:" + n[1]), text);
        assertTrue(text.contains("LISTEN") && text.contains("ESTABLISHED"), text);
        assertTrue(text.contains("b'ping'") && text.contains("b'PONG'"), text);
        assertTrue(picture.stream().allMatch(l -> Columns.width(l) <= 80), text);

        Path svg = home.resolve("sandbox").resolve("slide.svg");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        NodeList texts = doc.getElementsByTagName("text");
        List<String> svgLines = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            svgLines.add(texts.item(i).getTextContent());
        }
        assertEquals(picture, svgLines);
        assertTrue(out.contains("../../outside.svg is outside the sandbox folder"), out);
        assertFalse(Files.exists(home.getParent().resolve("outside.svg")));
    }

    @Test
    void traceNarratesEachCallWithItsAddressesAndCountsUntilTurnedOff() {
        String out = PipedSession.run(String.join("\n",
                "import socket",
                "srv = socket.socket()",
                "%trace on",
                "srv.bind(('127.0.0.1', 0))",
                "srv.listen(2)",
                "c = socket.socket()",
                "c.connect(srv.getsockname())",
                "conn, addr = srv.accept()",
                "print('ports', srv.getsockname()[1], c.getsockname()[1], c.fileno(), conn.fileno())",
                "c.send(b'hello')",
                "conn.recv(1024)",
                "c.close()",
                "conn.recv(1024)",
                "%trace off",
                "conn.send(b'late')",
                "conn.close()",
                ""), Lang.EN, home);
        int[] n = PipedSession.numbersAfter("ports", out);
        String server = "127.0.0.1:" + n[0];
        String client = "127.0.0.1:" + n[1];
        List<String> lines = PipedSession.lines(out);
        List<String> expected = List.of(
                "bind: " + server + " is now this socket's address",
                "listen: " + server + " now takes connections; up to 2 can wait in the backlog queue",
                "connect: three-way handshake done, " + client + " → " + server,
                "accept: took a connection from the backlog queue: " + client + " (new socket, fd " + n[3] + ")",
                "5",
                "send: 5 bytes copied into the kernel's send buffer, bound for " + server + ": b'hello'",
                "b'hello'",
                "recv: 5 bytes from " + client + ": b'hello'",
                "close: fd " + n[2] + " released",
                "b''",
                "recv: b'' — the peer closed its side",
                "Trace off.");
        int at = 0;
        for (String e : expected) {
            int found = lines.subList(at, lines.size()).indexOf(e);
            assertTrue(found >= 0, "missing, in order, '" + e + "' in:\n" + out);
            at += found + 1;
        }
        List<String> after = lines.subList(at, lines.size());
        assertTrue(after.stream().noneMatch(l -> l.startsWith("send:") || l.startsWith("close:")), out);
    }

    @Test
    void traceTellsWhyACallFailed() {
        String out = PipedSession.run(String.join("\n",
                "import socket",
                "gone = socket.socket()",
                "gone.bind(('127.0.0.1', 0))",
                "free = gone.getsockname()",
                "gone.close()",
                "srv = socket.socket()",
                "srv.bind(('127.0.0.1', 0))",
                "srv.listen()",
                "%trace on",
                "socket.socket().connect(free)",
                "srv.settimeout(0.05)",
                "srv.accept()",
                "srv.setblocking(False)",
                "srv.accept()",
                ""), Lang.EN, home);
        List<String> lines = PipedSession.lines(out);
        assertTrue(lines.contains("connect: nobody listens there, so the kernel answered the handshake with a reset (RST): "
                + "ConnectionRefusedError: [Errno 111] Connection refused"), out);
        assertTrue(lines.contains("accept: the timeout ran out before anything arrived: TimeoutError: timed out"), out);
        assertTrue(lines.contains("accept: nothing is ready yet, and a non-blocking socket does not wait: "
                + "BlockingIOError: [Errno 11] Resource temporarily unavailable"), out);
        int traceback = lines.indexOf("ConnectionRefusedError: [Errno 111] Connection refused");
        assertTrue(traceback >= 0 && lines.get(traceback + 1).startsWith("connect: nobody listens"), "told after the traceback:\n" + out);
    }

    @Test
    void traceSpeaksChinese() {
        String out = PipedSession.run(String.join("\n",
                "import socket",
                "srv = socket.socket()",
                "srv.bind(('127.0.0.1', 0))",
                "srv.listen()",
                "%trace on",
                "c = socket.create_connection(srv.getsockname())",
                "print('ports', srv.getsockname()[1], c.getsockname()[1])",
                "%sockets",
                ""), Lang.ZH, home);
        int[] n = PipedSession.numbersAfter("ports", out);
        assertTrue(out.contains("connect：三次握手完成，127.0.0.1:" + n[1] + " → 127.0.0.1:" + n[0]), out);
        assertTrue(out.contains("地址族/类型"), out);
    }

    @Test
    void helpListsTheCommandsInBothLanguages() {
        String en = PipedSession.run("%help\n", Lang.EN, home);
        String zh = PipedSession.run("%help\n", Lang.ZH, home);
        assertTrue(en.contains("%sockets           every socket of this session") && en.contains("%diagram [--svg FILE]")
                && en.contains("%trace on|off      after each socket call"), en);
        assertTrue(zh.contains("%sockets           列出本会话的所有 socket") && zh.contains("%diagram [--svg 文件]")
                && zh.contains("%trace on|off      每次调用 socket 方法后"), zh);
    }

    @Test
    void anEmptySessionSaysSo() {
        String out = PipedSession.run("%sockets\n%diagram\n%trace\n", Lang.EN, home);
        assertEquals(2, out.split("No sockets open in this session.", -1).length - 1, out);
        assertTrue(out.contains("Trace is off"), out);
    }
}
