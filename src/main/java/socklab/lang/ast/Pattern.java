package socklab.lang.ast;

import java.util.List;
import socklab.lang.Pos;

/** The patterns of a match statement's case clauses (PEP 634), one record per form, as Python's ast module has them. */
public sealed interface Pattern {
    Pos pos();

    /** A literal or dotted name, matched with ==. */
    record Value(Pos pos, Expr value) implements Pattern {}
    /** None, True or False, matched with is. */
    record Singleton(Pos pos, Expr value) implements Pattern {}
    /** [a, *rest] or (a, b) or a, b: a sequence of patterns, at most one of them a Star. */
    record Sequence(Pos pos, List<Pattern> patterns) implements Pattern {}
    /** *name inside a sequence pattern; name is null for *_. */
    record Star(Pos pos, String name) implements Pattern {}
    /** {key: pattern, **rest}; rest is null when absent. */
    record Mapping(Pos pos, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}
    /** Cls(p, name=q): an instance check, then positional (through __match_args__) and keyword sub-patterns. */
    record ClassPattern(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdNames, List<Pattern> kwdPatterns)
            implements Pattern {}
    /** pattern as name, a bare capture (pattern null) or the wildcard _ (both null). */
    record As(Pos pos, Pattern pattern, String name) implements Pattern {}
    /** p | q | ...: the first alternative that matches. */
    record Or(Pos pos, List<Pattern> patterns) implements Pattern {}
}
