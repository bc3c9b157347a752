package socklab.runtime.exec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import socklab.lang.PySyntaxError;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Params;
import socklab.lang.ast.Pattern;
import socklab.lang.ast.Stmt;
import socklab.runtime.object.Context;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyComplex;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySingleton;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.Signature;

/**
 * Second compiler pass: turns the AST into executable nodes, with every name already resolved to
 * a slot, a cell or a global lookup by the ScopeBuilder.
 */
public final class Compiler {
    private final Context interp;
    private final String filename;
    private final boolean interactive;
    /** The input's own scope: code in it (not in a def or class body) is what the prompt echoes. */
    private Scope moduleScope;
    private final Map<Object, Scope> scopes;
    private final Map<String, PyObject> builtins;
    private Scope scope;
    private String qualPrefix = "";

    private Compiler(Context interp, String filename, boolean interactive, Map<Object, Scope> scopes,
            Map<String, PyObject> builtins) {
        this.interp = interp;
        this.filename = filename;
        this.interactive = interactive;
        this.scopes = scopes;
        this.builtins = builtins;
    }

    /**
     * Compiles a module or one interactive input into module-level code, while runningFrames
     * Python frames run (compile() and exec() count their caller's; the limit on nesting shrinks with them).
     */
    public static Code compileModule(Context interp, List<Stmt> body, String filename, boolean interactive, int runningFrames) {
        return compileModule(interp, body, filename, interactive, runningFrames, interp.builtins());
    }

    /**
     * The same, with the names a global lookup falls back to: exec() and eval() given a globals dict
     * whose __builtins__ is a dict of their own (a "safe" calculator's {'__builtins__': {}}) use that.
     */
    static Code compileModule(Context interp, List<Stmt> body, String filename, boolean interactive, int runningFrames,
            Map<String, PyObject> builtins) {
        ScopeBuilder sb = new ScopeBuilder(runningFrames);
        Scope root;
        try {
            root = sb.build(body);
        } catch (PySyntaxError e) {
            throw Eval.syntaxError(e.quoting(interp.sourceLine(filename, e.pos().line())), filename);
        }
        Compiler c = new Compiler(interp, filename, interactive, sb.scopes, builtins);
        c.scope = root;
        c.moduleScope = root;
        Code code = new Code("<module>", "<module>", filename, new Signature("<module>", new String[0], 0, 0, false, false),
                0, 0, new int[0], null);
        code.body = c.block(body);
        return code;
    }

    private StmtNode[] block(List<Stmt> stmts) {
        List<StmtNode> out = new ArrayList<>(stmts.size());
        for (Stmt s : stmts) {
            StmtNode node = stmt(s);
            node.at = SourceSpans.of(s);
            out.add(node);
        }
        return out.toArray(new StmtNode[0]);
    }

    private StmtNode stmt(Stmt s) {
        int line = s.pos().line();
        if (s instanceof Stmt.ExprStmt e) {
            // At the prompt every expression statement of module-level code is shown, inside for, if and with blocks too.
            if (interactive && scope == moduleScope) {
                return new StmtNodes.Echo(line, expr(e.value()), interp);
            }
            return new StmtNodes.ExprStmt(line, expr(e.value()));
        }
        if (s instanceof Stmt.Assign a) {
            ExprNode value = expr(a.value());
            Target[] targets = new Target[a.targets().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(a.targets().get(i));
            }
            return new StmtNodes.Assign(line, targets, value);
        }
        if (s instanceof Stmt.AugAssign a) {
            return new StmtNodes.AugAssign(line, expr(a.target()), target(a.target()), a.op(), expr(a.value()));
        }
        if (s instanceof Stmt.AnnAssign a) {
            if (a.value() == null) {
                return new StmtNodes.Pass(line);
            }
            return new StmtNodes.Assign(line, new Target[] {target(a.target())}, expr(a.value()));
        }
        if (s instanceof Stmt.Import i) {
            return importStmt(line, i);
        }
        if (s instanceof Stmt.ImportFrom i) {
            return importFrom(line, i);
        }
        if (s instanceof Stmt.If i) {
            return new StmtNodes.If(line, expr(i.test()), block(i.body()), block(i.orelse()));
        }
        if (s instanceof Stmt.While w) {
            return new StmtNodes.While(line, expr(w.test()), block(w.body()), block(w.orelse()));
        }
        if (s instanceof Stmt.For fo) {
            ExprNode iter = fo.isAsync() ? new Generators.AsyncIter(expr(fo.iter())) : expr(fo.iter());
            return new StmtNodes.For(line, target(fo.target()), iter, block(fo.body()), block(fo.orelse()));
        }
        if (s instanceof Stmt.Break) {
            return new StmtNodes.Jump(line, StmtNode.BREAK);
        }
        if (s instanceof Stmt.Continue) {
            return new StmtNodes.Jump(line, StmtNode.CONTINUE);
        }
        if (s instanceof Stmt.Pass || s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            return new StmtNodes.Pass(line);
        }
        if (s instanceof Stmt.Return r) {
            return new StmtNodes.Return(line, r.value() == null ? null : expr(r.value()));
        }
        if (s instanceof Stmt.FunctionDef d) {
            ExprNode fn = function(d, d.name(), d.params(), d.body(), null);
            if (!d.annotations().isEmpty()) {
                String[] names = new String[d.annotations().size()];
                String[] texts = new String[names.length];
                ExprNode[] values = new ExprNode[names.length];
                for (int i = 0; i < names.length; i++) {
                    names[i] = scope.mangle(d.annotations().get(i).name());
                    texts[i] = d.annotations().get(i).text();
                    values[i] = expr(d.annotations().get(i).value());
                }
                fn = new ExprNodes.Annotate(fn, names, texts, values);
            }
            for (int i = d.decorators().size() - 1; i >= 0; i--) {
                Expr decorator = d.decorators().get(i);
                fn = new CallNode(expr(decorator), new ExprNode[] {fn}, new String[0], new ExprNode[0]);
                fn.at = SourceSpans.of(decorator); // CPython places a decorator's failure at the decorator
            }
            return new StmtNodes.Assign(line, new Target[] {nameTarget(d.name())}, fn);
        }
        if (s instanceof Stmt.ClassDef c) {
            return classDef(line, c);
        }
        if (s instanceof Stmt.Try t) {
            TryNodes.Handler[] handlers = new TryNodes.Handler[t.handlers().size()];
            for (int i = 0; i < handlers.length; i++) {
                Stmt.Handler h = t.handlers().get(i);
                handlers[i] = new TryNodes.Handler(h.type() == null ? null : expr(h.type()),
                        h.name() == null ? null : nameTarget(h.name()), block(h.body()), h.pos().line(),
                        SourceSpans.of(h));
            }
            return new TryNodes.Try(line, block(t.body()), handlers, block(t.orelse()), block(t.finalbody()));
        }
        if (s instanceof Stmt.Raise r) {
            return new StmtNodes.Raise(line, r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()));
        }
        if (s instanceof Stmt.With w) {
            StmtNode[] body = block(w.body());
            for (int i = w.items().size() - 1; i >= 0; i--) {
                Stmt.WithItem item = w.items().get(i);
                ExprNode context = w.isAsync() ? new Generators.AsyncContext(expr(item.context())) : expr(item.context());
                StmtNode inner = new TryNodes.With(line, context,
                        item.target() == null ? null : target(item.target()), body);
                body = new StmtNode[] {inner};
            }
            return body[0];
        }
        if (s instanceof Stmt.Delete d) {
            Target[] targets = new Target[d.targets().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(d.targets().get(i));
            }
            return new StmtNodes.Delete(line, targets);
        }
        if (s instanceof Stmt.Assert a) {
            return new StmtNodes.Assert(line, expr(a.test()), a.msg() == null ? null : expr(a.msg()));
        }
        if (s instanceof Stmt.Match m) {
            MatchNodes.Case[] cases = new MatchNodes.Case[m.cases().size()];
            for (int i = 0; i < cases.length; i++) {
                Stmt.MatchCase c = m.cases().get(i);
                cases[i] = new MatchNodes.Case(pattern(c.pattern()), c.guard() == null ? null : expr(c.guard()), block(c.body()));
            }
            return new MatchNodes.Match(line, expr(m.subject()), cases);
        }
        throw new IllegalStateException("unknown statement " + s);
    }

    private MatchNodes.PatternNode pattern(Pattern p) {
        if (p instanceof Pattern.Value v) {
            return new MatchNodes.Value(expr(v.value()));
        }
        if (p instanceof Pattern.Singleton v) {
            return new MatchNodes.Singleton(expr(v.value()));
        }
        if (p instanceof Pattern.As a) {
            return new MatchNodes.As(a.pattern() == null ? null : pattern(a.pattern()), a.name() == null ? null : nameTarget(a.name()));
        }
        if (p instanceof Pattern.Or o) {
            return new MatchNodes.Or(o.patterns().stream().map(this::pattern).toArray(MatchNodes.PatternNode[]::new));
        }
        if (p instanceof Pattern.Sequence sq) {
            List<Pattern> items = sq.patterns();
            int star = -1;
            Target starTarget = null;
            List<MatchNodes.PatternNode> fixed = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Pattern.Star st) {
                    star = i;
                    starTarget = st.name() == null ? null : nameTarget(st.name());
                } else {
                    fixed.add(pattern(items.get(i)));
                }
            }
            return new MatchNodes.Sequence(fixed.toArray(new MatchNodes.PatternNode[0]), star, starTarget);
        }
        if (p instanceof Pattern.Mapping mp) {
            return new MatchNodes.Mapping(mp.keys().stream().map(this::expr).toArray(ExprNode[]::new),
                    mp.patterns().stream().map(this::pattern).toArray(MatchNodes.PatternNode[]::new),
                    mp.rest() == null ? null : nameTarget(mp.rest()));
        }
        if (p instanceof Pattern.ClassPattern c) {
            return new MatchNodes.ClassPattern(expr(c.cls()), c.patterns().stream().map(this::pattern).toArray(MatchNodes.PatternNode[]::new),
                    c.kwdNames().toArray(new String[0]), c.kwdPatterns().stream().map(this::pattern).toArray(MatchNodes.PatternNode[]::new));
        }
        throw new IllegalStateException("a star pattern outside a sequence: " + p);
    }

    private StmtNode importStmt(int line, Stmt.Import i) {
        List<StmtNode> parts = new ArrayList<>();
        for (Stmt.Alias al : i.names()) {
            String bindName = al.asname() != null ? al.asname() : al.name().split("\\.")[0];
            parts.add(new StmtNodes.Import(line, interp, al.name(), al.asname() == null, nameTarget(bindName)));
        }
        return sequence(line, parts);
    }

    private StmtNode importFrom(int line, Stmt.ImportFrom i) {
        if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
            return new StmtNodes.ImportStar(line, interp, i.module());
        }
        String[] names = new String[i.names().size()];
        Target[] targets = new Target[names.length];
        for (int k = 0; k < names.length; k++) {
            Stmt.Alias al = i.names().get(k);
            names[k] = al.name();
            targets[k] = nameTarget(al.asname() != null ? al.asname() : al.name());
        }
        return new StmtNodes.ImportFrom(line, interp, i.module(), names, targets);
    }

    private ExprNode compare(Expr.Compare c) {
        return new ExprNodes.Compare(expr(c.left()), c.ops().toArray(new Expr.CmpOperator[0]), exprs(c.comparators()));
    }

    private static StmtNode sequence(int line, List<StmtNode> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return new StmtNodes.Block(line, parts.toArray(new StmtNode[0]));
    }

    /** Compiles a def, lambda or comprehension body into its own Code and a node that makes the function. */
    private ExprNodes.MakeFunction function(Object node, String name, Params params, List<Stmt> body, Expr lambdaBody) {
        Scope inner = scopes.get(node);
        Scope saved = scope;
        String savedPrefix = qualPrefix;
        String qualname = qualPrefix + name;
        ExprNode[] defaults = defaults(params);
        scope = inner;
        qualPrefix = qualname + ".<locals>.";
        StmtNode[] compiled;
        if (lambdaBody != null) {
            compiled = new StmtNode[] {new StmtNodes.Return(lambdaBody.pos().line(), expr(lambdaBody))};
        } else {
            compiled = block(body);
        }
        boolean async = node instanceof Stmt.FunctionDef d && d.isAsync();
        if (inner.isGenerator || async) {
            compiled = new StmtNode[] {new Generators.Start(compiled, async)};
        }
        Code code = makeCode(inner, name, qualname, params);
        code.body = compiled;
        if (node instanceof Stmt.FunctionDef d) {
            code.firstLine = d.pos().line();
        }
        if (lambdaBody == null && !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt first
                && first.value() instanceof Expr.StrLit text) {
            code.doc = new PyStr(text.value());
        }
        scope = saved;
        qualPrefix = savedPrefix;
        return new ExprNodes.MakeFunction(code, defaults, closureSources(inner));
    }

    /** A class body runs as a function of its own whose last act hands its locals over as the namespace. */
    private StmtNode classDef(int line, Stmt.ClassDef c) {
        ExprNode[] bases = exprs(c.bases());
        ExprNode[] decorators = exprs(c.decorators());
        Scope inner = scopes.get(c);
        Scope saved = scope;
        String savedPrefix = qualPrefix;
        String qualname = qualPrefix + c.name();
        scope = inner;
        qualPrefix = qualname + ".";
        List<StmtNode> body = new ArrayList<>(List.of(block(c.body())));
        Integer classCell = inner.cells.get(Scope.CLASS_CELL);
        body.add(new ClassNodes.Namespace(line, inner.slots, classCell == null ? -1 : classCell));
        Params none = new Params(List.of(), 0, null, List.of(), null);
        Code code = makeCode(inner, c.name(), qualname, none);
        code.body = body.toArray(new StmtNode[0]);
        scope = saved;
        qualPrefix = savedPrefix;
        ExprNodes.MakeFunction bodyFn = new ExprNodes.MakeFunction(code, null, closureSources(inner));
        PyObject doc = !c.body().isEmpty() && c.body().get(0) instanceof Stmt.ExprStmt first
                && first.value() instanceof Expr.StrLit text ? new PyStr(text.value()) : PyNone.NONE;
        String[] kwNames = c.keywords().stream().map(Expr.Keyword::name).toArray(String[]::new);
        ExprNode[] kwValues = c.keywords().stream().map(k -> expr(k.value())).toArray(ExprNode[]::new);
        return new ClassNodes.ClassDef(line, c.name(), qualname, doc, bases, kwNames, kwValues, decorators, bodyFn,
                nameTarget(c.name()));
    }

    /** Zero-argument super() inside a method means super(__class__, first argument). */
    private ExprNode[] superArgs(Expr.Call c, ExprNode[] args) {
        if (!(c.func() instanceof Expr.Name n) || !"super".equals(n.id()) || args.length != 0
                || !c.keywords().isEmpty() || !scope.cells.containsKey(Scope.CLASS_CELL) || scope.params.isEmpty()) {
            return args;
        }
        return new ExprNode[] {name(Scope.CLASS_CELL), name(scope.params.get(0))};
    }

    private Code makeCode(Scope inner, String name, String qualname, Params params) {
        String[] names = inner.params.toArray(new String[0]);
        Signature sig = new Signature(qualname, names, params.positional().size(), params.posOnly(),
                params.varargs() != null, params.kwargs() != null);
        List<Integer> paramCells = new ArrayList<>();
        for (int p = 0; p < names.length; p++) {
            if (inner.isOwnCell(names[p])) {
                paramCells.add(p);
                paramCells.add(inner.cells.get(names[p]));
            }
        }
        int[] pc = paramCells.stream().mapToInt(Integer::intValue).toArray();
        Code code = new Code(name, qualname, filename, sig, Math.max(inner.slots.size(), names.length),
                inner.cellVars.size(), pc, new ArrayList<>(inner.bound));
        code.slotIndex = inner.slots;
        code.cellIndex = inner.cells;
        return code;
    }

    /** For each free variable of the inner scope, the index of the cell in the current frame to capture. */
    private int[] closureSources(Scope inner) {
        int[] sources = new int[inner.freeVars.size()];
        for (int i = 0; i < sources.length; i++) {
            Integer c = scope.cells.get(inner.freeVars.get(i));
            if (c == null) {
                throw new IllegalStateException("free variable without a cell: " + inner.freeVars.get(i));
            }
            sources[i] = c;
        }
        return sources;
    }

    private ExprNode[] defaults(Params params) {
        int n = params.positional().size() + params.kwOnly().size();
        boolean any = false;
        ExprNode[] defs = new ExprNode[n];
        int i = 0;
        for (Params.Param p : params.positional()) {
            if (p.defaultValue() != null) {
                defs[i] = expr(p.defaultValue());
                any = true;
            }
            i++;
        }
        for (Params.Param p : params.kwOnly()) {
            if (p.defaultValue() != null) {
                defs[i] = expr(p.defaultValue());
                any = true;
            }
            i++;
        }
        return any ? defs : null;
    }

    private ExprNode name(String source) {
        String id = scope.mangle(source);
        Scope.Ref ref = scope.ref(id);
        return switch (ref.kind()) {
            case LOCAL -> scope.isClass ? new ClassNodes.Name(id, ref.index(), new NameNodes.Global(id, builtins))
                    : new NameNodes.Local(id, ref.index());
            case CELL -> new NameNodes.CellRef(id, ref.index(), !scope.isOwnCell(id));
            case GLOBAL -> new NameNodes.Global(id, builtins);
        };
    }

    private Target nameTarget(String id) {
        return name(id).asTarget();
    }

    private Target target(Expr t) {
        if (t instanceof Expr.TupleExpr tu) {
            return unpack(tu.elts(), SourceSpans.of(tu));
        }
        if (t instanceof Expr.ListExpr l) {
            return unpack(l.elts(), SourceSpans.of(l));
        }
        Target target = expr(t).asTarget();
        if (target == null) {
            throw new IllegalStateException("not assignable: " + t);
        }
        return target;
    }

    private Target unpack(List<Expr> elts, PyError.Span at) {
        Target[] targets = new Target[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred st) {
                star = i;
                e = st.value();
            }
            targets[i] = target(e);
        }
        return new UnpackTarget(targets, star, at);
    }

    private ExprNode[] exprs(List<Expr> list) {
        ExprNode[] out = new ExprNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(list.get(i));
        }
        return out;
    }

    ExprNode expr(Expr e) {
        ExprNode node = compile(e);
        if (node.at == null) {
            node.at = SourceSpans.of(e);
        }
        return node;
    }

    private ExprNode compile(Expr e) {
        if (e instanceof Expr.Name n) {
            return name(n.id());
        }
        if (e instanceof Expr.IntLit i) {
            return new ExprNodes.Const(PyInt.of(i.value()));
        }
        if (e instanceof Expr.FloatLit fl) {
            return new ExprNodes.Const(new PyFloat(fl.value()));
        }
        if (e instanceof Expr.ImagLit im) {
            return new ExprNodes.Const(new PyComplex(0, im.value()));
        }
        if (e instanceof Expr.StrLit s) {
            return new ExprNodes.Const(new PyStr(s.value()));
        }
        if (e instanceof Expr.BytesLit b) {
            return new ExprNodes.Const(new PyBytes(b.value()));
        }
        if (e instanceof Expr.Const c) {
            return new ExprNodes.Const(switch (c.kind()) {
                case NONE -> PyNone.NONE;
                case TRUE -> PyBool.TRUE;
                case FALSE -> PyBool.FALSE;
                case ELLIPSIS -> PySingleton.ELLIPSIS;
            });
        }
        if (e instanceof Expr.FString fs) {
            return new ExprNodes.FString(exprs(fs.parts()));
        }
        if (e instanceof Expr.FormattedValue fv) {
            return new ExprNodes.FormattedValue(expr(fv.value()), fv.conversion(), fv.spec() == null ? null : expr(fv.spec()));
        }
        if (e instanceof Expr.Yield y) {
            return new Generators.Yield(y.value() == null ? null : expr(y.value()));
        }
        if (e instanceof Expr.YieldFrom y) {
            return new Generators.YieldFrom(expr(y.value()));
        }
        if (e instanceof Expr.Await a) {
            return new Generators.Await(expr(a.value()));
        }
        if (e instanceof Expr.Attribute a) {
            return new ExprNodes.Attribute(expr(a.value()), scope.mangle(a.attr()));
        }
        if (e instanceof Expr.Subscript s) {
            warnLiteral(s.value(), LiteralWarnings.subscripted(s.value()), "subscriptable");
            String badIndex = LiteralWarnings.badIndex(s.value(), s.index());
            if (badIndex != null) {
                warn(s.value().pos().line(), badIndex + "; perhaps you missed a comma?");
            }
            return new ExprNodes.Subscript(expr(s.value()), expr(s.index()));
        }
        if (e instanceof Expr.Slice s) {
            return new ExprNodes.Slice(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()),
                    s.step() == null ? null : expr(s.step()));
        }
        if (e instanceof Expr.Call c) {
            warnLiteral(c.func(), LiteralWarnings.called(c.func()), "callable");
            String[] kwNames = new String[c.keywords().size()];
            ExprNode[] kwValues = new ExprNode[kwNames.length];
            for (int i = 0; i < kwNames.length; i++) {
                kwNames[i] = c.keywords().get(i).name();
                kwValues[i] = expr(c.keywords().get(i).value());
            }
            return new CallNode(expr(c.func()), superArgs(c, exprs(c.args())), kwNames, kwValues);
        }
        if (e instanceof Expr.Starred s) {
            return new ExprNodes.Starred(expr(s.value()));
        }
        if (e instanceof Expr.BinOp b) {
            return new ExprNodes.Binary(expr(b.left()), b.op(), expr(b.right()));
        }
        if (e instanceof Expr.UnaryOp u && u.op() == Expr.UnaryOperator.NOT && u.operand() instanceof Expr.Compare c
                && c.ops().size() == 1) {
            warnIsLiteral(c, true);
            return new ExprNodes.Unary(u.op(), compare(c));
        }
        if (e instanceof Expr.UnaryOp u) {
            if (u.op() == Expr.UnaryOperator.NEG && u.operand() instanceof Expr.IntLit lit) {
                return new ExprNodes.Const(PyInt.of(lit.value().negate()));
            }
            return new ExprNodes.Unary(u.op(), expr(u.operand()));
        }
        if (e instanceof Expr.BoolOp b) {
            return new ExprNodes.BoolOp(b.isAnd(), exprs(b.values()));
        }
        if (e instanceof Expr.Compare c) {
            warnIsLiteral(c);
            return compare(c);
        }
        if (e instanceof Expr.IfExp i) {
            return new ExprNodes.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()));
        }
        if (e instanceof Expr.Lambda l) {
            return function(l, "<lambda>", l.params(), null, l.body());
        }
        if (e instanceof Expr.NamedExpr n) {
            return new ExprNodes.NamedExpr(nameTarget(n.target().id()), expr(n.value()));
        }
        if (e instanceof Expr.TupleExpr t) {
            return new ExprNodes.Display(exprs(t.elts()), PyTuple::new, ExprNodes.VALUE_AFTER_STAR);
        }
        if (e instanceof Expr.ListExpr l) {
            return new ExprNodes.Display(exprs(l.elts()), PyList::new, ExprNodes.VALUE_AFTER_STAR);
        }
        if (e instanceof Expr.SetExpr s) {
            return new ExprNodes.Display(exprs(s.elts()), ExprNodes::newSet, null);
        }
        if (e instanceof Expr.DictExpr d) {
            ExprNode[] keys = new ExprNode[d.keys().size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
            }
            return new ExprNodes.DictDisplay(keys, exprs(d.values()));
        }
        if (e instanceof Expr.ListComp c) {
            return comprehension(c, c.generators(), ComprehensionBody.Kind.LIST, c.elt(), null);
        }
        if (e instanceof Expr.SetComp c) {
            return comprehension(c, c.generators(), ComprehensionBody.Kind.SET, c.elt(), null);
        }
        if (e instanceof Expr.GeneratorExp c) {
            return comprehension(c, c.generators(), ComprehensionBody.Kind.GENERATOR, c.elt(), null);
        }
        if (e instanceof Expr.DictComp c) {
            return comprehension(c, c.generators(), ComprehensionBody.Kind.DICT, c.key(), c.value());
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    /** CPython's compile-time SyntaxWarning for calling or indexing a literal ("perhaps you missed a comma?"). */
    private void warnLiteral(Expr e, String typeName, String what) {
        if (typeName != null) {
            warn(e.pos().line(), "'" + typeName + "' object is not " + what + "; perhaps you missed a comma?");
        }
    }

    /** x is 1: CPython's check_compare warns when `is` or `is not` meets a literal. */
    private void warnIsLiteral(Expr.Compare c) {
        warnIsLiteral(c, false);
    }

    /** negated: the compare sits under `not`, which CPython's optimizer folds into `is not` / `is`. */
    private void warnIsLiteral(Expr.Compare c, boolean negated) {
        boolean leftLiteral = LiteralWarnings.isLiteralForIs(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            boolean rightLiteral = LiteralWarnings.isLiteralForIs(c.comparators().get(i));
            Expr.CmpOperator op = c.ops().get(i);
            if ((op == Expr.CmpOperator.IS || op == Expr.CmpOperator.IS_NOT) && (leftLiteral || rightLiteral)) {
                warn(c.pos().line(), (op == Expr.CmpOperator.IS) != negated ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
            leftLiteral = rightLiteral;
        }
    }

    /** A compile-time SyntaxWarning, through the warnings module as CPython's compiler gives it (quoting a file's line). */
    private void warn(int line, String message) {
        interp.warnExplicit("SyntaxWarning", message, filename, line);
    }

    private ExprNode comprehension(Expr node, List<Expr.Comprehension> gens, ComprehensionBody.Kind kind, Expr elt, Expr value) {
        ExprNode firstIter = expr(gens.get(0).iter());
        Scope inner = scopes.get(node);
        Scope saved = scope;
        scope = inner;
        ComprehensionBody.Clause[] clauses = new ComprehensionBody.Clause[gens.size()];
        for (int i = 0; i < clauses.length; i++) {
            Expr.Comprehension g = gens.get(i);
            clauses[i] = new ComprehensionBody.Clause(target(g.target()), i == 0 ? null : expr(g.iter()), exprs(g.ifs()));
        }
        StmtNode body = kind == ComprehensionBody.Kind.GENERATOR
                ? new GeneratorExpression.Start(node.pos().line(), clauses, expr(elt))
                : new ComprehensionBody(node.pos().line(), kind, clauses, expr(elt), value == null ? null : expr(value));
        String label = switch (kind) {
            case LIST -> "<listcomp>";
            case SET -> "<setcomp>";
            case DICT -> "<dictcomp>";
            case GENERATOR -> "<genexpr>";
        };
        Params params = new Params(List.of(new Params.Param(".0", null)), 0, null, List.of(), null);
        Code code = makeCode(inner, label, qualPrefix + label, params);
        code.body = new StmtNode[] {body};
        scope = saved;
        return new ExprNodes.Comprehension(new ExprNodes.MakeFunction(code, null, closureSources(inner)), firstIter);
    }

}
