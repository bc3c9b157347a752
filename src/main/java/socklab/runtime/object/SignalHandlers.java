package socklab.runtime.object;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The session's signal handlers, as signal.signal sets them: what the main thread runs when a
 * signal routed to it arrives (Ctrl-C as SIGINT, and SIGTERM once a program catches it). Without a
 * handler of its own, SIGINT raises KeyboardInterrupt (default_int_handler), as in CPython.
 */
public final class SignalHandlers {
    public static final int SIGINT = 2;
    public static final int SIGTERM = 15;
    /** signal.SIG_DFL and signal.SIG_IGN as the ints they are. */
    public static final int DEFAULT = 0;
    public static final int IGNORE = 1;

    private final Map<Integer, PyObject> handlers = new ConcurrentHashMap<>();
    private final PyObject defaultIntHandler = new PyBuiltinFunction("default_int_handler", (a, kw) -> {
        throw Py.error(ExcTypes.KeyboardInterrupt);
    });
    private final Io io;

    public SignalHandlers(Io io) {
        this.io = io;
    }

    /** signal.default_int_handler: raises KeyboardInterrupt, whatever it is called with. */
    public PyObject defaultIntHandler() {
        return defaultIntHandler;
    }

    /** The handler of a signal now: a callable, or SIG_DFL / SIG_IGN as an int. */
    public PyObject get(int signum) {
        return handlers.getOrDefault(signum, signum == SIGINT ? defaultIntHandler : PyInt.of(DEFAULT));
    }

    public void set(int signum, PyObject handler) {
        handlers.put(signum, handler);
    }

    /** Whether the program has taken over this signal (a handler of its own, or ignoring it). */
    public boolean catches(int signum) {
        PyObject h = get(signum);
        return !(h instanceof PyInt i) || i.isTrue();
    }

    /**
     * Runs the handler of a signal that arrived, on the main thread between two statements or
     * inside a blocking call: a Python handler is called with (signum, None), SIG_IGN does nothing,
     * and SIG_DFL ends the process as the signal's default action would, with 128 + signum.
     */
    void dispatch(int signum) {
        PyObject h = get(signum);
        if (h instanceof PyInt i) {
            if (i.isTrue()) {
                return;
            }
            io.flush();
            Runtime.getRuntime().halt(128 + signum);
        }
        h.call(new PyObject[] {PyInt.of(signum), PyNone.NONE}, null);
    }
}
