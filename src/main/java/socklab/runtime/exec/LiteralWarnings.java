package socklab.runtime.exec;

import socklab.lang.ast.Expr;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyComplex;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySet;
import socklab.runtime.object.PySingleton;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;

/**
 * The literal checks of CPython's compiler that print a SyntaxWarning: calling or subscripting a
 * literal, indexing a literal sequence with a non-int literal, and `is` with a literal. CPython runs
 * them after constant folding, so -1, (1, 2) and not 1j count as literals here too.
 */
final class LiteralWarnings {
    /** CPython's folding limits (ast_opt.c): larger results are left to run time. */
    private static final int MAX_INT_BITS = 128;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_COLLECTION_SIZE = 256;

    private LiteralWarnings() {}

    /** The type name to warn with when e is called, or null when CPython stays quiet. */
    static String called(Expr e) {
        PyObject folded = fold(e);
        return folded != null ? folded.type().name() : displayType(e);
    }

    /** The type name to warn with when e is subscripted: only literals that are never subscriptable. */
    static String subscripted(Expr e) {
        PyObject v = fold(e);
        if (v != null) {
            boolean unsubscriptable = v == PyNone.NONE || v == PySingleton.ELLIPSIS || v instanceof PyInt
                    || v instanceof PyFloat || v instanceof PyComplex || v instanceof PySet;
            return unsubscriptable ? v.type().name() : null;
        }
        if (e instanceof Expr.SetExpr || e instanceof Expr.SetComp) {
            return "set";
        }
        if (e instanceof Expr.GeneratorExp) {
            return "generator";
        }
        if (e instanceof Expr.Lambda) {
            return "function";
        }
        return null;
    }

    /** "list indices must be integers or slices, not str" when a literal sequence gets a bad literal index. */
    static String badIndex(Expr container, Expr index) {
        String indexType = inferType(index);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || indexType.equals("slice")) {
            return null;
        }
        PyObject c = fold(container);
        String containerType;
        if (c != null) {
            if (!(c instanceof PyStr || c instanceof PyBytes || c instanceof PyTuple)) {
                return null;
            }
            containerType = c.type().name();
        } else if (container instanceof Expr.TupleExpr) {
            containerType = "tuple";
        } else if (container instanceof Expr.ListExpr || container instanceof Expr.ListComp) {
            containerType = "list";
        } else if (container instanceof Expr.FString) {
            containerType = "str";
        } else {
            return null;
        }
        return containerType + " indices must be integers or slices, not " + indexType;
    }

    /** True when `is` should not meet e: a folded constant other than None, True, False and .... */
    static boolean isLiteralForIs(Expr e) {
        PyObject v = fold(e);
        return v != null && v != PyNone.NONE && v != PyBool.TRUE && v != PyBool.FALSE && v != PySingleton.ELLIPSIS;
    }

    private static String inferType(Expr e) {
        if (e instanceof Expr.Slice) {
            return "slice";
        }
        return called(e);
    }

    /** The type of a display or comprehension whose value is not a constant. */
    private static String displayType(Expr e) {
        if (e instanceof Expr.TupleExpr) {
            return "tuple";
        }
        if (e instanceof Expr.ListExpr || e instanceof Expr.ListComp) {
            return "list";
        }
        if (e instanceof Expr.DictExpr || e instanceof Expr.DictComp) {
            return "dict";
        }
        if (e instanceof Expr.SetExpr || e instanceof Expr.SetComp) {
            return "set";
        }
        if (e instanceof Expr.GeneratorExp) {
            return "generator";
        }
        if (e instanceof Expr.FString) {
            return "str";
        }
        return null;
    }

    /** The constant CPython's optimizer would turn e into, or null when e is not constant. */
    static PyObject fold(Expr e) {
        try {
            PyObject v = foldUnchecked(e);
            return v == null || tooBig(v) ? null : v;
        } catch (PyError | ArithmeticException err) {
            return null;
        }
    }

    private static PyObject foldUnchecked(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return PyInt.of(i.value());
        }
        if (e instanceof Expr.FloatLit f) {
            return new PyFloat(f.value());
        }
        if (e instanceof Expr.ImagLit im) {
            return new PyComplex(0, im.value());
        }
        if (e instanceof Expr.StrLit s) {
            return new PyStr(s.value());
        }
        if (e instanceof Expr.BytesLit b) {
            return new PyBytes(b.value());
        }
        if (e instanceof Expr.Const c) {
            return switch (c.kind()) {
                case NONE -> PyNone.NONE;
                case TRUE -> PyBool.TRUE;
                case FALSE -> PyBool.FALSE;
                case ELLIPSIS -> PySingleton.ELLIPSIS;
            };
        }
        if (e instanceof Expr.UnaryOp u) {
            PyObject v = fold(u.operand());
            if (v == null) {
                return null;
            }
            return switch (u.op()) {
                case NOT -> Py.bool(!v.isTrue());
                case NEG -> v.negative();
                case POS -> v.positive();
                case INVERT -> v.invert();
            };
        }
        if (e instanceof Expr.BinOp b) {
            PyObject l = fold(b.left());
            PyObject r = l == null ? null : fold(b.right());
            if (r == null || b.op() == Expr.BinOperator.MOD && l instanceof PyStr || powerTooBig(b.op(), l, r)) {
                return null;
            }
            return Ops.binary(b.op(), l, r);
        }
        if (e instanceof Expr.Subscript sub && !(sub.index() instanceof Expr.Slice)) {
            PyObject container = fold(sub.value());
            PyObject index = container == null ? null : fold(sub.index());
            return index == null ? null : container.getItem(index);
        }
        if (e instanceof Expr.TupleExpr t) {
            PyObject[] items = new PyObject[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = fold(t.elts().get(i));
                if (items[i] == null) {
                    return null;
                }
            }
            return new PyTuple(items);
        }
        return null;
    }

    /** safe_power: an int power is folded only while base bits times exponent stay within the limit. */
    private static boolean powerTooBig(Expr.BinOperator op, PyObject base, PyObject exponent) {
        if (op != Expr.BinOperator.POW || !(base instanceof PyInt b) || !(exponent instanceof PyInt x)
                || b.signum() == 0 || x.signum() <= 0) {
            return false;
        }
        return !x.fitsLong() || b.bigValue().bitLength() > MAX_INT_BITS / x.longValue();
    }

    private static boolean tooBig(PyObject v) {
        if (v instanceof PyInt i) {
            return i.bigValue().bitLength() > MAX_INT_BITS;
        }
        if (v instanceof PyStr || v instanceof PyBytes) {
            return v.len() > MAX_STR_SIZE;
        }
        return v instanceof PyTuple t && t.size() > MAX_COLLECTION_SIZE;
    }
}
