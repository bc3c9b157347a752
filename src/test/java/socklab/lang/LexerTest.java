package socklab.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import socklab.lang.ast.Expr;

/** Token streams: indentation, line joining and literal values. */
class LexerTest {
    private static String kinds(String src) {
        return Lexer.tokenize(src).stream()
                .map(t -> t.kind() == Token.Kind.NAME || t.kind() == Token.Kind.OP ? t.text() : t.kind().name())
                .collect(Collectors.joining(" "));
    }

    @Test
    void indentationBecomesIndentAndDedent() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE if z : NEWLINE INDENT w NEWLINE DEDENT DEDENT v NEWLINE ENDMARKER",
                kinds("if x:\n    y\n\n    # note\n    if z:\n        w\nv\n"));
    }

    @Test
    void bracketsAndBackslashesJoinLines() {
        assertEquals("x = ( NUMBER , NUMBER ) NEWLINE ENDMARKER", kinds("x = (1,\n\n   2)"));
        assertEquals("x = NUMBER + NUMBER NEWLINE ENDMARKER", kinds("x = 1 + \\\n  2"));
    }

    @Test
    void numbersCarryTheirValues() {
        assertEquals(new BigInteger("255"), ((Expr.IntLit) Lexer.tokenize("0xF_F").get(0).value()).value());
        assertEquals(1500.0, ((Expr.FloatLit) Lexer.tokenize("1_5e2").get(0).value()).value());
        assertEquals(2.0, ((Expr.ImagLit) Lexer.tokenize("2J").get(0).value()).value());
    }

    @Test
    void stringTokensKeepPrefixAndBody() {
        Token.StringToken s = (Token.StringToken) Lexer.tokenize("Rb'''a\\'\n'''").get(0).value();
        assertEquals("rb", s.prefix());
        assertEquals("a\\'\n", s.body());
    }

    @Test
    void unclosedBracketIsAnIncompleteError() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Lexer.tokenize("f(1,\n [2"));
        assertEquals("'(' was never closed", e.getMessage());
        assertEquals(true, e.incomplete());
    }
}
