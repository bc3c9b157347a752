package socklab.lesson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import socklab.i18n.Lang;
import socklab.i18n.Messages;

/**
 * The built-in partners of one lesson run (client, echo, greet, upper, udp-echo; http, chat, pieces,
 * framed and clients in classes of their own), on loopback only. The
 * {PEER} address is reserved when the lesson starts, so texts can name it before its step starts
 * the partner; every partner stops when the lesson ends. What they do is kept as reports for the
 * learner ("partner: connected from 127.0.0.1:50412").
 */
public final class Partners implements AutoCloseable, PartnerLink {
    /** What a partner did, for the learner: a catalogue key under lesson.partner. and its arguments. */
    public record Report(String key, List<String> args) {
        Report(String key, String... args) {
            this(key, List.of(args));
        }

        /** The report as the learner reads it: "partner: connected from 127.0.0.1:50412". */
        public String text(Lang lang) {
            return Messages.text(lang, "lesson.partner." + key, args.toArray());
        }
    }

    /** More lines than this from one input are cut short, so a busy partner never floods the screen. */
    private static final int MAX_REPORTS = 8;

    /** How long peer_got() waits for bytes still in flight: until nothing new came for this long. */
    private static final long QUIET_MS = 100;
    private static final long MAX_WAIT_MS = 2000;
    private static final long RETRY_MS = 20;

    private final Ports ports;
    /** The side of a two-terminal lesson taken here, or null when this session takes every step. */
    private final String side;
    private final ServerSocketChannel tcpServer;
    private final DatagramChannel udpServer;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final ByteArrayOutputStream got = new ByteArrayOutputStream();
    /** What happened since the learner last looked: events, and the bytes of each flow summed up. */
    private final List<Pending> reports = new ArrayList<>();
    private long lastArrival;
    /** Bytes the learner's session sent to the partners' sockets, and bytes the partners have read (both under got's lock). */
    private long sentToPartners;
    private long readByPartners;
    private boolean active;
    private volatile Peer serverRole;
    private volatile boolean closed;

    public Partners(Lesson lesson) throws IOException {
        this(lesson, null, null, Ports.LOOPBACK);
    }

    /**
     * The partners of the steps one side of a two-terminal lesson takes (side: server or client;
     * null for every step). fixed, when not null, are the ports to use, chosen by the server side:
     * a partner server of this side's steps then listens on its {PEER}, which the server side only
     * picked, so that the number means one thing in both terminals; otherwise host is the server
     * side's address for {HOST}. Partners themselves live on loopback: each plays on the learner's
     * own machine.
     */
    Partners(Lesson lesson, Ports fixed, String side, String host) throws IOException {
        this.side = side;
        List<Peer> peers = lesson.steps().stream().filter(s -> s.peer() != null && (side == null || s.role() == null || s.role().equals(side)))
                .map(Step::peer).filter(this::plays).toList();
        boolean tcp = peers.stream().anyMatch(Partners::onPeer);
        boolean udp = peers.stream().anyMatch(Partners::isUdp);
        int at = fixed == null ? 0 : fixed.peer();
        tcpServer = tcp ? ServerSocketChannel.open().bind(new InetSocketAddress(Ports.LOOPBACK, at)) : null;
        udpServer = udp ? DatagramChannel.open().bind(new InetSocketAddress(Ports.LOOPBACK, at)) : null;
        int peer = tcp ? tcpServer.socket().getLocalPort() : udp ? udpServer.socket().getLocalPort() : freePort(-1);
        ports = fixed != null ? fixed : new Ports(freePort(peer), peer, host);
    }

    public Ports ports() {
        return ports;
    }

    /** Starts a step's partner (the lesson's {PEER} server takes on that role). */
    public synchronized void start(Peer peer) {
        if (closed || !plays(peer)) {
            return;
        }
        synchronized (got) {
            active = true;
        }
        if (isUdp(peer)) {
            daemon("udp-echo", this::udpEcho);
        } else if (peer.onLearnersPort()) {
            standIn(peer);
        } else if (peer.isServer()) {
            boolean first = serverRole == null;
            serverRole = peer;
            if (first) {
                daemon("peer-server", this::acceptLoop);
            }
        } else if ("chat".equals(peer.role())) {
            daemon("peer-chat", new ChatPartner(this, peer.send()));
        } else if ("clients".equals(peer.role())) {
            daemon("peer-clients", () -> CrowdPartner.serveBatches(this, peer.send()));
        } else {
            daemon("peer-client", () -> client(peer.send()));
        }
    }

    /**
     * Everything the partners have received, once the bytes the learner sent them have arrived: a
     * learner's send() returns before the partner's thread reads, so wait until the partners have
     * read as many bytes as the session sent to their sockets, then until nothing new came for a
     * moment (the partners' own answers to one another); both bounded, for bytes a partner never
     * reads.
     */
    public byte[] received() {
        synchronized (got) {
            long deadline = System.currentTimeMillis() + MAX_WAIT_MS;
            for (long left; readByPartners < sentToPartners && !closed && (left = deadline - System.currentTimeMillis()) > 0; ) {
                try {
                    got.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            awaitQuiet();
            return got.toByteArray();
        }
    }

    /** The learner's session sent bytes to remote ("host:port"): counted when remote is one of the partners' sockets. */
    public void learnerSent(String remote, int bytes) {
        if (bytes <= 0 || sockets().stream().noneMatch(s -> s.local().equals(remote))) {
            return;
        }
        synchronized (got) {
            sentToPartners += bytes;
        }
    }

    /** Waits (holding got's lock) until nothing arrived for QUIET_MS, at most MAX_WAIT_MS, or the lesson ends. */
    private void awaitQuiet() {
        long start = System.currentTimeMillis();
        long deadline = start + MAX_WAIT_MS;
        while (true) {
            long now = System.currentTimeMillis();
            long quietLeft = Math.max(lastArrival, start) + QUIET_MS - now;
            if (quietLeft <= 0 || now >= deadline || closed) {
                return;
            }
            try {
                got.wait(Math.min(quietLeft, deadline - now));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * What the partners did since the last call, once they have been quiet for a moment (they run
     * on their own threads, so their side of an exchange may still be under way); none without a
     * partner started.
     */
    public List<Report> reports() {
        synchronized (got) {
            if (!active) {
                return List.of();
            }
            awaitQuiet();
            List<Report> out = reports.stream().map(Pending::report).toList();
            reports.clear();
            if (out.size() <= MAX_REPORTS) {
                return out;
            }
            List<Report> shown = new ArrayList<>(out.subList(0, MAX_REPORTS - 1));
            shown.add(new Report("more", String.valueOf(out.size() - shown.size())));
            return shown;
        }
    }

    /** One of the partner's open sockets, for the classroom's socket table: addresses as "host:port", remote "" for a listener. */
    public record Socket(boolean stream, String local, String remote) {
    }

    /** The partner's sockets open now: its listeners, its UDP socket, and each connection it holds. */
    public synchronized List<Socket> sockets() {
        List<Socket> out = new ArrayList<>();
        if (closed) {
            return out;
        }
        try {
            if (tcpServer != null && tcpServer.isOpen()) {
                out.add(new Socket(true, address(tcpServer.getLocalAddress()), ""));
            }
            if (udpServer != null && udpServer.isOpen()) {
                out.add(new Socket(false, address(udpServer.getLocalAddress()), ""));
            }
            for (AutoCloseable c : open) {
                if (c instanceof SocketChannel ch && ch.isOpen() && ch.isConnected()) {
                    out.add(new Socket(true, address(ch.getLocalAddress()), address(ch.getRemoteAddress())));
                } else if (c instanceof ServerSocketChannel l && l.isOpen() && l.getLocalAddress() != null) {
                    out.add(new Socket(true, address(l.getLocalAddress()), "")); // a stand-in for the learner's server
                }
            }
        } catch (IOException e) {
            // a socket closing as we look is simply not listed
        }
        return out;
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeQuietly(tcpServer);
        closeQuietly(udpServer);
        open.forEach(Partners::closeQuietly);
        synchronized (got) {
            got.notifyAll();
        }
    }

    private void acceptLoop() {
        try {
            while (!closed) {
                SocketChannel ch = tcpServer.accept();
                track(ch);
                Peer role = serverRole;
                daemon("peer-conn", () -> serve(ch, role));
            }
        } catch (IOException e) {
            // the lesson ended and closed the server
        }
    }

    private void serve(SocketChannel ch, Peer role) {
        try (ch) {
            report(new Report("connectedFrom", address(ch.getRemoteAddress())));
            if ("http".equals(role.role())) {
                new HttpPartner(this).answer(ch);
                return;
            }
            if ("pieces".equals(role.role())) {
                new PiecesPartner(this, role.send()).serve(ch);
                return;
            }
            if ("framed".equals(role.role())) {
                new FramedPartner(this).serve(ch);
                return;
            }
            if ("greet".equals(role.role())) {
                sendAndReport(ch, role.send().getBytes(StandardCharsets.UTF_8));
            }
            ByteBuffer buf = ByteBuffer.allocate(65536);
            while (ch.read(buf.clear()) > 0) {
                received(buf.flip());
                if ("echo".equals(role.role())) {
                    sendAndReport(ch, bytes(buf));
                } else if ("upper".equals(role.role())) {
                    sendAndReport(ch, upper(bytes(buf)));
                }
            }
            report(new Report("closed"));
        } catch (IOException e) {
            // the learner reset the connection or the lesson ended
        }
    }

    /** Reports before writing, so the learner's recv() of the bytes never comes before the report. */
    private void sendAndReport(SocketChannel ch, byte[] data) throws IOException {
        flow("sent", ByteBuffer.wrap(data));
        ByteBuffer out = ByteBuffer.wrap(data);
        while (out.hasRemaining()) {
            ch.write(out);
        }
    }

    /** Connects once the learner listens on {PORT}; until then each attempt is refused. */
    private void client(String text) {
        while (!closed) {
            try {
                SocketChannel ch = SocketChannel.open();
                track(ch);
                try (ch) {
                    ch.connect(new InetSocketAddress(Ports.LOOPBACK, ports.port()));
                    report(new Report("connectedTo", address(ch.getRemoteAddress()), address(ch.getLocalAddress())));
                    sendAndReport(ch, text.getBytes(StandardCharsets.UTF_8));
                    ByteBuffer buf = ByteBuffer.allocate(65536);
                    while (ch.read(buf.clear()) > 0) {
                        received(buf.flip());
                    }
                    report(new Report("closed"));
                }
                return;
            } catch (ConnectException e) {
                pause();
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * Listens on the learner's own {PORT} in place of the learner's server, bound now, so that a
     * client typed right after the step starts finds it (or, while the learner's own server
     * still holds the port, as soon as it lets go), and serves each client.
     */
    private void standIn(Peer role) {
        ServerSocketChannel server;
        try {
            server = ServerSocketChannel.open();
            track(server);
            server.setOption(java.net.StandardSocketOptions.SO_REUSEADDR, true);
        } catch (IOException e) {
            return; // the lesson has ended
        }
        boolean bound = bindLearnersPort(server, false);
        daemon("peer-stand-in", () -> {
            if (!bound && !bindLearnersPort(server, true)) {
                return;
            }
            try {
                while (!closed) {
                    SocketChannel ch = server.accept();
                    track(ch);
                    daemon("peer-conn", () -> serve(ch, role));
                }
            } catch (IOException e) {
                // the lesson ended and closed the listener
            }
        });
    }

    /** Binds server to loopback:{PORT}; retrying (until the lesson ends) while another socket holds it, when asked to. */
    private boolean bindLearnersPort(ServerSocketChannel server, boolean retry) {
        while (!closed) {
            try {
                server.bind(new InetSocketAddress(Ports.LOOPBACK, ports.port()));
                return true;
            } catch (java.net.BindException e) {
                if (!retry) {
                    return false;
                }
                pause(); // the learner's own server still holds the port
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    private void udpEcho() {
        ByteBuffer buf = ByteBuffer.allocate(65536);
        try {
            while (!closed) {
                var from = udpServer.receive(buf.clear());
                arrived(buf.flip());
                byte[] reply = upper(bytes(buf));
                report(new Report("udpEcho", ByteSummary.of(bytes(buf)).shown(), address(from),
                        ByteSummary.of(reply).shown()));
                udpServer.send(ByteBuffer.wrap(reply), from);
            }
        } catch (IOException e) {
            // the lesson ended
        }
    }

    @Override
    public int learnerPort() {
        return ports.port();
    }

    @Override
    public boolean ended() {
        return closed;
    }

    @Override
    public void record(ByteBuffer data) {
        arrived(data);
    }

    @Override
    public void sending(ByteBuffer data) {
        flow("sent", data);
    }

    /** Bytes a TCP partner read: recorded for peer_got() and reported to the learner. */
    @Override
    public void received(ByteBuffer buf) {
        flow("received", buf);
        arrived(buf);
    }

    @Override
    public void report(Report r) {
        synchronized (got) {
            reports.add(new Pending.Event(r));
            lastArrival = System.currentTimeMillis();
            got.notifyAll();
        }
    }

    /**
     * Bytes sent or received: added to the same direction's line since the last connection event,
     * so 200000 bytes read in many pieces are one line ("received 200000 bytes b'xxxx…'").
     */
    private void flow(String key, ByteBuffer data) {
        synchronized (got) {
            Pending.Flow open = null;
            for (int i = reports.size() - 1; i >= 0 && open == null; i--) {
                if (reports.get(i) instanceof Pending.Flow f && f.key().equals(key)) {
                    open = f;
                } else if (reports.get(i) instanceof Pending.Event) {
                    break;
                }
            }
            if (open == null) {
                open = new Pending.Flow(key, new ByteSummary());
                reports.add(open);
            }
            open.bytes().add(data);
            lastArrival = System.currentTimeMillis();
            got.notifyAll();
        }
    }

    /** A report still to be shown: an event as it happened, or a flow of bytes still adding up. */
    private sealed interface Pending {
        Report report();

        record Event(Report report) implements Pending {}

        record Flow(String key, ByteSummary bytes) implements Pending {
            @Override
            public Report report() {
                return new Report(bytes.count() == 1 ? key + "One" : key, String.valueOf(bytes.count()), bytes.shown());
            }
        }
    }

    /** "127.0.0.1:50412", as the learner's accept() and recvfrom() show it. */
    private static String address(java.net.SocketAddress a) {
        InetSocketAddress in = (InetSocketAddress) a;
        return in.getAddress().getHostAddress() + ":" + in.getPort();
    }

    /** The bytes between the buffer's position and limit (the buffer itself is left as it was). */
    private static byte[] bytes(ByteBuffer data) {
        byte[] out = new byte[data.remaining()];
        data.duplicate().get(out);
        return out;
    }

    /** bytes.upper(): ASCII letters only, as Python does for bytes. */
    static byte[] upper(byte[] data) {
        byte[] out = data.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 'a' && out[i] <= 'z') {
                out[i] -= 32;
            }
        }
        return out;
    }

    /** Records the bytes between the buffer's position and limit (the buffer itself is left as it was). */
    private void arrived(ByteBuffer buf) {
        synchronized (got) {
            got.write(buf.array(), buf.position(), buf.remaining());
            readByPartners += buf.remaining();
            lastArrival = System.currentTimeMillis();
            got.notifyAll();
        }
    }

    @Override
    public synchronized void track(AutoCloseable c) throws ClosedChannelException {
        if (closed) {
            closeQuietly(c);
            throw new ClosedChannelException();
        }
        open.add(c);
    }

    @Override
    public void pause() {
        synchronized (got) {
            try {
                got.wait(RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, "socklab-" + name);
        t.setDaemon(true);
        t.start();
    }

    /** Whether peer plays here: a stand-in for the other terminal's program only when this session takes every step. */
    private boolean plays(Peer peer) {
        return side == null || !peer.standsIn();
    }

    /** Whether p serves on the lesson's {PEER}. */
    private static boolean onPeer(Peer p) {
        return p.isServer() && !isUdp(p) && !p.onLearnersPort();
    }

    private static boolean isUdp(Peer p) {
        return "udp-echo".equals(p.role());
    }

    /** A port nothing listens on right now (the OS picks it), different from avoid. */
    private static int freePort(int avoid) throws IOException {
        while (true) {
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName(Ports.LOOPBACK))) {
                if (s.getLocalPort() != avoid) {
                    return s.getLocalPort();
                }
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // closing during shutdown: nothing left to do
        }
    }
}
