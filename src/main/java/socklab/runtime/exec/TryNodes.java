package socklab.runtime.exec;

import java.util.function.Supplier;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.ThreadState;

/** try/except/else/finally and with: the statements that run code on the way out of an error. */
final class TryNodes {
    private TryNodes() {}

    /** One except clause; type is null for a bare except; at is where a failed match is reported. */
    record Handler(ExprNode type, Target name, StmtNode[] body, int line, PyError.Span at) {}

    static final class Try extends StmtNode {
        final StmtNode[] body;
        final Handler[] handlers;
        final StmtNode[] orelse;
        final StmtNode[] finalbody;

        Try(int line, StmtNode[] body, Handler[] handlers, StmtNode[] orelse, StmtNode[] finalbody) {
            super(line);
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
        }

        @Override
        int exec(Frame f) {
            int r;
            try {
                r = guarded(f);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError t) {
                PyError e = Py.fromJava(t);
                if (finalbody.length == 0) {
                    throw e;
                }
                int raisedAt = f.line;
                int fr = whileHandling(f, e, () -> run(finalbody, f));
                if (fr != NORMAL) {
                    return fr;
                }
                e.reopenFrame();
                f.line = raisedAt;
                throw e;
            }
            if (finalbody.length > 0) {
                int fr = run(finalbody, f);
                if (fr != NORMAL) {
                    return fr;
                }
            }
            return r;
        }

        private int guarded(Frame f) {
            int r;
            try {
                r = run(body, f);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError t) {
                return handle(f, Py.fromJava(t));
            }
            return r != NORMAL ? r : run(orelse, f);
        }

        private int handle(Frame f, PyError e) {
            PyBaseException value = e.value();
            for (Handler h : handlers) {
                if (h.type != null && !handles(f, h, e)) {
                    continue;
                }
                // The traceback of a caught exception ends at the frame that caught it, as CPython's does.
                int raisedAt = f.line;
                e.addFrame(f.code.filename, raisedAt, f.code.name);
                ThreadState ts = f.ts;
                PyBaseException previous = ts.handling;
                ts.handling = value;
                if (h.name != null) {
                    h.name.assign(f, value);
                }
                try {
                    f.line = h.line;
                    return run(h.body, f);
                } catch (PyError inner) {
                    if (inner == e) {
                        // A bare raise takes back this frame's entry, to add it again as the error leaves the frame.
                        if (e.takeBare()) {
                            e.reopenFrame();
                            f.line = raisedAt;
                        }
                    } else if (inner.value() != value && inner.value().context() == null) {
                        inner.value().setContext(value);
                    }
                    throw inner;
                } finally {
                    ts.handling = previous;
                    if (h.name != null) {
                        try {
                            h.name.delete(f);
                        } catch (PyError ignored) {
                            // the handler itself deleted the name; nothing left to clean up
                        }
                    }
                }
            }
            throw e;
        }

        /** Whether the clause catches e; an error in the clause itself is reported as raised while handling e. */
        private static boolean handles(Frame f, Handler h, PyError e) {
            try {
                return matches(h.type.eval(f), e.value());
            } catch (PyError bad) {
                e.addFrame(f.code.filename, f.line, f.code.name);
                bad.locate(h.at);
                bad.value().setContext(e.value());
                f.line = h.line;
                throw bad;
            }
        }

        static boolean matches(PyObject spec, PyBaseException value) {
            if (spec instanceof PyType t && t.isSubtypeOf(ExcTypes.BaseException)) {
                return value.type().isSubtypeOf(t);
            }
            if (spec instanceof PyTuple tuple) {
                for (PyObject item : tuple.items()) {
                    if (matches(item, value)) {
                        return true;
                    }
                }
                return false;
            }
            throw Py.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /**
     * Runs code that looks at e on its way out of this frame (a finally block, __exit__): as in
     * CPython, e counts as being handled there. Its traceback ends in this frame meanwhile, an error
     * raised there has it as its context, and a bare raise re-raises it unchanged.
     */
    private static <T> T whileHandling(Frame f, PyError e, Supplier<T> body) {
        e.addFrame(f.code.filename, f.line, f.code.name);
        ThreadState ts = f.ts;
        PyBaseException previous = ts.handling;
        ts.handling = e.value();
        try {
            return body.get();
        } catch (PyError inner) {
            if (inner == e && e.takeBare()) {
                e.reopenFrame();
            } else if (inner.value() != e.value() && inner.value().context() == null) {
                inner.value().setContext(e.value());
            }
            throw inner;
        } finally {
            ts.handling = previous;
        }
    }

    static final class With extends StmtNode {
        final ExprNode context;
        final Target target;
        final StmtNode[] body;

        With(int line, ExprNode context, Target target, StmtNode[] body) {
            super(line);
            this.context = context;
            this.target = target;
            this.body = body;
        }

        @Override
        int exec(Frame f) {
            PyObject manager = context.eval(f);
            PyObject entered = manager.enter();
            if (target != null) {
                target.assign(f, entered);
            }
            int r;
            try {
                r = run(body, f);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError t) {
                PyError e = Py.fromJava(t);
                if (whileHandling(f, e, () -> manager.exit(e.value()))) {
                    return NORMAL;
                }
                e.reopenFrame();
                throw e;
            }
            manager.exit(null);
            return r;
        }
    }
}
