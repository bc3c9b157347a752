package socklab.runtime.exec;

import socklab.runtime.object.EndValueIterator;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;

/**
 * A generator expression, evaluated lazily one element per next() as in CPython, so it can run
 * over endless or blocking iterators (a socket's lines, a counting generator) and stop early.
 * The nested for clauses are a small state machine over one iterator per clause; no thread needed.
 * It is a generator as CPython's is: send() (whose value it ignores), throw(), close(), gi_frame.
 */
final class GeneratorExpression extends PyObject implements EndValueIterator, Resumable {
    private final Frame frame;
    private final ComprehensionBody.Clause[] clauses;
    private final ExprNode element;
    private final PyObject[] iterators;
    private int depth = -1;
    private boolean done;
    private boolean running;

    private GeneratorExpression(Frame frame, ComprehensionBody.Clause[] clauses, ExprNode element) {
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
    public PyType type() {
        return PyGenerator.TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (done) {
            return null;
        }
        if (running) {
            throw Py.error(ExcTypes.ValueError, "generator already executing");
        }
        running = true;
        try {
            return advance();
        } catch (PyError e) {
            done = true;
            e.addFrame(frame.code.filename, frame.line, frame.code.name);
            throw e;
        } finally {
            running = false;
        }
    }

    @Override
    public PyObject nextOrStop() {
        return send(PyNone.NONE);
    }

    @Override
    public PyObject send(PyObject value) {
        if (value != PyNone.NONE && depth < 0 && !done) {
            throw Py.typeError("can't send non-None value to a just-started generator");
        }
        PyObject r = next();
        if (r == null) {
            throw PyGenerator.stopIteration(null);
        }
        return r;
    }

    /** Nothing in a generator expression can catch it: it ends the expression, raised from its frame. */
    @Override
    public PyObject throwIn(PyBaseException e) {
        PyError err = e.freshCarrier();
        if (!done) {
            done = true;
            err.addFrame(frame.code.filename, frame.line, frame.code.name);
        }
        throw err;
    }

    @Override
    public void close() {
        done = true;
    }

    @Override
    public boolean running() {
        return running;
    }

    @Override
    public Frame frame() {
        return done ? null : frame;
    }

    @Override
    public Code code() {
        return frame.code;
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
