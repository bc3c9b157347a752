package socklab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.runtime.Interpreter;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Io;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * Completion, help pages and hints read live objects. A stand-in `socket` module with the real
 * module's names plays the socket module, which lands separately.
 */
class LiveObjectsTest {
    private static final PyType SOCKET = new PyType("socket", "socket", null);

    static {
        for (String m : new String[] {"recv", "recvfrom", "recv_into", "send", "accept"}) {
            SOCKET.method(m, (self, a, kw) -> PyNone.NONE);
        }
    }

    /** A socket object for completion, as the socket module's values would be. */
    private static final class FakeSocket extends PyObject {
        @Override
        public PyType type() {
            return SOCKET;
        }
    }

    private final Interpreter interp = new Interpreter(new Io() {
        @Override
        public void out(String text) {
        }

        @Override
        public void err(String text) {
        }

        @Override
        public void flush() {
        }

        @Override
        public String readLine(String prompt) {
            return null;
        }
    });

    LiveObjectsTest() {
        interp.registerModule(socklab.runtime.ModuleSpec.library("socket", i -> {
            PyModule m = new PyModule("socket");
            m.dict().put("gethostbyname", new PyBuiltinFunction("gethostbyname", (a, kw) -> new PyStr("127.0.0.1")));
            m.dict().put("gethostname", new PyBuiltinFunction("gethostname", (a, kw) -> new PyStr("here")));
            m.dict().put("socket", SOCKET);
            return m;
        }));
        interp.globals().put("socket", interp.importModule("socket"));
        interp.globals().put("conn", new FakeSocket());
    }

    private List<String> complete(String line) {
        List<Candidate> out = new ArrayList<>();
        new PyCompleter(interp, new MagicCommands(), new Styles(false))
                .complete(null, new WordParser().parse(line, line.length(), null), out);
        return out.stream().map(Candidate::value).toList();
    }

    @Test
    void completesMethodsOfTheValueANameHolds() {
        assertEquals(List.of("conn.recv(", "conn.recv_into(", "conn.recvfrom("), complete("conn.re"));
    }

    @Test
    void completesModuleAttributesVariablesAndKeywords() {
        assertEquals(List.of("socket.gethostbyname(", "socket.gethostname("), complete("socket.geth"));
        assertTrue(complete("con").contains("conn"));
        assertTrue(complete("con").contains("continue"));
        assertTrue(complete("print(soc").contains("socket"));
    }

    @Test
    void helpPageHasSignatureFirstThenTextExampleAndLesson() {
        Messages zh = new Messages(Lang.ZH);
        HelpPages pages = new HelpPages(interp, zh);
        String page = pages.apply(((PyModule) interp.globals().get("socket")).dict().get("gethostbyname"));
        assertTrue(page.startsWith("gethostbyname(host) -> address\n\n把主机名翻译成 IPv4 地址字符串。"), page);
        assertTrue(page.contains("    >>> socket.gethostbyname('localhost')\n    '127.0.0.1'\n"), page);
        assertTrue(page.contains("课程：gethostbyname"), page);
        zh.setLang(Lang.EN);
        String method = pages.apply(interp.globals().get("conn").getAttr("recv"));
        assertTrue(method.startsWith("recv(buffersize[, flags]) -> data\n\nReceives up to"), method);
    }

    @Test
    void hintsFollowCPythonsErrorForCommonMistakes() {
        assertEquals("hint.bytes", Hints.keyFor(error(ExcTypes.TypeError, "a bytes-like object is required, not 'str'"), "s.send('x')"));
        assertEquals("hint.tuple", Hints.keyFor(error(ExcTypes.TypeError, "bind(): AF_INET address must be tuple, not str"), ""));
        assertEquals("hint.tuple", Hints.keyFor(error(ExcTypes.TypeError, "socket.bind() takes exactly one argument (2 given)"), ""));
        assertEquals("hint.accept", Hints.keyFor(oserror(22, "Invalid argument"), "c, a = s.accept()"));
        assertNull(Hints.keyFor(oserror(22, "Invalid argument"), "s.setsockopt(1, 2, 3)"));
        assertEquals("hint.inuse", Hints.keyFor(oserror(98, "Address already in use"), "s.bind(a)"));
        assertNull(Hints.keyFor(error(ExcTypes.ValueError, "x"), ""));
    }

    private static PyBaseException error(PyType type, String message) {
        return PyBaseException.of(type, message);
    }

    private static PyBaseException oserror(int errno, String text) {
        return PyBaseException.oserror(ExcTypes.OSError, errno, text);
    }
}
