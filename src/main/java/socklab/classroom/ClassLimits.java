package socklab.classroom;

import java.time.Duration;

/**
 * The bounds a class server keeps, so one broken or hostile student cannot hurt the class: the
 * size of one line, how many lines a student may send per second, how many students, and how
 * long silence lasts before a student counts as gone.
 */
public record ClassLimits(int maxLineBytes, int maxStudents, int burst, double perSecond, Duration heartbeat,
        Duration handshake) {
    /** The class protocol's version; a hello with another is refused. */
    public static final int VERSION = 1;
    /** The longest snippet %share sends, in characters: even all escaped, it fits in one line. */
    public static final int MAX_SNIPPET_CHARS = 2000;

    /** What a classroom gets: 16 KiB lines, 40 students, bursts of 30 lines then 10 a second, a ping every 5 s. */
    public static ClassLimits standard() {
        return new ClassLimits(16 * 1024, 40, 30, 10, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    /** Silence for three heartbeats means the other side has gone. */
    public Duration goneAfter() {
        return heartbeat.multipliedBy(3);
    }

    public ClassLimits withHeartbeat(Duration beat) {
        return new ClassLimits(maxLineBytes, maxStudents, burst, perSecond, beat, handshake);
    }
}
