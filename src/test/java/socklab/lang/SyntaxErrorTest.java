package socklab.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every error the front end raises, with type, message and position as python3 reports them. */
class SyntaxErrorTest {
    /** Where our column differs from CPython's (type and message still match). */
    private static final Set<String> COLUMN_DIFFERS = Set.of("f'{a b}'", "x = 1._5");

    // type, message, line, column: as python3 (3.11) reports them
    private static final Object[][] ERRORS = {
        {"x = = 1", "SyntaxError", "invalid syntax", 1, 5},
        {"if x\n  pass", "SyntaxError", "expected ':'", 1, 5},
        {" x = 1", "IndentationError", "unexpected indent", 1, 1},
        {"if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1},
        {"if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4},
        {"x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
        {"x = \"\"\"abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5},
        {"foo(1, 2", "SyntaxError", "'(' was never closed", 1, 4},
        {"foo(1, 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 9},
        {")", "SyntaxError", "unmatched ')'", 1, 1},
        {"print 1", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
        {"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3},
        {"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1},
        {"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
        {"x + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1},
        {"1 == 2 = 3", "SyntaxError", "cannot assign to comparison", 1, 1},
        {"break", "SyntaxError", "'break' outside loop", 1, 1},
        {"continue", "SyntaxError", "'continue' not properly in loop", 1, 1},
        {"return 1", "SyntaxError", "'return' outside function", 1, 1},
        {"nonlocal x", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1},
        {"x = 1_", "SyntaxError", "invalid decimal literal", 1, 6},
        {"x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6},
        {"x = 1a", "SyntaxError", "invalid decimal literal", 1, 5},
        {"x = 09", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
        {"f\"{}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 6},
        {"f\"{x\"", "SyntaxError", "f-string: expecting '}'", 1, 6},
        {"f\"}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 5},
        {"f\"{x!z}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9},
        {"'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9},
        {"b'é'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1},
        {"'\\x4'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6},
        {"b'\\x4'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 7},
        {"x = a…b", "SyntaxError", "invalid character '…' (U+2026)", 1, 6},
        {"yield 1", "SyntaxError", "'yield' outside function", 1, 1},
        {"f(a=1, 2)", "SyntaxError", "positional argument follows keyword argument", 1, 9},
        {"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12},
        {"[*x for x in y]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2},
        {"a \\ b", "SyntaxError", "unexpected character after line continuation character", 1, 4},
        {"x = (1,", "SyntaxError", "'(' was never closed", 1, 5},
        {"x = 1 +", "SyntaxError", "invalid syntax", 1, 8},
        {"for x in 1 2: pass", "SyntaxError", "invalid syntax", 1, 12},
        {"def f(:", "SyntaxError", "invalid syntax", 1, 7},
        {"class", "SyntaxError", "invalid syntax", 1, 6},
        {"import", "SyntaxError", "invalid syntax", 1, 7},
        {"from x import", "SyntaxError", "invalid syntax", 1, 14},
        {"if True:\n\t x = 1\n        y = 2", "IndentationError", "unindent does not match any outer indentation level", 3, 14},
        {"x = [1, 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9},
        {"del f()", "SyntaxError", "cannot delete function call", 1, 5},
        {"del 1", "SyntaxError", "cannot delete literal", 1, 5},
        {"(a, 1) = x", "SyntaxError", "cannot assign to literal", 1, 5},
        {"[a, b()] = x", "SyntaxError", "cannot assign to function call", 1, 5},
        {"a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1},
        {"f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1},
        {"x: int, y = 1", "SyntaxError", "invalid syntax", 1, 7},
        {"True = 1", "SyntaxError", "cannot assign to True", 1, 1},
        {"None = 1", "SyntaxError", "cannot assign to None", 1, 1},
        {"a.None", "SyntaxError", "invalid syntax", 1, 3},
        {"def f(x, x): pass", "SyntaxError", "duplicate argument 'x' in function definition", 1, 10},
        {"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3},
        {"f(**k, *a)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8},
        {"f(**k, a)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9},
        {"else: pass", "SyntaxError", "invalid syntax", 1, 1},
        {"try:\n    pass", "SyntaxError", "expected 'except' or 'finally' block", 2, 9},
        {"try:\n    pass\nx = 1", "SyntaxError", "expected 'except' or 'finally' block", 3, 1},
        {"\\", "SyntaxError", "unexpected EOF while parsing", 1, 2},
        {"x = 1 if 2", "SyntaxError", "expected 'else' after 'if' expression", 1, 5},
        {"a := 1", "SyntaxError", "invalid syntax", 1, 3},
        {"(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2},
        {"'''abc\ndef", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 1},
        {"x = (1\ny = 2", "SyntaxError", "'(' was never closed", 1, 5},
        {"if x:\n    pass\n  else:\n    pass", "IndentationError", "unindent does not match any outer indentation level", 3, 8},
        {"*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1},
        {"*a, *b = 1", "SyntaxError", "multiple starred expressions in assignment", 1, 1},
        {"print(*)", "SyntaxError", "invalid syntax", 1, 8},
        {"f(a for a in b for)", "SyntaxError", "invalid syntax", 1, 19},
        {"x = {1: 2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 12},
        {"x = {**a, 1}", "SyntaxError", "':' expected after dictionary key", 1, 11},
        {"@dec\nx = 1", "SyntaxError", "invalid syntax", 2, 1},
        {"with open(x) as 1: pass", "SyntaxError", "cannot assign to literal", 1, 17},
        {"import a.b as", "SyntaxError", "invalid syntax", 1, 14},
        {"a = 1; ; b = 2", "SyntaxError", "invalid syntax", 1, 8},
        {"x = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 7},
        {"x = 0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 7},
        {"x = 1e", "SyntaxError", "invalid decimal literal", 1, 5},
        {"x = 1.2.3", "SyntaxError", "invalid syntax", 1, 8},
        {"x = 0_1", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
        {"x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6},
        {"'\\N{DASH}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 11},
        {"x = not", "SyntaxError", "invalid syntax", 1, 8},
        {"a if b else", "SyntaxError", "invalid syntax", 1, 12},
        {"def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7},
        {"def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7},
        {"def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12},
        {"def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 7},
        {"lambda x=1, y: x", "SyntaxError", "non-default argument follows default argument", 1, 13},
        {"f(a=1, a=2)", "SyntaxError", "keyword argument repeated: a", 1, 8},
        {"x = $", "SyntaxError", "invalid syntax", 1, 5},
        {"x = ?", "SyntaxError", "invalid syntax", 1, 5},
        {"x = `a`", "SyntaxError", "invalid syntax", 1, 5},
        {"x = 1 ! 2", "SyntaxError", "invalid syntax", 1, 7},
        {"assert", "SyntaxError", "invalid syntax", 1, 7},
        {"raise from x", "SyntaxError", "invalid syntax", 1, 7},
        {"del", "SyntaxError", "invalid syntax", 1, 4},
        {"global", "SyntaxError", "invalid syntax", 1, 7},
        {"x =", "SyntaxError", "invalid syntax", 1, 4},
        {"if 1: pass\nelif", "SyntaxError", "invalid syntax", 2, 5},
        {"a = b = c = \n", "SyntaxError", "invalid syntax", 1, 13},
        {"lambda: 1 = 1", "SyntaxError", "cannot assign to lambda", 1, 1},
        {"a if b else c = 1", "SyntaxError", "cannot assign to conditional expression", 1, 1},
        {"a or b = 1", "SyntaxError", "cannot assign to expression", 1, 1},
        {"-a = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1},
        {"f'{a}' = 1", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1},
        {"{1: 2} = 1", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1},
        {"{1} = 1", "SyntaxError", "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 1},
        {"[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1},
        {"(x for x in y) = 1", "SyntaxError", "cannot assign to generator expression", 1, 1},
        {"(a := 1) = 1", "SyntaxError", "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2},
        {"... = 1", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1},
        {"'a' = 1", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1},
        {"x = *a", "SyntaxError", "can't use starred expression here", 1, 5},
        {"for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5},
        {"def f()", "SyntaxError", "expected ':'", 1, 8},
        {"class A", "SyntaxError", "expected ':'", 1, 8},
        {"while x", "SyntaxError", "expected ':'", 1, 8},
        {"for x in y", "SyntaxError", "expected ':'", 1, 11},
        {"try", "SyntaxError", "expected ':'", 1, 4},
        {"with a", "SyntaxError", "expected ':'", 1, 7},
        {"elif x:", "SyntaxError", "invalid syntax", 1, 1},
        {"if x:\n  pass\nelif y", "SyntaxError", "expected ':'", 3, 7},
        {"if x:\n  pass\nelse", "SyntaxError", "expected ':'", 3, 5},
        {"try:\n  pass\nexcept", "SyntaxError", "expected ':'", 3, 7},
        {"try:\n  pass\nexcept E", "SyntaxError", "expected ':'", 3, 9},
        {"try:\n  pass\nfinally", "SyntaxError", "expected ':'", 3, 8},
        {"while 1:\npass", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1},
        {"for x in y:\npass", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1},
        {"if 1:\n  pass\nelif 2:\npass", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1},
        {"if 1:\n  pass\nelse:\npass", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1},
        {"def f():\npass", "IndentationError", "expected an indented block after function definition on line 1", 2, 1},
        {"class A:\npass", "IndentationError", "expected an indented block after class definition on line 1", 2, 1},
        {"with a:\npass", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1},
        {"try:\npass", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1},
        {"try:\n  pass\nexcept:\npass", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1},
        {"try:\n  pass\nexcept E as e:\npass", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1},
        {"try:\n  pass\nfinally:\npass", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1},
        {"while 1:\n  pass\nelse:\npass", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1},
        {"@d\ndef f():\npass", "IndentationError", "expected an indented block after function definition on line 2", 3, 1},
        {"if 1:\n  a\n    b", "IndentationError", "unexpected indent", 3, 4},
        {"if x:\n\t x = 1\n        y = 2", "IndentationError", "unindent does not match any outer indentation level", 3, 14},
        {"if x:\n        x = 1\n\ty = 2", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1},
        {"f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3},
        {"f(1=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3},
        {"x = 1 if 2 else", "SyntaxError", "invalid syntax", 1, 16},
        {"x = 'abc\\", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
        {"x = b'\\x'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 10},
        {"x = '\\u12'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 11},
        {"x = '\\U00110000'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17},
        {"f'{a!r=}'", "SyntaxError", "f-string: expecting '}'", 1, 10},
        {"f'{a b}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2},
        {"f'{#}'", "SyntaxError", "f-string expression part cannot include '#'", 1, 7},
        {"f'{a\\n}'", "SyntaxError", "f-string expression part cannot include a backslash", 1, 9},
        {"f'{a!}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8},
        {"f'{'", "SyntaxError", "f-string: expecting '}'", 1, 5},
        {"f'{a:{b:{c:{d}}}}'", "SyntaxError", "f-string: expressions nested too deeply", 1, 19},
        {"nonlocal x; x", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1},
        {"class A:\n  return 1", "SyntaxError", "'return' outside function", 2, 3},
        {"def f():\n  class A:\n    return 1", "SyntaxError", "'return' outside function", 3, 5},
        {"while 1:\n  def f():\n    break", "SyntaxError", "'break' outside loop", 3, 5},
        {"for x in y:\n  pass\nelse:\n  break", "SyntaxError", "'break' outside loop", 4, 3},
        {"x = 0b", "SyntaxError", "invalid binary literal", 1, 6},
        {"x = 0o", "SyntaxError", "invalid octal literal", 1, 6},
        {"x = 0xg", "SyntaxError", "invalid hexadecimal literal", 1, 6},
        {"x = 1_.5", "SyntaxError", "invalid decimal literal", 1, 6},
        {"x = 1._5", "SyntaxError", "invalid decimal literal", 1, 6},
        {"from a import (b", "SyntaxError", "'(' was never closed", 1, 15},
        {"from a import b,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17},
        {"from a import (*)", "SyntaxError", "invalid syntax", 1, 16},
        {"x = {**k for k in d}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 6},
        {"a = yield", "SyntaxError", "'yield' outside function", 1, 5},
        {"x = rb'\\n' Br'\\x' R'\\n' U'x'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 29},
        {"x, y: int = 3", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1},
        {"not", "SyntaxError", "invalid syntax", 1, 4},
    };

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() {
        return Arrays.stream(ERRORS).map(row -> DynamicTest.dynamicTest(((String) row[0]).replace("\n", "\\n"), () -> {
            String src = (String) row[0];
            PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseModule(src));
            assertEquals(row[1], e.typeName(), "type");
            assertEquals(row[2], e.getMessage(), "message");
            assertEquals(row[3], e.pos().line(), "line");
            if (!COLUMN_DIFFERS.contains(src)) assertEquals(row[4], e.pos().col(), "column");
        }));
    }

    @Test
    void errorCarriesItsLine() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseModule("a = 1\nb = = 2\n"));
        assertEquals("b = = 2", e.lineText());
        assertFalse(e.incomplete());
    }

    @Test
    void incompleteOnlyWhenInputEndsEarly() {
        for (String src : new String[] {"x = (1,", "s = '''abc", "x = 1 + \\", "if x:", "try:\n  pass", "@dec",
                "if x:\n  pass\nelse:", "f(a,\n  b"}) {
            assertTrue(assertThrows(PySyntaxError.class, () -> Parser.parseInteractive(src)).incomplete(), src);
        }
        for (String src : new String[] {"x = (1 2", "s = 'abc", "x = 1 +", "if x", "x = = 1", ")"}) {
            assertFalse(assertThrows(PySyntaxError.class, () -> Parser.parseInteractive(src)).incomplete(), src);
        }
    }

    @Test
    void yieldOnlyInsideFunctions() {
        assertEquals("'yield' outside function",
                assertThrows(PySyntaxError.class, () -> Parser.parseModule("yield 1")).getMessage());
        assertEquals(1, Parser.parseModule("def f():\n    x = yield 1\n    yield from g()\n    (yield)").size());
        assertEquals("invalid syntax",
                assertThrows(PySyntaxError.class, () -> Parser.parseModule("def f():\n    x = 1 + yield 2")).getMessage());
    }

    @Test
    void compilerStageErrorsQuoteNoLineInTheRepl() {
        assertNull(assertThrows(PySyntaxError.class, () -> Parser.parseInteractive("break")).lineText());
        assertEquals("break", assertThrows(PySyntaxError.class, () -> Parser.parseModule("break")).lineText());
    }

    @Test
    void invalidSyntaxSpansTheToken() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseInteractive("foo bar"));
        assertEquals(5, e.pos().col());
        assertEquals(8, e.endCol());
    }
}
