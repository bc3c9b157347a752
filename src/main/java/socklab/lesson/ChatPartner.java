package socklab.lesson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The "chat" partner: a few members (one per line of its text) join the learner's chat server on
 * {PORT}. Each waits to be greeted (any bytes), then they speak in turn, one line each, a member
 * speaking only once everyone heard the line before: a server accepts newcomers while others talk,
 * and without the greeting a right server could still miss a member it had not accepted yet.
 * Then they all leave, so the learner's loop sees each go.
 */
final class ChatPartner implements Runnable {
    /** How long the others may take to hear one line before the partner says who missed it. */
    /** How long the room may take to send speakers their own lines back, once every turn is over. */
    private static final long ECHO_MS = 300;
    private static final long TURN_MS = 3000;
    private static final int MAX_MEMBERS = 5;
    /** What one member keeps of what it heard: enough for a few lines, bounded against a server that floods. */
    private static final int MAX_HEARD = 65536;

    private final PartnerLink link;
    private final List<String> lines;
    private final List<Member> members = new ArrayList<>();

    /** One member: its connection and everything it has heard. */
    private record Member(String name, String line, SocketChannel ch, ByteArrayOutputStream heard) {
        boolean heardAny() {
            return heard.size() > 0;
        }

        boolean heard(byte[] line) {
            return new String(heard.toByteArray(), StandardCharsets.ISO_8859_1)
                    .contains(new String(line, StandardCharsets.ISO_8859_1));
        }
    }

    ChatPartner(PartnerLink link, String text) {
        this.link = link;
        this.lines = text.lines().filter(l -> !l.isBlank()).limit(MAX_MEMBERS).toList();
    }

    @Override
    public void run() {
        try {
            for (String line : lines) {
                SocketChannel ch = connect();
                if (ch == null) {
                    return;
                }
                Member m = new Member(nameOf(line, members.size() + 1), line, ch, new ByteArrayOutputStream());
                members.add(m);
                startListening(m);
            }
            link.report(new Partners.Report("chatJoined", String.valueOf(members.size()), names(members)));
            if (!await(() -> members.stream().allMatch(Member::heardAny), Long.MAX_VALUE)) {
                return;
            }
            for (Member speaker : members) {
                speak(speaker);
            }
            reportEchoes();
            for (Member m : members) {
                m.ch().close();
            }
            link.report(new Partners.Report("chatLeft", String.valueOf(members.size())));
        } catch (IOException e) {
            // the learner's server closed a member's connection, or the lesson ended
        }
    }

    /** One turn: the speaker sends its line, then the partner waits until the others heard it. */
    private void speak(Member speaker) throws IOException {
        byte[] said = (speaker.line() + "\n").getBytes(StandardCharsets.UTF_8);
        List<Member> others = members.stream().filter(m -> m != speaker).toList();
        ByteBuffer out = ByteBuffer.wrap(said);
        while (out.hasRemaining()) {
            speaker.ch().write(out);
        }
        await(() -> others.stream().allMatch(m -> m.heard(said)), TURN_MS);
        String shown = ByteSummary.of(said).shown();
        List<Member> missed;
        synchronized (this) {
            missed = others.stream().filter(m -> !m.heard(said)).toList();
        }
        link.report(missed.isEmpty()
                ? new Partners.Report("chatHeard", speaker.name(), shown, names(others))
                : new Partners.Report("chatMissed", speaker.name(), shown, names(missed)));
    }

    /**
     * Who got their own line back: looked at once every turn is over, since a server that echoes
     * may send the speaker's copy after the others' (a right server costs this one short wait).
     */
    private void reportEchoes() {
        await(() -> members.stream().allMatch(this::heardOwn), ECHO_MS);
        for (Member m : members) {
            boolean echoed;
            synchronized (this) {
                echoed = heardOwn(m);
            }
            if (echoed) {
                link.report(new Partners.Report("chatEcho", m.name()));
            }
        }
    }

    private boolean heardOwn(Member m) {
        return m.heard((m.line() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Connects to the learner's port once something listens there; null if the lesson ended first.
     * Only a connection that succeeded is tracked, so refused attempts while the learner types leave nothing behind.
     */
    private SocketChannel connect() throws IOException {
        while (!link.ended()) {
            SocketChannel ch = SocketChannel.open();
            try {
                ch.connect(new InetSocketAddress(Ports.LOOPBACK, link.learnerPort()));
            } catch (ConnectException e) {
                ch.close();
                link.pause();
                continue;
            }
            link.track(ch);
            return ch;
        }
        return null;
    }

    /** Reads everything the member hears until its connection ends. */
    private void startListening(Member m) {
        Thread t = new Thread(() -> {
            ByteBuffer buf = ByteBuffer.allocate(4096);
            try {
                while (m.ch().read(buf.clear()) > 0) {
                    buf.flip();
                    link.record(buf);
                    synchronized (this) {
                        m.heard().write(buf.array(), 0, Math.min(buf.limit(), Math.max(0, MAX_HEARD - m.heard().size())));
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // the connection ended
            }
        }, "socklab-chat-member");
        t.setDaemon(true);
        t.start();
    }

    /** Waits until the condition holds (true), the limit passes or the lesson ends (false). */
    private synchronized boolean await(BooleanSupplier done, long limitMs) {
        long deadline = limitMs == Long.MAX_VALUE ? Long.MAX_VALUE : System.currentTimeMillis() + limitMs;
        while (!done.getAsBoolean()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0 || link.ended()) {
                return false;
            }
            try {
                wait(Math.min(left, 200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** "ann" from "ann: hello", else "member 2". */
    private static String nameOf(String line, int n) {
        int colon = line.indexOf(':');
        return colon > 0 ? line.substring(0, colon).strip() : "member " + n;
    }

    private static String names(List<Member> ms) {
        return String.join(", ", ms.stream().map(Member::name).toList());
    }
}
