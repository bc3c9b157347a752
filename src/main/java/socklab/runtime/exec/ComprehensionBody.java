package socklab.runtime.exec;

import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySet;
import socklab.runtime.object.ThreadState;

/** The loop inside a comprehension's own scope: nested for/if clauses feeding a list, set or dict. */
final class ComprehensionBody extends StmtNode {
    enum Kind { LIST, SET, DICT, GENERATOR }

    /** for target in iter if cond…; iter is null for the first clause, whose iterator is the argument. */
    record Clause(Target target, ExprNode iter, ExprNode[] conditions) {}

    private final Kind kind;
    private final Clause[] clauses;
    private final ExprNode element;
    private final ExprNode value;

    ComprehensionBody(int line, Kind kind, Clause[] clauses, ExprNode element, ExprNode value) {
        super(line);
        this.kind = kind;
        this.clauses = clauses;
        this.element = element;
        this.value = value;
    }

    @Override
    int exec(Frame f) {
        PyObject result = switch (kind) {
            case LIST, GENERATOR -> new PyList();
            case SET -> new PySet(false);
            case DICT -> new PyDict();
        };
        loop(f, 0, f.fast[0], result);
        f.returnValue = kind == Kind.GENERATOR ? result.iter() : result;
        return RETURN;
    }

    private void loop(Frame f, int level, PyObject iterator, PyObject result) {
        Clause c = clauses[level];
        ThreadState ts = f.ts;
        for (PyObject item = iterator.next(); item != null; item = iterator.next()) {
            c.target().assign(f, item);
            if (!passes(c, f)) {
                continue;
            }
            if (level + 1 < clauses.length) {
                loop(f, level + 1, clauses[level + 1].iter().eval(f).iter(), result);
            } else {
                add(f, result);
            }
            ts.checkInterrupt();
        }
    }

    private static boolean passes(Clause c, Frame f) {
        for (ExprNode cond : c.conditions()) {
            if (!cond.test(f)) {
                return false;
            }
        }
        return true;
    }

    private void add(Frame f, PyObject result) {
        switch (kind) {
            case LIST, GENERATOR -> ((PyList) result).append(element.eval(f));
            case SET -> ((PySet) result).set().add(element.eval(f));
            case DICT -> {
                PyObject k = element.eval(f);
                ((PyDict) result).put(k, value.eval(f));
            }
        }
    }
}
