package socklab.lang;

/**
 * The one error the front end throws: Python's SyntaxError, IndentationError or TabError, with
 * CPython's message, where it happened, and whether more input could still make the source valid.
 */
public final class PySyntaxError extends RuntimeException {
    /** Python's three compile-time exception types; the REPL prints the type name. */
    public enum Kind {
        SYNTAX("SyntaxError"), INDENTATION("IndentationError"), TAB("TabError");
        public final String pythonName;
        Kind(String pythonName) { this.pythonName = pythonName; }
    }

    private final Kind kind;
    private final Pos pos;
    private final String lineText;
    private final boolean incomplete;
    private final int endCol;
    private final boolean caret;
    private final boolean compileStage;

    public PySyntaxError(Kind kind, String message, Pos pos, String lineText, boolean incomplete) {
        this(kind, message, pos, lineText, incomplete, 0, kind == Kind.SYNTAX, false);
    }

    private PySyntaxError(Kind kind, String message, Pos pos, String lineText, boolean incomplete, int endCol,
            boolean caret, boolean compileStage) {
        super(message, null, false, false);
        this.kind = kind;
        this.pos = pos.start(); // a syntax error points at a place, not a span
        this.lineText = lineText;
        this.incomplete = incomplete;
        this.endCol = endCol;
        this.caret = caret;
        this.compileStage = compileStage;
    }

    /** The same error with carets running up to (not including) column endCol, as CPython marks a whole token. */
    PySyntaxError spanningTo(int end) {
        return new PySyntaxError(kind, getMessage(), pos, lineText, incomplete, end, caret, compileStage);
    }

    /** The same error with a caret even though it is not a plain SyntaxError (a missing indented block). */
    PySyntaxError withCaret() {
        return new PySyntaxError(kind, getMessage(), pos, lineText, incomplete, endCol, true, compileStage);
    }

    /**
     * An error CPython's symbol table finds in code that parsed (a nonlocal with no binding): its
     * carets run over the statement at span; the line it quotes is added by whoever has the source.
     */
    public static PySyntaxError fromSymbolTable(String message, Pos span) {
        int end = span.hasEnd() && span.endLine() == span.line() ? span.endCol() : 0;
        return new PySyntaxError(Kind.SYNTAX, message, span, null, false, end, true, true);
    }

    /** The same error quoting line (the source line at its position), or as it is when line is null. */
    public PySyntaxError quoting(String line) {
        return line == null ? this : new PySyntaxError(kind, getMessage(), pos, line, incomplete, endCol, caret, compileStage);
    }

    /** The same error marked as CPython's compiler (not its parser) finding it: the REPL then quotes no line. */
    PySyntaxError fromCompiler() {
        return new PySyntaxError(kind, getMessage(), pos, lineText, incomplete, endCol, caret, true);
    }

    /** How the REPL reports it: errors from the compiler stage come without the source line. */
    PySyntaxError asInteractive() {
        return compileStage ? new PySyntaxError(kind, getMessage(), pos, null, incomplete, 0, false, true) : this;
    }

    /** Column after the last caret; at most col + 1 means a single caret. */
    public int endCol() { return endCol; }
    /** Whether the report marks the column with carets. */
    public boolean showsCaret() { return caret; }

    public Kind kind() { return kind; }
    /** Python's type name: SyntaxError, IndentationError or TabError. */
    public String typeName() { return kind.pythonName; }
    public Pos pos() { return pos; }
    /** The source line the error is on, without its newline; null when the report quotes no line. */
    public String lineText() { return lineText; }
    /** True when the source is only cut short (open bracket, string or block): more lines may fix it. */
    public boolean incomplete() { return incomplete; }

    /** The same error with another message and position, for errors found inside f-string fields. */
    PySyntaxError withMessage(String message, Pos newPos, String newLineText) {
        return new PySyntaxError(kind, message, newPos, newLineText, false);
    }

    @Override
    public String toString() {
        return typeName() + ": " + getMessage() + " (line " + pos.line() + ", column " + pos.col() + ")";
    }
}
