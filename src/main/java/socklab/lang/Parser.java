package socklab.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import socklab.lang.Token.Kind;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Pattern;
import socklab.lang.ast.Expr.BinOperator;
import socklab.lang.ast.Params;
import socklab.lang.ast.Stmt;

/** Statements by recursive descent, and the three ways in: a whole file, one REPL input, one expression. */
public final class Parser extends ExprParser {
    private static final Map<String, BinOperator> AUGMENTED = Map.ofEntries(
            Map.entry("+=", BinOperator.ADD), Map.entry("-=", BinOperator.SUB), Map.entry("*=", BinOperator.MUL),
            Map.entry("@=", BinOperator.MATMUL), Map.entry("/=", BinOperator.DIV), Map.entry("//=", BinOperator.FLOORDIV),
            Map.entry("%=", BinOperator.MOD), Map.entry("**=", BinOperator.POW), Map.entry("<<=", BinOperator.LSHIFT),
            Map.entry(">>=", BinOperator.RSHIFT), Map.entry("|=", BinOperator.BITOR), Map.entry("^=", BinOperator.BITXOR),
            Map.entry("&=", BinOperator.BITAND));

    /**
     * CPython's parser nests one level per elif and runs out of its stack (MAXSTACK, MemoryError)
     * in the body of elif number 5964; the same outcome as our own stack running out.
     */
    private static final int MAX_ELIF_DEPTH = 5963;
    private int elifDepth;

    /** A bracket left open at the end of the source, or null. */
    private final PySyntaxError unclosed;

    private Parser(String source) {
        this(Lexer.lex(source), new SourceLines(source));
    }

    private Parser(Lexer.Lexed lexed, SourceLines lines) {
        super(lexed.tokens(), lines);
        this.unclosed = lexed.unclosed();
    }

    private Parser(List<Token> tokens, SourceLines lines) {
        this(new Lexer.Lexed(tokens, null), lines);
    }

    /** A whole file: every statement up to the end. */
    public static List<Stmt> parseModule(String source) {
        Parser p = new Parser(source);
        List<Stmt> body = new ArrayList<>();
        try {
            while (!p.check(Kind.ENDMARKER)) body.addAll(p.statement());
        } catch (PySyntaxError e) {
            // A file read to its end blames the open bracket, unless a plain error came first.
            boolean plainError = e.getMessage().equals("invalid syntax") && !e.incomplete();
            throw p.unclosed != null && !plainError ? p.unclosed : e;
        }
        if (p.deferred != null) throw p.deferred;
        new ContextChecker(p).check(body);
        return body;
    }

    /**
     * One input at the interactive prompt: one compound statement or one line of simple ones
     * ("a; b"). Anything after it is a syntax error, as in CPython's REPL. Empty input gives [].
     */
    public static List<Stmt> parseInteractive(String source) {
        return parseInteractive(Lexer.lex(source), source);
    }

    /** Parses one interactive input from tokens that arrive as it is typed (see BlockParse); errors carry no source lines. */
    static void followInteractive(List<Token> tokens) {
        Parser p = new Parser(tokens, new SourceLines(""));
        p.statement();
        if (!p.check(Kind.ENDMARKER)) throw p.invalidSyntax(p.peek());
    }

    static List<Stmt> parseInteractive(Lexer.Lexed lexed, String source) {
        Parser p = new Parser(lexed, new SourceLines(source));
        if (p.check(Kind.ENDMARKER)) return List.of();
        List<Stmt> body;
        try {
            body = p.statement();
            if (!p.check(Kind.ENDMARKER)) throw p.invalidSyntax(p.peek());
        } catch (PySyntaxError e) {
            // The REPL reports an error inside open brackets at once; only running out of input waits.
            throw e.incomplete() && p.unclosed != null ? p.unclosed : e.asInteractive();
        }
        if (p.deferred != null) throw p.deferred.asInteractive();
        try {
            new ContextChecker(p).check(body);
        } catch (PySyntaxError e) {
            throw e.asInteractive();
        }
        return body;
    }

    /** One expression (a tuple if it has commas), as eval() takes it: leading blanks are ignored. */
    public static Expr parseExpression(String source) {
        Parser p = new Parser(Lexer.tokenize(source.stripLeading()), new SourceLines(source.stripLeading()));
        Expr e = p.starExpressions();
        p.noBareStar(e);
        while (p.match(Kind.NEWLINE)) { }
        if (!p.check(Kind.ENDMARKER)) throw p.invalidSyntax(p.peek());
        if (p.deferred != null) throw p.deferred;
        return e;
    }

    /** An f-string field's expression, lexed as if in parentheses, with positions in the outer source. */
    static Expr parseFieldExpression(String text, Pos start, SourceLines outer) {
        try {
            Parser p = new Parser(Lexer.tokenizeAt("(" + text + ")", new Pos(start.line(), start.col() - 1)), outer);
            p.consume("(");
            Expr e = p.starExpressions();
            p.noBareStar(e);
            p.close(")", e);
            if (!p.check(Kind.NEWLINE)) throw p.invalidSyntax(p.peek());
            return e;
        } catch (PySyntaxError err) {
            String msg = err.getMessage().startsWith("f-string") ? err.getMessage() : "f-string: " + err.getMessage();
            throw err.withMessage(msg, err.pos(), outer.get(err.pos().line()));
        }
    }

    private boolean match(Kind kind) {
        if (!check(kind)) return false;
        advance();
        return true;
    }

    private void noBareStar(Expr e) {
        if (e instanceof Expr.Starred s) throw error(s.pos(), "can't use starred expression here");
    }

    /** One statement; a line of simple statements gives several. */
    List<Stmt> statement() {
        Token t = peek();
        if (t.kind() == Kind.INDENT) {
            throw error(PySyntaxError.Kind.INDENTATION, t.pos(), "unexpected indent", false);
        }
        if (t.kind() == Kind.NAME) {
            switch (t.text()) {
                case "if": return List.of(ifStatement("if"));
                case "while": return List.of(whileStatement());
                case "for": return List.of(forStatement());
                case "try": return List.of(tryStatement());
                case "with": return List.of(withStatement());
                case "def": return List.of(functionDef(List.of()));
                case "class": return List.of(classDef(List.of()));
                case "async": return List.of(asyncStatement(List.of()));
                case "match":
                    if (startsMatchStatement()) return List.of(matchStatement());
                    break;
                default: break;
            }
        } else if (t.is(Kind.OP, "@")) {
            return List.of(decorated());
        }
        return simpleStatements();
    }

    /**
     * match is a soft keyword: a statement only when its line ends with ':' and an indented
     * case follows (match = re.match(...) and match(x) stay expressions).
     */
    private boolean startsMatchStatement() {
        Token next = peekAt(1);
        if (next.kind() == Kind.NEWLINE || next.kind() == Kind.OP && !next.text().equals("(") && !next.text().equals("[")
                && !next.text().equals("{") && !next.text().equals("-") && !next.text().equals("*")) {
            return false;
        }
        int k = current + 1;
        while (tokens.get(k).kind() != Kind.NEWLINE && tokens.get(k).kind() != Kind.ENDMARKER) k++;
        if (!tokens.get(k - 1).is(Kind.OP, ":") || tokens.get(k).kind() != Kind.NEWLINE) return false;
        // at the prompt the input may end after the header: parse on, so that more lines are asked for
        Token after = tokens.get(k + 1);
        return after.kind() == Kind.ENDMARKER || after.kind() == Kind.INDENT && isWord(tokens.get(k + 2), "case");
    }

    private Stmt matchStatement() {
        Token t = advance();
        Expr subject = starExpressions();
        colon();
        consumeKind(Kind.NEWLINE);
        consumeKind(Kind.INDENT);
        PatternParser patterns = new PatternParser(this);
        List<Stmt.MatchCase> cases = new ArrayList<>();
        while (check("case")) {
            Token c = advance();
            Pattern pattern = patterns.patterns();
            Expr guard = match("if") ? namedExpression() : null;
            colon();
            cases.add(new Stmt.MatchCase(c.pos(), pattern, guard, block(statementOn("case", c))));
        }
        if (!check(Kind.DEDENT) && !check(Kind.ENDMARKER)) throw invalidSyntax(peek());
        advance();
        return new Stmt.Match(t.pos(), subject, cases);
    }

    private void consumeKind(Kind kind) {
        if (!match(kind)) throw invalidSyntax(peek());
    }

    private List<Stmt> simpleStatements() {
        List<Stmt> body = new ArrayList<>();
        do {
            body.add(simpleStatement());
        } while (match(";") && !check(Kind.NEWLINE));
        if (!match(Kind.NEWLINE)) throw invalidSyntax(peek());
        return body;
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.kind() == Kind.NAME) {
            switch (t.text()) {
                case "pass": advance(); return new Stmt.Pass(span(t.pos()));
                case "break": advance(); return new Stmt.Break(span(t.pos()));
                case "continue": advance(); return new Stmt.Continue(span(t.pos()));
                case "return": return returnStatement();
                case "raise": return raiseStatement();
                case "global", "nonlocal": return declaration(t);
                case "del": return deleteStatement();
                case "assert": return assertStatement();
                case "import": return importStatement();
                case "from": return fromImport();
                case "yield": return yieldStatement();
                default: break;
            }
        }
        return expressionStatement();
    }

    private Stmt expressionStatement() {
        Token start = peek();
        if (!startsExpression(start) && !start.is(Kind.OP, "*")) throw invalidSyntax(start);
        Expr first = starExpressions();
        if (check("=")) return assignment(start.pos(), first);
        BinOperator aug = peek().kind() == Kind.OP ? AUGMENTED.get(peek().text()) : null;
        if (aug != null) {
            Targets.checkAugmented(this, first);
            advance();
            Expr value = check("yield") ? yieldExpression() : starExpressions();
            return new Stmt.AugAssign(span(start.pos()), first, aug, value);
        }
        if (check(":")) return annotated(start.pos(), first);
        if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec")) && startsExpression(peek())) {
            throw error(n.pos(), "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?")
                    .spanningTo(lines.get(n.pos().line()).stripTrailing().length() + 1);
        }
        noBareStar(first);
        return new Stmt.ExprStmt(start.pos(), first);
    }

    /** yield x (or yield from it) as a statement of its own. */
    private Stmt yieldStatement() {
        Token t = peek();
        return new Stmt.ExprStmt(t.pos(), yieldExpression());
    }

    private Stmt assignment(Pos p, Expr first) {
        List<Expr> targets = new ArrayList<>(List.of(first));
        Expr value;
        while (true) {
            advance();
            value = check("yield") ? yieldExpression() : starExpressions();
            if (!check("=")) break;
            targets.add(value);
        }
        for (int k = 0; k < targets.size(); k++) Targets.checkStore(this, targets.get(k), k == targets.size() - 1);
        noBareStar(value);
        return new Stmt.Assign(p, targets, value);
    }

    private Stmt annotated(Pos p, Expr target) {
        if (target instanceof Expr.TupleExpr) throw error(target.pos(), "only single target (not tuple) can be annotated");
        if (!Targets.isSimple(target)) throw error(target.pos(), "illegal target for annotation");
        advance();
        Expr annotation = expression();
        Expr value = match("=") ? starExpressions() : null;
        return new Stmt.AnnAssign(p, target, annotation, value);
    }

    private Stmt returnStatement() {
        Pos p = advance().pos();
        Expr value = null;
        if (startsExpression(peek()) || check("*")) {
            value = starExpressions();
            noBareStar(value);
        }
        return new Stmt.Return(span(p), value);
    }

    private Stmt raiseStatement() {
        Pos p = advance().pos();
        if (!startsExpression(peek())) return new Stmt.Raise(span(p), null, null);
        Expr exc = expression();
        Expr cause = match("from") ? expression() : null;
        return new Stmt.Raise(span(p), exc, cause);
    }

    /** global or nonlocal and its names. */
    private Stmt declaration(Token keyword) {
        advance();
        List<String> names = nameList();
        Pos p = span(keyword.pos());
        return keyword.text().equals("global") ? new Stmt.Global(p, names) : new Stmt.Nonlocal(p, names);
    }

    private List<String> nameList() {
        List<String> names = new ArrayList<>();
        do {
            names.add(consumeIdentifier());
        } while (match(","));
        return names;
    }

    private Stmt deleteStatement() {
        Pos p = advance().pos();
        List<Expr> targets = new ArrayList<>();
        do {
            if (check(Kind.NEWLINE) && !targets.isEmpty()) break;
            Expr target = bitwiseOr();
            Targets.checkDelete(this, target);
            targets.add(target);
        } while (match(","));
        return new Stmt.Delete(span(p), targets);
    }

    private Stmt assertStatement() {
        Pos p = advance().pos();
        Expr test = expression();
        Expr msg = match(",") ? expression() : null;
        return new Stmt.Assert(span(p), test, msg);
    }

    private Stmt importStatement() {
        Pos p = advance().pos();
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            String module = dottedName();
            names.add(new Stmt.Alias(module, match("as") ? consumeIdentifier() : null));
        } while (match(","));
        return new Stmt.Import(span(p), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(consumeIdentifier());
        while (match(".")) sb.append('.').append(consumeIdentifier());
        return sb.toString();
    }

    /** from [dots]module import names; a relative module keeps its leading dots in the name. */
    private Stmt fromImport() {
        Pos p = advance().pos();
        StringBuilder module = new StringBuilder();
        while (check(".") || check("...")) module.append(advance().text());
        if (module.length() == 0 || !check("import")) module.append(dottedName());
        consume("import");
        if (match("*")) return new Stmt.ImportFrom(span(p), module.toString(), List.of(new Stmt.Alias("*", null)));
        boolean parenthesised = match("(");
        List<Stmt.Alias> names = new ArrayList<>();
        while (true) {
            String name = consumeIdentifier();
            names.add(new Stmt.Alias(name, match("as") ? consumeIdentifier() : null));
            if (!match(",")) break;
            if (parenthesised && check(")")) break;
            if (!parenthesised && check(Kind.NEWLINE)) {
                throw error(peek().pos(), "trailing comma not allowed without surrounding parentheses");
            }
        }
        if (parenthesised) consume(")");
        return new Stmt.ImportFrom(span(p), module.toString(), names);
    }

    /** A ':' ending a block header; CPython says "expected ':'" only when the line ends there. */
    private void colon() {
        if (match(":")) return;
        if (check(Kind.NEWLINE)) throw error(peek(), "expected ':'");
        throw invalidSyntax(peek());
    }

    /** The body after a header's ':': an indented block, or simple statements on the same line. */
    private List<Stmt> block(String after) {
        if (!match(Kind.NEWLINE)) return simpleStatements();
        if (!check(Kind.INDENT)) {
            throw error(PySyntaxError.Kind.INDENTATION, peek().pos(), "expected an indented block after " + after,
                    atEnd()).withCaret();
        }
        advance();
        List<Stmt> body = new ArrayList<>();
        while (!check(Kind.DEDENT) && !check(Kind.ENDMARKER)) body.addAll(statement());
        advance();
        return body;
    }

    private static String statementOn(String keyword, Token t) {
        return "'" + keyword + "' statement on line " + t.pos().line();
    }

    private Stmt ifStatement(String keyword) {
        Token t = advance();
        Expr test = condition();
        colon();
        if (elifDepth > MAX_ELIF_DEPTH) {
            // CPython runs out while parsing this body, so the error waits for the body's first line.
            peekAt(1);
            throw new StackOverflowError("parser stack exhausted");
        }
        List<Stmt> body = block(statementOn(keyword, t));
        List<Stmt> orelse = List.of();
        if (check("elif")) {
            elifDepth++;
            try {
                orelse = List.of(ifStatement("elif"));
            } finally {
                elifDepth--;
            }
        } else if (check("else")) {
            orelse = elseBlock();
        }
        return new Stmt.If(t.pos(), test, body, orelse);
    }

    /** The test of an if or while; "if x = 3" gets CPython's hint about == and :=. */
    private Expr condition() {
        Expr test = namedExpression();
        if ((test instanceof Expr.Attribute || test instanceof Expr.Subscript) && check("=")) {
            Token last = tokens.get(current - 1);
            String what = test instanceof Expr.Attribute ? "attribute" : "subscript";
            throw error(test.pos(), "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?")
                    .spanningTo(last.pos().col() + last.text().length());
        }
        if (test instanceof Expr.Name && check("=")) {
            advance();
            expression();
            Token last = tokens.get(current - 1);
            throw error(test.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                    .spanningTo(last.pos().col() + last.text().length());
        }
        return test;
    }

    private List<Stmt> elseBlock() {
        if (!check("else")) return List.of();
        Token t = advance();
        colon();
        return block(statementOn("else", t));
    }

    private Stmt whileStatement() {
        Token t = advance();
        Expr test = condition();
        colon();
        List<Stmt> body = block(statementOn("while", t));
        return new Stmt.While(t.pos(), test, body, elseBlock());
    }

    /** async def, async for or async with; the last two only inside an async def, which CPython's compiler checks. */
    private Stmt asyncStatement(List<Expr> decorators) {
        Token async = advance();
        if (check("def")) return functionDef(decorators, true);
        if (!decorators.isEmpty() || !(check("for") || check("with"))) throw invalidSyntax(peek());
        return check("for") ? forStatement(async) : withStatement(async);
    }

    /** The deferred error of an async for or async with outside an async def: it spans the header up to its ':'. */
    private void asyncHeader(Token async, String what) {
        if (async != null && awaitContext != 2) {
            defer(error(span(async.pos()), "'async " + what + "' outside async function").fromCompiler());
        }
    }

    private Stmt forStatement() {
        return forStatement(null);
    }

    /** for, or async for when {@code async} is its leading token. */
    private Stmt forStatement(Token async) {
        Token t = advance();
        Expr target = targetList();
        Targets.checkStore(this, target, false);
        consume("in");
        Expr iter = starExpressions();
        colon();
        asyncHeader(async, "for");
        List<Stmt> body = block(statementOn("for", t));
        return new Stmt.For(async == null ? t.pos() : async.pos(), target, iter, body, elseBlock(), async != null);
    }

    private Stmt tryStatement() {
        Token t = advance();
        colon();
        List<Stmt> body = block(statementOn("try", t));
        List<Stmt.Handler> handlers = new ArrayList<>();
        while (check("except")) {
            Token e = advance();
            Expr type = null;
            String name = null;
            if (!check(":") && !check(Kind.NEWLINE)) {
                type = expression();
                if (check(",")) throw unparenthesizedTypes(type);
                if (match("as")) name = consumeIdentifier();
            }
            colon();
            handlers.add(new Stmt.Handler(e.pos(), type, name, block(statementOn("except", e))));
        }
        List<Stmt> orelse = handlers.isEmpty() ? List.of() : elseBlock();
        List<Stmt> finalbody = List.of();
        if (check("finally")) {
            Token f = advance();
            colon();
            finalbody = block(statementOn("finally", f));
        } else if (handlers.isEmpty()) {
            throw error(peek(), "expected 'except' or 'finally' block");
        }
        return new Stmt.Try(t.pos(), body, handlers, orelse, finalbody);
    }

    /** Python 2's `except A, e:`: CPython underlines from the first type to the end of the clause, `as NAME` included. */
    private PySyntaxError unparenthesizedTypes(Expr first) {
        while (match(",")) {
            expression();
        }
        if (match("as")) consumeIdentifier();
        return error(span(first.pos()), "multiple exception types must be parenthesized");
    }

    private Stmt withStatement() {
        return withStatement(null);
    }

    /** with, or async with when {@code async} is its leading token. */
    private Stmt withStatement(Token async) {
        Token t = advance();
        List<Stmt.WithItem> items = check("(") ? parenthesisedWithItems() : null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (match(","));
        }
        colon();
        asyncHeader(async, "with");
        return new Stmt.With(async == null ? t.pos() : async.pos(), items, block(statementOn("with", t)), async != null);
    }

    /** Tries "with (a as b, c):"; null (and nothing consumed) when the '(' starts an expression instead. */
    private List<Stmt.WithItem> parenthesisedWithItems() {
        int start = current;
        try {
            advance();
            List<Stmt.WithItem> items = new ArrayList<>();
            do {
                if (check(")")) break;
                items.add(withItem());
            } while (match(","));
            consume(")");
            if (check(":")) return items;
        } catch (PySyntaxError e) {
            // not the parenthesised form: reparse as an expression
        }
        current = start;
        return null;
    }

    private Stmt.WithItem withItem() {
        Expr context = expression();
        Expr target = null;
        if (match("as")) {
            target = bitwiseOr();
            Targets.checkStore(this, target, false);
        }
        return new Stmt.WithItem(context, target);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (match("@")) {
            decorators.add(namedExpression());
            if (!match(Kind.NEWLINE)) throw invalidSyntax(peek());
        }
        if (check("def")) return functionDef(decorators);
        if (check("class")) return classDef(decorators);
        if (check("async")) return asyncStatement(decorators);
        throw invalidSyntax(peek());
    }

    private Stmt functionDef(List<Expr> decorators) {
        return functionDef(decorators, false);
    }

    private Stmt functionDef(List<Expr> decorators, boolean isAsync) {
        Token t = advance();
        String name = consumeIdentifier();
        consume("(");
        List<Stmt.Annotation> annotations = new ArrayList<>();
        Params params = parameters(")", annotations);
        close(")", null);
        if (match("->")) annotations.add(annotation("return"));
        colon();
        functionDepth++;
        int savedContext = awaitContext;
        awaitContext = isAsync ? 2 : 1;
        try {
            return new Stmt.FunctionDef(t.pos(), name, params, block("function definition on line " + t.pos().line()),
                    decorators, List.copyOf(annotations), isAsync);
        } finally {
            functionDepth--;
            awaitContext = savedContext;
        }
    }

    /** class Name(bases): keyword arguments in the bases (metaclass=...) are parsed and dropped. */
    private Stmt classDef(List<Expr> decorators) {
        Token t = advance();
        String name = consumeIdentifier();
        List<Expr> bases = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (match("(")) arguments(bases, keywords);
        colon();
        int savedDepth = functionDepth;
        int savedContext = awaitContext;
        functionDepth = 0;
        awaitContext = 0;
        try {
            return new Stmt.ClassDef(t.pos(), name, bases, keywords,
                    ClassAnnotations.recorded(name, block("class definition on line " + t.pos().line())), decorators);
        } finally {
            functionDepth = savedDepth;
            awaitContext = savedContext;
        }
    }
}
