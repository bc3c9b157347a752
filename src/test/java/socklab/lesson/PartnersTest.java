package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lesson partners on loopback, driven by plain Java sockets standing in for the learner. */
class PartnersTest {
    private static Lesson lessonWith(Peer peer) {
        Text t = new Text("字", "text");
        return new Lesson("p", 1, t, t, List.of(new Step("s", t, null, peer, null, null, null, null)), "01-p.json");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readExactly(SocketChannel ch, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(n);
        while (buf.hasRemaining() && ch.read(buf) >= 0) {
            // keep reading until n bytes came
        }
        return buf.array();
    }

    @Test
    void echoSendsEverythingBackAndRemembersIt() throws IOException {
        try (Partners p = new Partners(lessonWith(new Peer("echo", null)));
             SocketChannel ch = SocketChannel.open()) {
            assertNotEquals(p.ports().port(), p.ports().peer());
            p.start(new Peer("echo", null));
            ch.connect(new InetSocketAddress(Ports.LOOPBACK, p.ports().peer()));
            ch.write(ByteBuffer.wrap(utf8("hello")));
            assertArrayEquals(utf8("hello"), readExactly(ch, 5));
            assertArrayEquals(utf8("hello"), p.received());
        }
    }

    @Test
    void aStandInServerListensOnTheLearnersOwnPortAndAnswersUpperCased() throws IOException {
        Peer upper = new Peer("upper", null, true);
        try (Partners p = new Partners(lessonWith(upper)); SocketChannel ch = SocketChannel.open()) {
            p.start(upper);
            ch.connect(new InetSocketAddress(Ports.LOOPBACK, p.ports().port()));
            ch.write(ByteBuffer.wrap(utf8("hello from client.py\n")));
            assertArrayEquals(utf8("HELLO FROM CLIENT.PY\n"), readExactly(ch, 21));
        }
    }

    @Test
    void aStandInPlaysOnlyWhenOneSessionTakesEverySide() throws IOException {
        Text t = new Text("字", "text");
        Peer echo = new Peer("echo", null, true);
        Lesson lesson = new Lesson("p", 1, t, t,
                List.of(new Step("s", t, null, echo, null, null, null, null, null, null, null, null, null, null, null, null, "server", null)), "01-p.json");
        try (Partners both = new Partners(lesson); Partners serverSide = new Partners(lesson, null, "server", Ports.LOOPBACK)) {
            both.start(echo);
            serverSide.start(echo);
            assertEquals(1, both.sockets().size(), "one session: the stand-in listens on {PEER}");
            assertEquals(List.of(), serverSide.sockets(), "the other terminal plays that part itself");
        }
    }

    @Test
    void greetSpeaksFirstAndCollects() throws IOException {
        Peer greet = new Peer("greet", "欢迎!");
        try (Partners p = new Partners(lessonWith(greet)); SocketChannel ch = SocketChannel.open()) {
            p.start(greet);
            ch.connect(new InetSocketAddress(Ports.LOOPBACK, p.ports().peer()));
            assertArrayEquals(utf8("欢迎!"), readExactly(ch, utf8("欢迎!").length));
            ByteBuffer big = ByteBuffer.allocate(200_000);
            while (big.hasRemaining()) {
                ch.write(big);
            }
            assertEquals(200_000, p.received().length);
        }
    }

    @Test
    void udpEchoAnswersUpperCased() throws IOException {
        Peer udp = new Peer("udp-echo", null);
        try (Partners p = new Partners(lessonWith(udp)); DatagramChannel ch = DatagramChannel.open()) {
            p.start(udp);
            ch.bind(new InetSocketAddress(Ports.LOOPBACK, 0));
            ch.send(ByteBuffer.wrap(utf8("hi udp é")), new InetSocketAddress(Ports.LOOPBACK, p.ports().peer()));
            ByteBuffer back = ByteBuffer.allocate(100);
            InetSocketAddress from = (InetSocketAddress) ch.receive(back);
            assertEquals(p.ports().peer(), from.getPort());
            assertEquals("HI UDP é", new String(back.array(), 0, back.position(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void clientConnectsOnceTheLearnerListensThenSendsAndCollects() throws IOException {
        Peer client = new Peer("client", "你好, server!");
        try (Partners p = new Partners(lessonWith(client))) {
            p.start(client);
            try (ServerSocketChannel server = ServerSocketChannel.open()) {
                server.bind(new InetSocketAddress(Ports.LOOPBACK, p.ports().port()));
                try (SocketChannel conn = server.accept()) {
                    assertArrayEquals(utf8("你好, server!"), readExactly(conn, utf8("你好, server!").length));
                    conn.write(ByteBuffer.wrap(utf8("got it")));
                    assertArrayEquals(utf8("got it"), p.received());
                }
            }
        }
    }
}
