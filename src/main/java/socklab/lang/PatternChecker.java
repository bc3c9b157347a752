package socklab.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import socklab.lang.ast.Pattern;
import socklab.lang.ast.Stmt;

/**
 * The checks CPython's compiler makes on a match statement's patterns: an irrefutable case
 * (or alternative) only last, a name bound once per pattern, alternatives binding the same
 * names, a class pattern's keywords not repeated.
 */
final class PatternChecker {
    private final TokenCursor errors;

    PatternChecker(TokenCursor errors) { this.errors = errors; }

    void check(Stmt.Match m) {
        for (int i = 0; i < m.cases().size(); i++) {
            Stmt.MatchCase c = m.cases().get(i);
            names(c.pattern(), new HashSet<>());
            if (i < m.cases().size() - 1 && c.guard() == null) {
                Pattern.As open = irrefutable(c.pattern());
                if (open != null) throw unreachable(open);
            }
        }
    }

    /** The capture or wildcard that makes the pattern match anything, or null. */
    private static Pattern.As irrefutable(Pattern p) {
        if (p instanceof Pattern.As a) return a.pattern() == null ? a : irrefutable(a.pattern());
        if (p instanceof Pattern.Or o) {
            for (Pattern alt : o.patterns()) {
                Pattern.As open = irrefutable(alt);
                if (open != null) return open;
            }
        }
        return null;
    }

    private PySyntaxError unreachable(Pattern.As open) {
        String what = open.name() == null ? "wildcard" : "name capture '" + open.name() + "'";
        return errors.error(open.pos(), what + " makes remaining patterns unreachable").fromCompiler();
    }

    /** Adds the names p binds to bound, in source order, refusing a name bound twice. */
    private void names(Pattern p, Set<String> bound) {
        if (p instanceof Pattern.As a) {
            if (a.pattern() != null) names(a.pattern(), bound);
            bind(a.name(), a.pos(), bound);
        } else if (p instanceof Pattern.Star s) {
            bind(s.name(), s.pos(), bound);
        } else if (p instanceof Pattern.Sequence s) {
            s.patterns().forEach(q -> names(q, bound));
        } else if (p instanceof Pattern.Mapping m) {
            m.patterns().forEach(q -> names(q, bound));
            bind(m.rest(), m.pos(), bound);
        } else if (p instanceof Pattern.ClassPattern c) {
            c.patterns().forEach(q -> names(q, bound));
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < c.kwdNames().size(); i++) {
                String name = c.kwdNames().get(i);
                if (!seen.add(name)) {
                    throw errors.error(c.kwdPatterns().get(i).pos(), "attribute name repeated in class pattern: " + name).fromCompiler();
                }
                names(c.kwdPatterns().get(i), bound);
            }
        } else if (p instanceof Pattern.Or o) {
            List<Pattern> alts = o.patterns();
            for (int i = 0; i < alts.size() - 1; i++) {
                Pattern.As open = irrefutable(alts.get(i));
                if (open != null) throw unreachable(open);
            }
            Set<String> first = null;
            for (Pattern alt : alts) {
                Set<String> mine = new HashSet<>();
                names(alt, mine);
                if (first == null) {
                    first = mine;
                } else if (!first.equals(mine)) {
                    throw errors.error(lastLeaf(alt).pos(), "alternative patterns bind different names").fromCompiler();
                }
            }
            for (String n : new ArrayList<>(first)) bind(n, o.pos(), bound);
        }
    }

    /** Where CPython's compiler stands when it finishes a pattern: the last simple pattern inside it. */
    private static Pattern lastLeaf(Pattern p) {
        if (p instanceof Pattern.As a && a.pattern() != null) return lastLeaf(a.pattern());
        if (p instanceof Pattern.Sequence s && !s.patterns().isEmpty()) return lastLeaf(s.patterns().get(s.patterns().size() - 1));
        if (p instanceof Pattern.Mapping m && !m.patterns().isEmpty()) return lastLeaf(m.patterns().get(m.patterns().size() - 1));
        if (p instanceof Pattern.ClassPattern c && !c.kwdPatterns().isEmpty()) return lastLeaf(c.kwdPatterns().get(c.kwdPatterns().size() - 1));
        if (p instanceof Pattern.ClassPattern c && !c.patterns().isEmpty()) return lastLeaf(c.patterns().get(c.patterns().size() - 1));
        if (p instanceof Pattern.Or o) return lastLeaf(o.patterns().get(o.patterns().size() - 1));
        return p;
    }

    private void bind(String name, Pos at, Set<String> bound) {
        if (name != null && !bound.add(name)) {
            throw errors.error(at, "multiple assignments to name '" + name + "' in pattern").fromCompiler();
        }
    }
}
