package socklab.lang;

import java.util.List;
import java.util.Set;
import socklab.lang.Token.Kind;

/** The parser's small vocabulary over the token list: peek, check, match, consume, and errors that say where. */
abstract class TokenCursor {
    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    protected final List<Token> tokens;
    protected final SourceLines lines;
    protected int current;

    TokenCursor(List<Token> tokens, SourceLines lines) {
        this.tokens = tokens;
        this.lines = lines;
    }

    Token peek() { return tokens.get(current); }

    Token peekAt(int ahead) { return tokens.get(Math.min(current + ahead, tokens.size() - 1)); }

    Token advance() {
        Token t = tokens.get(current);
        if (t.kind() != Kind.ENDMARKER) current++;
        return t;
    }

    /** A node that began at start and ends with the last token consumed: its position with the end CPython gives it. */
    Pos span(Pos start) { return start.to(tokens.get(current - 1).end()); }

    /** True when the next token is the operator or keyword {@code text}. */
    boolean check(String text) { return isWord(peek(), text); }

    boolean check(Kind kind) { return peek().kind() == kind; }

    boolean match(String text) {
        if (!check(text)) return false;
        advance();
        return true;
    }

    Token consume(String text) {
        if (!check(text)) throw invalidSyntax(peek());
        return advance();
    }

    static boolean isWord(Token t, String text) {
        return (t.kind() == Kind.OP || t.kind() == Kind.NAME) && t.text().equals(text);
    }

    /** A NAME that is not a keyword: an identifier. */
    static boolean isIdentifier(Token t) { return t.kind() == Kind.NAME && !KEYWORDS.contains(t.text()); }

    String consumeIdentifier() {
        if (!isIdentifier(peek())) throw invalidSyntax(peek());
        return advance().text();
    }

    /** CPython marks the whole offending token under a plain "invalid syntax". */
    PySyntaxError invalidSyntax(Token at) {
        PySyntaxError e = error(at, "invalid syntax");
        boolean word = at.kind() == Kind.NAME || at.kind() == Kind.OP || at.kind() == Kind.NUMBER || at.kind() == Kind.STRING;
        return word && at.text().indexOf('\n') < 0 ? e.spanningTo(at.pos().col() + at.text().length()) : e;
    }

    /** An error at a token; it is "incomplete" when the token is the end of input. */
    PySyntaxError error(Token at, String msg) {
        return error(PySyntaxError.Kind.SYNTAX, at.pos(), msg, at == peek() && atEnd());
    }

    /** True when only the closing DEDENTs and ENDMARKER are left: the input ran out here. */
    boolean atEnd() {
        for (int k = current; k < tokens.size(); k++) {
            Kind kind = tokens.get(k).kind();
            if (kind != Kind.DEDENT && kind != Kind.ENDMARKER) return false;
        }
        return true;
    }

    /** An error at a node: CPython marks the node whole when it lies on one line. */
    PySyntaxError error(Pos p, String msg) {
        PySyntaxError e = error(PySyntaxError.Kind.SYNTAX, p, msg, false);
        return p.hasEnd() && p.endLine() == p.line() && p.endCol() > p.col() + 1 ? e.spanningTo(p.endCol()) : e;
    }

    PySyntaxError error(PySyntaxError.Kind kind, Pos p, String msg, boolean incomplete) {
        return new PySyntaxError(kind, msg, p, lines.get(p.line()), incomplete);
    }
}
