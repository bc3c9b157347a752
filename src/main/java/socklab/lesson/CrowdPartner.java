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
 * Served together, each client says "bye\n", shuts down its sending side and reads to the end, so
 * the server's answer to that line (in peer_got()) is the proof a lesson check can see. A batch
 * not served together is followed by a new one (a few at most), so a learner who just watched a
 * one-at-a-time server keep them waiting finds clients to try the next server on.
 */
final class CrowdPartner {
    static final int COUNT = 3;
    /** How long an answered client waits for the others' answers before it hangs up. */
    static final long HOLD_MS = 3000;
    /** An answer longer than this counts as complete, so a server that never sends a newline cannot fill memory. */
    private static final int MAX_ANSWER = 65536;
    private static final byte[] BYE = "bye\n".getBytes(StandardCharsets.US_ASCII);
    /** Batches at most per start of the partner: bounded, whatever the learner's server does. */
    static final int BATCHES = 3;

    private final PartnerLink link;
    private final String text;
    private final CountDownLatch answered = new CountDownLatch(COUNT);
    private final AtomicInteger waiting = new AtomicInteger(COUNT);
    private final AtomicBoolean someoneLeft = new AtomicBoolean();
    /** The local ports of the clients that have connected and sent their line, reported once all have. */
    private final List<Integer> arrived = new ArrayList<>();
    private final boolean again;
    private volatile boolean together;

    private CrowdPartner(PartnerLink link, String text, boolean again) {
        this.link = link;
        this.text = text;
        this.again = again;
    }

    /** Sends batches of clients until one is served together (or BATCHES came); text is each client's line, "{n}" its number from 1. */
    static void serveBatches(PartnerLink link, String text) {
        for (int b = 1; b <= BATCHES && !link.ended(); b++) {
            if (new CrowdPartner(link, text, b > 1).run()) {
                return;
            }
        }
    }

    /** Runs every client of the batch on a thread of its own, the first on the caller's; true if all were served together. */
    private boolean run() {
        List<Thread> others = new ArrayList<>();
        for (int n = 2; n <= COUNT; n++) {
            int number = n;
            Thread t = new Thread(() -> client(number), "socklab-peer-client-" + n);
            t.setDaemon(true);
            t.start();
            others.add(t);
        }
        client(1);
        try {
            for (Thread t : others) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
        return together;
    }

    private void client(int n) {
        byte[] line = text.replace("{n}", Integer.toString(n)).getBytes(StandardCharsets.UTF_8);
        while (!link.ended()) {
            try {
                SocketChannel ch = SocketChannel.open();
                link.track(ch);
                try (ch) {
                    ch.connect(new InetSocketAddress(Ports.LOOPBACK, link.learnerPort()));
                    ByteBuffer out = ByteBuffer.wrap(line);
                    link.sending(out.duplicate());
                    while (out.hasRemaining()) {
                        ch.write(out);
                    }
                    connected(ch.socket().getLocalPort());
                    if (readAnswer(ch)) {
                        if (holdForOthers(n)) {
                            sayBye(ch);
                        }
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
                link.report(new Partners.Report(again ? "crowdAgain" : "crowdConnected", Integer.toString(COUNT),
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

    /**
     * Waits for the others' answers; true if all were answered while nobody had left. The last
     * client answered says so; a client tired of waiting says that instead, and leaves.
     */
    private boolean holdForOthers(int n) {
        answered.countDown();
        if (waiting.decrementAndGet() == 0 && !someoneLeft.get()) {
            together = true;
            link.report(new Partners.Report("crowdTogether", Integer.toString(COUNT)));
        }
        try {
            if (answered.await(HOLD_MS, TimeUnit.MILLISECONDS)) {
                return !someoneLeft.get();
            }
            if (!link.ended()) {
                someoneLeft.set(true);
                link.report(new Partners.Report("crowdGaveUp", Integer.toString(n), Long.toString(HOLD_MS / 1000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The polite goodbye of a client served together with the others: one more line, then the end of its sending side. */
    private void sayBye(SocketChannel ch) throws IOException {
        ByteBuffer bye = ByteBuffer.wrap(BYE);
        link.sending(bye.duplicate());
        while (bye.hasRemaining()) {
            ch.write(bye);
        }
        ch.shutdownOutput();
        ByteBuffer buf = ByteBuffer.allocate(4096);
        long total = 0;
        while (total < MAX_ANSWER && ch.read(buf.clear()) >= 0) {
            total += buf.position();
            link.received(buf.flip());
        }
    }
}
