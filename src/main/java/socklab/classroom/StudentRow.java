package socklab.classroom;

import java.time.Duration;
import java.time.Instant;

/**
 * One student as the teacher's table shows them: where they are, how it goes, how long since they
 * last typed, and the snippet they last shared. Immutable: every event makes a new row.
 */
public record StudentRow(String name, boolean present, String lesson, String step, int index, int count, int attempts,
        String lastError, String finished, String snippet, Instant idleSince, int dropped) {
    static StudentRow joined(String name, Instant now) {
        return new StudentRow(name, true, null, null, 0, 0, 0, null, null, null, now, 0);
    }

    StudentRow stepped(ClassMessage.Step s, Instant now) {
        return new StudentRow(name, present, s.lesson(), s.step(), s.index(), s.count(), 0, null, finished, snippet, now, dropped);
    }

    StudentRow attempted(ClassMessage.Attempt a, Instant now) {
        return new StudentRow(name, present, lesson, step, index, count, attempts + 1, a.passed() ? lastError : a.error(),
                finished, snippet, now, dropped);
    }

    StudentRow finished(ClassMessage.Finished f, Instant now) {
        return new StudentRow(name, present, null, null, 0, 0, 0, null, f.lesson(), snippet, now, dropped);
    }

    StudentRow shared(String code, Instant now) {
        return new StudentRow(name, present, lesson, step, index, count, attempts, lastError, finished, code, now, dropped);
    }

    /** A ping tells how long the student has been idle; the row keeps when that idleness began. */
    StudentRow idleFor(int seconds, Instant now) {
        return new StudentRow(name, present, lesson, step, index, count, attempts, lastError, finished, snippet,
                now.minusSeconds(Math.max(0, seconds)), dropped);
    }

    StudentRow dropping() {
        return new StudentRow(name, present, lesson, step, index, count, attempts, lastError, finished, snippet, idleSince, dropped + 1);
    }

    StudentRow gone() {
        return new StudentRow(name, false, lesson, step, index, count, attempts, lastError, finished, snippet, idleSince, dropped);
    }

    public Duration idle(Instant now) {
        return Duration.between(idleSince, now).isNegative() ? Duration.ZERO : Duration.between(idleSince, now);
    }
}
