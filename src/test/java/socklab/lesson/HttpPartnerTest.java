package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import socklab.i18n.Lang;

/** The http partner answers requests written by hand on a plain Java socket, one per connection. */
class HttpPartnerTest {
    private static final Peer HTTP = new Peer("http", null);

    private static Lesson lesson() {
        Text t = new Text("字", "text");
        return new Lesson("p", 1, t, t, List.of(new Step("s", t, null, HTTP, null, null, null, null)), "01-p.json");
    }

    /** Sends the request and reads until the partner closes, as an HTTP/1.0 client does. */
    private static String exchange(Partners p, String request) throws IOException {
        try (SocketChannel ch = SocketChannel.open(new InetSocketAddress(Ports.LOOPBACK, p.ports().peer()))) {
            ch.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            ByteBuffer buf = ByteBuffer.allocate(100);
            while (ch.read(buf.clear()) > 0) {
                all.write(buf.array(), 0, buf.position());
            }
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesAPageWithItsLengthInBytesThenCloses() throws IOException {
        try (Partners p = new Partners(lesson())) {
            p.start(HTTP);
            String reply = exchange(p, "GET /zh.txt HTTP/1.0\r\nHost: localhost\r\n\r\n");
            assertTrue(reply.startsWith("HTTP/1.0 200 OK\r\n"), reply);
            assertTrue(reply.contains("Content-Length: 16\r\n"), reply);
            assertTrue(reply.endsWith("\r\n\r\n你好，socket\n"), reply);
            assertEquals("GET /zh.txt HTTP/1.0\r\nHost: localhost\r\n\r\n", new String(p.received(), StandardCharsets.UTF_8));
            List<String> said = p.reports().stream().map(r -> r.text(Lang.EN)).toList();
            assertTrue(said.contains("partner: request GET /zh.txt HTTP/1.0, answered HTTP/1.0 200 OK"), said.toString());
        }
    }

    @Test
    void answersUnknownPathsMalformedLinesAndOtherMethods() throws IOException {
        try (Partners p = new Partners(lesson())) {
            p.start(HTTP);
            assertTrue(exchange(p, "GET /nope HTTP/1.0\r\n\r\n").startsWith("HTTP/1.0 404 Not Found\r\n"));
            assertTrue(exchange(p, "GET /\r\n\r\n").startsWith("HTTP/1.0 400 Bad Request\r\n"));
            assertTrue(exchange(p, "POST / HTTP/1.0\r\n\r\n").startsWith("HTTP/1.0 501 Not Implemented\r\n"));
            assertTrue(exchange(p, "GET /hello.txt HTTP/1.0\n\n").endsWith("\r\n\r\nhello, socket\n"));
        }
    }

    @Test
    void waitsForTheEmptyLineBeforeAnswering() throws IOException {
        try (Partners p = new Partners(lesson())) {
            p.start(HTTP);
            try (SocketChannel ch = SocketChannel.open(new InetSocketAddress(Ports.LOOPBACK, p.ports().peer()))) {
                ch.write(ByteBuffer.wrap("GET / HTTP/1.0\r\n".getBytes(StandardCharsets.US_ASCII)));
                assertEquals("GET / HTTP/1.0\r\n", new String(p.received(), StandardCharsets.US_ASCII));
                ch.configureBlocking(false);
                assertEquals(0, ch.read(ByteBuffer.allocate(10)));
                ch.configureBlocking(true);
                ch.write(ByteBuffer.wrap("\r\n".getBytes(StandardCharsets.US_ASCII)));
                ByteBuffer buf = ByteBuffer.allocate(20);
                while (buf.hasRemaining() && ch.read(buf) > 0) {
                    // the status line comes once the header has ended
                }
                assertTrue(new String(buf.array(), StandardCharsets.US_ASCII).startsWith("HTTP/1.0 200 OK"));
            }
        }
    }
}
