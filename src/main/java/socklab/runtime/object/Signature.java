package socklab.runtime.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parameter list and the one routine that binds a call's arguments to it, with CPython's
 * messages ("missing 1 required positional argument: 'x'"). User functions and Java builtins
 * declared with a signature share it, so their errors read alike.
 */
public final class Signature {
    private final String name;
    private final String[] names;
    private final int positional;
    private final int posOnly;
    private final boolean varargs;
    private final boolean varkw;

    /**
     * @param names positional parameter names, then keyword-only ones, then *args and **kwargs names if present
     */
    public Signature(String name, String[] names, int positional, int posOnly, boolean varargs, boolean varkw) {
        this.name = name;
        this.names = names;
        this.positional = positional;
        this.posOnly = posOnly;
        this.varargs = varargs;
        this.varkw = varkw;
    }

    /** Parses "name(a, b=None, *args, c, **kw)" style declarations for Java builtins; defaults come separately. */
    public static Signature parse(String decl) {
        int open = decl.indexOf('(');
        String fname = decl.substring(0, open);
        String inner = decl.substring(open + 1, decl.lastIndexOf(')')).trim();
        List<String> pos = new ArrayList<>();
        List<String> kwOnly = new ArrayList<>();
        String star = null;
        String dstar = null;
        int posOnlyCount = 0;
        boolean afterStar = false;
        if (!inner.isEmpty()) {
            for (String part : inner.split(",")) {
                String p = part.trim();
                int eq = p.indexOf('=');
                if (eq >= 0) {
                    p = p.substring(0, eq).trim();
                }
                if (p.equals("/")) {
                    posOnlyCount = pos.size();
                } else if (p.startsWith("**")) {
                    dstar = p.substring(2);
                } else if (p.startsWith("*")) {
                    afterStar = true;
                    if (p.length() > 1) {
                        star = p.substring(1);
                    }
                } else if (afterStar) {
                    kwOnly.add(p);
                } else {
                    pos.add(p);
                }
            }
        }
        List<String> all = new ArrayList<>(pos);
        all.addAll(kwOnly);
        if (star != null) {
            all.add(star);
        }
        if (dstar != null) {
            all.add(dstar);
        }
        return new Signature(fname, all.toArray(new String[0]), pos.size(), posOnlyCount, star != null, dstar != null);
    }

    public String name() {
        return name;
    }

    public String[] names() {
        return names;
    }

    /** True when the parameters are plain positional ones, so a call of matching arity needs no binding. */
    public boolean isSimple() {
        return !varargs && !varkw && positional == names.length;
    }

    /** Number of slots bind() fills: every named parameter plus *args and **kwargs. */
    public int slotCount() {
        return names.length;
    }

    private int kwOnlyCount() {
        return names.length - positional - (varargs ? 1 : 0) - (varkw ? 1 : 0);
    }

    /**
     * Binds args into slots. defaults holds a value (or null) per named parameter, aligned with
     * names; a null default means required.
     */
    public PyObject[] bind(PyObject[] args, Map<String, PyObject> kwargs, PyObject[] defaults) {
        PyObject[] slots = new PyObject[names.length];
        int kwOnly = kwOnlyCount();
        int nArgs = args.length;
        if (nArgs > positional && !varargs) {
            throw tooMany(nArgs, kwargs, defaults);
        }
        int nPos = Math.min(nArgs, positional);
        System.arraycopy(args, 0, slots, 0, nPos);
        if (varargs) {
            PyObject[] rest = nArgs > positional ? java.util.Arrays.copyOfRange(args, positional, nArgs) : new PyObject[0];
            slots[positional + kwOnly] = new PyTuple(rest);
        }
        PyDict extra = varkw ? new PyDict() : null;
        if (kwargs != null && !kwargs.isEmpty()) {
            List<String> posOnlyPassed = null;
            for (Map.Entry<String, PyObject> e : kwargs.entrySet()) {
                int idx = indexOf(e.getKey(), positional + kwOnly);
                if (idx >= 0 && idx < posOnly) {
                    if (varkw) {
                        extra.put(new PyStr(e.getKey()), e.getValue());
                        continue;
                    }
                    if (posOnlyPassed == null) {
                        posOnlyPassed = new ArrayList<>();
                    }
                    posOnlyPassed.add(e.getKey());
                    continue;
                }
                if (idx < 0) {
                    if (extra == null) {
                        throw Py.typeError(name + "() got an unexpected keyword argument '" + e.getKey() + "'");
                    }
                    extra.put(new PyStr(e.getKey()), e.getValue());
                    continue;
                }
                if (slots[idx] != null) {
                    throw Py.typeError(name + "() got multiple values for argument '" + e.getKey() + "'");
                }
                slots[idx] = e.getValue();
            }
            if (posOnlyPassed != null) {
                throw Py.typeError(name + "() got some positional-only arguments passed as keyword arguments: '"
                        + String.join(", ", posOnlyPassed) + "'");
            }
        }
        if (varkw) {
            slots[names.length - 1] = extra;
        }
        fillDefaults(slots, defaults, 0, positional, "positional");
        fillDefaults(slots, defaults, positional, positional + kwOnly, "keyword-only");
        return slots;
    }

    /** Fills unpassed parameters in [from, to) from their defaults; names the missing required ones. */
    private void fillDefaults(PyObject[] slots, PyObject[] defaults, int from, int to, String kind) {
        List<String> missing = null;
        for (int i = from; i < to; i++) {
            if (slots[i] != null) {
                continue;
            }
            if (defaults != null && defaults[i] != null) {
                slots[i] = defaults[i];
            } else {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(names[i]);
            }
        }
        if (missing != null) {
            throw missing(kind, missing);
        }
    }

    private int indexOf(String key, int limit) {
        for (int i = 0; i < limit; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private PyError missing(String kind, List<String> missing) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                list.append(missing.size() == 2 ? " and " : i == missing.size() - 1 ? ", and " : ", ");
            }
            list.append('\'').append(missing.get(i)).append('\'');
        }
        return Py.typeError(name + "() missing " + missing.size() + " required " + kind + " argument"
                + (missing.size() == 1 ? "" : "s") + ": " + list);
    }

    private PyError tooMany(int given, Map<String, PyObject> kwargs, PyObject[] defaults) {
        int required = 0;
        for (int i = 0; i < positional; i++) {
            if (defaults == null || defaults[i] == null) {
                required++;
            }
        }
        String takes = required == positional
                ? positional + " positional argument" + (positional == 1 ? "" : "s")
                : "from " + required + " to " + positional + " positional arguments";
        int kwGiven = 0;
        if (kwargs != null) {
            for (String k : kwargs.keySet()) {
                int idx = indexOf(k, names.length);
                if (idx >= positional && idx < positional + kwOnlyCount()) {
                    kwGiven++;
                }
            }
        }
        String givenText = given + (given == 1 ? " was" : " were");
        if (kwGiven > 0) {
            givenText = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven
                    + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ") were";
        }
        return Py.typeError(name + "() takes " + takes + " but " + givenText + " given");
    }
}
