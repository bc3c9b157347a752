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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The "clients" partner: several clients that connect to {PORT} together as soon as the learner
 * listens. Each sends its line, waits for one line back, then stays connected until every client
 * has its answer, or gives up a few seconds after its own: a server that serves one client at a
 * time is seen keeping the others waiting, one that serves them side by side answers all at once.
 */
final class CrowdPartner {
    static final int COUNT = 3;
    /** How long an answered client waits for the others' answers before it hangs up. */
    static final long HOLD_MS = 3000;
    /** An answer longer than this counts as complete, so a server that never sends a newline cannot fill memory. */
    private static final int MAX_ANSWER = 65536;

    private final PartnerLink link;
    private final String text;
    private final CountDownLatch answered = new CountDownLatch(COUNT);
    private final AtomicInteger waiting = new AtomicInteger(COUNT);
    private final AtomicBoolean someoneLeft = new AtomicBoolean();
    /** The local ports of the clients that have connected and sent their line, reported once all have. */
    private final List<Integer> arrived = new ArrayList<>();

    /** text is each client's line; "{n}" in it becomes the client's number, from 1. */
    CrowdPartner(PartnerLink link, String text) {
        this.link = link;
        this.text = text;
    }

    /** Starts every client on a thread of its own, the first on the caller's. */
    void run() {
        for (int n = 2; n <= COUNT; n++) {
            int number = n;
            Thread t = new Thread(() -> client(number), "socklab-peer-client-" + n);
            t.setDaemon(true);
            t.start();
        }
        client(1);
    }

    private void client(int n) {
        byte[] line = text.replace("{n}", Integer.toString(n)).getBytes(StandardCharsets.UTF_8);
        while (!link.ended()) {
            try {
                SocketChannel ch = SocketChannel.open();
                link.track(ch);
                try (ch) {
                    ch.connect(new InetSocketAddress(Ports.HOST, link.learnerPort()));
                    ByteBuffer out = ByteBuffer.wrap(line);
                    link.sending(out.duplicate());
                    while (out.hasRemaining()) {
                        ch.write(out);
                    }
                    connected(ch.socket().getLocalPort());
                    if (readAnswer(ch)) {
                        holdForOthers(n);
                    } else {
                        link.report(new Partners.Report("crowdNoAnswer", Integer.toString(n)));
                    }
                }
                return;
            } catch (ConnectException e) {
                link.pause();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** One line for all the connections, once the last client is in: three lines would crowd the screen. */
    private void connected(int localPort) {
        synchronized (arrived) {
            arrived.add(localPort);
            if (arrived.size() == COUNT) {
                link.report(new Partners.Report("crowdConnected", Integer.toString(COUNT),
                        String.join(", ", arrived.stream().map(String::valueOf).toList())));
            }
        }
    }

    /** Reads until a newline (or MAX_ANSWER bytes) came; false if the server closed first. */
    private boolean readAnswer(SocketChannel ch) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(4096);
        while (got.size() < MAX_ANSWER) {
            if (ch.read(buf.clear()) < 0) {
                return false;
            }
            link.received(buf.flip());
            got.write(buf.array(), 0, buf.limit());
            if (got.toString(StandardCharsets.ISO_8859_1).indexOf('\n') >= 0) {
                return true;
            }
        }
        return true;
    }

    /** The last client answered while nobody had left says all were served together; a client tired of waiting says so. */
    private void holdForOthers(int n) {
        answered.countDown();
        if (waiting.decrementAndGet() == 0 && !someoneLeft.get()) {
            link.report(new Partners.Report("crowdTogether", Integer.toString(COUNT)));
        }
        try {
            if (!answered.await(HOLD_MS, TimeUnit.MILLISECONDS) && !link.ended()) {
                someoneLeft.set(true);
                link.report(new Partners.Report("crowdGaveUp", Integer.toString(n), Long.toString(HOLD_MS / 1000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
