package socklab.lang.ast;

import java.util.List;

/**
 * A def's or lambda's parameter list: positional (the first posOnly of them before a '/'),
 * then *varargs, keyword-only parameters, then **kwargs. Absent varargs/kwargs are null.
 */
public record Params(List<Param> positional, int posOnly, String varargs, List<Param> kwOnly, String kwargs) {
    /** One named parameter; defaultValue is null when it has none. */
    public record Param(String name, Expr defaultValue) {}

    public static final Params EMPTY = new Params(List.of(), 0, null, List.of(), null);
}
