package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import socklab.i18n.Lang;
import socklab.i18n.Messages;

/** What the partners tell the learner: a count and the first bytes, text decoded, one line per flow, never a flood. */
class PartnerReportsTest {
    private static final Peer ECHO = new Peer("echo", null);

    private static Lesson lessonWith(Peer peer) {
        Text t = new Text("字", "text");
        return new Lesson("p", 1, t, t, List.of(new Step("s", t, null, peer, null, null, null, null)), "01-p.json");
    }

    /** Sends data to the echo partner and reads all of it back, so the partner has reported every piece. */
    private static void echoed(SocketChannel ch, byte[] data) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(data);
        ByteBuffer back = ByteBuffer.allocate(data.length);
        ch.configureBlocking(true);
        while (out.hasRemaining()) {
            ch.write(out);
            while (back.position() < data.length - out.remaining() && ch.read(back) > 0) {
                // drain what came back so neither side's buffer fills
            }
        }
        while (back.hasRemaining() && ch.read(back) >= 0) {
            // the rest of the echo
        }
        assertTrue(Arrays.equals(data, back.array()));
    }

    private static List<String> lines(List<Partners.Report> reports, Lang lang) {
        List<String> out = new ArrayList<>();
        for (Partners.Report r : reports) {
            out.add(Messages.text(lang, "lesson.partner." + r.key(), r.args().toArray()));
        }
        return out;
    }

    @Test
    void twoHundredThousandBytesAreOneLineWithTheFirstSixty() throws IOException {
        byte[] big = new byte[200_000];
        Arrays.fill(big, (byte) 'x');
        try (Partners p = new Partners(lessonWith(ECHO)); SocketChannel ch = SocketChannel.open()) {
            p.start(ECHO);
            ch.connect(new InetSocketAddress(Ports.LOOPBACK, p.ports().peer()));
            echoed(ch, big);
            List<String> lines = lines(p.reports(), Lang.EN);
            String first60 = "b'" + "x".repeat(60) + "…'";
            assertEquals(List.of("partner: connected from " + Ports.LOOPBACK + ":" + ((InetSocketAddress) ch.getLocalAddress()).getPort(),
                    "partner: received 200000 bytes " + first60, "partner: sent 200000 bytes " + first60), lines);
        }
    }

    @Test
    void utf8TextIsShownDecodedBesideTheBytes() throws IOException {
        try (Partners p = new Partners(lessonWith(ECHO)); SocketChannel ch = SocketChannel.open()) {
            p.start(ECHO);
            ch.connect(new InetSocketAddress(Ports.LOOPBACK, p.ports().peer()));
            echoed(ch, "你好".getBytes(StandardCharsets.UTF_8));
            List<String> lines = lines(p.reports(), Lang.ZH);
            assertEquals("伙伴：收到 6 字节 b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd' (\"你好\")", lines.get(1));
            echoed(ch, "!".getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("partner: received 1 byte b'!'", "partner: sent 1 byte b'!'"), lines(p.reports(), Lang.EN));
        }
    }

    @Test
    void manyConnectionsInOneInputAreCutShort() throws IOException {
        try (Partners p = new Partners(lessonWith(ECHO))) {
            p.start(ECHO);
            for (int i = 0; i < 10; i++) {
                try (SocketChannel ch = SocketChannel.open(new InetSocketAddress(Ports.LOOPBACK, p.ports().peer()))) {
                    echoed(ch, "hi".getBytes(StandardCharsets.UTF_8));
                }
            }
            List<String> lines = lines(p.reports(), Lang.EN);
            assertEquals(8, lines.size());
            assertTrue(lines.get(7).matches("partner: … and \\d+ more things, not shown"), lines.get(7));
        }
    }

    @Test
    void aCharacterCutAtSixtyBytesIsDecodedWholeAndMarkedAsCut() {
        String text = "你".repeat(40);
        String shown = ByteSummary.of(text.getBytes(StandardCharsets.UTF_8)).shown();
        assertTrue(shown.startsWith("b'" + "\\xe4\\xbd\\xa0".repeat(20) + "…' (\"" + "你".repeat(20) + "…\")"), shown);
        String cut = ByteSummary.of(("a" + text).getBytes(StandardCharsets.UTF_8)).shown();
        assertTrue(cut.endsWith("\\xa0\\xe4\\xbd…' (\"a" + "你".repeat(20) + "…\")"), cut);
    }

    @Test
    void bytesThatAreNotUtf8OrOnlyAsciiGetNoText() {
        assertEquals("b'\\xff\\xfe'", ByteSummary.of(new byte[] {-1, -2}).shown());
        assertEquals("b'GET / HTTP/1.0\\r\\n\\r\\n'", ByteSummary.of("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).shown());
        assertEquals("b'\\xc3\\xa9\\n' (\"é\\n\")", ByteSummary.of("é\n".getBytes(StandardCharsets.UTF_8)).shown());
    }
}
