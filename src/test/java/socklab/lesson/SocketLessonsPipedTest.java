package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learners take two socket lessons on piped input, against the real partners on loopback; the test
 * reads what they would see, with this run's port numbers replaced by names.
 */
class SocketLessonsPipedTest {
    /** Copies of two tutorial lessons as they were when these transcripts were written: the real ones are rewritten. */
    private static final String TUTORIAL = Fixtures.dir("tutorial").toString();

    @TempDir
    Path home;

    @Test
    void acceptWithTheClientPartner() {
        Fixtures.Run r = Fixtures.cli(home, String.join("\n",
                "import socket", "sk = socket.socket()", "sk.bind('127.0.0.1', 1)", "%skip",
                "conn, addr = sk.accept()", "conn.recv(1024)", "conn", "addr", "conn.close()", "") + "\n",
                "--lesson", "accept", "--lessons-dir", TUTORIAL, "--lang", "en");
        assertEquals(0, r.status(), r.err());
        String out = named(r.out(), "listening on \\('127\\.0\\.0\\.1', (\\d+)\\)", "PORT");
        out = named(out, "from 127\\.0\\.0\\.1:(\\d+)", "CLIENT").replaceAll("fd=\\d+", "fd=N");
        assertEquals(EXPECTED_ACCEPT, steps(out, "[accept 2/7]", "[accept 7/7]"));
    }

    @Test
    void sendtoWithTheUdpPartner() {
        Fixtures.Run r = Fixtures.cli(home, String.join("\n",
                "import socket", "u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)", "u.sendto('hi', ('127.0.0.1', 9))", "u.sendto(b'hello udp')",
                "%skip", "data, addr = u.recvfrom(1024)", "data") + "\n",
                "--lesson", "sendto", "--lessons-dir", TUTORIAL, "--lang", "en");
        assertEquals(0, r.status(), r.err());
        String out = named(r.out(), "UDP server at \\('127\\.0\\.0\\.1', (\\d+)\\)", "PEER");
        out = named(out, "from 127\\.0\\.0\\.1:(\\d+)", "MINE");
        assertEquals(EXPECTED_SENDTO, steps(out, "[sendto 3/7]", "[sendto 5/7]"));
    }

    @Test
    void resumingReplaysEarlierStepsWithTheirPartner() throws Exception {
        java.nio.file.Files.writeString(home.resolve(Progress.FILE),
                "{\"lessons\": {\"accept\": {\"done\": [\"import-socket\", \"listening-server\", \"accept\"]}}}");
        Fixtures.Run r = Fixtures.cli(home, "conn.getpeername() == addr\n", "--lesson", "accept", "--lessons-dir", TUTORIAL, "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Welcome back: resuming at step 4.\n\n[accept 4/7] Step 4 of 7\n"), r.out());
        assertTrue(r.out().endsWith("`print(conn)`).\nTrue\nThat ran, but the step is not done yet. %hint gives a hint.\n"), r.out());
        assertEquals("", Fixtures.withoutPrompts(r.err()));
    }

    private static final String EXPECTED_ACCEPT = """
            [accept 2/7] Step 2 of 7
            First set up a server listening on ('127.0.0.1', PORT).
            → Type three lines:
            `sk = socket.socket()`
            `sk.bind(('127.0.0.1', PORT))`
            `sk.listen(5)`
            So far so good: the step has more to it.
            ✗ The address goes in as one thing: host and port inside a tuple, hence the double brackets, as in \
            sk.bind(('127.0.0.1', 9080)).
            Running the solution for you:
            >>> sk = socket.socket()
            >>> sk.bind(('127.0.0.1', PORT))
            >>> sk.listen(5)

            [accept 3/7] Step 3 of 7
            A partner program inside socklab is connecting to port PORT right now. accept() takes the first \
            waiting connection; if none is waiting, it waits until one arrives (Ctrl-C interrupts it).
            → Type `conn, addr = sk.accept()`.
            partner: connected to 127.0.0.1:PORT from 127.0.0.1:CLIENT
            partner: sent 15 bytes b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd, server!' ("你好, server!")
            ✓ Correct!

            [accept 4/7] Step 4 of 7
            Look at the new conn. Compare with the tutorial's output: sk only has a laddr (the server's \
            address); conn has the same laddr plus a raddr, the client's address.
            → Type `conn` (or `print(conn)`).
            b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd, server!'
            That ran, but the step is not done yet. %hint gives a hint.
            <socket.socket fd=N, family=2, type=1, proto=0, laddr=('127.0.0.1', PORT), raddr=('127.0.0.1', CLIENT)>
            ✓ Correct!

            [accept 5/7] Step 5 of 7
            addr is the client's (IP, port). The client's port was picked on the fly by its operating system, \
            so it differs every time (35066 in the tutorial).
            → Type `addr`.
            ('127.0.0.1', CLIENT)
            ✓ Correct!

            [accept 6/7] Step 6 of 7
            conn handles only this one conversation. Closing it ends the conversation, while sk keeps \
            listening, ready to accept the next client.
            → Type `conn.close()`.
            partner: the other side closed the connection
            ✓ Correct!

            """;

    private static final String EXPECTED_SENDTO = """
            [sendto 3/7] Step 3 of 7
            No connect: send a datagram straight to the partner's address. sendto returns the number of bytes sent.
            → Type `u.sendto(b'hello udp', ('127.0.0.1', PEER))`.
            ✗ The data must be bytes: put b before the quotes.
            ✗ sendto also needs the destination: u.sendto(data, ('127.0.0.1', port))
            Running the solution for you:
            >>> u.sendto(b'hello udp', ('127.0.0.1', PEER))
            9
            partner: got b'hello udp' from 127.0.0.1:MINE, sent back b'HELLO UDP'

            [sendto 4/7] Step 4 of 7
            `recvfrom(bufsize)` receives one datagram and returns (data, sender's address). UDP has no \
            connection, so each datagram must say who sent it.
            → Type `data, addr = u.recvfrom(1024)`, then `data`.
            So far so good: the step has more to it.
            b'HELLO UDP'
            ✓ Correct!

            """;

    /** Replaces every occurrence of the number the pattern's group finds with name. */
    private static String named(String text, String pattern, String name) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in:\n" + text);
        }
        return text.replaceAll("\\b" + m.group(1) + "\\b", name);
    }

    /** The transcript from one step's counter line up to another's. */
    private static String steps(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to);
        if (start < 0 || end < 0) {
            throw new AssertionError("no " + from + " … " + to + " in:\n" + text);
        }
        return text.substring(start, end);
    }
}
