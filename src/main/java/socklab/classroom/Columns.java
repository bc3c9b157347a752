package socklab.classroom;

import socklab.text.WideChars;

/** Text laid out in terminal columns, where a Chinese character takes two: padding and cutting to a width. */
final class Columns {
    private Columns() {}

    static int width(String s) {
        return WideChars.width(s);
    }

    /** s padded with spaces to w columns, cut with "…" if it is wider. */
    static String pad(String s, int w) {
        String cut = fit(s, w);
        return cut + " ".repeat(Math.max(0, w - width(cut)));
    }

    /** s cut to at most w columns, its last one "…" when something was cut. */
    static String fit(String s, int w) {
        if (width(s) <= w) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = WideChars.width(new String(Character.toChars(cp)));
            if (used + cw > w - 1) {
                break;
            }
            b.appendCodePoint(cp);
            used += cw;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    /** s centred in w columns. */
    static String centre(String s, int w) {
        String cut = fit(s, w);
        int left = (w - width(cut)) / 2;
        return " ".repeat(left) + cut + " ".repeat(w - width(cut) - left);
    }
}
