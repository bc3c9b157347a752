package socklab.runtime.exec;

import socklab.runtime.object.Py;
import socklab.runtime.object.PyError;

/**
 * An executable statement. exec returns how control leaves it, so break, continue and return are
 * plain return codes rather than Java exceptions.
 */
public abstract class StmtNode {
    static final int NORMAL = 0;
    static final int BREAK = 1;
    static final int CONTINUE = 2;
    static final int RETURN = 3;

    final int line;
    /** Where CPython places an error this statement itself raises (set by the compiler; null when unknown). */
    PyError.Span at;

    StmtNode(int line) {
        this.line = line;
    }

    abstract int exec(Frame f);

    public static int run(StmtNode[] body, Frame f) {
        for (StmtNode s : body) {
            f.line = s.line;
            int r;
            try {
                r = s.exec(f);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError t) {
                // A failure of the Java underneath becomes a Python error here, so it is placed on its own statement's line.
                PyError e = Py.fromJava(t);
                e.locate(s.at);
                throw e;
            }
            if (r != NORMAL) {
                return r;
            }
        }
        return NORMAL;
    }
}
