package socklab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** poll, epoll and selectors wait through the one waiter: Ctrl-C interrupts them, timeouts are kept. */
@Timeout(60)
class PollWaitTest {
    private static final String[] WAITS = {
        "p = select.poll(); p.register(a, select.POLLIN)", "p.poll()",
        "p = select.epoll(); p.register(a, select.EPOLLIN)", "p.poll()",
        "p = selectors.DefaultSelector(); k = p.register(a, selectors.EVENT_READ)", "p.select()",
        "p = selectors.SelectSelector(); k = p.register(a, selectors.EVENT_READ)", "p.select()",
        "p = None", "select.select([a], [], [])",
    };

    @Test
    void ctrlCInterruptsEveryKindOfWaitAndTheSocketsStayUsable() throws Exception {
        try (LiveSession py = new LiveSession()) {
            py.type("import select, selectors, socket, time").type("a, b = socket.socketpair()");
            for (int k = 0; k < WAITS.length; k += 2) {
                py.type(WAITS[k]).type("print('waiting'); " + WAITS[k + 1]);
                assertEquals("waiting", py.next());
                py.interrupt();
                assertEquals("KeyboardInterrupt", py.nextResult());
            }
            py.type("b.send(b'ok')").type("a.recv(10)");
            assertEquals("2", py.next());
            assertEquals("b'ok'", py.next());
        }
    }

    @Test
    void timeoutsWaitAtLeastTheirTimeAndReadinessEndsTheWaitAtOnce() throws Exception {
        try (LiveSession py = new LiveSession()) {
            py.type("import select, selectors, socket, time").type("a, b = socket.socketpair()")
                    .type("p = select.poll(); p.register(a, select.POLLIN)")
                    .type("e = select.epoll(); e.register(a, select.EPOLLIN)")
                    .type("s = selectors.PollSelector(); k = s.register(a, selectors.EVENT_READ)")
                    .type("def took(least, f, *args):\n    t = time.monotonic()\n    r = f(*args)\n    d = time.monotonic() - t\n    return r, 'early' if d < least else 'late' if d > 2 else 'in time'\n");
            py.type("took(0.3, p.poll, 300)");
            assertEquals("([], 'in time')", py.next());
            py.type("took(0.3, e.poll, 0.3)");
            assertEquals("([], 'in time')", py.next());
            py.type("took(0.3, s.select, 0.3)");
            assertEquals("([], 'in time')", py.next());
            py.type("took(0.3, select.select, [a], [], [], 0.3)");
            assertEquals("(([], [], []), 'in time')", py.next());
            py.type("b.send(b'x')").type("took(0, e.poll, 5)");
            assertEquals("1", py.next());
            assertEquals("([(3, 1)], 'in time')", py.next());
        }
    }
}
