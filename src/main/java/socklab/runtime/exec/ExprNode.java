package socklab.runtime.exec;

import socklab.runtime.object.PyError;
import socklab.runtime.object.PyObject;

/** An executable expression, compiled once from the AST with its names already resolved. */
abstract class ExprNode {
    /** Where this node stands in the source, for tracebacks (set by the compiler; null when unknown). */
    PyError.Span at;

    /** e, marked as raised by this node unless a node inside it was marked first. */
    final PyError located(PyError e) {
        e.locate(at);
        return e;
    }

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
