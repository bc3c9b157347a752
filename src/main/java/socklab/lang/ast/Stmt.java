package socklab.lang.ast;

import java.util.List;
import socklab.lang.Pos;

/** Statements of the Python subset, one record per syntactic form. */
public sealed interface Stmt {
    Pos pos();

    record ExprStmt(Pos pos, Expr value) implements Stmt {}
    /** a = b = value: targets in source order. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}
    record AugAssign(Pos pos, Expr target, Expr.BinOperator op, Expr value) implements Stmt {}
    /** x: T = value (value may be null). */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value) implements Stmt {}
    record Import(Pos pos, List<Alias> names) implements Stmt {}
    /** from module import names; a single Alias named "*" is a star import. */
    record ImportFrom(Pos pos, String module, List<Alias> names) implements Stmt {}
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    /** for, or async for when isAsync. */
    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync) implements Stmt {}
    record Break(Pos pos) implements Stmt {}
    record Continue(Pos pos) implements Stmt {}
    record Pass(Pos pos) implements Stmt {}
    /** A def (an async def when isAsync); annotations are its parameters' and its return's ("return"), in source order. */
    record FunctionDef(Pos pos, String name, Params params, List<Stmt> body, List<Expr> decorators, List<Annotation> annotations,
            boolean isAsync) implements Stmt {}
    /**
     * One annotation of a def: the parameter's name (or "return"), the annotation's expression and
     * its source text, which is what a module with from __future__ import annotations keeps (PEP 563).
     */
    record Annotation(String name, Expr value, String text) {}
    record ClassDef(Pos pos, String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body, List<Expr> decorators) implements Stmt {}
    record Return(Pos pos, Expr value) implements Stmt {}
    record Try(Pos pos, List<Stmt> body, List<Handler> handlers, List<Stmt> orelse, List<Stmt> finalbody) implements Stmt {}
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}
    /** with, or async with when isAsync. */
    record With(Pos pos, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {}
    record Delete(Pos pos, List<Expr> targets) implements Stmt {}
    record Global(Pos pos, List<String> names) implements Stmt {}
    record Nonlocal(Pos pos, List<String> names) implements Stmt {}
    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}
    /** match subject: with its case clauses, tried in order. */
    record Match(Pos pos, Expr subject, List<MatchCase> cases) implements Stmt {}

    record Alias(String name, String asname) {}
    /** except type as name: type and name may be null. */
    record Handler(Pos pos, Expr type, String name, List<Stmt> body) {}
    record WithItem(Expr context, Expr target) {}

    record MatchCase(Pos pos, Pattern pattern, Expr guard, List<Stmt> body) {}
}
