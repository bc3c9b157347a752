package socklab.lang;

import java.util.List;
import java.util.Map;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Expr.ConstKind;

/** The checks CPython makes on what stands left of '=', after 'for', 'as' and 'del', with its wording. */
final class Targets {
    private static final Map<Class<?>, String> NAMES = Map.ofEntries(
            Map.entry(Expr.IntLit.class, "literal"), Map.entry(Expr.FloatLit.class, "literal"),
            Map.entry(Expr.ImagLit.class, "literal"), Map.entry(Expr.StrLit.class, "literal"),
            Map.entry(Expr.BytesLit.class, "literal"), Map.entry(Expr.FString.class, "f-string expression"),
            Map.entry(Expr.Call.class, "function call"), Map.entry(Expr.Compare.class, "comparison"),
            Map.entry(Expr.IfExp.class, "conditional expression"), Map.entry(Expr.Lambda.class, "lambda"),
            Map.entry(Expr.NamedExpr.class, "named expression"), Map.entry(Expr.DictExpr.class, "dict literal"),
            Map.entry(Expr.SetExpr.class, "set display"), Map.entry(Expr.ListComp.class, "list comprehension"),
            Map.entry(Expr.SetComp.class, "set comprehension"), Map.entry(Expr.DictComp.class, "dict comprehension"),
            Map.entry(Expr.GeneratorExp.class, "generator expression"), Map.entry(Expr.Starred.class, "starred"),
            Map.entry(Expr.TupleExpr.class, "tuple"), Map.entry(Expr.ListExpr.class, "list"),
            Map.entry(Expr.Attribute.class, "attribute"), Map.entry(Expr.Subscript.class, "subscript"),
            Map.entry(Expr.Name.class, "name"),
            Map.entry(Expr.Await.class, "await expression"));

    private Targets() {}

    /** Checks an assignment target; {@code hint} adds CPython's "Maybe you meant '=='" where it would. */
    static void checkStore(TokenCursor c, Expr e, boolean hint) {
        if (e instanceof Expr.Starred s) {
            throw c.error(s.pos(), "starred assignment target must be in a list or tuple");
        }
        checkElement(c, e, hint);
    }

    private static void checkElement(TokenCursor c, Expr e, boolean hint) {
        if (isSimple(e)) return;
        if (e instanceof Expr.Starred s) {
            checkElement(c, s.value(), false);
        } else if (e instanceof Expr.TupleExpr t) {
            checkSequence(c, e, t.elts());
        } else if (e instanceof Expr.ListExpr l) {
            checkSequence(c, e, l.elts());
        } else {
            boolean withHint = hint && !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                    || e instanceof Expr.Lambda || e instanceof Expr.GeneratorExp
                    || (e instanceof Expr.UnaryOp u && u.op() == Expr.UnaryOperator.NOT)
                    || (e instanceof Expr.Const k && k.kind() != ConstKind.ELLIPSIS));
            throw c.error(e.pos(), "cannot assign to " + describe(e)
                    + (withHint ? " here. Maybe you meant '==' instead of '='?" : ""));
        }
    }

    private static void checkSequence(TokenCursor c, Expr seq, List<Expr> elts) {
        for (Expr x : elts) checkElement(c, x, false);
        if (elts.stream().filter(x -> x instanceof Expr.Starred).count() > 1) {
            throw c.error(seq.pos(), "multiple starred expressions in assignment");
        }
    }

    static void checkDelete(TokenCursor c, Expr e) {
        if (isSimple(e)) return;
        if (e instanceof Expr.TupleExpr t) {
            t.elts().forEach(x -> checkDelete(c, x));
        } else if (e instanceof Expr.ListExpr l) {
            l.elts().forEach(x -> checkDelete(c, x));
        } else {
            throw c.error(e.pos(), "cannot delete " + describe(e));
        }
    }

    static void checkAugmented(TokenCursor c, Expr e) {
        if (!isSimple(e)) throw c.error(e.pos(), "'" + describe(e) + "' is an illegal expression for augmented assignment");
    }

    static boolean isSimple(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
    }

    /** CPython's name for an expression that cannot be a target. */
    static String describe(Expr e) {
        if (e instanceof Expr.Const k) {
            return k.kind() == ConstKind.ELLIPSIS ? "ellipsis" : k.kind() == ConstKind.NONE ? "None"
                    : k.kind() == ConstKind.TRUE ? "True" : "False";
        }
        return NAMES.getOrDefault(e.getClass(), "expression");
    }
}
