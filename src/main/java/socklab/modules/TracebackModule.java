package socklab.modules;

import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.Py;
import socklab.runtime.PyBaseException;
import socklab.runtime.PyBuiltinFunction;
import socklab.runtime.PyList;
import socklab.runtime.PyModule;
import socklab.runtime.PyNone;
import socklab.runtime.PyObject;
import socklab.runtime.PyStr;
import socklab.runtime.Signature;
import socklab.runtime.ThreadState;
import socklab.runtime.Tracebacks;

/**
 * The {@code traceback} module: the handled exception or a given one, formatted by the same
 * formatter that prints uncaught errors, as text, as a list of lines, or written to a file.
 */
final class TracebackModule {
    private static final Signature PRINT_EXC = Signature.parse("print_exc(limit, file, chain)");
    private static final Signature FORMAT_EXC = Signature.parse("format_exc(limit, chain)");
    private static final Signature PRINT_EXCEPTION = Signature.parse("print_exception(exc, /, value, tb, limit, file, chain)");
    private static final Signature FORMAT_EXCEPTION = Signature.parse("format_exception(exc, /, value, tb, limit, chain)");
    private static final Signature FORMAT_ONLY = Signature.parse("format_exception_only(exc, /, value)");

    private TracebackModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("traceback");
        Map<String, PyObject> d = m.dict();
        fn(d, "format_exc", (a, kw) -> {
            PyObject[] p = FORMAT_EXC.bind(a, kw, defaults(2));
            return new PyStr(handled(interp, limit(p[0])));
        });
        fn(d, "print_exc", (a, kw) -> {
            PyObject[] p = PRINT_EXC.bind(a, kw, defaults(3));
            write(interp, p[1], handled(interp, limit(p[0])));
            return PyNone.NONE;
        });
        fn(d, "format_exception", (a, kw) -> {
            PyObject[] p = FORMAT_EXCEPTION.bind(a, kw, withRequiredFirst(6));
            return lines(interp.formatTraceback(given(p[0], p[1]), limit(p[3])));
        });
        fn(d, "print_exception", (a, kw) -> {
            PyObject[] p = PRINT_EXCEPTION.bind(a, kw, withRequiredFirst(7));
            write(interp, p[5], interp.formatTraceback(given(p[0], p[1]), limit(p[3])));
            return PyNone.NONE;
        });
        fn(d, "format_exception_only", (a, kw) -> {
            PyObject[] p = FORMAT_ONLY.bind(a, kw, withRequiredFirst(2));
            return lines(Tracebacks.lastLine(given(p[0], p[1])) + "\n");
        });
        return m;
    }

    private static void fn(Map<String, PyObject> d, String name, PyBuiltinFunction.Impl impl) {
        d.put(name, new PyBuiltinFunction(name, impl));
    }

    private static PyObject[] defaults(int n) {
        PyObject[] d = new PyObject[n];
        java.util.Arrays.fill(d, PyNone.NONE);
        return d;
    }

    private static PyObject[] withRequiredFirst(int n) {
        PyObject[] d = defaults(n);
        d[0] = null;
        return d;
    }

    /** What print_exc shows: the exception being handled, or CPython's "NoneType: None" outside a handler. */
    private static String handled(Interpreter interp, Integer limit) {
        PyBaseException e = ThreadState.current().handling();
        return e == null ? "NoneType: None\n" : interp.formatTraceback(e, limit);
    }

    private static Integer limit(PyObject limit) {
        return limit == PyNone.NONE ? null : Py.indexInt(limit);
    }

    /** The exception given as (exc) or, in the older form, (type, value, tb). */
    private static PyBaseException given(PyObject exc, PyObject value) {
        PyObject v = value != PyNone.NONE ? value : exc;
        if (!(v instanceof PyBaseException e)) {
            throw Py.typeError("Exception expected for value, " + Py.typeName(v) + " found");
        }
        return e;
    }

    private static void write(Interpreter interp, PyObject file, String text) {
        if (file == PyNone.NONE) {
            interp.io().err(text);
        } else {
            file.getAttr("write").call(new PyObject[] {new PyStr(text)}, null);
        }
    }

    /** CPython's list: one string per line, except that a frame's "  File" line carries its quoted source lines. */
    private static PyList lines(String text) {
        java.util.List<String> items = new java.util.ArrayList<>();
        for (String line : text.split("(?<=\n)")) {
            int last = items.size() - 1;
            if (line.startsWith("    ") && last >= 0 && items.get(last).startsWith("  File ")) {
                items.set(last, items.get(last) + line);
            } else {
                items.add(line);
            }
        }
        PyList out = new PyList();
        items.forEach(s -> out.append(new PyStr(s)));
        return out;
    }
}
