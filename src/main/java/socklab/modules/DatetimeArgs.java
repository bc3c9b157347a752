package socklab.modules;

import java.util.Arrays;
import java.util.Map;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;

/**
 * The argument parsing of datetime's C constructors and replace(), whose messages name the callee
 * in their own way ("function takes at most 3 arguments (4 given)", "'x' is an invalid keyword
 * argument for this function"); unpassed slots are null.
 */
final class DatetimeArgs {
    private DatetimeArgs() {}

    /**
     * @param counted how the arity messages name the callee ("function", "__new__()")
     * @param keyword how the unknown-keyword message names it ("this function", "__new__()")
     */
    static PyObject[] parse(PyObject[] args, Map<String, PyObject> kwargs, String[] names, int required,
            String counted, String keyword) {
        int total = args.length + (kwargs == null ? 0 : kwargs.size());
        if (total > names.length) {
            throw Py.typeError(counted + " takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s")
                    + " (" + total + " given)");
        }
        PyObject[] slots = Arrays.copyOf(args, names.length);
        String unknown = null;
        String twice = null;
        if (kwargs != null) {
            for (Map.Entry<String, PyObject> e : kwargs.entrySet()) {
                int i = Arrays.asList(names).indexOf(e.getKey());
                if (i < 0) {
                    unknown = unknown == null ? e.getKey() : unknown;
                    continue;
                }
                if (i < args.length) {
                    twice = twice == null ? "argument for " + counted + " given by name ('" + e.getKey() + "') and position ("
                            + (i + 1) + ")" : twice;
                    continue;
                }
                slots[i] = e.getValue();
            }
        }
        for (int i = 0; i < required; i++) {
            if (slots[i] == null) {
                throw Py.typeError(counted + " missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (twice != null) {
            throw Py.typeError(twice);
        }
        if (unknown != null) {
            throw Py.typeError("'" + unknown + "' is an invalid keyword argument for " + keyword);
        }
        return slots;
    }

    /** An int field (year, hour, ...) or its default when not passed. */
    static int field(PyObject v, int dflt) {
        return v == null ? dflt : cInt(v);
    }

    /** An int argument as C's "i" format reads it, with its overflow messages. */
    static int cInt(PyObject v) {
        if (v instanceof PyInt i && (!i.fitsLong() || i.longValue() != (int) i.longValue())) {
            if (!i.fitsLong()) {
                throw Py.overflowError("Python int too large to convert to C long");
            }
            throw Py.overflowError(i.signum() > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        }
        return Py.indexInt(v);
    }
}
