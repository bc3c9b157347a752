package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import socklab.runtime.Interpreter;
import socklab.runtime.RunResult;

/**
 * The shared mistakes catalogue recognises the mistakes it names from real attempts: each input
 * runs in a real session against loopback sockets, and the error it really raises is matched.
 */
class MistakesTest {
    private final Mistakes catalogue = LessonLoader.loadBundled().mistakes();

    /** The id of the mistake the last of the inputs is, run one by one in a fresh session. */
    private String recognised(String... inputs) {
        Interpreter interp = socklab.Sessions.create(new CapturedIo());
        try {
            RunResult last = null;
            for (String input : inputs) {
                last = interp.run(input, "<stdin>", Interpreter.Mode.INTERACTIVE);
            }
            Mistakes.Mistake m = catalogue.recognise(Attempt.of(last, ""));
            return m == null ? null : m.id();
        } finally {
            interp.shutdown();
        }
    }

    @Test
    void theCatalogueLoadsWithItsSchema() {
        assertEquals(List.of(), LessonLoader.loadBundled().problems());
        assertEquals(12, catalogue.mistakes().size());
    }

    @Test
    void serverMistakes() {
        assertEquals("accept-before-listen", recognised("import socket", "s = socket.socket()", "s.bind(('127.0.0.1', 0))", "s.accept()"));
        assertEquals("address-not-a-tuple", recognised("import socket", "s = socket.socket()", "s.bind('127.0.0.1', 9080)"));
        assertEquals("recv-on-unconnected",
                recognised("import socket", "s = socket.socket()", "s.bind(('127.0.0.1', 0))", "s.listen(5)", "s.recv(1024)"));
        assertEquals("bind-twice", recognised("import socket", "s = socket.socket()", "s.bind(('127.0.0.1', 0))", "s.bind(('127.0.0.1', 0))"));
    }

    @Test
    void clientMistakes() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort(); // free once closed: nothing listens there
        }
        assertEquals("wrong-port", recognised("import socket", "s = socket.socket()", "s.connect(('127.0.0.1', " + closed + "))"));
        assertEquals("address-not-a-tuple", recognised("import socket", "s = socket.socket()", "s.connect('127.0.0.1', " + closed + ")"));
        try (ServerSocket server = new ServerSocket(0)) {
            assertEquals("str-for-bytes", recognised("import socket", "s = socket.socket()",
                    "s.connect(('127.0.0.1', " + server.getLocalPort() + "))", "s.send('hello')"));
        }
    }

    @Test
    void theTutorialsOwnSlips() {
        assertEquals("unclosed-string", recognised("import socket", "socket.getservbyname('telnet','tcp)"));
        assertEquals("curly-quotes", recognised("import socket", "socket.gethostbyname(‘www.fishc.com‘)"));
        assertEquals("fmily-keyword", recognised("import socket", "socket.socket(fmily=socket.AF_UNIX)"));
        assertEquals("tutorial-garbled-recv", recognised("data = http://www.mamicode.com/conn.recv(1024)"));
    }

    @Test
    void aRightInputIsNoMistake() {
        assertNull(recognised("import socket", "s = socket.socket()", "s.bind(('127.0.0.1', 0))"));
    }
}
