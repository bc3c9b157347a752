package socklab.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Stmt;

/** Parses snippets and compares their trees with what CPython's ast module builds for the same text. */
class ParserTest {
    // generated from CPython's ast by a twin of AstPrinter
    private static final String[][] TREES = {
        {"x = 1",
         "(= x 1)"},
        {"a, b = b, a",
         "(= (tuple a b) (tuple b a))"},
        {"a = b = c",
         "(= a b c)"},
        {"x += 1, 2",
         "(+= x (tuple 1 2))"},
        {"x: int = 3",
         "(ann x int 3)"},
        {"x.y: int",
         "(ann (. x y) int _)"},
        {"return_ = 1; print(return_)",
         "(= return_ 1) (expr (call print return_))"},
        {"print(host, port, sep=':')",
         "(expr (call print host port sep=':'))"},
        {"f(*a, **k, b=1)",
         "(expr (call f *a **k b=1))"},
        {"f(x for x in y)",
         "(expr (call f (genexp x (for x y))))"},
        {"f(a)(b)[c].d",
         "(expr (. ([] (call (call f a) b) c) d))"},
        {"x = -2 ** 2",
         "(= x (neg (** 2 2)))"},
        {"x = not a in b",
         "(= x (not (cmp a in b)))"},
        {"x = a is not b",
         "(= x (cmp a is not b))"},
        {"x = a < b <= c != d",
         "(= x (cmp a < b <= c != d))"},
        {"x = a if b else c if d else e",
         "(= x (ifexp b a (ifexp d c e)))"},
        {"x = a or b and not c",
         "(= x (or a (and b (not c))))"},
        {"x = a | b ^ c & d << e + f * g",
         "(= x (| a (^ b (& c (<< d (+ e (* f g)))))))"},
        {"x = a // b % c @ d - e / f",
         "(= x (- (@ (% (// a b) c) d) (/ e f)))"},
        {"x = ~a + +b - -c",
         "(= x (- (+ (invert a) (pos b)) (neg c)))"},
        {"x = lambda a, b=1, *c, d, e=2, **f: a",
         "(= x (lambda (a b=1 *c d e=2 **f) a))"},
        {"x = lambda *, k: k",
         "(= x (lambda (* k) k))"},
        {"x = lambda: 0",
         "(= x (lambda () 0))"},
        {"x = [1, *a]",
         "(= x (list 1 *a))"},
        {"x = {**a, 'b': 1}",
         "(= x (dict **a 'b':1))"},
        {"x = {1, *b}",
         "(= x (set 1 *b))"},
        {"x = {}",
         "(= x (dict))"},
        {"x = ()",
         "(= x (tuple ))"},
        {"x = (1,)",
         "(= x (tuple 1))"},
        {"x = (1)",
         "(= x 1)"},
        {"x = [i * j for i in a if i for j in b if j > i]",
         "(= x (listcomp (* i j) (for i a (if i)) (for j b (if (cmp j > i)))))"},
        {"x = {k: v for k, v in d.items()}",
         "(= x (dictcomp k:v (for (tuple k v) (call (. d items)))))"},
        {"x = {i for i in s}",
         "(= x (setcomp i (for i s)))"},
        {"x = (y for y in z)",
         "(= x (genexp y (for y z)))"},
        {"x = [y := 1, y ** 2]",
         "(= x (list (:= y 1) (** y 2)))"},
        {"if (n := len(a)) > 10: pass",
         "(if (cmp (:= n (call len a)) > 10) [(pass)] [])"},
        {"x = a[1:2], a[::3], a[:], a[1:], a[i, j], a[-1]",
         "(= x (tuple ([] a (: 1 2 _)) ([] a (: _ _ 3)) ([] a (: _ _ _)) ([] a (: 1 _ _)) ([] a (tuple i j)) ([] a (neg 1))))"},
        {"x = 0x1F + 0o17 + 0b101 + 1_000_000 + 00",
         "(= x (+ (+ (+ (+ 31 15) 5) 1000000) 0))"},
        {"x = 1.5 + .5 + 5. + 1e3 + 1_0.0_1e-1_0 + 2j + 1.5J",
         "(= x (+ (+ (+ (+ (+ (+ 1.5 0.5) 5) 1000) 0.0000000010009999999999999554307788767588092981863923114360659383237361907958984375) 2j) 1.5j))"},
        {"x = 'a' 'b' \"c\"",
         "(= x 'abc')"},
        {"x = b'\\x00\\xff' b'z'",
         "(= x b'\\x00ÿz')"},
        {"x = r'\\n' + R'\\d' + u'\\u00e9'",
         "(= x (+ (+ '\\\\n' '\\\\d') 'é'))"},
        {"x = '\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"\\x41\\101\\u0041\\U0001F600\\N{EM DASH}\\q'",
         "(= x '\\x07\\x08\\x0c\\n\\x0d\\t\\x0b\\\\\\'\"AAA😀—\\\\q')"},
        {"x = '''line1\nline2\\\nline3'''",
         "(= x 'line1\\nline2line3')"},
        {"x = f'{a}-{b!r}-{c!s:>10}-{d!a}'",
         "(= x (f (fv a _ _) '-' (fv b r _) '-' (fv c s (f '>10')) '-' (fv d a _)))"},
        {"x = f'{x=}'",
         "(= x (f 'x=' (fv x r _)))"},
        {"x = f'{x = :>5}'",
         "(= x (f 'x = ' (fv x _ (f '>5'))))"},
        {"x = f'{x=!s}'",
         "(= x (f 'x=' (fv x s _)))"},
        {"x = f'{{literal}} {a:{w}.{p}f}'",
         "(= x (f '{literal} ' (fv a _ (f (fv w _ _) '.' (fv p _ _) 'f'))))"},
        {"x = f'a' 'b' f'{c}'",
         "(= x (f 'ab' (fv c _ _)))"},
        {"x = rf'\\n{a}'",
         "(= x (f '\\\\n' (fv a _ _)))"},
        {"x = f'{a[\"k\"]}{ {1: 2}[1] }'",
         "(= x (f (fv ([] a 'k') _ _) (fv ([] (dict 1:2) 1) _ _)))"},
        {"x = f'{a:%Y-%m-%d}'",
         "(= x (f (fv a _ (f '%Y-%m-%d'))))"},
        {"x = f'''{\na\n}'''",
         "(= x (f (fv a _ _)))"},
        {"import a.b.c as d, e",
         "(import a.b.c:d e)"},
        {"from a.b import (c as d, e,)",
         "(from a.b c:d e)"},
        {"from . import x",
         "(from . x)"},
        {"from ..a import *",
         "(from ..a *)"},
        {"if a:\n    b\nelif c:\n    d\nelse:\n    e",
         "(if a [(expr b)] [(if c [(expr d)] [(expr e)])])"},
        {"while x:\n    break\nelse:\n    pass",
         "(while x [(break)] [(pass)])"},
        {"for k, v in d.items():\n    continue\nelse:\n    x = 1",
         "(for (tuple k v) (call (. d items)) [(continue)] [(= x 1)])"},
        {"for (a, b), *c in d: pass",
         "(for (tuple (tuple a b) *c) d [(pass)] [])"},
        {"@dec\n@dec2(1)\ndef f(a, /, b=2, *args, c, d=4, **kw) -> int:\n    return a, b",
         "(def f (a / b=2 *args c d=4 **kw) [(return (tuple a b))] @(dec (call dec2 1)))"},
        {"def f(a: int = 1, *, b: str): pass",
         "(def f (a=1 * b) [(pass)])"},
        {"class A(B, C):\n    x = 1\n    def m(self):\n        return self.x",
         "(class A (B C) [(= x 1) (def m (self) [(return (. self x))])])"},
        {"try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f",
         "(try [(expr a)] [(except (tuple A B) e [(expr b)]) (except C _ [(expr c)]) (except _ _ [(expr d)])] [(expr e)] [(expr f)])"},
        {"try:\n    pass\nfinally:\n    pass",
         "(try [(pass)] [] [] [(pass)])"},
        {"raise",
         "(raise _ _)"},
        {"raise E",
         "(raise E _)"},
        {"raise E from None",
         "(raise E None)"},
        {"with a as b, c as (d, e), f:\n    pass",
         "(with [(a b) (c (tuple d e)) (f _)] [(pass)])"},
        {"with (a as b, c):\n    pass",
         "(with [(a b) (c _)] [(pass)])"},
        {"with (a, b):\n    pass",
         "(with [(a _) (b _)] [(pass)])"},
        {"del a, b[1], c.d",
         "(del a ([] b 1) (. c d))"},
        {"del (a, b), [c]",
         "(del (tuple a b) (list c))"},
        {"def f():\n    global x, y\n    nonlocal_ = 1",
         "(def f () [(global x y) (= nonlocal_ 1)])"},
        {"def f():\n    def g():\n        nonlocal a\n    a = 1",
         "(def f () [(def g () [(nonlocal a)]) (= a 1)])"},
        {"assert x, 'msg'",
         "(assert x 'msg')"},
        {"assert x",
         "(assert x _)"},
        {"if 1: x = 1; y = 2",
         "(if 1 [(= x 1) (= y 2)] [])"},
        {"while 1: pass",
         "(while 1 [(pass)] [])"},
        {"x = 1; y = 2;",
         "(= x 1) (= y 2)"},
        {"x = (1 +\n     2)",
         "(= x (+ 1 2))"},
        {"x = 1 + \\\n    2",
         "(= x (+ 1 2))"},
        {"if x:\n\n    # comment\n    y\n\n\nz",
         "(if x [(expr y)] []) (expr z)"},
        {"if x:\n\ty\n\tif z:\n\t\tw",
         "(if x [(expr y) (if z [(expr w)] [])] [])"},
        {"x = [\n    1,\n    2,\n]",
         "(= x (list 1 2))"},
        {"a, *b, c = d",
         "(= (tuple a *b c) d)"},
        {"[a, *b] = c",
         "(= (list a *b) c)"},
        {"x, = 1,",
         "(= (tuple x) (tuple 1))"},
        {"(a) = 1",
         "(= a 1)"},
        {"((a, b)) = 1, 2",
         "(= (tuple a b) (tuple 1 2))"},
        {"a.b.c = d[e] = f",
         "(= (. (. a b) c) ([] d e) f)"},
        {"x = ...",
         "(= x ...)"},
        {"x = None if True else False",
         "(= x (ifexp True None False))"},
        {"x = a[b][c](d)(e=1)",
         "(= x (call (call ([] ([] a b) c) d) e=1))"},
        {"match = 1",
         "(= match 1)"},
        {"print(*a)",
         "(expr (call print *a))"},
        {"foo(**{'a': 1}, b=2)",
         "(expr (call foo **(dict 'a':1) b=2))"},
        {"x = 'é' + '\\u20ac'",
         "(= x (+ 'é' '€'))"},
        {"x = 1_0j",
         "(= x 10j)"},
    };

    @TestFactory
    Stream<DynamicTest> treesMatchCPython() {
        return Arrays.stream(TREES).map(row -> DynamicTest.dynamicTest(row[0].replace("\n", "\\n"),
                () -> assertEquals(row[1], AstPrinter.stmts(Parser.parseModule(row[0])))));
    }

    @Test
    void interactiveTakesOneLineOfSimpleStatements() {
        assertEquals("(expr a) (expr b)", AstPrinter.stmts(Parser.parseInteractive("a; b")));
        assertEquals("", AstPrinter.stmts(Parser.parseInteractive("   # nothing")));
    }

    @Test
    void interactiveRejectsASecondStatement() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseInteractive("if 1:\n  pass\nprint(2)"));
        assertEquals("invalid syntax", e.getMessage());
        assertEquals(new Pos(3, 1), e.pos());
        assertEquals("print(2)", e.lineText());
    }

    @Test
    void expressionEntryPoint() {
        assertEquals("(tuple 1 (+ a 2))", AstPrinter.expr(Parser.parseExpression("  1, a + 2\n")));
        assertEquals("(call len s)", AstPrinter.expr(Parser.parseExpression("len(s)")));
        assertThrows(PySyntaxError.class, () -> Parser.parseExpression("x = 1"));
    }

    @Test
    void positionsAreLineAndColumn() {
        Expr.BinOp sum = (Expr.BinOp) Parser.parseExpression("(a +\n   b)");
        assertEquals(new Pos(1, 2, 2, 5), sum.pos());
        assertEquals(new Pos(2, 4, 2, 5), sum.right().pos());
        Expr.FString f = (Expr.FString) Parser.parseExpression("f'ab{c}'");
        assertEquals(new Pos(1, 6, 1, 7), ((Expr.FormattedValue) f.parts().get(1)).value().pos());
        Expr.Call call = (Expr.Call) Parser.parseExpression("(f)(x)");
        assertEquals(new Pos(1, 1, 1, 7), call.pos());
    }

    @Test
    void thousandLineScriptParsesIntoOneDefPerBlock() {
        String block = "def handle(conn, addr):\n    data = conn.recv(1024)\n    if not data:\n        return None\n"
                + "    print(f'{addr!r}: {data.decode()}', end='')\n    return [x * 2 for x in data if x > 32]\n\n";
        String script = block.repeat(150);
        List<Stmt> parsed = Parser.parseModule(script);
        assertEquals(150, parsed.size());
        assertTrue(parsed.stream().allMatch(s -> s instanceof Stmt.FunctionDef));
    }
}
