package socklab.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTraceback;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;
import socklab.runtime.object.ThreadState;
import socklab.runtime.object.Tracebacks;

/**
 * The {@code traceback} module: the handled exception or a given one, formatted by the same
 * formatter that prints uncaught errors, as text, as a list of lines, or written to a file.
 */
final class TracebackModule {
    private static final Signature PRINT_EXC = Signature.parse("print_exc(limit, file, chain)");
    private static final Signature FORMAT_EXC = Signature.parse("format_exc(limit, chain)");
    private static final Signature PRINT_EXCEPTION = Signature.parse("print_exception(exc, /, value, tb, limit, file, chain)");
    private static final Signature FORMAT_EXCEPTION = Signature.parse("format_exception(exc, /, value, tb, limit, chain)");
    private static final Signature EXTRACT_TB = Signature.parse("extract_tb(tb, limit)");
    private static final Signature FORMAT_TB = Signature.parse("format_tb(tb, limit)");
    private static final Signature PRINT_TB = Signature.parse("print_tb(tb, limit, file)");
    private static final Signature FORMAT_LIST = Signature.parse("format_list(extracted_list)");
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
        PyType summaryType = stackSummaryType();
        d.put("StackSummary", summaryType);
        d.put("FrameSummary", FrameSummary.TYPE);
        fn(d, "extract_tb", (a, kw) -> {
            PyObject[] p = EXTRACT_TB.bind(a, kw, withRequiredFirst(2));
            PyList items = new PyList();
            frames(p[0], p[1]).forEach(f -> items.append(new FrameSummary(f, interp.sourceLine(f))));
            return summaryType.call(new PyObject[] {items}, null);
        });
        fn(d, "format_tb", (a, kw) -> {
            PyObject[] p = FORMAT_TB.bind(a, kw, withRequiredFirst(2));
            return lines(interp.formatFrames(frames(p[0], p[1])));
        });
        fn(d, "print_tb", (a, kw) -> {
            PyObject[] p = PRINT_TB.bind(a, kw, withRequiredFirst(3));
            write(interp, p[2], interp.formatFrames(frames(p[0], p[1])));
            return PyNone.NONE;
        });
        fn(d, "format_list", (a, kw) -> {
            PyObject[] p = FORMAT_LIST.bind(a, kw, withRequiredFirst(1));
            List<PyError.Frame> frames = new ArrayList<>();
            for (PyObject item : Py.toArray(p[0])) {
                if (!(item instanceof FrameSummary fs)) {
                    throw Py.typeError("format_list() expects FrameSummary items, not " + Py.typeName(item));
                }
                frames.add(fs.frame);
            }
            return lines(interp.formatFrames(frames));
        });
        return m;
    }

    /** StackSummary: a list of FrameSummary, made as CPython's is, a class deriving from list. */
    private static PyType stackSummaryType() {
        PyDict ns = new PyDict();
        ns.setItem(new PyStr("__module__"), new PyStr("traceback"));
        return (PyType) PyType.TYPE.call(new PyObject[] {new PyStr("StackSummary"), Py.tuple(PyList.TYPE), ns}, null);
    }

    /** The frames of a traceback (None gives none), cut to limit as the module's functions cut them. */
    private static List<PyError.Frame> frames(PyObject tb, PyObject limit) {
        if (tb == PyNone.NONE) {
            return List.of();
        }
        if (!(tb instanceof PyTraceback t)) {
            throw Py.attributeError(tb, "tb_frame");
        }
        return Tracebacks.limited(t.frames(), limit(limit));
    }

    /** One frame of an extracted traceback: where it was, the function, the source line; a 4-item sequence too. */
    private static final class FrameSummary extends PyObject {
        static final PyType TYPE = new PyType("FrameSummary", "traceback", null);
        final PyError.Frame frame;
        private final PyTuple items;

        FrameSummary(PyError.Frame frame, String line) {
            this.frame = frame;
            this.items = Py.tuple(new PyStr(frame.file()), PyInt.of(frame.line()), new PyStr(frame.function()),
                    line == null ? PyNone.NONE : new PyStr(line.strip()));
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject getAttr(String name) {
            return switch (name) {
                case "filename" -> items.items()[0];
                case "lineno" -> items.items()[1];
                case "name" -> items.items()[2];
                case "line" -> items.items()[3];
                case "locals" -> PyNone.NONE;
                default -> super.getAttr(name);
            };
        }

        @Override
        public PyObject getItem(PyObject key) {
            return items.getItem(key);
        }

        @Override
        public PyObject iter() {
            return items.iter();
        }

        @Override
        public int len() {
            return 4;
        }

        @Override
        public boolean pyEquals(PyObject other) {
            return items.pyEquals(other instanceof FrameSummary f ? f.items : other);
        }

        @Override
        public String repr() {
            return "<FrameSummary file " + frame.file() + ", line " + frame.line() + " in " + frame.function() + ">";
        }
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
        List<String> items = new ArrayList<>();
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
