package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import socklab.i18n.Lang;

/** The second course's partners (pieces, framed, clients) on loopback, with plain Java sockets as the learner. */
class TeachingPartnersTest {
    private static Partners partnersFor(Peer peer) throws IOException {
        Text t = new Text("字", "text");
        Partners p = new Partners(new Lesson("p", 1, t, t, List.of(new Step("s", t, null, peer, null, null, null, null)), "01-p.json"));
        p.start(peer);
        return p;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static SocketChannel connect(Partners p) throws IOException {
        return SocketChannel.open(new InetSocketAddress(Ports.LOOPBACK, p.ports().peer()));
    }

    private static byte[] readExactly(SocketChannel ch, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(n);
        while (buf.hasRemaining()) {
            if (ch.read(buf) < 0) {
                throw new IOException("closed after " + buf.position() + " of " + n + " bytes");
            }
        }
        return buf.array();
    }

    private static List<String> reports(Partners p) {
        return p.reports().stream().map(r -> r.text(Lang.EN)).toList();
    }

    @Test
    void piecesAnswersEachRequestInSeveralReads() throws IOException {
        String line = "one recv is not one message\n";
        try (Partners p = partnersFor(new Peer("pieces", line)); SocketChannel ch = connect(p)) {
            ch.write(ByteBuffer.wrap(utf8("hi")));
            ByteBuffer first = ByteBuffer.allocate(1024);
            ch.read(first);
            assertTrue(first.position() <= PiecesPartner.PIECE, "the first read gets one piece, got " + first.position());
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.write(first.array(), 0, first.position());
            all.write(readExactly(ch, utf8(line).length - first.position()));
            assertEquals(line, all.toString(StandardCharsets.UTF_8));
            assertArrayEquals(utf8("hi"), p.received());
            assertTrue(reports(p).contains("partner: answering with 28 bytes in 3 pieces, 300 ms apart"), reports(p).toString());
        }
    }

    @Test
    void framedAnswersEachFramedMessageUpperCased() throws IOException {
        try (Partners p = partnersFor(new Peer("framed", null)); SocketChannel ch = connect(p)) {
            ByteBuffer two = ByteBuffer.allocate(4 + 5 + 4 + 6).putInt(5).put(utf8("hello")).putInt(6).put(utf8("你好")).flip();
            ch.write(two);
            ByteBuffer back = ByteBuffer.wrap(readExactly(ch, 4 + 5 + 4 + 6));
            assertEquals(5, back.getInt());
            byte[] first = new byte[5];
            back.get(first);
            assertEquals("HELLO", new String(first, StandardCharsets.UTF_8));
            assertEquals(6, back.getInt());
            byte[] second = new byte[6];
            back.get(second);
            assertEquals("你好", new String(second, StandardCharsets.UTF_8));
            assertTrue(reports(p).contains("partner: a message of 5 bytes b'hello'; it answers it upper-cased, with a length prefix"));
        }
    }

    @Test
    void framedHangsUpOnTextSentWithoutAPrefix() throws IOException {
        try (Partners p = partnersFor(new Peer("framed", null)); SocketChannel ch = connect(p)) {
            ch.write(ByteBuffer.wrap(utf8("hello\n")));
            assertEquals(-1, ch.read(ByteBuffer.allocate(10)));
            assertTrue(reports(p).contains("partner: the length prefix b'hell' announces 1751477356 bytes, more than the 65536 it accepts, so it hangs up"),
                    reports(p).toString());
        }
    }

    /** Accepts every client, then answers them all, each line upper-cased: a server serving them side by side. */
    @Test
    void clientsConnectTogetherAndSayWhenAllWereAnsweredTogether() throws IOException {
        Peer crowd = new Peer("clients", "hello from {n}\n");
        try (Partners p = partnersFor(crowd); ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(Ports.LOOPBACK, p.ports().port()));
            List<SocketChannel> conns = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < CrowdPartner.COUNT; i++) {
                SocketChannel conn = server.accept();
                conns.add(conn);
                lines.add(new String(readExactly(conn, utf8("hello from 1\n").length), StandardCharsets.UTF_8));
            }
            assertEquals(List.of("hello from 1\n", "hello from 2\n", "hello from 3\n"), lines.stream().sorted().toList());
            for (SocketChannel conn : conns) {
                conn.write(ByteBuffer.wrap(utf8("OK\n")));
            }
            for (SocketChannel conn : conns) {
                assertEquals("bye\n", new String(readExactly(conn, 4), StandardCharsets.US_ASCII), "served together, each client says bye");
                assertEquals(-1, conn.read(ByteBuffer.allocate(10)), "then ends its sending side");
                conn.write(ByteBuffer.wrap(utf8("BYE\n")));
                conn.close();
            }
            assertTrue(reports(p).contains("partner: all 3 clients got their answers while connected at the same time"));
            assertEquals(3, new String(p.received(), StandardCharsets.US_ASCII).split("BYE\n", -1).length - 1);
        }
    }

    /** Serves one client to the end before accepting the next: the clients say they were kept waiting. */
    @Test
    void clientsServedOneAtATimeSayTheyWaited() throws IOException {
        Peer crowd = new Peer("clients", "hi {n}\n");
        try (Partners p = partnersFor(crowd); ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(Ports.LOOPBACK, p.ports().port()));
            for (int i = 0; i < CrowdPartner.COUNT; i++) {
                try (SocketChannel conn = server.accept()) {
                    readExactly(conn, utf8("hi 1\n").length);
                    conn.write(ByteBuffer.wrap(utf8("OK\n")));
                    assertEquals(-1, conn.read(ByteBuffer.allocate(10)));
                }
            }
            List<String> said = reports(p);
            assertEquals(2, said.stream().filter(s -> s.contains("waited 3 s for the others' and hung up")).count(), said.toString());
            assertTrue(said.stream().noneMatch(s -> s.contains("at the same time")), said.toString());
            assertEquals(utf8("OK\nOK\nOK\n").length, p.received().length);
            // A batch kept waiting is followed by a new one, for the learner's next try.
            try (SocketChannel next = server.accept()) {
                assertEquals("hi ", new String(readExactly(next, 3), StandardCharsets.UTF_8));
            }
        }
    }
}
