package socklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.i18n.Lang;

/**
 * Issue 12's "in piped mode every command prints plain text": one piped session with sockets,
 * a connection, a lesson and a class runs each % command %help lists, and nothing it prints
 * carries an escape sequence, in either language.
 */
class PipedCommandsArePlainTest {
    /** Every command, in an order where each has something to show (the lesson ones inside a lesson). */
    private static final String SESSION = String.join("\n",
            "import socket",
            "srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen()",
            "c = socket.create_connection(srv.getsockname())",
            "conn, addr = srv.accept()",
            "%help", "%help sockets", "%sockets", "%diagram",
            "%trace on", "c.sendall(b'x')", "conn.recv(1)", "%trace off",
            "%who", "%history 3", "%lang", "%lessons", "%progress",
            "%lesson gethostname", "%hint", "%solution", "y", "%recover", "%skip", "%back", "%next", "%restart",
            "%role client 1", "%role off", "%quit-lesson",
            "%save s.py", "%transcript t.md",
            "%share", "%join", "%teach 0", "%class", "%push gethostname", "%spotlight nobody",
            "%demo", "%reset", "%sockets", "");
    private static final Pattern COMMAND = Pattern.compile("^(?:>>> )?  %([a-z-]+)", Pattern.MULTILINE);

    @TempDir
    Path home;

    @Test
    void everyCommandPrintsPlainTextInBothLanguages() {
        for (Lang lang : List.of(Lang.EN, Lang.ZH)) {
            String out = PipedSession.run(SESSION, lang, home.resolve(lang.name()));
            assertFalse(out.contains("\u001b"), "an escape sequence in piped output:\n" + out);
            assertFalse(out.contains("Exception") || out.contains("socklab."), "no Java reaches the learner:\n" + out);
            Matcher m = COMMAND.matcher(out);
            int listed = 0;
            while (m.find()) {
                listed++;
                assertTrue(SESSION.contains("%" + m.group(1) + "\n") || SESSION.contains("%" + m.group(1) + " "),
                        "%" + m.group(1) + " is listed by %help but not run here");
            }
            assertTrue(listed >= 25, "%help listed only " + listed + " commands:\n" + out);
            assertEquals(lang == Lang.EN, out.contains("No sockets open in this session."), out);
        }
    }
}
