package socklab.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The class server on the teacher's machine: takes students who know the class code, keeps one
 * row per student from the lesson events they send, offers lessons to all of them, and notices a
 * student who goes silent. One thread per student reads; one heartbeat thread pings and reaps.
 * It only ever sends offers and pings: nothing it sends can run on a student's machine.
 */
public final class ClassServer implements AutoCloseable {
    /** Hears every change to the class, on the thread that made it. */
    @FunctionalInterface
    public interface Listener {
        void changed(ClassEvent event);
    }

    /** Connections still saying hello beyond the class size, so a crowd of half-open ones cannot crowd students out. */
    private static final int SPARE_HANDSHAKES = 8;
    /** More steps than any lesson has: a count beyond it is noise, not a lesson. */
    private static final int MAX_STEPS = 999;

    private final ServerSocket server;
    private final String code;
    private final ClassLimits limits;
    private final Map<String, StudentRow> rows = new LinkedHashMap<>();
    private final Map<String, Member> members = new HashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat;
    private volatile boolean closed;

    /** One connected student: where to write and when they were last heard. */
    private static final class Member {
        final String name;
        final Socket socket;
        final OutputStream out;
        final RateLimit rate;
        volatile long lastHeardNanos = System.nanoTime();

        Member(String name, Socket socket, ClassLimits limits) throws IOException {
            this.name = name;
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.rate = new RateLimit(limits.burst(), limits.perSecond(), System.nanoTime());
        }

        /**
         * Writes one line. The teacher sends only tiny lines (pings, offers), so a socket buffer fills
         * only if a student stops reading, and a student who stops reading stops pinging and is reaped.
         */
        void send(ClassMessage m) {
            synchronized (out) {
                try {
                    out.write(JsonLines.encode(m));
                    out.flush();
                } catch (IOException e) {
                    closeQuietly(socket);
                }
            }
        }
    }

    private ClassServer(ServerSocket server, String code, ClassLimits limits) {
        this.server = server;
        this.code = code;
        this.limits = limits;
        this.heartbeat = Daemons.scheduler("class-heartbeat");
    }

    /** Opens the class on every address of this machine at port (0: any free port). */
    public static ClassServer open(int port, String code, ClassLimits limits) throws IOException {
        ServerSocket ss = new ServerSocket();
        ss.setReuseAddress(true);
        try {
            ss.bind(new InetSocketAddress(port), limits.maxStudents() + SPARE_HANDSHAKES);
        } catch (IOException e) {
            ss.close();
            throw e;
        }
        ClassServer s = new ClassServer(ss, code, limits);
        Daemons.start("class-accept", s::acceptLoop);
        long beat = limits.heartbeat().toMillis();
        s.heartbeat.scheduleAtFixedRate(s::beat, beat, beat, TimeUnit.MILLISECONDS);
        return s;
    }

    public int port() {
        return server.getLocalPort();
    }

    public String code() {
        return code;
    }

    public ClassLimits limits() {
        return limits;
    }

    /** Where students can reach this class: each address of this machine's network, else loopback. */
    public List<String> addresses() {
        List<String> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                if (nic.isUp() && !nic.isLoopback()) {
                    nic.inetAddresses().filter(a -> a instanceof Inet4Address)
                            .forEach(a -> found.add(a.getHostAddress() + ":" + port()));
                }
            }
        } catch (SocketException e) {
            found.clear();
        }
        if (found.isEmpty()) {
            found.add(InetAddress.getLoopbackAddress().getHostAddress() + ":" + port());
        }
        return found;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Every student, present or gone, by name. */
    public synchronized List<StudentRow> rows() {
        List<StudentRow> all = new ArrayList<>(rows.values());
        all.sort(Comparator.comparing(StudentRow::name));
        return all;
    }

    public synchronized Optional<StudentRow> row(String name) {
        return Optional.ofNullable(rows.get(name));
    }

    /** Offers every present student a lesson (and step, or null); returns how many were offered it. */
    public int push(String lesson, Integer step) {
        List<Member> now;
        synchronized (this) {
            now = List.copyOf(members.values());
        }
        ClassMessage.Offer offer = new ClassMessage.Offer(lesson, step);
        now.forEach(m -> m.send(offer));
        return now.size();
    }

    @Override
    public void close() {
        closed = true;
        heartbeat.shutdownNow();
        closeQuietly(server);
        open.forEach(ClassServer::closeQuietly);
    }

    private void acceptLoop() {
        while (!closed) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException e) {
                return; // the server socket was closed
            }
            if (open.size() >= limits.maxStudents() + SPARE_HANDSHAKES) {
                closeQuietly(s);
                continue;
            }
            open.add(s);
            Daemons.start("class-student", () -> serve(s));
        }
    }

    private void serve(Socket s) {
        Member m = null;
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout((int) limits.handshake().toMillis());
            JsonLines lines = new JsonLines(s.getInputStream(), limits.maxLineBytes());
            m = handshake(s, lines);
            if (m != null) {
                s.setSoTimeout(0); // from here silence is the heartbeat's business
                read(m, lines);
            }
        } catch (JsonLines.TooLong e) {
            if (m != null) {
                m.send(new ClassMessage.Refused("too-long", "a line was longer than " + limits.maxLineBytes() + " bytes"));
            }
        } catch (IOException e) {
            // the student went away, or the class closed: either way the row shows it below
        } finally {
            open.remove(s);
            closeQuietly(s);
            if (m != null) {
                leave(m);
            }
        }
    }

    /** Reads the hello; returns the new member, or null after telling the student why not. */
    private Member handshake(Socket s, JsonLines lines) throws IOException {
        String line = lines.next();
        if (line == null) {
            return null;
        }
        JsonNode node;
        try {
            node = JsonLines.tree(line);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject() || !"hello".equals(node.path("type").asText())) {
            return refuse(s, "bad-hello", "the first line must be a hello");
        }
        int version = node.path("version").asInt(-1);
        if (version != ClassLimits.VERSION) {
            return refuse(s, "version", "this class speaks protocol version " + ClassLimits.VERSION + ", not " + node.path("version"));
        }
        ClassMessage.Hello hello;
        try {
            hello = (ClassMessage.Hello) JsonLines.decode(node);
        } catch (JsonProcessingException e) {
            return refuse(s, "bad-hello", "the hello needs a version, a code and a name");
        }
        if (!ClassCode.matches(code, hello.code())) {
            return refuse(s, "code", "that is not this class's code");
        }
        String name = StudentNames.clean(hello.name());
        if (name == null) {
            return refuse(s, "bad-name", "a name is 1 to " + StudentNames.MAX_LENGTH + " letters, digits, spaces, dots, dashes or underscores");
        }
        Member m = new Member(name, s, limits);
        synchronized (this) {
            if (members.containsKey(name)) {
                return refuse(s, "name-taken", "someone in this class already has that name");
            }
            if (members.size() >= limits.maxStudents()) {
                return refuse(s, "full", "this class is full (" + limits.maxStudents() + " students)");
            }
            // The welcome goes out before push() can see the member, so it is always the first line.
            m.send(new ClassMessage.Welcome(ClassLimits.VERSION, limits.heartbeat().toMillis()));
            members.put(name, m);
            forgetOldestGoneIfCrowded();
        }
        change(ClassEvent.Kind.JOINED, name, r -> StudentRow.joined(name, Instant.now()));
        return m;
    }

    private Member refuse(Socket s, String reason, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(JsonLines.encode(new ClassMessage.Refused(reason, text)));
        out.flush();
        return null;
    }

    /** Gone students' rows stay for the teacher to see, but no more than one class's worth of them. */
    private void forgetOldestGoneIfCrowded() {
        if (rows.size() >= 2 * limits.maxStudents()) {
            rows.values().stream().filter(r -> !r.present()).findFirst().ifPresent(r -> rows.remove(r.name()));
        }
    }

    private void read(Member m, JsonLines lines) throws IOException {
        String line;
        while ((line = lines.next()) != null) {
            long now = System.nanoTime();
            m.lastHeardNanos = now;
            if (!m.rate.take(now)) {
                change(null, m.name, StudentRow::dropping);
                continue;
            }
            ClassMessage msg;
            try {
                msg = JsonLines.decode(line);
            } catch (JsonProcessingException | ClassCastException e) {
                continue; // not a message of ours: a newer student's, or noise
            }
            Instant at = Instant.now();
            // Everything here reaches the teacher's terminal: ids must be ids (see SafeText), or the line is dropped.
            if (msg instanceof ClassMessage.Step step && SafeText.isId(step.lesson()) && SafeText.isId(step.step())
                    && step.index() >= 0 && step.index() < step.count() && step.count() <= MAX_STEPS) {
                change(ClassEvent.Kind.STEP, m.name, r -> r.stepped(step, at));
            } else if (msg instanceof ClassMessage.Attempt attempt) {
                ClassMessage.Attempt safe = new ClassMessage.Attempt(attempt.passed(), SafeText.typeName(attempt.error()));
                change(attempt.passed() ? ClassEvent.Kind.PASSED : ClassEvent.Kind.FAILED, m.name, r -> r.attempted(safe, at));
            } else if (msg instanceof ClassMessage.Finished finished && SafeText.isId(finished.lesson())) {
                change(ClassEvent.Kind.FINISHED, m.name, r -> r.finished(finished, at));
            } else if (msg instanceof ClassMessage.Share share && share.code() != null) {
                String code = SafeText.code(share.code().length() > ClassLimits.MAX_SNIPPET_CHARS
                        ? share.code().substring(share.code().length() - ClassLimits.MAX_SNIPPET_CHARS) : share.code());
                change(ClassEvent.Kind.SHARED, m.name, r -> r.shared(code, at));
            } else if (msg instanceof ClassMessage.Ping ping && ping.idle() != null) {
                change(null, m.name, r -> r.idleFor(ping.idle(), at));
            }
        }
    }

    private void leave(Member m) {
        synchronized (this) {
            if (members.get(m.name) != m) {
                return;
            }
            members.remove(m.name);
        }
        change(ClassEvent.Kind.GONE, m.name, StudentRow::gone);
    }

    /** Every heartbeat: a ping to each student, and the silent ones' connections closed (they show as gone). */
    private void beat() {
        List<Member> now;
        synchronized (this) {
            now = List.copyOf(members.values());
        }
        long silentSince = System.nanoTime() - limits.goneAfter().toNanos();
        for (Member m : now) {
            if (m.lastHeardNanos - silentSince < 0) {
                closeQuietly(m.socket);
            } else {
                m.send(new ClassMessage.Ping(null));
            }
        }
    }

    /** Applies an update to a student's row and tells the listeners (kind null: the table changes, no news). */
    private void change(ClassEvent.Kind kind, String name, UnaryOperator<StudentRow> update) {
        StudentRow after;
        synchronized (this) {
            StudentRow before = rows.get(name);
            after = update.apply(before);
            rows.remove(name); // a rejoining student's row moves to the end, away from the oldest gone ones
            rows.put(name, after);
        }
        if (kind != null) {
            ClassEvent e = new ClassEvent(kind, after);
            listeners.forEach(l -> l.changed(e));
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing is best effort: the peer may already be gone
        }
    }
}
