package socklab.classroom;

import java.util.ArrayList;
import java.util.List;
import socklab.i18n.Messages;
import socklab.net.SocketInfo;

/**
 * {@code %sockets}: the session's sockets as {@code ss} would list them, one row each, for the
 * learner's own objects: fd, names, family and type, state, addresses, bytes each way and the
 * timeout mode. Partners are marked, and so is a connection whose other end is a partner.
 */
final class SocketTableView {
    private SocketTableView() {}

    static List<String> render(List<SocketRow> rows, Messages m) {
        if (rows.isEmpty()) {
            return List.of(m.get("sockets.none"));
        }
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"fd", m.get("sockets.col.names"), m.get("sockets.col.kind"), m.get("sockets.col.state"),
                m.get("sockets.col.local"), m.get("sockets.col.remote"), m.get("sockets.col.sent"),
                m.get("sockets.col.received"), m.get("sockets.col.timeout")});
        for (SocketRow r : rows) {
            SocketInfo i = r.info();
            boolean toPartner = !r.partner() && rows.stream().anyMatch(p -> p.partner() && p.isPeerOf(r));
            cells.add(new String[] {
                    r.partner() ? "-" : Integer.toString(i.fd()),
                    r.partner() ? m.get("sockets.partner") : String.join(", ", r.names()),
                    i.family() + "/" + i.type(),
                    i.state().name(),
                    orDash(i.local()),
                    orDash(i.remote()) + (toPartner ? " " + m.get("sockets.partner") : ""),
                    r.partner() ? "-" : Long.toString(i.sent()),
                    r.partner() ? "-" : Long.toString(i.received()),
                    r.partner() ? "-" : timeoutMode(i.timeout(), m)});
        }
        int[] widths = new int[cells.get(0).length];
        for (String[] row : cells) {
            for (int k = 0; k < row.length; k++) {
                widths[k] = Math.max(widths[k], Columns.width(row[k]));
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] row : cells) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < row.length; k++) {
                b.append(k == row.length - 1 ? row[k] : Columns.pad(row[k], widths[k] + 2));
            }
            out.add(b.toString().stripTrailing());
        }
        return out;
    }

    private static String orDash(String address) {
        return address.isEmpty() ? "-" : address;
    }

    /** "blocking", "timeout 2.0 s" or "non-blocking", as settimeout and setblocking left it. */
    static String timeoutMode(double timeout, Messages m) {
        if (timeout < 0) {
            return m.get("sockets.blocking");
        }
        if (timeout == 0) {
            return m.get("sockets.nonblocking");
        }
        String seconds = Double.toString(timeout);
        return m.get("sockets.timeout", seconds.contains("E") ? java.math.BigDecimal.valueOf(timeout).toPlainString() : seconds);
    }
}
