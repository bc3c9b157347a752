package socklab.runtime.object;

import java.util.Arrays;
import java.util.Map;

/**
 * Arity and keyword checks for the methods of built-in types. CPython words these errors in three
 * styles depending on how each method is declared in C, so each style has one routine here.
 */
public final class Args {
    private Args() {}

    /** The part of "str.find" that CPython's short messages use. */
    private static String shortName(String qualName) {
        return qualName.substring(qualName.lastIndexOf('.') + 1);
    }

    private static String plural(int n) {
        return n == 1 ? " argument" : " arguments";
    }

    /** Refuses keyword arguments: "str.find() takes no keyword arguments". */
    public static void noKeywords(String qualName, Map<String, PyObject> kwargs) {
        if (kwargs != null && !kwargs.isEmpty()) {
            throw Py.typeError(qualName + "() takes no keyword arguments");
        }
    }

    /** A method without parameters: "str.upper() takes no arguments (1 given)". */
    public static void none(String qualName, PyObject[] args, Map<String, PyObject> kwargs) {
        noKeywords(qualName, kwargs);
        if (args.length != 0) {
            throw Py.typeError(qualName + "() takes no arguments (" + args.length + " given)");
        }
    }

    /** A method of exactly one parameter: "list.append() takes exactly one argument (0 given)". */
    public static PyObject one(String qualName, PyObject[] args, Map<String, PyObject> kwargs) {
        noKeywords(qualName, kwargs);
        if (args.length != 1) {
            throw Py.typeError(qualName + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    /**
     * Argument Clinic's positional-only style: "strip expected at most 1 argument, got 2". The result
     * has max slots, null where an optional argument was not passed.
     */
    public static PyObject[] expected(String qualName, PyObject[] args, Map<String, PyObject> kwargs, int min, int max) {
        noKeywords(qualName, kwargs);
        String name = shortName(qualName);
        if (args.length < min || args.length > max) {
            String bound = min == max ? "" : args.length < min ? "at least " : "at most ";
            int n = args.length < min ? min : max;
            throw Py.typeError(name + " expected " + bound + n + plural(n) + ", got " + args.length);
        }
        return Arrays.copyOf(args, max);
    }

    /**
     * The older getargs style: "find() takes at least 1 argument (0 given)", "htons() takes exactly
     * 1 argument (2 given)"; padded like expected().
     */
    public static PyObject[] takes(String qualName, PyObject[] args, Map<String, PyObject> kwargs, int min, int max) {
        noKeywords(qualName, kwargs);
        String name = shortName(qualName);
        if (min == max && args.length != min) {
            throw Py.typeError(name + "() takes exactly " + min + plural(min) + " (" + args.length + " given)");
        }
        if (args.length < min) {
            throw Py.typeError(name + "() takes at least " + min + plural(min) + " (" + args.length + " given)");
        }
        if (args.length > max) {
            throw Py.typeError(name + "() takes at most " + max + plural(max) + " (" + args.length + " given)");
        }
        return Arrays.copyOf(args, max);
    }

    /**
     * Argument Clinic's keyword style, e.g. split(sep=None, maxsplit=-1). names lists every parameter,
     * the first positional of which may be passed by position; the first required must be given.
     * Unpassed optional slots are null.
     */
    public static PyObject[] keywords(String qualName, PyObject[] args, Map<String, PyObject> kwargs,
            String[] names, int positional, int required) {
        String name = shortName(qualName);
        if (args.length > positional) {
            String what = positional < names.length ? " positional" + plural(positional) : plural(positional);
            throw Py.typeError(name + "() takes at most " + positional + what + " (" + args.length + " given)");
        }
        int total = args.length + (kwargs == null ? 0 : kwargs.size());
        if (total > names.length) {
            throw Py.typeError(name + "() takes at most " + names.length + plural(names.length) + " (" + total + " given)");
        }
        PyObject[] slots = Arrays.copyOf(args, names.length);
        if (kwargs != null) {
            for (Map.Entry<String, PyObject> e : kwargs.entrySet()) {
                int i = Arrays.asList(names).indexOf(e.getKey());
                if (i < 0) {
                    throw Py.typeError("'" + e.getKey() + "' is an invalid keyword argument for " + name + "()");
                }
                if (i < args.length) {
                    throw Py.typeError("argument for " + name + "() given by name ('" + e.getKey()
                            + "') and position (" + (i + 1) + ")");
                }
                slots[i] = e.getValue();
            }
        }
        for (int i = 0; i < required; i++) {
            if (slots[i] == null) {
                throw Py.typeError(name + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return slots;
    }

    /** A method written in Python taking only self: "socket.close() takes 1 positional argument but 2 were given". */
    public static void selfOnly(String qualName, PyObject[] args, Map<String, PyObject> kwargs) {
        if (kwargs != null && !kwargs.isEmpty()) {
            throw Py.typeError(qualName + "() got an unexpected keyword argument '" + kwargs.keySet().iterator().next() + "'");
        }
        if (args.length != 0) {
            throw Py.typeError(qualName + "() takes 1 positional argument but " + (args.length + 1) + " were given");
        }
    }

    /** An optional argument's value, or the default when it was not passed. */
    public static PyObject or(PyObject given, PyObject dflt) {
        return given == null ? dflt : given;
    }
}
