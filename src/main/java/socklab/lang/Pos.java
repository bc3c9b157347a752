package socklab.lang;

/**
 * A place in the source, so every error can say where it happened (1-based line and column). A node
 * the parser has finished also carries where it ends (just past its last character; 0 when unknown),
 * so tracebacks can underline it as CPython 3.11 does.
 */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0);

    public Pos(int line, int col) {
        this(line, col, 0, 0);
    }

    /** This start, ending where end is (end's own end if it has one, else its start). */
    public Pos to(Pos end) {
        return end.endLine > 0 ? new Pos(line, col, end.endLine, end.endCol) : new Pos(line, col, end.line, end.col);
    }

    /** The start alone, without the end. */
    public Pos start() {
        return endLine == 0 ? this : new Pos(line, col);
    }

    public boolean hasEnd() {
        return endLine > 0;
    }
}
