package socklab.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;
import socklab.i18n.Messages;

/** The class as plain text lines, one per student, columns aligned for Chinese names as well as Latin ones. */
public final class ClassTable {
    private ClassTable() {}

    /**
     * A title line (with the class code and address, for whoever comes late), a header and one
     * line per student: at most maxRows of them, then a line saying how many more.
     */
    public static List<String> render(ClassServer server, Instant now, Messages m, int maxRows) {
        List<StudentRow> rows = server.rows();
        long here = rows.stream().filter(StudentRow::present).count();
        List<String> lines = new ArrayList<>();
        lines.add(m.get("class.table.title", server.code(), here, rows.size() - here, server.addresses().get(0)));
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {m.get("class.table.name"), m.get("class.table.lesson"), m.get("class.table.step"),
            m.get("class.table.tries"), m.get("class.table.error"), m.get("class.table.idle")});
        for (StudentRow r : rows.subList(0, Math.min(rows.size(), maxRows))) {
            cells.add(cells(r, now, m));
        }
        int[] widths = new int[cells.get(0).length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (String[] row : cells) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                sb.append(row[i]).append(" ".repeat(widths[i] - width(row[i]) + 2));
            }
            lines.add(sb.toString().stripTrailing());
        }
        if (rows.size() > maxRows) {
            lines.add(m.get("class.table.more", rows.size() - maxRows));
        }
        return lines;
    }

    private static String[] cells(StudentRow r, Instant now, Messages m) {
        String lesson = r.lesson() != null ? r.lesson() : r.finished() != null ? m.get("class.table.finished", r.finished()) : "-";
        String step = r.lesson() == null ? "" : (r.index() + 1) + "/" + r.count();
        String tries = r.lesson() == null ? "" : String.valueOf(r.attempts());
        String error = r.lastError() == null ? "" : r.lastError();
        String idle = r.present() ? idle(r.idle(now)) : m.get("class.table.gone");
        return new String[] {r.name(), lesson, step, tries, error, idle};
    }

    /** 42s, 3m05s, 1h02m: short enough for a column. */
    static String idle(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        return String.format("%dh%02dm", s / 3600, s % 3600 / 60);
    }

    private static int width(String s) {
        return s.codePoints().map(c -> Math.max(0, WCWidth.wcwidth(c))).sum();
    }
}
