package socklab.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import socklab.lesson.LessonListener;

/**
 * A student's end of the class: joins with the code, then reports lesson events and pings.
 * It reads only offers and pings from the teacher, and an offer only reaches the student as a
 * line to accept or ignore. When the teacher goes, it says so once and the shell goes on.
 */
public final class ClassClient implements LessonListener, AutoCloseable {
    /** What the student's shell hears from the class, on the client's reading thread. */
    public interface Events {
        void offered(ClassMessage.Offer offer);

        void teacherGone();
    }

    /** The teacher refused the hello: reason is the protocol's word for why (code, version, full …). */
    public static final class Refused extends Exception {
        private final String reason;

        Refused(String reason, String text) {
            super(text, null, false, false);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private static final int CONNECT_MILLIS = 5000;

    private final Socket socket;
    private final OutputStream out;
    private final String name;
    private final ScheduledExecutorService pinger;
    private final AtomicBoolean over = new AtomicBoolean();
    private volatile long lastInputNanos = System.nanoTime();

    private ClassClient(Socket socket, String name) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.name = name;
        this.pinger = Daemons.scheduler("class-ping");
    }

    /** Joins the class at host:port; the one way in, for --join and %join alike. */
    public static ClassClient join(String host, int port, String code, String name, Events events) throws IOException, Refused {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
            s.setTcpNoDelay(true);
            s.setSoTimeout(CONNECT_MILLIS);
            ClassClient c = new ClassClient(s, name);
            c.write(new ClassMessage.Hello(ClassLimits.VERSION, code, name));
            JsonLines lines = new JsonLines(s.getInputStream(), ClassLimits.standard().maxLineBytes());
            ClassMessage reply = decode(lines.next());
            if (reply instanceof ClassMessage.Refused r) {
                throw new Refused(r.reason(), r.text());
            }
            if (!(reply instanceof ClassMessage.Welcome w)) {
                throw new IOException("the other side does not speak the class protocol");
            }
            long beat = Math.max(10, w.heartbeatMillis());
            s.setSoTimeout((int) (3 * beat)); // three heartbeats of silence: the teacher has gone
            Daemons.start("class-read", () -> c.read(lines, events));
            c.pinger.scheduleAtFixedRate(c::ping, beat, beat, TimeUnit.MILLISECONDS);
            return c;
        } catch (IOException | Refused | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    public String name() {
        return name;
    }

    /** The student ran something (the idle time the teacher sees starts again; what was run is not sent). */
    public void noteInput() {
        lastInputNanos = System.nanoTime();
    }

    @Override
    public void stepEntered(String lessonId, String stepId, int index, int count) {
        noteInput();
        write(new ClassMessage.Step(lessonId, stepId, index, count));
    }

    @Override
    public void attempted(boolean passed, String errorType) {
        noteInput();
        write(new ClassMessage.Attempt(passed, errorType));
    }

    @Override
    public void finished(String lessonId) {
        write(new ClassMessage.Finished(lessonId));
    }

    /** Sends code the student chose to show, cut to its last {@link ClassLimits#MAX_SNIPPET_CHARS} characters. */
    public void share(String code) {
        write(new ClassMessage.Share(code.length() > ClassLimits.MAX_SNIPPET_CHARS
                ? code.substring(code.length() - ClassLimits.MAX_SNIPPET_CHARS) : code));
    }

    /** True once the class is over for this student (left, or the teacher has gone). */
    public boolean isOver() {
        return over.get();
    }

    /** Leaves the class; no "teacher has gone" follows. */
    @Override
    public void close() {
        over.set(true);
        end();
    }

    private void ping() {
        write(new ClassMessage.Ping((int) TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - lastInputNanos)));
    }

    private void read(JsonLines lines, Events events) {
        try {
            String line;
            while ((line = lines.next()) != null) {
                ClassMessage m = decodeOrNull(line);
                if (m instanceof ClassMessage.Offer o && SafeText.isId(o.lesson()) && (o.step() == null || o.step() > 0)) {
                    events.offered(o);
                } else if (m instanceof ClassMessage.Refused) {
                    break; // the teacher closes this connection after saying why
                }
            }
        } catch (IOException e) {
            // silence or a broken connection: the same news for the student
        }
        if (over.compareAndSet(false, true)) {
            end();
            events.teacherGone();
        }
    }

    private void write(ClassMessage m) {
        if (over.get() && !(m instanceof ClassMessage.Hello)) {
            return;
        }
        synchronized (out) {
            try {
                out.write(JsonLines.encode(m));
                out.flush();
            } catch (IOException e) {
                closeSocket(); // the reader sees it and says the teacher has gone
            }
        }
    }

    private void end() {
        pinger.shutdownNow();
        closeSocket();
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static ClassMessage decode(String line) throws IOException {
        if (line == null) {
            throw new IOException("the class closed the connection");
        }
        ClassMessage m = decodeOrNull(line);
        if (m == null) {
            throw new IOException("the other side does not speak the class protocol");
        }
        return m;
    }

    private static ClassMessage decodeOrNull(String line) {
        try {
            return JsonLines.decode(line);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }
}
