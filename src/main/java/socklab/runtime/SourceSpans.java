package socklab.runtime;

import socklab.lang.Pos;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Stmt;

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
        if (s instanceof Stmt.Assert a) {
            return of(a.test());
        }
        Pos p = s.pos();
        if (p.hasEnd()) {
            return span(p, PyError.Span.Anchor.NONE, 0, 0);
        }
        return PyError.Span.plain(p.line(), p.col() - 1, p.line() + 1, 0);
    }

    /** An except clause, whose failed match CPython reports at the clause as a whole. */
    static PyError.Span of(Stmt.Handler h) {
        return PyError.Span.plain(h.pos().line(), h.pos().col() - 1, h.pos().line() + 1, 0);
    }

    private static PyError.Span span(Pos p, PyError.Span.Anchor anchor, int innerFrom, int innerTo) {
        return new PyError.Span(p.line(), p.col() - 1, p.endLine(), p.endCol() - 1, anchor, innerFrom, innerTo);
    }
}
