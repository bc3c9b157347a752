package socklab.lang;

/**
 * One lexical token. Keywords are NAME tokens (the parser tells them apart by text); a NUMBER
 * carries its literal value, a STRING carries a {@link StringToken}.
 */
public record Token(Kind kind, String text, Pos pos, Object value) {
    /** Token categories, as Python's tokenize module has them (operators all in OP). */
    public enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER, ERROR }

    public boolean is(Kind k, String t) { return kind == k && text.equals(t); }

    /** Just past the token's last character. */
    public Pos end() {
        int nl = text.lastIndexOf('\n');
        if (nl < 0) return new Pos(pos.line(), pos.col() + text.length());
        int extra = (int) text.chars().filter(ch -> ch == '\n').count();
        return new Pos(pos.line() + extra, text.length() - nl);
    }

    /** A string literal still to be decoded: lower-cased prefix, the text between the quotes and where it starts. */
    public record StringToken(String prefix, String body, Pos bodyPos, boolean triple) {
        public boolean isBytes() { return prefix.indexOf('b') >= 0; }
        public boolean isRaw() { return prefix.indexOf('r') >= 0; }
        public boolean isFormatted() { return prefix.indexOf('f') >= 0; }
    }
}
