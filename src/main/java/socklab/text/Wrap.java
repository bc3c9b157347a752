package socklab.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits prose to a terminal's width, so lesson text reads well on a projector at 100 columns and in
 * a narrow split at 40: English breaks between words, Chinese between characters (never before a
 * closing mark such as "，" or after an opening one such as "（"); a `code span` or a URL stays whole
 * where it fits; wide characters count two columns; a list item's later lines hang under its text. Code lines (indented four spaces, or a
 * ">>> " / "... " prompt) and empty lines are never touched.
 */
public final class Wrap {
    /** Marks that must not begin a line (they close what came before). */
    private static final String NO_LINE_START = "，。、；：？！）」』》〉】〕”’…—,.;:?!)]}%·";
    /** Marks that must not end a line (they open what comes after). */
    private static final String NO_LINE_END = "（「『《〈【〔“‘([{";
    /** What opens a list item or a task ("- ", "2. ", "→ "): later lines of it hang under its text. */
    private static final Pattern MARKER = Pattern.compile("(?:→|[-*•]|\\d{1,2}[.)]) ");

    private Wrap() {}

    /** The text with every prose line broken to at most width columns where the words allow. */
    public static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            wrapLine(lines[i], Math.max(width, 10), out);
        }
        return out.toString();
    }

    private static boolean isCode(String line) {
        return line.startsWith("    ") || line.startsWith("\t") || line.startsWith(">>> ") || line.startsWith("... ")
                || line.isBlank();
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        if (isCode(line) || columns(line) <= width) {
            out.append(line);
            return;
        }
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        out.append(line, 0, lead);
        int start = lead;
        Matcher marker = MARKER.matcher(line).region(lead, line.length());
        // A list item or an arrowed task hangs its later lines under its text, not under its marker.
        if (marker.lookingAt()) {
            out.append(marker.group());
            start = marker.end();
            lead += columns(marker.group());
        }
        String indent = " ".repeat(lead);
        int used = lead;
        boolean lineEmpty = true;
        for (Unit u : units(line.substring(start))) {
            int need = (u.spaceBefore && !lineEmpty ? 1 : 0) + u.columns;
            if (!lineEmpty && used + need > width) {
                out.append('\n').append(indent);
                used = lead;
                lineEmpty = true;
                need = u.columns;
            }
            if (lineEmpty && lead + u.columns > width && u.breakable) {
                used = hardBreak(u.text, width, lead, indent, out);
                lineEmpty = false;
                continue;
            }
            if (u.spaceBefore && !lineEmpty) {
                out.append(' ');
            }
            out.append(u.text);
            used += need;
            lineEmpty = false;
        }
    }

    /** A plain word wider than the whole line: cut by columns (a URL or code span is left whole instead). */
    private static int hardBreak(String word, int width, int lead, String indent, StringBuilder out) {
        int used = lead;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int w = WideChars.width(cp);
            if (used + w > width && used > lead) {
                out.append('\n').append(indent);
                used = lead;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return used;
    }

    /**
     * A piece no break may fall inside: a word, a code span, a URL, or one wide character with the
     * marks glued to it. spaceBefore: it followed white space (kept as one space unless a break falls there).
     */
    private record Unit(String text, int columns, boolean spaceBefore, boolean breakable) {}

    /** The line's units: atoms (words, spans, URLs, single wide characters) joined where no break may fall. */
    private static List<Unit> units(String s) {
        List<Unit> units = new ArrayList<>();
        boolean space = false;
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == ' ') {
                space = true;
                i++;
                continue;
            }
            int end = atomEnd(s, i);
            String atom = s.substring(i, end);
            boolean whole = atom.startsWith("`") || startsUrl(atom, 0);
            Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
            if (last != null && !space && !breakBetween(last.text, atom)) {
                units.set(units.size() - 1, new Unit(last.text + atom, last.columns + columns(atom), last.spaceBefore,
                        last.breakable && !whole));
            } else {
                units.add(new Unit(atom, columns(atom), space, !whole));
            }
            space = false;
            i = end;
        }
        return units;
    }

    /** Where the atom starting at i ends: a closed code span, a URL, one wide character, or a run of narrow ones. */
    private static int atomEnd(String s, int i) {
        int close = s.charAt(i) == '`' ? s.indexOf('`', i + 1) : -1;
        if (close > 0) {
            return close + 1;
        }
        int cp = s.codePointAt(i);
        if (WideChars.width(cp) == 2) {
            return i + Character.charCount(cp);
        }
        boolean url = startsUrl(s, i);
        int end = i + Character.charCount(cp);
        while (end < s.length() && s.charAt(end) != ' ' && WideChars.width(s.codePointAt(end)) == 1
                && (url || s.charAt(end) != '`') && (url || !startsUrl(s, end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        return end;
    }

    /** Between two pieces with no space: only where a wide character meets the other, and no mark forbids it. */
    private static boolean breakBetween(String before, String after) {
        int last = before.codePointBefore(before.length());
        int first = after.codePointAt(0);
        boolean wide = WideChars.width(last) == 2 || WideChars.width(first) == 2;
        return wide && NO_LINE_START.indexOf(first) < 0 && NO_LINE_END.indexOf(last) < 0;
    }

    private static boolean startsUrl(String s, int i) {
        return s.startsWith("http://", i) || s.startsWith("https://", i);
    }

    /** The columns a line takes on a terminal. */
    public static int columns(String s) {
        return WideChars.width(s, 0, s.length());
    }
}
