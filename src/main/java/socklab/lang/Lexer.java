package socklab.lang;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import socklab.lang.Token.Kind;
import socklab.lang.ast.Expr;

/**
 * Turns source text into tokens the way CPython's tokenizer does: INDENT/DEDENT from leading
 * whitespace (tabs to the next multiple of 8), no NEWLINE inside brackets, backslash joining,
 * and the tokenizer's own errors (unterminated strings, bad numbers, unmatched brackets).
 */
public final class Lexer {
    private static final Set<String> STRING_PREFIXES = Set.of("", "r", "u", "b", "br", "rb", "f", "fr", "rf");
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...",
        "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
        "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
    };

    private final String src;
    private final SourceLines lines;
    private final int lineBase;
    private final int colBase;
    private final List<Token> tokens = new ArrayList<>();
    /** Indentation levels as [column with tabs to 8, column with tabs as 1]; both must agree (TabError). */
    private final Deque<int[]> indents = new ArrayDeque<>();
    private final Deque<Token> brackets = new ArrayDeque<>();
    /** CPython's tokenizer stops at this many open brackets (MAXLEVEL). */
    private static final int MAX_NESTING = 200;
    /** CPython's tokenizer keeps at most this many indentation levels, the first one included (MAXINDENT). */
    private static final int MAX_INDENTS = 100;
    /** The "'(' was never closed" error, kept rather than thrown: the parser decides which error wins. */
    private PySyntaxError unclosed;
    private int i;
    private int line = 1;
    private int lineStart;

    private Lexer(String src, int lineBase, int colBase) {
        this.src = src;
        this.lines = new SourceLines(src);
        this.lineBase = lineBase;
        this.colBase = colBase;
        indents.push(new int[] {0, 0});
    }

    /** Tokens of a whole source text, ending with NEWLINE (if any code), DEDENTs and ENDMARKER. */
    public static List<Token> tokenize(String source) {
        Lexed lexed = lex(source);
        if (lexed.unclosed() != null) throw lexed.unclosed();
        return lexed.tokens();
    }

    /** Tokens, plus the error for a bracket still open at the end (null if none), which is not thrown. */
    record Lexed(List<Token> tokens, PySyntaxError unclosed) {}

    static Lexed lex(String source) {
        Lexer lexer = new Lexer(source, 0, 0);
        return new Lexed(lexer.run(), lexer.unclosed);
    }

    /** The tokens before the first error (null if none); never throws. For colouring input as it is typed. */
    public record Partial(List<Token> tokens, PySyntaxError error) {}

    public static Partial lexPartial(String source) {
        Lexer lexer = new Lexer(source, 0, 0);
        try {
            List<Token> tokens = lexer.run();
            return new Partial(tokens, lexer.unclosed);
        } catch (PySyntaxError e) {
            return new Partial(List.copyOf(lexer.tokens), e);
        }
    }

    /** Python's reserved words (for highlighting and completion). */
    public static Set<String> keywords() {
        return TokenCursor.KEYWORDS;
    }

    /** Tokens of an f-string field's text whose first character sits at {@code start} in the outer source. */
    static List<Token> tokenizeAt(String source, Pos start) {
        Lexer lexer = new Lexer(source, start.line() - 1, start.col() - 1);
        List<Token> tokens = lexer.run();
        if (lexer.unclosed != null) throw lexer.unclosed;
        return tokens;
    }

    /**
     * Where lexing stands between lines typed one at a time: the indentation levels and brackets
     * still open, and how many lines came before. Lines are lexed once each, so a long block costs
     * no more than one pass.
     */
    static final class Carry {
        private final Deque<int[]> indents = new ArrayDeque<>();
        private final Deque<Token> brackets = new ArrayDeque<>();
        private int lines;

        Carry() {
            indents.push(new int[] {0, 0});
        }

        /** True while a bracket opened on an earlier line is still open. */
        boolean insideBrackets() { return !brackets.isEmpty(); }
    }

    /**
     * The tokens of whole lines (joined by newlines) that follow what carry has seen, without the
     * end-of-input tokens; carry moves past them. Null when the lines end inside a token (a string
     * or a backslash continuation): the caller offers them again with the next line.
     */
    static List<Token> continueLines(String text, Carry carry) {
        Lexer lexer = new Lexer(text + "\n", carry.lines, 0);
        lexer.indents.clear();
        carry.indents.descendingIterator().forEachRemaining(lexer.indents::push);
        carry.brackets.descendingIterator().forEachRemaining(lexer.brackets::push);
        try {
            lexer.scan(carry.brackets.isEmpty());
        } catch (PySyntaxError e) {
            if (e.incomplete()) return null;
            throw e;
        }
        carry.indents.clear();
        lexer.indents.descendingIterator().forEachRemaining(carry.indents::push);
        carry.brackets.clear();
        lexer.brackets.descendingIterator().forEachRemaining(carry.brackets::push);
        carry.lines += lexer.line - 1;
        return lexer.tokens;
    }

    private List<Token> run() {
        boolean atLineStart = scan(true);
        if (!brackets.isEmpty()) {
            Token open = brackets.getLast();
            unclosed = error(PySyntaxError.Kind.SYNTAX, "'" + open.text() + "' was never closed", open.pos(), true);
        }
        if (!atLineStart && brackets.isEmpty()) add(Kind.NEWLINE, "", pos(i));
        Pos end = pos(i);
        while (indents.size() > 1) {
            indents.pop();
            add(Kind.DEDENT, "", end);
        }
        add(Kind.ENDMARKER, "", end);
        return tokens;
    }

    /** Tokens up to the end of the text; true when it ended at the start of a line. */
    private boolean scan(boolean atLineStart) {
        while (true) {
            if (atLineStart && brackets.isEmpty()) {
                if (!indentation()) break;
                atLineStart = false;
            }
            skipSpaces();
            if (i >= src.length()) break;
            char c = src.charAt(i);
            if (c == '#') {
                skipComment();
            } else if (c == '\n' || c == '\r') {
                if (brackets.isEmpty()) {
                    add(Kind.NEWLINE, "", pos(i));
                    atLineStart = true;
                }
                newline();
            } else if (c == '\\') {
                continuation();
            } else if (isIdentStart(c)) {
                nameOrString();
            } else if (isDigit(c) || (c == '.' && i + 1 < src.length() && isDigit(src.charAt(i + 1)))) {
                number();
            } else if (c == '\'' || c == '"') {
                string(i, "");
            } else {
                operator(c);
            }
        }
        return atLineStart;
    }

    /** Measures a line's indentation and emits INDENT/DEDENT; blank and comment lines emit nothing. False at EOF. */
    private boolean indentation() {
        while (true) {
            int col = 0;
            int alt = 0;
            int start = i;
            while (i < src.length()) {
                char c = src.charAt(i);
                if (c == ' ') { col++; alt++; }
                else if (c == '\t') { col = (col / 8 + 1) * 8; alt++; }
                else if (c == '\f') { col = 0; alt = 0; }
                else break;
                i++;
            }
            if (i >= src.length()) return false;
            char c = src.charAt(i);
            if (c == '#' || c == '\n' || c == '\r') {
                skipComment();
                if (i < src.length()) newline();
                continue;
            }
            if (c == '\\' && i + 1 < src.length() && (src.charAt(i + 1) == '\n' || src.charAt(i + 1) == '\r')) {
                return true;
            }
            changeIndent(col, alt, i - start);
            return true;
        }
    }

    private void changeIndent(int col, int alt, int width) {
        int[] top = indents.peek();
        if (col == top[0]) {
            if (alt != top[1]) throw tabError();
        } else if (col > top[0]) {
            if (alt <= top[1]) throw tabError();
            if (indents.size() >= MAX_INDENTS) {
                throw error(PySyntaxError.Kind.INDENTATION, "too many levels of indentation", pos(i), false);
            }
            indents.push(new int[] {col, alt});
            add(Kind.INDENT, "", pos(lineStart + Math.max(width, 1) - 1));
        } else {
            while (indents.size() > 1 && col < indents.peek()[0]) {
                indents.pop();
                add(Kind.DEDENT, "", pos(i));
            }
            if (col != indents.peek()[0]) {
                throw error(PySyntaxError.Kind.INDENTATION, "unindent does not match any outer indentation level",
                        pos(lineEnd()), false).withCaret();
            }
            if (alt != indents.peek()[1]) throw tabError();
        }
    }

    private PySyntaxError tabError() {
        return error(PySyntaxError.Kind.TAB, "inconsistent use of tabs and spaces in indentation", pos(lineStart), false);
    }

    private void skipSpaces() {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c != ' ' && c != '\t' && c != '\f') return;
            i++;
        }
    }

    private void skipComment() {
        while (i < src.length() && src.charAt(i) != '\n' && src.charAt(i) != '\r') i++;
    }

    /** Steps over one line break (\n, \r\n or \r). */
    private void newline() {
        if (src.charAt(i) == '\r' && i + 1 < src.length() && src.charAt(i + 1) == '\n') i++;
        i++;
        line++;
        lineStart = i;
    }

    private void continuation() {
        if (i + 1 >= src.length()) {
            throw error(PySyntaxError.Kind.SYNTAX, "unexpected EOF while parsing", pos(i + 1), true);
        }
        char next = src.charAt(i + 1);
        if (next != '\n' && next != '\r') {
            throw error(PySyntaxError.Kind.SYNTAX, "unexpected character after line continuation character",
                    pos(i + 1), false);
        }
        i++;
        newline();
        if (i >= src.length() && brackets.isEmpty()) {
            throw error(PySyntaxError.Kind.SYNTAX, "unexpected EOF while parsing", pos(i), true);
        }
    }

    private void nameOrString() {
        int start = i;
        while (i < src.length() && isIdentPart(src.charAt(i))) i++;
        String word = src.substring(start, i);
        if (i < src.length() && (src.charAt(i) == '\'' || src.charAt(i) == '"')) {
            String prefix = word.toLowerCase();
            if (STRING_PREFIXES.contains(prefix)) {
                string(start, prefix);
                return;
            }
        }
        add(Kind.NAME, word, pos(start));
    }

    private void string(int start, String prefix) {
        Pos startPos = pos(start);
        char quote = src.charAt(i);
        boolean triple = i + 2 < src.length() && src.charAt(i + 1) == quote && src.charAt(i + 2) == quote;
        i += triple ? 3 : 1;
        int bodyStart = i;
        Pos bodyPos = pos(i);
        while (true) {
            if (i >= src.length()) throw unterminated(triple, startPos);
            char c = src.charAt(i);
            if (c == '\\') {
                if (i + 1 >= src.length()) { i++; continue; }
                char next = src.charAt(i + 1);
                if (next == '\n' || next == '\r') { i++; newline(); } else { i += 2; }
            } else if (c == '\n' || c == '\r') {
                if (!triple) throw unterminated(false, startPos);
                newline();
            } else if (c == quote && (!triple || src.startsWith(String.valueOf(quote).repeat(3), i))) {
                String body = src.substring(bodyStart, i);
                i += triple ? 3 : 1;
                add(Kind.STRING, src.substring(start, i), startPos, new Token.StringToken(prefix, body, bodyPos, triple));
                return;
            } else {
                i++;
            }
        }
    }

    private PySyntaxError unterminated(boolean triple, Pos startPos) {
        String what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
        return error(PySyntaxError.Kind.SYNTAX, what + " (detected at line " + (line + lineBase) + ")", startPos, triple);
    }

    private void number() {
        int start = i;
        char c = src.charAt(i);
        if (c == '0' && i + 1 < src.length() && "xXoObB".indexOf(src.charAt(i + 1)) >= 0) {
            radixNumber(start);
            return;
        }
        boolean isFloat = false;
        if (c != '.') digits(start, 10);
        if (i < src.length() && src.charAt(i) == '.') {
            isFloat = true;
            i++;
            if (i < src.length() && isDigit(src.charAt(i))) digits(start, 10);
        }
        if (i < src.length() && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
            int save = i;
            i++;
            if (i < src.length() && (src.charAt(i) == '+' || src.charAt(i) == '-')) i++;
            if (i >= src.length() || !isDigit(src.charAt(i))) {
                i = save;
                throw invalidNumber("decimal", start);
            }
            digits(start, 10);
            isFloat = true;
        }
        boolean imaginary = i < src.length() && (src.charAt(i) == 'j' || src.charAt(i) == 'J');
        if (imaginary) i++;
        if (i < src.length() && isIdentPart(src.charAt(i))) throw invalidNumber("decimal", start);
        String text = src.substring(start, i);
        String clean = text.replace("_", "");
        Pos p = pos(start);
        Pos span = p.to(pos(i));
        Expr value;
        if (imaginary) {
            value = new Expr.ImagLit(span, Double.parseDouble(clean.substring(0, clean.length() - 1)));
        } else if (isFloat) {
            value = new Expr.FloatLit(span, Double.parseDouble(clean));
        } else {
            if (clean.length() > 1 && clean.charAt(0) == '0' && !clean.chars().allMatch(ch -> ch == '0')) {
                throw error(PySyntaxError.Kind.SYNTAX, "leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", p, false);
            }
            value = new Expr.IntLit(span, new BigInteger(clean));
        }
        add(Kind.NUMBER, text, p, value);
    }

    private void radixNumber(int start) {
        char r = Character.toLowerCase(src.charAt(i + 1));
        int radix = r == 'x' ? 16 : r == 'o' ? 8 : 2;
        String name = r == 'x' ? "hexadecimal" : r == 'o' ? "octal" : "binary";
        i += 2;
        if (i < src.length() && src.charAt(i) == '_') i++;
        if (i >= src.length() || Character.digit(src.charAt(i), radix) < 0) {
            if (i < src.length() && radix < 10 && isDigit(src.charAt(i))) {
                throw error(PySyntaxError.Kind.SYNTAX, "invalid digit '" + src.charAt(i) + "' in " + name + " literal",
                        pos(i), false);
            }
            throw invalidNumber(name, i - 1);
        }
        digits(start, radix);
        if (i < src.length() && (isIdentPart(src.charAt(i)) || isDigit(src.charAt(i)))) {
            if (radix < 10 && isDigit(src.charAt(i))) {
                throw error(PySyntaxError.Kind.SYNTAX, "invalid digit '" + src.charAt(i) + "' in " + name + " literal",
                        pos(i), false);
            }
            throw invalidNumber(name, i);
        }
        String text = src.substring(start, i);
        Pos p = pos(start);
        add(Kind.NUMBER, text, p, new Expr.IntLit(p.to(pos(i)), new BigInteger(text.substring(2).replace("_", ""), radix)));
    }

    /** Digits of the radix with single underscores between them; a stray '_' is an error. */
    private void digits(int start, int radix) {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.digit(c, radix) >= 0 && c < 128) {
                i++;
            } else if (c == '_') {
                if (i + 1 >= src.length() || Character.digit(src.charAt(i + 1), radix) < 0) {
                    throw invalidNumber(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : radix == 2 ? "binary" : "decimal",
                            radix == 10 ? i : i + 1);
                }
                i++;
            } else {
                return;
            }
        }
    }

    private PySyntaxError invalidNumber(String name, int at) {
        return error(PySyntaxError.Kind.SYNTAX, "invalid " + name + " literal", pos(at), false);
    }

    private void operator(char c) {
        for (String op : OPERATORS) {
            if (src.startsWith(op, i)) {
                Pos p = pos(i);
                i += op.length();
                Token t = new Token(Kind.OP, op, p, null);
                bracket(t);
                tokens.add(t);
                return;
            }
        }
        int cp = src.codePointAt(i);
        Pos p = pos(i);
        if (cp >= 128) {
            String msg = Character.isISOControl(cp) || Character.isSpaceChar(cp) || !Character.isDefined(cp)
                    ? String.format("invalid non-printable character U+%04X", cp)
                    : String.format("invalid character '%s' (U+%04X)", Character.toString(cp), cp);
            throw error(PySyntaxError.Kind.SYNTAX, msg, p, false);
        }
        i++;
        add(Kind.ERROR, String.valueOf(c), p);
    }

    private void bracket(Token t) {
        String s = t.text();
        if (s.equals("(") || s.equals("[") || s.equals("{")) {
            if (brackets.size() >= MAX_NESTING) {
                throw error(PySyntaxError.Kind.SYNTAX, "too many nested parentheses", t.pos(), false).withCaret();
            }
            brackets.push(t);
        } else if (s.equals(")") || s.equals("]") || s.equals("}")) {
            if (brackets.isEmpty()) throw error(PySyntaxError.Kind.SYNTAX, "unmatched '" + s + "'", t.pos(), false);
            Token open = brackets.pop();
            String expected = open.text().equals("(") ? ")" : open.text().equals("[") ? "]" : "}";
            if (!expected.equals(s)) {
                String where = open.pos().line() == t.pos().line() ? "" : " on line " + open.pos().line();
                throw error(PySyntaxError.Kind.SYNTAX, "closing parenthesis '" + s + "' does not match opening parenthesis '"
                        + open.text() + "'" + where, t.pos(), false);
            }
        }
    }

    private void add(Kind kind, String text, Pos p) { add(kind, text, p, null); }

    private void add(Kind kind, String text, Pos p, Object value) { tokens.add(new Token(kind, text, p, value)); }

    private int lineEnd() {
        int e = lineStart;
        while (e < src.length() && src.charAt(e) != '\n' && src.charAt(e) != '\r') e++;
        return e;
    }

    /** The position of source index {@code at}, which must lie on the current line. */
    private Pos pos(int at) {
        return new Pos(line + lineBase, at - lineStart + 1 + (line == 1 ? colBase : 0));
    }

    private PySyntaxError error(PySyntaxError.Kind kind, String msg, Pos p, boolean incomplete) {
        return new PySyntaxError(kind, msg, p, lines.get(p.line() - lineBase), incomplete);
    }

    static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    static boolean isIdentStart(char c) { return c == '_' || Character.isUnicodeIdentifierStart(c) || Character.isHighSurrogate(c); }

    static boolean isIdentPart(char c) {
        return c == '_' || (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)) || Character.isSurrogate(c);
    }
}
