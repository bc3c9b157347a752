package socklab.runtime;

/** printf-style (%) formatting of str and bytes, and the format-spec mini-language. */
public final class Formatting {
    private Formatting() {}

    public static String percent(String format, PyObject args) {
        throw Py.typeError("not all arguments converted during string formatting");
    }

    public static byte[] percentBytes(byte[] format, PyObject args) {
        throw Py.typeError("not all arguments converted during bytes formatting");
    }

    /** format(value, spec): the format-spec mini-language for int, float, str and the rest. */
    public static String format(PyObject value, String spec) {
        if (spec.isEmpty()) {
            return value.str();
        }
        throw Py.valueError("Invalid format specifier '" + spec + "' for object of type '" + value.type().name() + "'");
    }
}
