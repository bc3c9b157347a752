package socklab.runtime.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import socklab.lang.Mangling;
import socklab.lang.Pos;
import socklab.lang.PySyntaxError;

/**
 * One function-like scope (def, lambda, comprehension) or the module: which names it binds, which
 * it declares global or nonlocal, and, once resolved, where each name lives (slot, cell, global).
 * Resolving names once at compile time is what keeps variable access in loops cheap.
 */
final class Scope {
    /** Where a name is found at run time. */
    enum Kind { LOCAL, CELL, GLOBAL }

    /** A resolved name: its kind and index into the frame's slots or cells. */
    record Ref(Kind kind, int index) {}

    /** The implicit cell through which methods' zero-argument super() finds their class. */
    static final String CLASS_CELL = "__class__";

    final Scope parent;
    final boolean isFunction;
    /** A class body: its names live in slots but stay invisible to the functions nested in it. */
    final boolean isClass;
    final String name;
    /** The innermost enclosing class's name, which private names (__x) are mangled with; null outside classes. */
    final String privateName;
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    /** Where each nonlocal was declared, for the SyntaxError when no enclosing function binds it. */
    private final Map<String, Pos> nonlocalAt = new LinkedHashMap<>();
    final Set<String> used = new LinkedHashSet<>();
    final List<Scope> children = new ArrayList<>();
    final List<String> params = new ArrayList<>();
    /** A function whose body yields: calling it makes a generator. */
    boolean isGenerator;

    /** Filled by resolve(): local slot numbers, then cell numbers (own cells first, then free). */
    final Map<String, Integer> slots = new LinkedHashMap<>();
    final Map<String, Integer> cells = new LinkedHashMap<>();
    final List<String> freeVars = new ArrayList<>();
    final Set<String> cellVars = new LinkedHashSet<>();

    Scope(Scope parent, boolean isFunction, String name) {
        this(parent, isFunction, false, name);
    }

    Scope(Scope parent, boolean isFunction, boolean isClass, String name) {
        this.parent = parent;
        this.isFunction = isFunction;
        this.isClass = isClass;
        this.name = name;
        this.privateName = isClass ? name : parent == null ? null : parent.privateName;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** The name as this scope stores it: __x inside a class body or its methods becomes _Class__x. */
    String mangle(String n) {
        return Mangling.mangle(privateName, n);
    }

    void bind(String n) {
        bound.add(mangle(n));
    }

    void use(String n) {
        used.add(mangle(n));
    }

    void param(String n) {
        params.add(mangle(n));
    }

    void declareGlobals(List<String> names) {
        names.forEach(n -> globals.add(mangle(n)));
    }

    void declareNonlocals(List<String> names, Pos at) {
        names.forEach(n -> {
            nonlocals.add(mangle(n));
            nonlocalAt.putIfAbsent(mangle(n), at);
        });
    }

    boolean isLocal(String n) {
        return isFunction && bound.contains(n) && !globals.contains(n) && !nonlocals.contains(n);
    }

    /** Decides, after the whole tree is collected, which names are cells and which are free. */
    void resolve() {
        for (Scope c : children) {
            c.resolve();
        }
        if (!isFunction) {
            return;
        }
        for (Scope c : children) {
            for (String free : c.freeVars) {
                if (isClass ? CLASS_CELL.equals(free) : isLocal(free)) {
                    cellVars.add(free);
                } else if (!freeVars.contains(free)) {
                    freeVars.add(free);
                }
            }
        }
        Set<String> wanted = new LinkedHashSet<>(used);
        wanted.addAll(nonlocals);
        for (String n : wanted) {
            if (isLocal(n) || globals.contains(n)) {
                continue;
            }
            if (nonlocals.contains(n) && !enclosingBinds(n)) {
                throw PySyntaxError.fromSymbolTable("no binding for nonlocal '" + n + "' found", nonlocalAt.get(n));
            }
            if (nonlocals.contains(n) || enclosingBinds(n)) {
                if (!freeVars.contains(n)) {
                    freeVars.add(n);
                }
            }
        }
        for (String p : params) {
            slots.putIfAbsent(p, slots.size());
        }
        for (String n : bound) {
            if (isLocal(n)) {
                slots.putIfAbsent(n, slots.size());
            }
        }
        for (String n : cellVars) {
            cells.put(n, cells.size());
        }
        for (String n : freeVars) {
            cells.putIfAbsent(n, cells.size());
        }
    }

    private boolean enclosingBinds(String n) {
        for (Scope s = parent; s != null; s = s.parent) {
            if (s.isClass) {
                if (CLASS_CELL.equals(n)) {
                    return true;
                }
                continue;
            }
            if (s.isFunction && s.isLocal(n)) {
                return true;
            }
            if (s.isFunction && s.globals.contains(n)) {
                return false;
            }
        }
        return false;
    }

    /** Where the name lives when this scope reads or writes it. */
    Ref ref(String n) {
        if (!isFunction || globals.contains(n)) {
            return new Ref(Kind.GLOBAL, -1);
        }
        Integer c = cells.get(n);
        if (c != null) {
            return new Ref(Kind.CELL, c);
        }
        Integer s = slots.get(n);
        if (s != null) {
            return new Ref(Kind.LOCAL, s);
        }
        return new Ref(Kind.GLOBAL, -1);
    }

    /** True when n is a cell of this scope's own (not inherited from an enclosing one). */
    boolean isOwnCell(String n) {
        return cellVars.contains(n);
    }
}
