package socklab.runtime.exec;

import java.util.List;
import socklab.lang.Pos;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Stmt;
import socklab.runtime.object.PyError;

/**
 * The places CPython 3.11 gives its instructions, taken from the parser's positions: where a
 * traceback points for an error raised by an expression or a statement.
 */
final class SourceSpans {
    private SourceSpans() {}

    static PyError.Span of(Expr e) {
        Pos p = e.pos();
        if (!p.hasEnd()) {
            return null;
        }
        if (e instanceof Expr.Attribute a) {
            return span(fromAttributeName(p, a), PyError.Span.Anchor.NONE, 0, 0);
        }
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a) {
            return span(fromAttributeName(p, a), PyError.Span.Anchor.NONE, 0, 0);
        }
        if (e instanceof Expr.BinOp b) {
            return span(p, PyError.Span.Anchor.OPERATOR, b.left().pos().endCol() - 1, b.right().pos().col() - 1);
        }
        if (e instanceof Expr.Subscript s) {
            return span(p, PyError.Span.Anchor.INDEX, s.value().pos().endCol() - 1, s.index().pos().endCol());
        }
        return span(p, PyError.Span.Anchor.NONE, 0, 0);
    }

    /**
     * A statement's own place: its range when the parser knows where it ends; a compound
     * statement runs on past its first line.
     */
    static PyError.Span of(Stmt s) {
        Expr decided = s instanceof Stmt.Assert a ? lastComparison(a.test()) : null;
        if (decided != null) {
            return of(decided);
        }
        Pos p = s.pos();
        if (p.hasEnd()) {
            return span(p, PyError.Span.Anchor.NONE, 0, 0);
        }
        return PyError.Span.plain(p.line(), p.col() - 1, p.line() + 1, 0);
    }

    /**
     * An attribute running over several lines is placed at its name on the last one, and so is a
     * call of it: CPython 3.11 starts the instruction there (p is the node's own position).
     */
    private static Pos fromAttributeName(Pos p, Expr.Attribute a) {
        Pos attr = a.pos();
        if (attr.line() == attr.endLine() || attr.endCol() - 1 < a.attr().length()) {
            return p;
        }
        return new Pos(attr.endLine(), attr.endCol() - a.attr().length(), p.endLine(), p.endCol());
    }

    /**
     * The comparison whose jump a failed assert raises from: CPython compiles the test's and/or/not
     * and conditional parts as jumps, and the raise keeps the place of the last comparison among
     * them; with none, the assert statement's own place.
     */
    private static Expr lastComparison(Expr test) {
        if (test instanceof Expr.Compare) {
            return test;
        }
        if (test instanceof Expr.UnaryOp u && u.op() == Expr.UnaryOperator.NOT) {
            return lastComparison(u.operand());
        }
        List<Expr> parts = test instanceof Expr.BoolOp b ? b.values()
                : test instanceof Expr.IfExp i ? List.of(i.test(), i.body(), i.orelse()) : List.of();
        Expr last = null;
        for (Expr part : parts) {
            Expr found = lastComparison(part);
            last = found != null ? found : last;
        }
        return last;
    }

    /** An except clause, whose failed match CPython reports at the clause as a whole. */
    static PyError.Span of(Stmt.Handler h) {
        return PyError.Span.plain(h.pos().line(), h.pos().col() - 1, h.pos().line() + 1, 0);
    }

    private static PyError.Span span(Pos p, PyError.Span.Anchor anchor, int innerFrom, int innerTo) {
        return new PyError.Span(p.line(), p.col() - 1, p.endLine(), p.endCol() - 1, anchor, innerFrom, innerTo);
    }
}
