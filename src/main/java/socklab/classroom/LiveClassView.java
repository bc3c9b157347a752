package socklab.classroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
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

    /**
     * A terminal and the shell's way to draw on it while its line editor is reading (false when no
     * prompt is shown, and nothing was drawn: the learner's program owns the screen then).
     */
    public record Screen(Terminal terminal, Predicate<Runnable> paintWhileEditing) {}

    private final ClassServer server;
    private final Messages messages;
    private final Screen screen;
    private final Status status;
    private final ScheduledExecutorService redraws;

    private LiveClassView(ClassServer server, Messages messages, Screen screen, Status status) {
        this.server = server;
        this.messages = messages;
        this.screen = screen;
        this.status = status;
        this.redraws = status == null ? null : Daemons.scheduler("class-view");
    }

    /** Shows the class at the foot of screen (null when piped), else as lines given to println. */
    public static LiveClassView show(ClassServer server, Messages messages, Screen screen, Consumer<String> println) {
        Terminal t = screen == null ? null : screen.terminal();
        boolean canKeepFoot = t != null && t.getHeight() >= 12 && t.getStringCapability(InfoCmp.Capability.change_scroll_region) != null;
        LiveClassView view = new LiveClassView(server, messages, screen, canKeepFoot ? Status.getStatus(t, true) : null);
        if (view.redraws == null) {
            server.addListener(e -> println.accept(eventLine(e, messages)));
        } else {
            view.status.update(view.lines()); // no prompt yet: %teach itself is running
            server.addListener(e -> view.redraws.execute(view::redraw));
            view.redraws.scheduleAtFixedRate(view::redraw, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        }
        return view;
    }

    /** One change as a line: "class: ana is on bind step 2/6", "class: ana has gone". */
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

    /**
     * The table in a block half the screen high, the prompt and its output keeping the other half.
     * The block never changes height: JLine's foot lines redraw badly when their number changes.
     */
    private List<AttributedString> lines() {
        int height = screen.terminal().getHeight() / 2;
        List<AttributedString> lines = new ArrayList<>();
        for (String line : ClassTable.render(server, Instant.now(), messages, height - 3)) {
            lines.add(new AttributedString(line));
        }
        while (lines.size() < height) {
            lines.add(AttributedString.EMPTY);
        }
        return lines;
    }

    private void redraw() {
        List<AttributedString> lines = lines();
        screen.paintWhileEditing().test(() -> status.update(lines));
    }

    @Override
    public void close() {
        if (redraws != null) {
            redraws.shutdownNow();
            status.close();
        }
    }
}
