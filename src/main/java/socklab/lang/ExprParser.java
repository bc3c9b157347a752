package socklab.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import socklab.lang.Token.Kind;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Expr.BinOperator;
import socklab.lang.ast.Expr.CmpOperator;
import socklab.lang.ast.Expr.Comprehension;
import socklab.lang.ast.Expr.Keyword;
import socklab.lang.ast.Params;
import socklab.lang.ast.Stmt;

/** Expressions by recursive descent, one method per precedence level of Python's grammar. */
class ExprParser extends TokenCursor {
    /** Binary operator levels from loosest (|) to tightest (* / // % @). */
    private static final List<Map<String, BinOperator>> BINARY_LEVELS = List.of(
            Map.of("|", BinOperator.BITOR),
            Map.of("^", BinOperator.BITXOR),
            Map.of("&", BinOperator.BITAND),
            Map.of("<<", BinOperator.LSHIFT, ">>", BinOperator.RSHIFT),
            Map.of("+", BinOperator.ADD, "-", BinOperator.SUB),
            Map.of("*", BinOperator.MUL, "/", BinOperator.DIV, "//", BinOperator.FLOORDIV, "%", BinOperator.MOD,
                    "@", BinOperator.MATMUL));
    private static final Map<String, CmpOperator> SIMPLE_COMPARISONS = Map.of(
            "==", CmpOperator.EQ, "!=", CmpOperator.NE, "<", CmpOperator.LT, "<=", CmpOperator.LE,
            ">", CmpOperator.GT, ">=", CmpOperator.GE, "in", CmpOperator.IN);
    private static final Set<String> EXPRESSION_KEYWORDS = Set.of("True", "False", "None", "not", "lambda", "await");
    private static final Set<String> EXPRESSION_OPENERS = Set.of("(", "[", "{", "-", "+", "~", "...");

    private final StringLiterals strings;
    /** Depth of def bodies around the current token, for yield's error message. */
    protected int functionDepth;
    /** What 'await' finds around the current token: 0 module or class body, 1 a def or lambda, 2 an async def. */
    protected int awaitContext;
    /** The first error CPython's compiler would find; it is reported only once the whole input has parsed. */
    protected PySyntaxError deferred;
    /** Prefix operators (not, -, +, ~) open around the current token. */
    private int prefixDepth;
    /**
     * CPython's parser runs out of its stack (MAXSTACK, MemoryError) after this many prefix
     * operators in a row; the same outcome as our own stack running out, reported the same way.
     */
    private static final int MAX_PREFIX_DEPTH = 5969;

    ExprParser(List<Token> tokens, SourceLines lines) {
        super(tokens, lines);
        this.strings = new StringLiterals(lines);
    }

    /** Can this token begin an expression (not counting '*')? */
    static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NUMBER, STRING -> true;
            case NAME -> !KEYWORDS.contains(t.text()) || EXPRESSION_KEYWORDS.contains(t.text());
            case OP -> EXPRESSION_OPENERS.contains(t.text());
            default -> false;
        };
    }

    /** star_expressions: comma-separated, '*' allowed, a tuple when there is a comma. */
    Expr starExpressions() {
        Pos p = peek().pos();
        Expr first = starExpression();
        if (!check(",")) return first;
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (match(",")) {
            if (!startsExpression(peek()) && !check("*")) break;
            elts.add(starExpression());
        }
        return new Expr.TupleExpr(span(p), elts);
    }

    Expr starExpression() {
        if (check("*")) {
            Pos p = advance().pos();
            Expr value = bitwiseOr();
            return new Expr.Starred(span(p), value);
        }
        return expression();
    }

    Expr starNamedExpression() {
        if (check("*")) {
            Pos p = advance().pos();
            Expr value = bitwiseOr();
            return new Expr.Starred(span(p), value);
        }
        return namedExpression();
    }

    Expr namedExpression() {
        if (isIdentifier(peek()) && isWord(peekAt(1), ":=")) {
            Token name = advance();
            advance();
            Expr value = expression();
            return new Expr.NamedExpr(span(name.pos()), new Expr.Name(name.pos().to(name.end()), name.text()), value);
        }
        Expr e = expression();
        if (check(":=")) throw error(e.pos(), "cannot use assignment expressions with " + Targets.describe(e));
        return e;
    }

    Expr expression() {
        if (check("lambda")) return lambda();
        Expr body = disjunction();
        if (!check("if")) return body;
        advance();
        Expr test = disjunction();
        if (!match("else")) {
            if (check(":") || check(Kind.ENDMARKER)) throw invalidSyntax(peek());
            throw error(body.pos().to(test.pos()), "expected 'else' after 'if' expression");
        }
        Expr orelse = expression();
        return new Expr.IfExp(span(body.pos()), test, body, orelse);
    }

    private Expr lambda() {
        Pos p = advance().pos();
        Params params = parameters(":", null);
        consume(":");
        functionDepth++; // a lambda is a function: (yield) in its body makes it a generator
        int savedContext = awaitContext;
        awaitContext = 1;
        Expr body;
        try {
            body = expression();
        } finally {
            functionDepth--;
            awaitContext = savedContext;
        }
        return new Expr.Lambda(span(p), params, body);
    }

    Expr disjunction() {
        Expr first = conjunction();
        if (!check("or")) return first;
        List<Expr> values = new ArrayList<>(List.of(first));
        while (match("or")) values.add(conjunction());
        return new Expr.BoolOp(span(first.pos()), false, values);
    }

    private Expr conjunction() {
        Expr first = inversion();
        if (!check("and")) return first;
        List<Expr> values = new ArrayList<>(List.of(first));
        while (match("and")) values.add(inversion());
        return new Expr.BoolOp(span(first.pos()), true, values);
    }

    private Expr inversion() {
        if (check("not")) {
            Pos p = advance().pos();
            Expr operand = prefixed(this::inversion);
            return new Expr.UnaryOp(span(p), Expr.UnaryOperator.NOT, operand);
        }
        return comparison();
    }

    private Expr comparison() {
        Pos start = peek().pos();
        Expr left = bitwiseOr();
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (CmpOperator op = comparisonOperator(); op != null; op = comparisonOperator()) {
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops.isEmpty() ? left : new Expr.Compare(span(start), left, ops, comparators);
    }

    /** Consumes and returns a comparison operator (two tokens for "not in" and "is not"), or null. */
    private CmpOperator comparisonOperator() {
        Token t = peek();
        if (t.kind() != Kind.OP && t.kind() != Kind.NAME) return null;
        CmpOperator simple = SIMPLE_COMPARISONS.get(t.text());
        if (simple != null) {
            advance();
            return simple;
        }
        if (t.text().equals("not") && isWord(peekAt(1), "in")) {
            current += 2;
            return CmpOperator.NOT_IN;
        }
        if (t.text().equals("is")) {
            advance();
            return match("not") ? CmpOperator.IS_NOT : CmpOperator.IS;
        }
        return null;
    }

    Expr bitwiseOr() { return binary(0); }

    /** An expression without | ^ & or shifts: a case pattern's literal (-1, 2+3j, "a" "b"), where | separates alternatives. */
    Expr arithmetic() { return binary(4); }

    private Expr binary(int level) {
        if (level == BINARY_LEVELS.size()) return factor();
        Map<String, BinOperator> ops = BINARY_LEVELS.get(level);
        Pos start = peek().pos();
        Expr left = binary(level + 1);
        while (peek().kind() == Kind.OP && ops.containsKey(peek().text())) {
            BinOperator op = ops.get(advance().text());
            Expr right = binary(level + 1);
            left = new Expr.BinOp(span(start), left, op, right);
        }
        return left;
    }

    private Expr factor() {
        Expr.UnaryOperator op = check("-") ? Expr.UnaryOperator.NEG : check("+") ? Expr.UnaryOperator.POS
                : check("~") ? Expr.UnaryOperator.INVERT : null;
        if (op == null) return power();
        Pos p = advance().pos();
        Expr operand = prefixed(this::factor);
        return new Expr.UnaryOp(span(p), op, operand);
    }

    private Expr prefixed(java.util.function.Supplier<Expr> operand) {
        if (++prefixDepth > MAX_PREFIX_DEPTH) {
            throw new StackOverflowError("parser stack exhausted");
        }
        try {
            return operand.get();
        } finally {
            prefixDepth--;
        }
    }

    private Expr power() {
        Pos start = peek().pos();
        Expr base = check("await") ? await() : primary();
        if (!match("**")) return base;
        Expr exponent = factor();
        return new Expr.BinOp(span(start), base, BinOperator.POW, exponent);
    }

    private Expr primary() {
        Pos start = peek().pos();
        Expr e = atom();
        while (true) {
            if (match(".")) {
                String attr = consumeIdentifier();
                e = new Expr.Attribute(span(start), e, attr);
            } else if (check("(")) {
                advance();
                e = call(start, e);
            } else if (check("[")) {
                advance();
                Expr index = subscript();
                e = new Expr.Subscript(span(start), e, index);
            } else {
                return e;
            }
        }
    }

    /** await x; outside an async def CPython's compiler refuses it once the whole input has parsed. */
    private Expr await() {
        Token t = advance();
        Expr value = primary();
        Pos p = span(t.pos());
        if (awaitContext != 2) defer(error(p, awaitContext == 0 ? "'await' outside function" : "'await' outside async function").fromCompiler());
        return new Expr.Await(p, value);
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER:
                advance();
                return (Expr) t.value();
            case STRING:
                List<Token> parts = new ArrayList<>();
                while (check(Kind.STRING)) parts.add(advance());
                return strings.concat(parts);
            case NAME:
                return nameAtom(t);
            case OP:
                switch (t.text()) {
                    case "(": advance(); return parenthesized(t.pos());
                    case "[": advance(); return listDisplay(t.pos());
                    case "{": advance(); return braceDisplay(t.pos());
                    case "...": advance(); return new Expr.Const(span(t.pos()), Expr.ConstKind.ELLIPSIS);
                    default: throw invalidSyntax(t);
                }
            default:
                throw invalidSyntax(t);
        }
    }

    private Expr nameAtom(Token t) {
        switch (t.text()) {
            case "True": advance(); return new Expr.Const(span(t.pos()), Expr.ConstKind.TRUE);
            case "False": advance(); return new Expr.Const(span(t.pos()), Expr.ConstKind.FALSE);
            case "None": advance(); return new Expr.Const(span(t.pos()), Expr.ConstKind.NONE);
            case "yield": throw yieldError(t);
            default:
                if (!isIdentifier(t)) throw invalidSyntax(t);
                advance();
                return new Expr.Name(span(t.pos()), t.text());
        }
    }

    void defer(PySyntaxError e) {
        if (deferred == null) deferred = e;
    }

    /** yield where no yield expression may stand (e.g. an operand): outside functions CPython's compiler says so. */
    PySyntaxError yieldError(Token t) {
        return functionDepth == 0 ? error(t.pos(), "'yield' outside function").fromCompiler() : invalidSyntax(t);
    }

    /** A yield expression, at the head of a statement, after = or in parentheses. */
    Expr yieldExpression() {
        Token t = peek();
        if (functionDepth == 0) throw yieldError(t);
        advance();
        if (match("from")) {
            Expr from = expression();
            Pos p = span(t.pos());
            if (awaitContext == 2) defer(error(p, "'yield from' inside async function").fromCompiler());
            return new Expr.YieldFrom(p, from);
        }
        if (awaitContext == 2) defer(error(t.pos(), "socklab cannot run async generators (yield inside async def)").fromCompiler());
        if (!startsExpression(peek())) return new Expr.Yield(span(t.pos()), null);
        Expr value = starExpressions();
        return new Expr.Yield(span(t.pos()), value);
    }

    private Expr parenthesized(Pos p) {
        if (match(")")) return new Expr.TupleExpr(span(p), List.of());
        if (check("yield")) {
            Expr y = yieldExpression();
            consume(")");
            return y;
        }
        Expr first = starNamedExpression();
        if (check("for")) {
            List<Comprehension> generators = comprehensions();
            consume(")");
            return new Expr.GeneratorExp(span(p), noStar(first), generators);
        }
        if (match(")")) {
            if (first instanceof Expr.Starred s) throw error(s.pos(), "can't use starred expression here");
            return first;
        }
        List<Expr> elts = sequence(first, ")");
        return new Expr.TupleExpr(span(p), elts);
    }

    private Expr listDisplay(Pos p) {
        if (match("]")) return new Expr.ListExpr(span(p), List.of());
        Expr first = starNamedExpression();
        if (check("for")) {
            List<Comprehension> generators = comprehensions();
            consume("]");
            return new Expr.ListComp(span(p), noStar(first), generators);
        }
        List<Expr> elts = sequence(first, "]");
        return new Expr.ListExpr(span(p), elts);
    }

    /** The rest of a comma-separated display after its first element, through the closing bracket. */
    private List<Expr> sequence(Expr first, String closer) {
        List<Expr> elts = new ArrayList<>(List.of(first));
        Expr last = first;
        while (match(",")) {
            if (check(closer)) break;
            last = starNamedExpression();
            elts.add(last);
        }
        close(closer, last);
        return elts;
    }

    /** Consumes a closing bracket, or explains why it is missing (CPython's "forgot a comma?" guess). */
    void close(String closer, Expr last) {
        if (match(closer)) return;
        Token t = peek();
        if (last != null && startsExpression(t) && !(last instanceof Expr.Name && t.kind() == Kind.STRING)) {
            throw error(withFollowing(last), "invalid syntax. Perhaps you forgot a comma?");
        }
        throw invalidSyntax(t);
    }

    /** From last through the expression that follows it, which CPython marks with a missing comma; read ahead and put back. */
    private Pos withFollowing(Expr last) {
        int save = current;
        PySyntaxError firstDeferred = deferred;
        try {
            return last.pos().to(expression().pos());
        } catch (PySyntaxError e) {
            return last.pos();
        } finally {
            current = save;
            deferred = firstDeferred;
        }
    }

    private Expr noStar(Expr elt) {
        if (elt instanceof Expr.Starred s) throw error(s.pos(), "iterable unpacking cannot be used in comprehension");
        return elt;
    }

    private Expr braceDisplay(Pos p) {
        if (match("}")) return new Expr.DictExpr(span(p), List.of(), List.of());
        if (check("**")) {
            Pos starPos = advance().pos();
            Expr mapping = bitwiseOr();
            if (check("for")) throw error(starPos, "dict unpacking cannot be used in dict comprehension");
            return dictDisplay(p, null, mapping);
        }
        Expr first = starNamedExpression();
        if (match(":")) {
            Expr value = expression();
            if (check("for")) {
                List<Comprehension> generators = comprehensions();
                consume("}");
                return new Expr.DictComp(span(p), first, value, generators);
            }
            return dictDisplay(p, first, value);
        }
        if (check("for")) {
            List<Comprehension> generators = comprehensions();
            consume("}");
            return new Expr.SetComp(span(p), noStar(first), generators);
        }
        List<Expr> elts = sequence(first, "}");
        return new Expr.SetExpr(span(p), elts);
    }

    private Expr dictDisplay(Pos p, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        keys.add(firstKey);
        values.add(firstValue);
        Expr last = firstValue;
        while (match(",")) {
            if (check("}")) break;
            if (match("**")) {
                keys.add(null);
                last = bitwiseOr();
            } else {
                Expr key = expression();
                if (!match(":")) {
                    if (check(",") || check("}")) throw error(key.pos(), "':' expected after dictionary key");
                    throw invalidSyntax(peek());
                }
                keys.add(key);
                last = expression();
            }
            values.add(last);
        }
        close("}", last);
        return new Expr.DictExpr(span(p), keys, values);
    }

    /** One or more "for target in iter [if cond]..." clauses. */
    List<Comprehension> comprehensions() {
        List<Comprehension> generators = new ArrayList<>();
        while (match("for")) {
            Expr target = targetList();
            Targets.checkStore(this, target, false);
            consume("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (match("if")) ifs.add(disjunction());
            generators.add(new Comprehension(target, iter, ifs));
        }
        return generators;
    }

    /** Targets of for/comprehensions/del: bitwise-or level items (so "in" ends them), a tuple if commas. */
    Expr targetList() {
        Pos p = peek().pos();
        Expr first = targetItem();
        if (!check(",")) return first;
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (match(",")) {
            if (!startsExpression(peek()) && !check("*")) break;
            elts.add(targetItem());
        }
        return new Expr.TupleExpr(span(p), elts);
    }

    private Expr targetItem() {
        if (check("*")) {
            Pos p = advance().pos();
            Expr value = bitwiseOr();
            return new Expr.Starred(span(p), value);
        }
        return bitwiseOr();
    }

    /** Arguments of a call whose '(' is consumed, through the ')'. */
    private Expr call(Pos start, Expr func) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        arguments(args, keywords);
        return new Expr.Call(span(start), func, args, keywords);
    }

    void arguments(List<Expr> args, List<Keyword> keywords) {
        Set<String> names = new HashSet<>();
        boolean sawMappingUnpack = false;
        Expr last = null;
        while (!check(")")) {
            Token t = peek();
            if (match("*")) {
                if (sawMappingUnpack) throw error(t.pos(), "iterable argument unpacking follows keyword argument unpacking");
                last = new Expr.Starred(t.pos(), expression());
                args.add(last);
            } else if (match("**")) {
                sawMappingUnpack = true;
                last = expression();
                keywords.add(new Keyword(t.pos(), null, last));
            } else if (isIdentifier(t) && isWord(peekAt(1), "=")) {
                current += 2;
                last = expression();
                if (!names.add(t.text())) defer(error(span(t.pos()), "keyword argument repeated: " + t.text()).fromCompiler());
                keywords.add(new Keyword(t.pos(), t.text(), last));
            } else {
                last = positionalArgument(args, keywords, sawMappingUnpack);
            }
            if (!match(",")) break;
        }
        close(")", last);
    }

    private Expr positionalArgument(List<Expr> args, List<Keyword> keywords, boolean sawMappingUnpack) {
        Expr e = namedExpression();
        if (check("for")) {
            boolean alone = args.isEmpty() && keywords.isEmpty();
            List<Comprehension> generators = comprehensions();
            e = new Expr.GeneratorExp(span(e.pos()), noStar(e), generators);
            if (!alone || !check(")")) {
                Token last = tokens.get(current - 1);
                PySyntaxError err = error(e.pos(), "Generator expression must be parenthesized");
                throw last.pos().line() == e.pos().line() ? err.spanningTo(last.pos().col() + last.text().length()) : err;
            }
        }
        if (check("=")) throw error(e.pos(), "expression cannot contain assignment, perhaps you meant \"==\"?");
        if (!keywords.isEmpty()) {
            throw error(peek().pos(), sawMappingUnpack ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
        args.add(e);
        return e;
    }

    /** What stands in brackets after a subscripted value, through the ']'. */
    private Expr subscript() {
        Pos p = peek().pos();
        Expr first = slice();
        if (!check(",")) {
            close("]", first);
            return first;
        }
        List<Expr> elts = sequenceOfSlices(first);
        return new Expr.TupleExpr(p.to(elts.get(elts.size() - 1).pos()), elts);
    }

    private List<Expr> sequenceOfSlices(Expr first) {
        List<Expr> elts = new ArrayList<>(List.of(first));
        Expr last = first;
        while (match(",")) {
            if (check("]")) break;
            last = slice();
            elts.add(last);
        }
        close("]", last);
        return elts;
    }

    private Expr slice() {
        Pos p = peek().pos();
        Expr lower = check(":") ? null : namedExpression();
        if (!match(":")) return lower;
        Expr upper = sliceEnd() ? null : expression();
        Expr step = null;
        if (match(":")) step = sliceEnd() ? null : expression();
        return new Expr.Slice(span(p), lower, upper, step);
    }

    private boolean sliceEnd() { return check("]") || check(":") || check(","); }

    /** Parameters of a def (closer ")", annotations collected) or a lambda (closer ":", annotations null). */
    Params parameters(String closer, List<Stmt.Annotation> annotations) {
        List<Params.Param> positional = new ArrayList<>();
        List<Params.Param> kwOnly = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int posOnly = 0;
        boolean star = false;
        boolean sawDefault = false;
        String varargs = null;
        String kwargs = null;
        while (!check(closer)) {
            Token t = peek();
            if (match("/")) {
                if (positional.isEmpty()) throw error(t.pos(), "at least one argument must precede /");
                if (posOnly > 0) throw error(t.pos(), "/ may appear only once");
                if (star) throw error(t.pos(), "/ must be ahead of *");
                posOnly = positional.size();
            } else if (match("*")) {
                if (star) throw error(t.pos(), "* argument may appear only once");
                star = true;
                if (isIdentifier(peek())) {
                    varargs = parameterName(names, annotations);
                } else if (check(closer) || (check(",") && isWord(peekAt(1), "**"))) {
                    throw error(t.pos(), "named arguments must follow bare *");
                }
            } else if (match("**")) {
                kwargs = parameterName(names, annotations);
                if (match(",") && !check(closer)) throw error(peek().pos(), "arguments cannot follow var-keyword argument");
                break;
            } else {
                String name = parameterName(names, annotations);
                Expr defaultValue = match("=") ? expression() : null;
                if (star) {
                    kwOnly.add(new Params.Param(name, defaultValue));
                } else {
                    if (defaultValue == null && sawDefault) throw error(t.pos(), "non-default argument follows default argument");
                    sawDefault |= defaultValue != null;
                    positional.add(new Params.Param(name, defaultValue));
                }
            }
            if (!match(",")) break;
        }
        return new Params(positional, posOnly, varargs, kwOnly, kwargs);
    }

    /** A parameter's name (unique in its list), and its annotation where a def may have one. */
    private String parameterName(Set<String> names, List<Stmt.Annotation> annotations) {
        Token t = peek();
        String name = consumeIdentifier();
        if (!names.add(name)) defer(error(t.pos(), "duplicate argument '" + name + "' in function definition").fromCompiler());
        if (annotations != null && match(":")) annotations.add(annotation(name));
        return name;
    }

    /** The annotation of name (a parameter, or "return"): its expression and its source text. */
    Stmt.Annotation annotation(String name) {
        int from = current;
        Token first = peek();
        Expr e = expression();
        Pos end = tokens.get(current - 1).end();
        String text;
        if (end.line() == first.pos().line()) {
            text = lines.get(end.line()).substring(first.pos().col() - 1, end.col() - 1);
        } else {
            StringBuilder joined = new StringBuilder();
            for (int i = from; i < current; i++) joined.append(i == from ? "" : " ").append(tokens.get(i).text());
            text = joined.toString();
        }
        return new Stmt.Annotation(name, e, text);
    }
}
