package socklab.runtime;

import socklab.lang.ast.Expr;

/** Which literal expressions CPython's compiler warns about when they are called or subscripted. */
final class LiteralWarnings {
    private LiteralWarnings() {}

    /** The type name to warn with when e is called, or null when CPython stays quiet. */
    static String called(Expr e) {
        String constant = constantType(e);
        if (constant != null) {
            return constant;
        }
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

    /** The type name to warn with when e is subscripted: only unsubscriptable literals. */
    static String subscripted(Expr e) {
        if (e instanceof Expr.IntLit) {
            return "int";
        }
        if (e instanceof Expr.FloatLit) {
            return "float";
        }
        if (e instanceof Expr.Const c && c.kind() == Expr.ConstKind.NONE) {
            return "NoneType";
        }
        if (e instanceof Expr.Const c && c.kind() == Expr.ConstKind.ELLIPSIS) {
            return "ellipsis";
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

    private static String constantType(Expr e) {
        if (e instanceof Expr.IntLit) {
            return "int";
        }
        if (e instanceof Expr.FloatLit) {
            return "float";
        }
        if (e instanceof Expr.StrLit) {
            return "str";
        }
        if (e instanceof Expr.BytesLit) {
            return "bytes";
        }
        if (e instanceof Expr.Const c) {
            return switch (c.kind()) {
                case NONE -> "NoneType";
                case TRUE, FALSE -> "bool";
                case ELLIPSIS -> "ellipsis";
            };
        }
        return null;
    }
}
