package socklab.lang;

import java.util.List;
import socklab.lang.ast.Stmt;

/**
 * The checks CPython's compiler makes after parsing: break and continue only in loops, return
 * only in functions, nonlocal not at module level, and a match statement's patterns (PatternChecker).
 */
final class ContextChecker {
    private final TokenCursor errors;

    ContextChecker(TokenCursor errors) { this.errors = errors; }

    void check(List<Stmt> module) { walk(module, false, false); }

    private void walk(List<Stmt> body, boolean inFunction, boolean inLoop) {
        for (Stmt s : body) walk(s, inFunction, inLoop);
    }

    private void walk(Stmt s, boolean inFunction, boolean inLoop) {
        if (s instanceof Stmt.Break && !inLoop) {
            throw errors.error(s.pos(), "'break' outside loop").fromCompiler();
        } else if (s instanceof Stmt.Continue && !inLoop) {
            throw errors.error(s.pos(), "'continue' not properly in loop").fromCompiler();
        } else if (s instanceof Stmt.Return && !inFunction) {
            throw errors.error(s.pos(), "'return' outside function").fromCompiler();
        } else if (s instanceof Stmt.Nonlocal && !inFunction) {
            throw errors.error(s.pos(), "nonlocal declaration not allowed at module level").fromCompiler();
        } else if (s instanceof Stmt.If x) {
            walk(x.body(), inFunction, inLoop);
            walk(x.orelse(), inFunction, inLoop);
        } else if (s instanceof Stmt.While x) {
            walk(x.body(), inFunction, true);
            walk(x.orelse(), inFunction, inLoop);
        } else if (s instanceof Stmt.For x) {
            walk(x.body(), inFunction, true);
            walk(x.orelse(), inFunction, inLoop);
        } else if (s instanceof Stmt.Try x) {
            walk(x.body(), inFunction, inLoop);
            for (Stmt.Handler h : x.handlers()) walk(h.body(), inFunction, inLoop);
            walk(x.orelse(), inFunction, inLoop);
            walk(x.finalbody(), inFunction, inLoop);
        } else if (s instanceof Stmt.With x) {
            walk(x.body(), inFunction, inLoop);
        } else if (s instanceof Stmt.Match x) {
            new PatternChecker(errors).check(x);
            for (Stmt.MatchCase c : x.cases()) walk(c.body(), inFunction, inLoop);
        } else if (s instanceof Stmt.FunctionDef x) {
            walk(x.body(), true, false);
        } else if (s instanceof Stmt.ClassDef x) {
            walk(x.body(), false, false);
        }
    }
}
