package socklab.lang;

import java.util.List;
import java.util.stream.Collectors;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Params;
import socklab.lang.ast.Stmt;

/** Prints the AST as compact s-expressions, so a test states a tree's shape in one readable line. */
final class AstPrinter {
    private AstPrinter() {}

    static String stmts(List<Stmt> body) {
        return body.stream().map(AstPrinter::stmt).collect(Collectors.joining(" "));
    }

    private static String block(List<Stmt> body) { return "[" + stmts(body) + "]"; }

    private static String exprs(List<Expr> es) {
        return es.stream().map(AstPrinter::expr).collect(Collectors.joining(" "));
    }

    static String stmt(Stmt s) {
        if (s instanceof Stmt.ExprStmt x) return "(expr " + expr(x.value()) + ")";
        if (s instanceof Stmt.Assign x) return "(= " + exprs(x.targets()) + " " + expr(x.value()) + ")";
        if (s instanceof Stmt.AugAssign x) return "(" + x.op().symbol + "= " + expr(x.target()) + " " + expr(x.value()) + ")";
        if (s instanceof Stmt.AnnAssign x) return "(ann " + expr(x.target()) + " " + expr(x.annotation()) + " " + expr(x.value()) + ")";
        if (s instanceof Stmt.Import x) return "(import " + aliases(x.names()) + ")";
        if (s instanceof Stmt.ImportFrom x) return "(from " + x.module() + " " + aliases(x.names()) + ")";
        if (s instanceof Stmt.If x) return "(if " + expr(x.test()) + " " + block(x.body()) + " " + block(x.orelse()) + ")";
        if (s instanceof Stmt.While x) return "(while " + expr(x.test()) + " " + block(x.body()) + " " + block(x.orelse()) + ")";
        if (s instanceof Stmt.For x) {
            return "(for " + expr(x.target()) + " " + expr(x.iter()) + " " + block(x.body()) + " " + block(x.orelse()) + ")";
        }
        if (s instanceof Stmt.Break) return "(break)";
        if (s instanceof Stmt.Continue) return "(continue)";
        if (s instanceof Stmt.Pass) return "(pass)";
        if (s instanceof Stmt.FunctionDef x) {
            return "(def " + x.name() + " " + params(x.params()) + " " + block(x.body()) + decorators(x.decorators()) + ")";
        }
        if (s instanceof Stmt.ClassDef x) {
            String keywords = x.keywords().stream().map(k -> " " + k.name() + "=" + expr(k.value())).collect(java.util.stream.Collectors.joining());
            return "(class " + x.name() + " (" + exprs(x.bases()) + keywords + ") " + block(x.body()) + decorators(x.decorators()) + ")";
        }
        if (s instanceof Stmt.Return x) return "(return " + expr(x.value()) + ")";
        if (s instanceof Stmt.Try x) {
            String handlers = x.handlers().stream()
                    .map(h -> "(except " + expr(h.type()) + " " + (h.name() == null ? "_" : h.name()) + " " + block(h.body()) + ")")
                    .collect(Collectors.joining(" "));
            return "(try " + block(x.body()) + " [" + handlers + "] " + block(x.orelse()) + " " + block(x.finalbody()) + ")";
        }
        if (s instanceof Stmt.Raise x) return "(raise " + expr(x.exc()) + " " + expr(x.cause()) + ")";
        if (s instanceof Stmt.With x) {
            String items = x.items().stream().map(i -> "(" + expr(i.context()) + " " + expr(i.target()) + ")")
                    .collect(Collectors.joining(" "));
            return "(with [" + items + "] " + block(x.body()) + ")";
        }
        if (s instanceof Stmt.Delete x) return "(del " + exprs(x.targets()) + ")";
        if (s instanceof Stmt.Global x) return "(global " + String.join(" ", x.names()) + ")";
        if (s instanceof Stmt.Nonlocal x) return "(nonlocal " + String.join(" ", x.names()) + ")";
        if (s instanceof Stmt.Assert x) return "(assert " + expr(x.test()) + " " + expr(x.msg()) + ")";
        throw new IllegalArgumentException(s.toString());
    }

    private static String decorators(List<Expr> ds) { return ds.isEmpty() ? "" : " @(" + exprs(ds) + ")"; }

    private static String aliases(List<Stmt.Alias> names) {
        return names.stream().map(a -> a.asname() == null ? a.name() : a.name() + ":" + a.asname())
                .collect(Collectors.joining(" "));
    }

    private static String params(Params p) {
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < p.positional().size(); k++) {
            if (k > 0) sb.append(' ');
            sb.append(param(p.positional().get(k)));
            if (k + 1 == p.posOnly()) sb.append(" /");
        }
        if (p.varargs() != null) sb.append(" *").append(p.varargs());
        else if (!p.kwOnly().isEmpty()) sb.append(" *");
        for (Params.Param k : p.kwOnly()) sb.append(' ').append(param(k));
        if (p.kwargs() != null) sb.append(" **").append(p.kwargs());
        return sb.append(')').toString().replace("( ", "(");
    }

    private static String param(Params.Param p) {
        return p.defaultValue() == null ? p.name() : p.name() + "=" + expr(p.defaultValue());
    }

    static String expr(Expr e) {
        if (e == null) return "_";
        if (e instanceof Expr.Name x) return x.id();
        if (e instanceof Expr.IntLit x) return x.value().toString();
        if (e instanceof Expr.FloatLit x) return number(x.value());
        if (e instanceof Expr.ImagLit x) return number(x.value()) + "j";
        if (e instanceof Expr.StrLit x) return quote(x.value());
        if (e instanceof Expr.BytesLit x) return "b" + quote(new String(x.value(), java.nio.charset.StandardCharsets.ISO_8859_1));
        if (e instanceof Expr.Const x) {
            return switch (x.kind()) {
                case NONE -> "None";
                case TRUE -> "True";
                case FALSE -> "False";
                case ELLIPSIS -> "...";
            };
        }
        if (e instanceof Expr.FString x) return "(f " + exprs(x.parts()) + ")";
        if (e instanceof Expr.FormattedValue x) {
            return "(fv " + expr(x.value()) + " " + (x.conversion() == 0 ? "_" : String.valueOf(x.conversion()))
                    + " " + expr(x.spec()) + ")";
        }
        if (e instanceof Expr.Attribute x) return "(. " + expr(x.value()) + " " + x.attr() + ")";
        if (e instanceof Expr.Subscript x) return "([] " + expr(x.value()) + " " + expr(x.index()) + ")";
        if (e instanceof Expr.Slice x) return "(: " + expr(x.lower()) + " " + expr(x.upper()) + " " + expr(x.step()) + ")";
        if (e instanceof Expr.Call x) {
            StringBuilder sb = new StringBuilder("(call ").append(expr(x.func()));
            for (Expr a : x.args()) sb.append(' ').append(expr(a));
            for (Expr.Keyword k : x.keywords()) {
                sb.append(' ').append(k.name() == null ? "**" : k.name() + "=").append(expr(k.value()));
            }
            return sb.append(')').toString();
        }
        if (e instanceof Expr.Starred x) return "*" + expr(x.value());
        if (e instanceof Expr.BinOp x) return "(" + x.op().symbol + " " + expr(x.left()) + " " + expr(x.right()) + ")";
        if (e instanceof Expr.UnaryOp x) return "(" + x.op().name().toLowerCase() + " " + expr(x.operand()) + ")";
        if (e instanceof Expr.BoolOp x) return "(" + (x.isAnd() ? "and " : "or ") + exprs(x.values()) + ")";
        if (e instanceof Expr.Compare x) {
            StringBuilder sb = new StringBuilder("(cmp ").append(expr(x.left()));
            for (int k = 0; k < x.ops().size(); k++) {
                sb.append(' ').append(x.ops().get(k).symbol).append(' ').append(expr(x.comparators().get(k)));
            }
            return sb.append(')').toString();
        }
        if (e instanceof Expr.IfExp x) return "(ifexp " + expr(x.test()) + " " + expr(x.body()) + " " + expr(x.orelse()) + ")";
        if (e instanceof Expr.Lambda x) return "(lambda " + params(x.params()) + " " + expr(x.body()) + ")";
        if (e instanceof Expr.NamedExpr x) return "(:= " + expr(x.target()) + " " + expr(x.value()) + ")";
        if (e instanceof Expr.TupleExpr x) return "(tuple " + exprs(x.elts()) + ")";
        if (e instanceof Expr.ListExpr x) return "(list " + exprs(x.elts()) + ")";
        if (e instanceof Expr.SetExpr x) return "(set " + exprs(x.elts()) + ")";
        if (e instanceof Expr.DictExpr x) {
            StringBuilder sb = new StringBuilder("(dict");
            for (int k = 0; k < x.keys().size(); k++) {
                Expr key = x.keys().get(k);
                sb.append(' ').append(key == null ? "**" : expr(key) + ":").append(expr(x.values().get(k)));
            }
            return sb.append(')').toString();
        }
        if (e instanceof Expr.ListComp x) return "(listcomp " + expr(x.elt()) + comps(x.generators()) + ")";
        if (e instanceof Expr.SetComp x) return "(setcomp " + expr(x.elt()) + comps(x.generators()) + ")";
        if (e instanceof Expr.GeneratorExp x) return "(genexp " + expr(x.elt()) + comps(x.generators()) + ")";
        if (e instanceof Expr.DictComp x) return "(dictcomp " + expr(x.key()) + ":" + expr(x.value()) + comps(x.generators()) + ")";
        throw new IllegalArgumentException(e.toString());
    }

    private static String comps(List<Expr.Comprehension> gens) {
        StringBuilder sb = new StringBuilder();
        for (Expr.Comprehension c : gens) {
            sb.append(" (for ").append(expr(c.target())).append(' ').append(expr(c.iter()));
            for (Expr i : c.ifs()) sb.append(" (if ").append(expr(i)).append(')');
            sb.append(')');
        }
        return sb.toString();
    }

    /** Floats exactly, in plain decimal, so equal values print alike whatever their spelling. */
    private static String number(double v) {
        return Double.isInfinite(v) ? "inf" : new java.math.BigDecimal(v).toPlainString();
    }

    /** Python-like repr of a string, with escapes for quotes, backslashes and control characters. */
    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\'' || c == '\\') sb.append('\\').append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else if (c < 32 || c == 127) sb.append(String.format("\\x%02x", (int) c));
            else sb.append(c);
        }
        return sb.append('\'').toString();
    }
}
