package socklab.runtime.exec;

import socklab.runtime.object.Py;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyIterator;
import socklab.runtime.object.PyObject;

/**
 * A generator expression, evaluated lazily one element per next() as in CPython, so it can run
 * over endless or blocking iterators (a socket's lines, a counting generator) and stop early.
 * The nested for clauses are a small state machine over one iterator per clause; no thread needed.
 */
final class GeneratorExpression extends PyIterator {
    private final Frame frame;
    private final ComprehensionBody.Clause[] clauses;
    private final ExprNode element;
    private final PyObject[] iterators;
    private int depth = -1;
    private boolean done;

    private GeneratorExpression(Frame frame, ComprehensionBody.Clause[] clauses, ExprNode element) {
        super("generator");
        this.frame = frame;
        this.clauses = clauses;
        this.element = element;
        this.iterators = new PyObject[clauses.length];
    }

    /** The body of a generator expression's code: returns the paused expression over argument .0. */
    static final class Start extends StmtNode {
        private final ComprehensionBody.Clause[] clauses;
        private final ExprNode element;

        Start(int line, ComprehensionBody.Clause[] clauses, ExprNode element) {
            super(line);
            this.clauses = clauses;
            this.element = element;
        }

        @Override
        int exec(Frame f) {
            f.returnValue = new GeneratorExpression(f, clauses, element);
            return RETURN;
        }
    }

    @Override
    public PyObject next() {
        if (done) {
            return null;
        }
        try {
            return advance();
        } catch (PyError e) {
            done = true;
            e.addFrame(frame.code.filename, frame.line, frame.code.name);
            throw e;
        }
    }

    private PyObject advance() {
        if (depth < 0) {
            iterators[0] = frame.fast[0];
            depth = 0;
        }
        while (depth >= 0) {
            PyObject item = iterators[depth].next();
            if (item == null) {
                depth--;
                continue;
            }
            ComprehensionBody.Clause c = clauses[depth];
            c.target().assign(frame, item);
            if (!passes(c)) {
                continue;
            }
            if (depth + 1 < clauses.length) {
                depth++;
                iterators[depth] = clauses[depth].iter().eval(frame).iter();
                continue;
            }
            return element.eval(frame);
        }
        done = true;
        return null;
    }

    private boolean passes(ComprehensionBody.Clause c) {
        for (ExprNode cond : c.conditions()) {
            if (!cond.eval(frame).isTrue()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String repr() {
        return "<generator object " + frame.code.qualname + " at 0x" + Long.toHexString(Py.id(this)) + ">";
    }
}
