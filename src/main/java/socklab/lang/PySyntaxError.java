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

    public PySyntaxError(Kind kind, String message, Pos pos, String lineText, boolean incomplete) {
        super(message, null, false, false);
        this.kind = kind;
        this.pos = pos;
        this.lineText = lineText;
        this.incomplete = incomplete;
    }

    public Kind kind() { return kind; }
    /** Python's type name: SyntaxError, IndentationError or TabError. */
    public String typeName() { return kind.pythonName; }
    public Pos pos() { return pos; }
    /** The source line the error is on, without its newline; empty when unknown. */
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
