package socklab.lang;

/**
 * One lexical token. Keywords are NAME tokens (the parser tells them apart by text); a NUMBER
 * carries its literal value, a STRING carries a {@link StringToken}.
 */
public record Token(Kind kind, String text, Pos pos, Object value) {
    /** Token categories, as Python's tokenize module has them (operators all in OP). */
    public enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER, ERROR }

    public boolean is(Kind k, String t) { return kind == k && text.equals(t); }

    /** A string literal still to be decoded: lower-cased prefix, the text between the quotes and where it starts. */
    public record StringToken(String prefix, String body, Pos bodyPos, boolean triple) {
        public boolean isBytes() { return prefix.indexOf('b') >= 0; }
        public boolean isRaw() { return prefix.indexOf('r') >= 0; }
        public boolean isFormatted() { return prefix.indexOf('f') >= 0; }
    }
}
