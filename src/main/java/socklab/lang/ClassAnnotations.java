package socklab.lang;

import java.util.ArrayList;
import java.util.List;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Stmt;

/**
 * A class body's annotations as CPython records them: a body with {@code name: T} statements starts
 * with {@code __annotations__ = {}}, and each such statement also stores T under the name (so
 * typing.NamedTuple and dataclasses can read the fields a class declares).
 */
final class ClassAnnotations {
    private ClassAnnotations() {}

    /** The body of class className with its annotations recorded (keys mangled as the names they annotate). */
    static List<Stmt> recorded(String className, List<Stmt> body) {
        if (body.stream().noneMatch(ClassAnnotations::simple)) {
            return body;
        }
        List<Stmt> out = new ArrayList<>();
        Stmt first = body.get(0);
        // The docstring stays the first statement, where the class looks for it.
        boolean docstring = first instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StrLit;
        if (docstring) {
            out.add(first);
        }
        out.add(new Stmt.Assign(first.pos(), List.of(new Expr.Name(first.pos(), "__annotations__")),
                new Expr.DictExpr(first.pos(), List.of(), List.of())));
        for (Stmt s : docstring ? body.subList(1, body.size()) : body) {
            if (!simple(s)) {
                out.add(s);
                continue;
            }
            Stmt.AnnAssign a = (Stmt.AnnAssign) s;
            if (a.value() != null) {
                out.add(new Stmt.Assign(a.pos(), List.of(a.target()), a.value()));
            }
            Expr key = new Expr.StrLit(a.pos(), Mangling.mangle(className, ((Expr.Name) a.target()).id()));
            out.add(new Stmt.Assign(a.pos(), List.of(new Expr.Subscript(a.pos(), new Expr.Name(a.pos(), "__annotations__"), key)),
                    a.annotation()));
        }
        return out;
    }

    private static boolean simple(Stmt s) {
        return s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name;
    }
}
