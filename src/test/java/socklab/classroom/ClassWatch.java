package socklab.classroom;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every event a class server reports, with a way to wait (never sleep) until some have come. */
final class ClassWatch implements ClassServer.Listener {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final List<ClassEvent> events = new ArrayList<>();

    @Override
    public synchronized void changed(ClassEvent event) {
        events.add(event);
        notifyAll();
    }

    /** Waits until done holds for the events so far; fails with what came if it does not in time. */
    synchronized List<ClassEvent> await(String what, Predicate<List<ClassEvent>> done) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!done.test(events)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fail("waited for " + what + "; events: " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(events);
    }

    synchronized long count(ClassEvent.Kind kind, String name) {
        return count(events, kind, name);
    }

    static long count(List<ClassEvent> events, ClassEvent.Kind kind, String name) {
        return events.stream().filter(e -> e.kind() == kind && (name == null || e.row().name().equals(name))).count();
    }

    /** Waits until there are n events of kind (for name, or anyone when null). */
    List<ClassEvent> awaitCount(ClassEvent.Kind kind, String name, long n) throws InterruptedException {
        return await(n + " " + kind + " of " + name, es -> count(es, kind, name) >= n);
    }
}
