package socklab.lang;

import java.util.ArrayList;
import java.util.List;
import socklab.lang.Token.Kind;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Pattern;

/**
 * The patterns of a case clause (PEP 634's grammar), read over the statement parser's tokens:
 * kept apart because patterns look like expressions but mean something else (a name binds, |
 * separates alternatives, a call is an instance check).
 */
final class PatternParser {
    private final ExprParser p;

    PatternParser(ExprParser p) {
        this.p = p;
    }

    /** The pattern after case: an open sequence (a, b) without brackets, or one pattern. */
    Pattern patterns() {
        Pos start = p.peek().pos();
        Pattern first = maybeStar();
        if (!p.check(",")) {
            if (first instanceof Pattern.Star) throw p.invalidSyntax(p.peek());
            return first;
        }
        List<Pattern> items = new ArrayList<>(List.of(first));
        while (p.match(",") && !p.check(":") && !p.check("if")) items.add(maybeStar());
        return new Pattern.Sequence(p.span(start), items);
    }

    private Pattern maybeStar() {
        if (!p.check("*")) return pattern();
        Pos start = p.advance().pos();
        String name = p.consumeIdentifier();
        return new Pattern.Star(p.span(start), name.equals("_") ? null : name);
    }

    /** or_pattern ['as' NAME]. */
    private Pattern pattern() {
        Pos start = p.peek().pos();
        Pattern alt = orPattern();
        if (!p.match("as")) return alt;
        String name = p.consumeIdentifier();
        if (name.equals("_")) throw p.error(p.tokens.get(p.current - 1), "cannot use '_' as a target");
        return new Pattern.As(p.span(start), alt, name);
    }

    private Pattern orPattern() {
        Pos start = p.peek().pos();
        Pattern first = closedPattern();
        if (!p.check("|")) return first;
        List<Pattern> alts = new ArrayList<>(List.of(first));
        while (p.match("|")) alts.add(closedPattern());
        return new Pattern.Or(p.span(start), alts);
    }

    private Pattern closedPattern() {
        Token t = p.peek();
        Pos start = t.pos();
        if (t.kind() == Kind.NUMBER || t.kind() == Kind.STRING || t.is(Kind.OP, "-")) {
            return new Pattern.Value(p.span(start), p.arithmetic());
        }
        if (t.kind() == Kind.NAME && (t.text().equals("None") || t.text().equals("True") || t.text().equals("False"))) {
            return new Pattern.Singleton(p.span(start), p.arithmetic());
        }
        if (t.is(Kind.OP, "(")) {
            p.advance();
            if (p.match(")")) return new Pattern.Sequence(p.span(start), List.of());
            Pattern first = maybeStar();
            if (p.match(")")) {
                if (first instanceof Pattern.Star) return new Pattern.Sequence(p.span(start), List.of(first));
                return first;
            }
            return new Pattern.Sequence(p.span(start), rest(first, ")"));
        }
        if (t.is(Kind.OP, "[")) {
            p.advance();
            if (p.match("]")) return new Pattern.Sequence(p.span(start), List.of());
            return new Pattern.Sequence(p.span(start), rest(maybeStar(), "]"));
        }
        if (t.is(Kind.OP, "{")) {
            p.advance();
            return mapping(start);
        }
        if (!TokenCursor.isIdentifier(t)) throw p.invalidSyntax(t);
        Expr name = dottedName();
        if (p.check("(")) {
            p.advance();
            return classPattern(start, name);
        }
        if (name instanceof Expr.Name n) {
            return new Pattern.As(p.span(start), null, n.id().equals("_") ? null : n.id());
        }
        return new Pattern.Value(p.span(start), name);
    }

    /** The items of a bracketed sequence after its first, through the closer. */
    private List<Pattern> rest(Pattern first, String closer) {
        List<Pattern> items = new ArrayList<>(List.of(first));
        while (p.match(",") && !p.check(closer)) items.add(maybeStar());
        p.consume(closer);
        return items;
    }

    private Expr dottedName() {
        Pos start = p.peek().pos();
        Expr e = new Expr.Name(p.span(start), p.consumeIdentifier());
        while (p.match(".")) {
            String attr = p.consumeIdentifier();
            e = new Expr.Attribute(p.span(start), e, attr);
        }
        return e;
    }

    private Pattern mapping(Pos start) {
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!p.check("}")) {
            if (p.match("**")) {
                rest = p.consumeIdentifier();
                p.match(",");
                break;
            }
            Token k = p.peek();
            Expr key = k.kind() == Kind.NAME && !k.text().equals("None") && !k.text().equals("True") && !k.text().equals("False")
                    ? dottedName() : p.arithmetic();
            keys.add(key);
            p.consume(":");
            values.add(pattern());
            if (!p.match(",")) break;
        }
        p.consume("}");
        return new Pattern.Mapping(p.span(start), keys, values, rest);
    }

    private Pattern classPattern(Pos start, Expr cls) {
        List<Pattern> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Pattern> keyword = new ArrayList<>();
        while (!p.check(")")) {
            if (TokenCursor.isIdentifier(p.peek()) && p.peekAt(1).is(Kind.OP, "=")) {
                names.add(p.advance().text());
                p.advance();
                keyword.add(pattern());
            } else {
                if (!names.isEmpty()) throw p.error(p.peek(), "positional patterns follow keyword patterns");
                positional.add(pattern());
            }
            if (!p.match(",")) break;
        }
        p.consume(")");
        return new Pattern.ClassPattern(p.span(start), cls, positional, names, keyword);
    }
}
