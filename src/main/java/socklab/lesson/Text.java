package socklab.lesson;

import socklab.i18n.Lang;

/**
 * One piece of lesson text in Chinese and English. Lesson files come from strangers: control
 * characters (escape sequences that could retitle the window, clear the screen or write the
 * clipboard) are removed as the text is made, so nothing but text ever reaches the terminal.
 */
public record Text(String zh, String en) {
    public Text {
        zh = printable(zh);
        en = printable(en);
    }

    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /** The text without C0/C1 control characters other than newline and tab. */
    static String printable(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == '\n' || c == '\t' || !(c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)))
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
