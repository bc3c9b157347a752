package socklab.lang;

/** A place in the source, so every error can say where it happened (1-based line and column). */
public record Pos(int line, int col) {
    public static final Pos NONE = new Pos(0, 0);
}
