package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import socklab.i18n.Lang;

/** The chat members against chat servers written in plain Java on the learner's port: a right one and one that echoes to the sender too. */
class ChatPartnerTest {
    private static final Peer CHAT = new Peer("chat", "ann: hi all\nbo: hello ann\ncy: 你好");

    private static Lesson lesson() {
        return lesson(CHAT);
    }

    private static Lesson lesson(Peer chat) {
        Text t = new Text("字", "text");
        return new Lesson("p", 1, t, t, List.of(new Step("s", t, null, chat, null, null, null, null)), "01-p.json");
    }

    /**
     * A chat room for three: greets each newcomer, then passes every line on (to the sender too
     * when echo is set) until all three have left.
     */
    private static void serveRoom(Partners p, boolean echo) throws IOException {
        serveRoom(p, 3, echo, true);
    }

    private static void serveRoom(Partners p, int size, boolean echo, boolean relay) throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open(); Selector sel = Selector.open()) {
            server.bind(new InetSocketAddress(Ports.LOOPBACK, p.ports().port()));
            List<SocketChannel> people = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                SocketChannel c = server.accept();
                people.add(c);
                c.write(ByteBuffer.wrap("welcome\n".getBytes(StandardCharsets.US_ASCII)));
                c.configureBlocking(false).register(sel, SelectionKey.OP_READ);
            }
            int gone = 0;
            ByteBuffer buf = ByteBuffer.allocate(1024);
            while (gone < size) {
                sel.select();
                for (SelectionKey k : sel.selectedKeys()) {
                    SocketChannel from = (SocketChannel) k.channel();
                    if (from.read(buf.clear()) < 0) {
                        gone++;
                        k.cancel();
                        from.close();
                        continue;
                    }
                    for (SocketChannel to : people) {
                        if (relay && (to != from || echo) && to.isOpen()) {
                            to.write(buf.flip());
                        }
                    }
                }
                sel.selectedKeys().clear();
            }
        }
    }

    private static int count(byte[] all, String line) {
        String text = new String(all, StandardCharsets.UTF_8);
        return text.split(java.util.regex.Pattern.quote(line + "\n"), -1).length - 1;
    }

    @Test
    void membersWaitForTheirWelcomeThenEachLineReachesTheOthers() throws IOException {
        try (Partners p = new Partners(lesson())) {
            p.start(CHAT);
            serveRoom(p, false);
            byte[] heard = p.received();
            assertEquals(3, count(heard, "welcome"));
            assertEquals(2, count(heard, "ann: hi all"));
            assertEquals(2, count(heard, "cy: 你好"));
            List<String> said = p.reports().stream().map(r -> r.text(Lang.EN)).toList();
            assertEquals("partner: 3 members connected (ann, bo, cy); each waits for a first line from the server before anyone speaks", said.get(0));
            assertTrue(said.contains("partner: bo sent b'bo: hello ann\\n'; received by ann, cy"), said.toString());
            assertEquals("partner: all 3 members left", said.get(said.size() - 1));
        }
    }

    @Test
    void aServerThatEchoesToTheSenderIsCaught() throws IOException {
        try (Partners p = new Partners(lesson())) {
            p.start(CHAT);
            serveRoom(p, true);
            assertEquals(3, count(p.received(), "bo: hello ann"));
            List<String> said = p.reports().stream().map(r -> r.text(Lang.EN)).toList();
            assertTrue(said.stream().anyMatch(s -> s.startsWith("partner: ann got its own line back")), said.toString());
        }
    }

    @Test
    void aServerThatNeverRelaysIsToldWhoMissedEachLine() throws IOException {
        Peer two = new Peer("chat", "ann: one\nbo: two");
        try (Partners p = new Partners(lesson(two))) {
            p.start(two);
            serveRoom(p, 2, false, false);
            assertEquals(0, count(p.received(), "ann: one"));
            List<String> said = p.reports().stream().map(r -> r.text(Lang.EN)).toList();
            assertTrue(said.contains("partner: ann sent b'ann: one\\n'; never received by bo"), said.toString());
            assertTrue(said.contains("partner: bo sent b'bo: two\\n'; never received by ann"), said.toString());
            assertEquals("partner: all 2 members left", said.get(said.size() - 1));
        }
    }
}
