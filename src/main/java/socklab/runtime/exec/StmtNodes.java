package socklab.runtime.exec;

import java.util.Map;
import socklab.lang.ast.Expr.BinOperator;
import socklab.runtime.object.Context;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.ThreadState;

/** The statement nodes: assignment, control flow, functions, exceptions and imports. */
final class StmtNodes {
    private StmtNodes() {}

    static final class ExprStmt extends StmtNode {
        final ExprNode value;

        ExprStmt(int line, ExprNode value) {
            super(line);
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            value.eval(f);
            return NORMAL;
        }
    }

    /** An expression statement typed at the prompt: its value is shown and kept in _. */
    static final class Echo extends StmtNode {
        final ExprNode value;
        final Context interp;

        Echo(int line, ExprNode value, Context interp) {
            super(line);
            this.value = value;
            this.interp = interp;
        }

        @Override
        int exec(Frame f) {
            interp.displayHook(value.eval(f));
            return NORMAL;
        }
    }

    static final class Assign extends StmtNode {
        final Target[] targets;
        final ExprNode value;

        Assign(int line, Target[] targets, ExprNode value) {
            super(line);
            this.targets = targets;
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            PyObject v = value.eval(f);
            for (Target t : targets) {
                t.assign(f, v);
            }
            return NORMAL;
        }
    }

    static final class AugAssign extends StmtNode {
        final ExprNode read;
        final Target target;
        final BinOperator op;
        final ExprNode value;

        AugAssign(int line, ExprNode read, Target target, BinOperator op, ExprNode value) {
            super(line);
            this.read = read;
            this.target = target;
            this.op = op;
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            if (read instanceof ExprNodes.Subscript s) {
                PyObject obj = s.obj.eval(f);
                PyObject key = s.index.eval(f);
                PyObject r = Ops.inPlace(op, s.readItem(obj, key), value.eval(f));
                obj.setItem(key, r);
                return NORMAL;
            }
            if (read instanceof ExprNodes.Attribute a) {
                PyObject obj = a.obj.eval(f);
                obj.setAttr(a.name, Ops.inPlace(op, a.readFrom(obj), value.eval(f)));
                return NORMAL;
            }
            PyObject current = read.eval(f);
            target.assign(f, Ops.inPlace(op, current, value.eval(f)));
            return NORMAL;
        }
    }

    static final class Delete extends StmtNode {
        final Target[] targets;

        Delete(int line, Target[] targets) {
            super(line);
            this.targets = targets;
        }

        @Override
        int exec(Frame f) {
            for (Target t : targets) {
                t.delete(f);
            }
            return NORMAL;
        }
    }

    /** Several statements compiled from one (import a, b). */
    static final class Block extends StmtNode {
        final StmtNode[] body;

        Block(int line, StmtNode[] body) {
            super(line);
            this.body = body;
        }

        @Override
        int exec(Frame f) {
            return run(body, f);
        }
    }

    static final class Pass extends StmtNode {
        Pass(int line) {
            super(line);
        }

        @Override
        int exec(Frame f) {
            return NORMAL;
        }
    }

    static final class Jump extends StmtNode {
        final int code;

        Jump(int line, int code) {
            super(line);
            this.code = code;
        }

        @Override
        int exec(Frame f) {
            return code;
        }
    }

    static final class Return extends StmtNode {
        final ExprNode value;

        Return(int line, ExprNode value) {
            super(line);
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            f.returnValue = value == null ? PyNone.NONE : value.eval(f);
            return RETURN;
        }
    }

    static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode[] body;
        final StmtNode[] orelse;

        If(int line, ExprNode test, StmtNode[] body, StmtNode[] orelse) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            return run(test.test(f) ? body : orelse, f);
        }
    }

    static final class While extends StmtNode {
        final ExprNode test;
        final StmtNode[] body;
        final StmtNode[] orelse;

        While(int line, ExprNode test, StmtNode[] body, StmtNode[] orelse) {
            super(line);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            ThreadState ts = f.ts;
            while (true) {
                f.line = line;
                if (!test.test(f)) {
                    break;
                }
                int r = run(body, f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN) {
                    return r;
                }
                ts.checkInterrupt();
            }
            return run(orelse, f);
        }
    }

    static final class For extends StmtNode {
        final Target target;
        /** The target's slot when it is a plain local (for i in ...), stored without an interface call; else -1. */
        final int slot;
        final ExprNode iter;
        final StmtNode[] body;
        final StmtNode[] orelse;

        For(int line, Target target, ExprNode iter, StmtNode[] body, StmtNode[] orelse) {
            super(line);
            this.target = target;
            this.slot = target instanceof NameNodes.Local l ? l.slot : -1;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            ThreadState ts = f.ts;
            PyObject it = iter.eval(f).iter();
            while (true) {
                PyObject item = it.next();
                if (item == null) {
                    break;
                }
                if (slot >= 0) {
                    f.fast[slot] = item;
                } else {
                    target.assign(f, item);
                }
                int r = run(body, f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN) {
                    return r;
                }
                ts.checkInterrupt();
            }
            return run(orelse, f);
        }
    }

    static final class Raise extends StmtNode {
        final ExprNode exc;
        final ExprNode cause;

        Raise(int line, ExprNode exc, ExprNode cause) {
            super(line);
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        int exec(Frame f) {
            if (exc == null) {
                PyBaseException current = f.ts.handling;
                if (current == null) {
                    throw Py.error(ExcTypes.RuntimeError, "No active exception to reraise");
                }
                throw current.carrier().reraised();
            }
            PyBaseException e = instantiate(exc.eval(f), false);
            if (cause != null) {
                PyObject c = cause.eval(f);
                e.setCause(c == PyNone.NONE ? null : instantiate(c, true));
            }
            if (f.ts.handling != null && e != f.ts.handling) {
                e.setContext(f.ts.handling);
            }
            // Raised again, an exception keeps its traceback and gains this frame anew, as in CPython.
            throw e.carrier();
        }

        static PyBaseException instantiate(PyObject o, boolean asCause) {
            if (o instanceof PyBaseException e) {
                return e;
            }
            if (o instanceof PyType t && t.isSubtypeOf(ExcTypes.BaseException)) {
                PyObject made = t.call(new PyObject[0], null);
                if (made instanceof PyBaseException e) {
                    return e;
                }
            }
            throw Py.typeError(asCause ? "exception causes must derive from BaseException"
                    : "exceptions must derive from BaseException");
        }
    }

    static final class Assert extends StmtNode {
        final ExprNode test;
        final ExprNode msg;

        Assert(int line, ExprNode test, ExprNode msg) {
            super(line);
            this.test = test;
            this.msg = msg;
        }

        @Override
        int exec(Frame f) {
            if (!test.test(f)) {
                if (msg == null) {
                    throw Py.error(ExcTypes.AssertionError);
                }
                throw new PyError(new PyBaseException(ExcTypes.AssertionError, new PyTuple(new PyObject[] {msg.eval(f)})));
            }
            return NORMAL;
        }
    }

    /** import a.b as c binds the module a.b; import a.b imports a.b and binds the top package a. */
    static final class Import extends StmtNode {
        final Context interp;
        final String module;
        final boolean bindTop;
        final Target target;

        Import(int line, Context interp, String module, boolean bindTop, Target target) {
            super(line);
            this.interp = interp;
            this.module = module;
            this.bindTop = bindTop;
            this.target = target;
        }

        @Override
        int exec(Frame f) {
            PyModule m = interp.importModule(module);
            int dot = module.indexOf('.');
            target.assign(f, bindTop && dot >= 0 ? interp.importModule(module.substring(0, dot)) : m);
            return NORMAL;
        }
    }

    static final class ImportFrom extends StmtNode {
        final Context interp;
        final String module;
        final String[] names;
        final Target[] targets;

        ImportFrom(int line, Context interp, String module, String[] names, Target[] targets) {
            super(line);
            this.interp = interp;
            this.module = module;
            this.names = names;
            this.targets = targets;
        }

        @Override
        int exec(Frame f) {
            PyModule m = interp.importModule(module);
            for (int i = 0; i < names.length; i++) {
                PyObject v = m.dict().get(names[i]);
                if (v == null) {
                    v = submodule(interp, m, names[i]);
                }
                if (v == null) {
                    String from = m.isInitializing()
                            ? "partially initialized module '" + module + "' (most likely due to a circular import)"
                            : "'" + module + "'";
                    throw Py.error(ExcTypes.ImportError, "cannot import name '" + names[i] + "' from " + from
                            + " (" + (m.file() == null ? "unknown location" : m.file()) + ")");
                }
                targets[i].assign(f, v);
            }
            return NORMAL;
        }
    }

    /** from package import name, where name is a module of the package not imported yet; null if there is none. */
    private static PyObject submodule(Context interp, PyModule pkg, String name) {
        try {
            return interp.importModule(pkg.name() + "." + name);
        } catch (PyError e) {
            if (e.matches(ExcTypes.ModuleNotFoundError)) {
                return null;
            }
            throw e;
        }
    }

    static final class ImportStar extends StmtNode {
        final Context interp;
        final String module;

        ImportStar(int line, Context interp, String module) {
            super(line);
            this.interp = interp;
            this.module = module;
        }

        @Override
        int exec(Frame f) {
            PyModule m = interp.importModule(module);
            PyObject all = m.dict().get("__all__");
            if (all != null) {
                for (PyObject n : Py.toArray(all)) {
                    String name = ((PyStr) n).value();
                    f.globals.put(name, m.getAttr(name));
                }
                return NORMAL;
            }
            for (Map.Entry<String, PyObject> e : m.dict().entrySet()) {
                if (!e.getKey().startsWith("_")) {
                    f.globals.put(e.getKey(), e.getValue());
                }
            }
            return NORMAL;
        }
    }
}
