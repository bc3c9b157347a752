package socklab.classroom;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp;
import org.jline.utils.Status;
import socklab.i18n.Messages;

/**
 * The teacher's live view of the class. On a terminal that can keep lines at its foot, the table
 * sits there and is redrawn in place while the teacher types above it; anywhere else (a pipe, a
 * plain terminal) each change is one plain line, so it can be read back or captured.
 */
public final class LiveClassView implements AutoCloseable {
    /** Idle times tick, so the table is redrawn this often even when nothing happens. */
    private static final long REDRAW_MILLIS = 1000;

    private final ClassServer server;
    private final Messages messages;
    private final Terminal terminal;
    private final Status status;
    private final ScheduledExecutorService redraws;

    private LiveClassView(ClassServer server, Messages messages, Terminal terminal, Status status) {
        this.server = server;
        this.messages = messages;
        this.terminal = terminal;
        this.status = status;
        this.redraws = status == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "class-view");
            t.setDaemon(true);
            return t;
        });
    }

    /** Shows the class on terminal (null when piped), else as lines given to println. */
    public static LiveClassView show(ClassServer server, Messages messages, Terminal terminal, Consumer<String> println) {
        boolean canKeepFoot = terminal != null && terminal.getHeight() >= 12
                && terminal.getStringCapability(InfoCmp.Capability.change_scroll_region) != null;
        Status status = canKeepFoot ? Status.getStatus(terminal, true) : null;
        LiveClassView view = new LiveClassView(server, messages, terminal, status);
        if (view.redraws == null) {
            server.addListener(e -> println.accept(eventLine(e, messages)));
        } else {
            server.addListener(e -> view.redraws.execute(view::redraw));
            view.redraws.scheduleAtFixedRate(view::redraw, 0, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        }
        return view;
    }

    /** One change as a line: "class: ana is at bind 2/6", "class: ana has gone". */
    public static String eventLine(ClassEvent e, Messages m) {
        StudentRow r = e.row();
        return switch (e.kind()) {
            case JOINED -> m.get("class.event.joined", r.name());
            case STEP -> m.get("class.event.step", r.name(), r.lesson(), r.index() + 1, r.count());
            case PASSED -> m.get("class.event.passed", r.name(), lessonOf(r), r.index() + 1, r.count(), r.attempts());
            case FAILED -> m.get(r.lastError() == null ? "class.event.failed" : "class.event.failedWith",
                    r.name(), lessonOf(r), r.index() + 1, r.count(), r.attempts(), r.lastError());
            case FINISHED -> m.get("class.event.finished", r.name(), r.finished());
            case SHARED -> m.get("class.event.shared", r.name());
            case GONE -> m.get("class.event.gone", r.name());
        };
    }

    private static String lessonOf(StudentRow r) {
        return r.lesson() == null ? "-" : r.lesson();
    }

    private void redraw() {
        // Half the screen at most: the teacher's prompt and its output keep the other half.
        int rows = Math.max(1, terminal.getHeight() / 2 - 3);
        List<AttributedString> lines = ClassTable.render(server.code(), server.rows(), Instant.now(), messages, rows).stream()
                .map(AttributedString::new).toList();
        status.update(lines);
    }

    @Override
    public void close() {
        if (redraws != null) {
            redraws.shutdownNow();
            status.update(List.of());
        }
    }
}
