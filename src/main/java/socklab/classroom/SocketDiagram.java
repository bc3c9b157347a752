package socklab.classroom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import socklab.i18n.Messages;
import socklab.net.SocketInfo;
import socklab.net.SocketState;
import socklab.runtime.object.PyBytesLike;

/**
 * {@code %diagram}: the session's sockets drawn as endpoints in 80 columns, readable on a
 * projector. A listener shows its backlog queue, counting the connections this session made to
 * it that no accept() has taken yet (connections from other programs cannot be counted, as Java
 * does not show a listener's queue, only whether one is waiting); each connection is two boxes joined by arrows carrying the
 * last bytes that crossed each way; a peer outside the session is a box of its own, named as a
 * partner, a waiting place in the backlog, or the outside world. Plain text; colour is added after.
 */
final class SocketDiagram {
    /** Two boxes and the gap between them fill 80 columns. */
    static final int BOX = 26;
    static final int GAP = 80 - 2 * BOX;
    private static final int INNER = BOX - 4;

    private final List<SocketRow> rows;
    private final Messages m;
    private final List<String> out = new ArrayList<>();
    private final Set<SocketRow> drawn = Collections.newSetFromMap(new IdentityHashMap<>());

    private SocketDiagram(List<SocketRow> rows, Messages m) {
        this.rows = rows;
        this.m = m;
    }

    static List<String> render(List<SocketRow> rows, Messages m) {
        if (rows.isEmpty()) {
            return List.of(m.get("sockets.none"));
        }
        SocketDiagram d = new SocketDiagram(rows, m);
        d.draw();
        return d.out;
    }

    private void draw() {
        for (SocketRow l : rows) {
            if (l.info().state() == SocketState.LISTEN) {
                listener(l);
            }
        }
        for (SocketRow r : rows) {
            if (r.connected() && !drawn.contains(r) && !(r.partner() && peer(r) == null)) {
                connection(r);
            }
        }
        for (SocketRow r : rows) {
            if (!r.info().isStream() && r.info().state() != SocketState.CLOSED && !r.partner()) {
                datagram(r);
            }
        }
        List<SocketRow> rest = rows.stream().filter(r -> !drawn.contains(r) && !r.partner()).toList();
        for (int k = 0; k < rest.size(); k += 3) {
            List<List<String>> boxes = new ArrayList<>();
            for (SocketRow r : rest.subList(k, Math.min(k + 3, rest.size()))) {
                boxes.add(box(r));
            }
            side(boxes);
        }
    }

    /** A listener, its backlog note, the connections accepted from it and those still waiting in its queue. */
    private void listener(SocketRow l) {
        drawn.add(l);
        List<SocketRow> waiting = rows.stream()
                .filter(c -> !c.partner() && c.info().state() == SocketState.ESTABLISHED && peer(c) == null
                        && SocketRow.reaches(c.info().remote(), l.info().local()))
                .toList();
        List<String> note = new ArrayList<>();
        note.add("");
        if (l.partner()) {
            note.add(m.get("diagram.partnerListens"));
        } else {
            note.add(m.get("diagram.backlog", l.info().backlog()));
            if (!waiting.isEmpty()) {
                note.add(m.get("diagram.backlogWaiting", waiting.size()));
                note.add(m.get("diagram.backlogCounted"));
            } else {
                note.add(m.get(l.info().readable() ? "diagram.backlogOutside" : "diagram.backlogEmpty"));
            }
        }
        List<String> box = box(l);
        for (int i = 0; i < box.size(); i++) {
            out.add((box.get(i) + "  " + Columns.fit(i < note.size() ? note.get(i) : "", 80 - BOX - 2)).stripTrailing());
        }
        for (SocketRow c : rows) {
            boolean accepted = SocketRow.reaches(c.info().local(), l.info().local());
            boolean toPartner = l.partner() && SocketRow.reaches(c.info().remote(), l.info().local());
            if (!drawn.contains(c) && c.connected() && !c.partner() && !waiting.contains(c) && (accepted || toPartner)) {
                connection(c);
            }
        }
        for (SocketRow c : waiting) {
            drawn.add(c);
            pair(c, null, ghost(m.get("diagram.inBacklog"), titleOf(l), m.get("diagram.notAccepted")));
        }
    }

    /** A connection: this side on the left, its peer in the session (or a stand-in for it) on the right. */
    private void connection(SocketRow r) {
        SocketRow p = peer(r);
        drawn.add(r);
        if (p != null) {
            drawn.add(p);
            pair(r, p, box(p));
        } else {
            pair(r, null, ghost(m.get("diagram.outside"), r.info().remote(), ""));
        }
    }

    private void pair(SocketRow left, SocketRow right, List<String> rightBox) {
        String toRight = bytes(left.partner() ? new byte[0] : left.info().lastSent(),
                right == null || right.partner() ? new byte[0] : right.info().lastReceived());
        String toLeft = bytes(right == null || right.partner() ? new byte[0] : right.info().lastSent(),
                left.partner() ? new byte[0] : left.info().lastReceived());
        List<String> middle = List.of(
                " ".repeat(GAP),
                Columns.centre(Columns.fit(toRight, GAP - 2), GAP),
                "─".repeat(GAP - 1) + "▶",
                "◀" + "─".repeat(GAP - 1),
                Columns.centre(Columns.fit(toLeft, GAP - 2), GAP));
        List<String> leftBox = box(left);
        for (int i = 0; i < leftBox.size(); i++) {
            out.add((leftBox.get(i) + middle.get(i) + rightBox.get(i)).stripTrailing());
        }
    }

    /** A UDP socket: its box, and beside it where it sends and the last datagram each way. */
    private void datagram(SocketRow r) {
        drawn.add(r);
        SocketInfo i = r.info();
        List<String> note = List.of("",
                i.remote().isEmpty() ? "" : m.get("diagram.sendsTo", i.remote()),
                i.lastSent().length == 0 ? "" : m.get("diagram.lastSent", repr(i.lastSent())),
                i.lastReceived().length == 0 ? "" : m.get("diagram.lastReceived", repr(i.lastReceived())),
                "");
        List<String> box = box(r);
        for (int k = 0; k < box.size(); k++) {
            out.add((box.get(k) + "  " + Columns.fit(note.get(k), 80 - BOX - 2)).stripTrailing());
        }
    }

    /** The bytes that crossed one way, as repr shows them: what one side sent, else what the other received. */
    private static String bytes(byte[] sent, byte[] received) {
        byte[] b = sent.length > 0 ? sent : received;
        return b.length == 0 ? "" : repr(b);
    }

    private static String repr(byte[] b) {
        return PyBytesLike.repr(b, b.length);
    }

    /** The other end of a connection among the rows (partners included), or null. */
    private SocketRow peer(SocketRow r) {
        for (SocketRow o : rows) {
            if (r.isPeerOf(o)) {
                return o;
            }
        }
        return null;
    }

    private String titleOf(SocketRow r) {
        if (r.partner()) {
            return m.get("sockets.partner");
        }
        String fd = "fd " + r.info().fd();
        return r.names().isEmpty() ? fd : Columns.fit(String.join(",", r.names()), BOX - 9 - fd.length()) + " · " + fd;
    }

    private List<String> box(SocketRow r) {
        SocketInfo i = r.info();
        String traffic = r.partner() || i.state() == SocketState.LISTEN ? "" : m.get("diagram.traffic", i.sent(), i.received());
        return frame(titleOf(r), List.of(i.state().name(), i.local().isEmpty() ? "-" : i.local(), traffic));
    }

    private static List<String> ghost(String title, String line1, String line2) {
        return frame(title, List.of("", line1, line2));
    }

    /** A box of BOX columns: the title in its top edge, three lines inside. */
    private static List<String> frame(String title, List<String> body) {
        String t = Columns.fit(title, BOX - 6);
        List<String> lines = new ArrayList<>();
        lines.add("┌─ " + t + " " + "─".repeat(BOX - 5 - Columns.width(t)) + "┐");
        for (String b : body) {
            lines.add("│ " + Columns.pad(b, INNER) + " │");
        }
        lines.add("└" + "─".repeat(BOX - 2) + "┘");
        return lines;
    }

    /** Boxes side by side, two columns apart. */
    private void side(List<List<String>> boxes) {
        for (int i = 0; i < boxes.get(0).size(); i++) {
            StringBuilder b = new StringBuilder();
            for (List<String> box : boxes) {
                b.append(box.get(i)).append(' ');
            }
            out.add(b.toString().stripTrailing());
        }
    }
}
