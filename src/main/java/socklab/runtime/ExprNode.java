package socklab.runtime;

/** An executable expression, compiled once from the AST with its names already resolved. */
abstract class ExprNode {
    abstract PyObject eval(Frame f);

    /** The truth of this expression, for if and while; comparisons answer it without making a bool. */
    boolean test(Frame f) {
        return eval(f).isTrue();
    }

    /** The target form of this expression, for assignment; null if it cannot be assigned. */
    Target asTarget() {
        return null;
    }
}
