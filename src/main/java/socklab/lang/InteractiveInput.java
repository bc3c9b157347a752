package socklab.lang;

import java.util.List;
import socklab.lang.ast.Stmt;

/**
 * Decides, line by line at the prompt, what CPython's REPL would do with the lines typed so far:
 * run them, ask for another line ("..."), report a syntax error, or nothing (blank/comment line).
 * A compound statement runs only after an empty line; a simple one at its newline.
 */
public final class InteractiveInput {
    /** What to do with the input so far. */
    public sealed interface Status {
        /** Nothing to run: the input was blank or only a comment. */
        record Empty() implements Status {}
        /** Show the continuation prompt and read another line. */
        record NeedMore() implements Status {}
        /** A complete input: run these statements; source is the text they came from. */
        record Ready(String source, List<Stmt> statements) implements Status {}
        /** A syntax error more lines cannot fix: report it and start afresh. */
        record Error(String source, PySyntaxError error) implements Status {}
    }

    private static final List<String> COMPOUND_KEYWORDS = List.of("if", "while", "for", "try", "with", "def", "class", "async");

    private final StringBuilder buffer = new StringBuilder();
    /** The parser following a long input line by line, or null (before the second line, or after it gave up). */
    private BlockParse block;
    private boolean blockTried;

    /** Adds one typed line (without its newline); the buffer is cleared unless more is needed. */
    public Status feed(String line) {
        if (buffer.length() > 0) buffer.append('\n');
        buffer.append(line);
        Status status = followed(line);
        if (status == null) status = decide(buffer.toString());
        if (!(status instanceof Status.NeedMore)) {
            reset();
        } else if (block == null && !blockTried) {
            blockTried = true;
            block = BlockParse.start(buffer.toString(), startsCompound(buffer.toString()));
        }
        return status;
    }

    /** NeedMore when the following parser is sure of it; null when only a full parse can tell. */
    private Status followed(String line) {
        if (block == null) return null;
        if (!block.accepts(line)) {
            block.close();
            block = null;
            return null;
        }
        // An empty line may end the block: only the full parse knows how.
        return line.isEmpty() ? null : new Status.NeedMore();
    }

    /**
     * End of input while lines are pending: they run if they form a statement, otherwise their
     * syntax error is reported (more input can no longer fix it), as CPython does at EOF.
     */
    public Status finish() {
        String source = buffer.toString();
        reset();
        try {
            return new Status.Ready(source, Parser.parseInteractive(source));
        } catch (PySyntaxError e) {
            return new Status.Error(source, e);
        }
    }

    /** True while lines are being collected (the prompt is "..."). */
    public boolean isContinuing() { return buffer.length() > 0; }

    /** Drops the lines typed so far (Ctrl-C at the prompt). */
    public void reset() {
        buffer.setLength(0);
        if (block != null) block.close();
        block = null;
        blockTried = false;
    }

    /** The indentation a continuation line should start with, for auto-indent. */
    public String nextIndent() { return indentAfter(buffer.toString()); }

    /** For a line editor's multi-line buffer: may Enter end this input? Unfixable errors count as complete. */
    public static boolean isComplete(String buffer) {
        return !(decide(buffer) instanceof Status.NeedMore);
    }

    /** What CPython's REPL does with these lines (joined by newlines), as if the last one was just typed. */
    public static Status decide(String source) {
        String[] lines = source.split("\n", -1);
        if (lines.length == 1 && isBlankOrComment(lines[0])) return new Status.Empty();
        boolean endedByEmptyLine = lines.length > 1 && lines[lines.length - 1].isEmpty();
        Lexer.Lexed lexed;
        try {
            lexed = Lexer.lex(source);
        } catch (PySyntaxError e) {
            return e.incomplete() ? new Status.NeedMore() : new Status.Error(source, e);
        }
        List<Stmt> statements;
        try {
            statements = Parser.parseInteractive(lexed, source);
        } catch (PySyntaxError e) {
            boolean wait = e.incomplete() && (lexed.unclosed() != null || !endedByEmptyLine);
            return wait ? new Status.NeedMore() : new Status.Error(source, e);
        }
        if (startsCompound(lexed.tokens()) && !endedByEmptyLine) return new Status.NeedMore();
        return new Status.Ready(source, statements);
    }

    private static boolean startsCompound(String source) {
        Lexer.Partial lexed = Lexer.lexPartial(source);
        return !lexed.tokens().isEmpty() && startsCompound(lexed.tokens());
    }

    private static boolean startsCompound(List<Token> tokens) {
        Token first = tokens.get(0);
        return first.is(Token.Kind.OP, "@") || (first.kind() == Token.Kind.NAME && COMPOUND_KEYWORDS.contains(first.text()))
                || first.is(Token.Kind.NAME, "match") && headerEndsWithColon(tokens);
    }

    /** match is a soft keyword: a header only when its first line ends with ':' (match = 3 is a statement of its own). */
    private static boolean headerEndsWithColon(List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            Token.Kind kind = tokens.get(k).kind();
            if (kind == Token.Kind.NEWLINE || kind == Token.Kind.ENDMARKER) return tokens.get(k - 1).is(Token.Kind.OP, ":");
        }
        return tokens.get(tokens.size() - 1).is(Token.Kind.OP, ":");
    }

    private static boolean isBlankOrComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    /** The last line's indentation, four spaces more when its code ends with ':'. */
    public static String indentAfter(String source) {
        String[] lines = source.split("\n", -1);
        String last = lines[lines.length - 1];
        int n = 0;
        while (n < last.length() && (last.charAt(n) == ' ' || last.charAt(n) == '\t')) n++;
        String indent = last.substring(0, n);
        return codeOf(last).stripTrailing().endsWith(":") ? indent + "    " : indent;
    }

    /** The line without a trailing comment (a '#' outside quotes). */
    private static String codeOf(String line) {
        char quote = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (quote != 0) {
                if (c == '\\') k++;
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, k);
            }
        }
        return line;
    }
}
