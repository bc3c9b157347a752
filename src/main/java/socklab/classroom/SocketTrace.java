package socklab.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import socklab.i18n.Messages;
import socklab.net.SocketEvent;
import socklab.net.SocketListener;
import socklab.runtime.RunListener;
import socklab.runtime.RunResult;
import socklab.runtime.object.PyBytesLike;

/**
 * {@code %trace on}: one sentence after each socket call saying what happened underneath, in the
 * session's language. The prompt's own calls are told once the input has finished, after what it
 * printed (an expression's value comes first), or sooner when another thread's call is told, so
 * that causes come before effects, or when the input goes on running (a server loop typed at the
 * prompt is narrated while it serves); calls made by other threads are told at once, which on a
 * terminal puts them above the line being edited.
 */
final class SocketTrace implements SocketListener, RunListener, AutoCloseable {
    /** How long a line of the prompt's waits for its input to finish before it is told anyway. */
    private static final long HOLD_MILLIS = 1500;

    private final Messages m;
    private final Consumer<String> printer;
    private final Thread promptThread;
    private final List<String> held = new ArrayList<>();
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "socklab-trace");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;

    SocketTrace(Messages m, Consumer<String> printer, Thread promptThread) {
        this.m = m;
        this.printer = printer;
        this.promptThread = promptThread;
        // the timer's thread lives only while lines wait, so a session that ends traced leaves none behind
        timer.setKeepAliveTime(HOLD_MILLIS * 2, TimeUnit.MILLISECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    @Override
    public void onSocketEvent(SocketEvent e) {
        String line = narrate(e);
        if (Thread.currentThread() == promptThread) {
            synchronized (held) {
                held.add(line);
                if (pending == null) {
                    pending = timer.schedule(this::flush, HOLD_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        } else {
            flush(); // what the prompt's calls did came first, and may be why this thread's call returned
            printer.accept(line);
        }
    }

    @Override
    public void onRun(RunResult result) {
        flush();
    }

    /** Tells what the prompt's calls did and is still holding. */
    void flush() {
        List<String> lines;
        synchronized (held) {
            lines = List.copyOf(held);
            held.clear();
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
        lines.forEach(printer);
    }

    /** Tells what is still held and stops the timer. */
    @Override
    public void close() {
        flush();
        timer.shutdownNow();
    }

    String narrate(SocketEvent e) {
        String call = e.call();
        String local = named(e.local());
        String remote = named(e.remote());
        return switch (e.kind()) {
            case BIND -> m.get("trace.bind", call, local);
            case LISTEN -> m.get("trace.listen", call, local, e.count());
            case CONNECT -> m.get(e.stream() ? "trace.connect" : "trace.connect.udp", call, local, remote);
            case ACCEPT -> m.get("trace.accept", call, remote, e.fd());
            case SEND -> m.get(e.stream() ? "trace.send" : "trace.sendto", call, bytes(e.count()), remote, repr(e.data()));
            case RECV -> !e.stream() ? m.get("trace.recvfrom", call, bytes(e.count()), remote, repr(e.data()))
                    : e.count() == 0 ? m.get("trace.recv.eof", call) : m.get("trace.recv", call, bytes(e.count()), remote, repr(e.data()));
            case SHUTDOWN -> m.get("trace.shutdown." + e.count(), call);
            case CLOSE -> m.get("trace.close", call, e.fd());
            case FAILED -> m.get(failureKey(e), call, e.error());
        };
    }

    /** The sentence for a failure, by the Python error it raised: the everyday ones get their cause told. */
    private static String failureKey(SocketEvent e) {
        String type = e.error().substring(0, Math.max(0, e.error().indexOf(':')));
        return switch (type) {
            case "ConnectionRefusedError" -> e.stream() ? "trace.refused" : "trace.refused.udp";
            case "TimeoutError" -> "trace.timedOut";
            case "BlockingIOError" -> "trace.wouldBlock";
            case "ConnectionResetError" -> "trace.reset";
            default -> "trace.failed";
        };
    }

    private String bytes(int n) {
        return n == 1 ? m.get("trace.byte") : m.get("trace.bytes", n);
    }

    private String named(String address) {
        return address.isEmpty() ? m.get("trace.unnamed") : address;
    }

    private static String repr(byte[] b) {
        return PyBytesLike.repr(b, b.length);
    }
}
