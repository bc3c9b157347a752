package socklab.runtime.exec;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Params;
import socklab.lang.ast.Pattern;
import socklab.lang.ast.Stmt;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.ThreadState;

/** First compiler pass: walks the AST and records, for every scope, the names it binds and uses. */
final class ScopeBuilder {
    /**
     * CPython's symbol table counts three levels per frame of the recursion limit, and starts from
     * the frames already running: compile() or exec() from deep code gives up sooner, with the
     * RecursionError it raises "during compilation".
     */
    private static final int LEVELS_PER_FRAME = 3;
    private static final int MAX_DEPTH = LEVELS_PER_FRAME * ThreadState.RECURSION_LIMIT;

    final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;
    private int depth;

    /** A builder for code compiled while this many Python frames run (0 for a file or the prompt's input). */
    ScopeBuilder(int runningFrames) {
        depth = LEVELS_PER_FRAME * runningFrames;
    }

    Scope build(List<Stmt> module) {
        current = new Scope(null, false, "<module>");
        Scope root = current;
        stmts(module);
        root.resolve();
        return root;
    }

    private void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        enter();
        try {
            visit(s);
        } finally {
            depth--;
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw Py.error(ExcTypes.RecursionError, "maximum recursion depth exceeded during compilation");
        }
    }

    private void visit(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            a.targets().forEach(this::target);
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.value());
            expr(a.target());
            target(a.target());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
                target(a.target());
            }
        } else if (s instanceof Stmt.Import i) {
            for (Stmt.Alias al : i.names()) {
                current.bind(al.asname() != null ? al.asname() : al.name().split("\\.")[0]);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Stmt.Alias al : i.names()) {
                if (!al.name().equals("*")) {
                    current.bind(al.asname() != null ? al.asname() : al.name());
                }
            }
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            stmts(w.body());
            stmts(w.orelse());
        } else if (s instanceof Stmt.For fo) {
            expr(fo.iter());
            target(fo.target());
            stmts(fo.body());
            stmts(fo.orelse());
        } else if (s instanceof Stmt.FunctionDef d) {
            d.decorators().forEach(this::expr);
            defaults(d.params());
            d.annotations().forEach(a -> expr(a.value()));
            current.bind(d.name());
            function(d, d.name(), d.params(), () -> stmts(d.body()));
        } else if (s instanceof Stmt.ClassDef c) {
            c.decorators().forEach(this::expr);
            c.bases().forEach(this::expr);
            c.keywords().forEach(k -> expr(k.value()));
            current.bind(c.name());
            Scope saved = current;
            current = new Scope(saved, true, true, c.name());
            scopes.put(c, current);
            stmts(c.body());
            current = saved;
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof Stmt.Try t) {
            stmts(t.body());
            for (Stmt.Handler h : t.handlers()) {
                if (h.type() != null) {
                    expr(h.type());
                }
                if (h.name() != null) {
                    current.bind(h.name());
                }
                stmts(h.body());
            }
            stmts(t.orelse());
            stmts(t.finalbody());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
            }
            if (r.cause() != null) {
                expr(r.cause());
            }
        } else if (s instanceof Stmt.With w) {
            for (Stmt.WithItem item : w.items()) {
                expr(item.context());
                if (item.target() != null) {
                    target(item.target());
                }
            }
            stmts(w.body());
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(this::target);
        } else if (s instanceof Stmt.Global g) {
            current.declareGlobals(g.names());
        } else if (s instanceof Stmt.Nonlocal n) {
            current.declareNonlocals(n.names(), n.pos());
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) {
                expr(a.msg());
            }
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject());
            for (Stmt.MatchCase c : m.cases()) {
                pattern(c.pattern());
                if (c.guard() != null) {
                    expr(c.guard());
                }
                stmts(c.body());
            }
        }
    }

    /** The names a case pattern binds, and the expressions (values, classes, keys) it evaluates. */
    private void pattern(Pattern p) {
        if (p instanceof Pattern.Value v) {
            expr(v.value());
        } else if (p instanceof Pattern.Singleton v) {
            expr(v.value());
        } else if (p instanceof Pattern.As a) {
            if (a.pattern() != null) {
                pattern(a.pattern());
            }
            if (a.name() != null) {
                current.bind(a.name());
            }
        } else if (p instanceof Pattern.Star st) {
            if (st.name() != null) {
                current.bind(st.name());
            }
        } else if (p instanceof Pattern.Or o) {
            o.patterns().forEach(this::pattern);
        } else if (p instanceof Pattern.Sequence sq) {
            sq.patterns().forEach(this::pattern);
        } else if (p instanceof Pattern.Mapping mp) {
            mp.keys().forEach(this::expr);
            mp.patterns().forEach(this::pattern);
            if (mp.rest() != null) {
                current.bind(mp.rest());
            }
        } else if (p instanceof Pattern.ClassPattern c) {
            expr(c.cls());
            c.patterns().forEach(this::pattern);
            c.kwdPatterns().forEach(this::pattern);
        }
    }

    private void defaults(Params p) {
        for (Params.Param prm : p.positional()) {
            if (prm.defaultValue() != null) {
                expr(prm.defaultValue());
            }
        }
        for (Params.Param prm : p.kwOnly()) {
            if (prm.defaultValue() != null) {
                expr(prm.defaultValue());
            }
        }
    }

    private void function(Object node, String name, Params p, Runnable body) {
        Scope saved = current;
        current = new Scope(saved, true, name);
        scopes.put(node, current);
        for (Params.Param prm : p.positional()) {
            current.param(prm.name());
        }
        for (Params.Param prm : p.kwOnly()) {
            current.param(prm.name());
        }
        if (p.varargs() != null) {
            current.param(p.varargs());
        }
        if (p.kwargs() != null) {
            current.param(p.kwargs());
        }
        current.bound.addAll(current.params);
        body.run();
        current = saved;
    }

    private void target(Expr t) {
        if (t instanceof Expr.Name n) {
            current.bind(n.id());
        } else if (t instanceof Expr.TupleExpr tu) {
            tu.elts().forEach(this::target);
        } else if (t instanceof Expr.ListExpr l) {
            l.elts().forEach(this::target);
        } else if (t instanceof Expr.Starred st) {
            target(st.value());
        } else {
            expr(t);
        }
    }

    private void comprehension(Expr node, List<Expr.Comprehension> gens, Runnable elements) {
        expr(gens.get(0).iter());
        Scope saved = current;
        current = new Scope(saved, true, "<comp>");
        scopes.put(node, current);
        current.params.add(".0");
        current.bound.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Expr.Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            g.ifs().forEach(this::expr);
        }
        elements.run();
        current = saved;
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        enter();
        try {
            visit(e);
        } finally {
            depth--;
        }
    }

    private void visit(Expr e) {
        if (e instanceof Expr.Name n) {
            current.use(n.id());
            if ("super".equals(n.id()) && current.parent != null && current.parent.isClass) {
                current.use(Scope.CLASS_CELL);
            }
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.index());
        } else if (e instanceof Expr.Slice s) {
            expr(s.lower());
            expr(s.upper());
            expr(s.step());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            c.args().forEach(this::expr);
            c.keywords().forEach(k -> expr(k.value()));
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            b.values().forEach(this::expr);
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            c.comparators().forEach(this::expr);
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.Lambda l) {
            defaults(l.params());
            function(l, "<lambda>", l.params(), () -> expr(l.body()));
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
            Scope s = current;
            while (s.name.equals("<comp>") && s.parent != null) {
                s = s.parent;
            }
            s.bind(n.target().id());
            if (s != current) {
                current.use(n.target().id());
            }
        } else if (e instanceof Expr.TupleExpr t) {
            t.elts().forEach(this::expr);
        } else if (e instanceof Expr.ListExpr l) {
            l.elts().forEach(this::expr);
        } else if (e instanceof Expr.SetExpr s) {
            s.elts().forEach(this::expr);
        } else if (e instanceof Expr.DictExpr d) {
            d.keys().forEach(this::expr);
            d.values().forEach(this::expr);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, c.generators(), () -> expr(c.elt()));
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, c.generators(), () -> expr(c.elt()));
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, c.generators(), () -> expr(c.elt()));
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, c.generators(), () -> {
                expr(c.key());
                expr(c.value());
            });
        } else if (e instanceof Expr.Yield y) {
            current.isGenerator = true;
            expr(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            current.isGenerator = true;
            expr(y.value());
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
        } else if (e instanceof Expr.FString fs) {
            fs.parts().forEach(this::expr);
        } else if (e instanceof Expr.FormattedValue fv) {
            expr(fv.value());
            expr(fv.spec());
        }
    }
}
