package socklab.runtime;

/** An executable expression, compiled once from the AST with its names already resolved. */
abstract class ExprNode {
    abstract PyObject eval(Frame f);

    /** The target form of this expression, for assignment; null if it cannot be assigned. */
    Target asTarget() {
        return null;
    }
}
