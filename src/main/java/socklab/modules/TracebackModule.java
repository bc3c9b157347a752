package socklab.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.Args;
import socklab.runtime.object.Descriptors;
import socklab.runtime.object.LibraryClasses;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyIterator;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTraceback;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.RunningFrame;
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
    private static final Signature PRINT_STACK = Signature.parse("print_stack(f, limit, file)");
    private static final Signature FORMAT_STACK = Signature.parse("format_stack(f, limit)");
    private static final Signature EXTRACT_STACK = Signature.parse("extract_stack(f, limit)");
    private static final Signature WALK_TB = Signature.parse("walk_tb(tb)");
    private static final Signature FRAME_SUMMARY = Signature.parse(
            "FrameSummary(filename, lineno, name, *, lookup_line, locals, line, end_lineno, colno, end_colno)");
    private static final Signature TB_EXCEPTION = Signature.parse("TracebackException(exc_type, exc_value, exc_traceback, *, "
            + "limit, lookup_lines, capture_locals, compact, max_group_width, max_group_depth)");
    private static final Signature FROM_EXCEPTION = Signature.parse("from_exception(exc, /, *args, **kwargs)");
    private static final Signature TB_FORMAT = Signature.parse("format(self, *, chain)");
    private static final Signature TB_PRINT = Signature.parse("print(self, *, file, chain)");

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
            PyObject[] p = FORMAT_EXCEPTION.bind(a, kw, withRequiredFirst(5));
            return lines(exceptionText(interp, p[0], p[1], limit(p[3])));
        });
        fn(d, "print_exception", (a, kw) -> {
            PyObject[] p = PRINT_EXCEPTION.bind(a, kw, withRequiredFirst(6));
            write(interp, p[4], exceptionText(interp, p[0], p[1], limit(p[3])));
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
            return summary(interp, summaryType, frames(p[0], p[1]));
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
        fn(d, "print_stack", (a, kw) -> {
            PyObject[] p = PRINT_STACK.bind(a, kw, defaults(3));
            write(interp, p[2], interp.formatFrames(stack(p[1])));
            return PyNone.NONE;
        });
        fn(d, "format_stack", (a, kw) -> {
            PyObject[] p = FORMAT_STACK.bind(a, kw, defaults(2));
            return lines(interp.formatFrames(stack(p[1])));
        });
        fn(d, "extract_stack", (a, kw) -> {
            PyObject[] p = EXTRACT_STACK.bind(a, kw, defaults(2));
            return summary(interp, summaryType, stack(p[1]));
        });
        fn(d, "walk_tb", (a, kw) -> {
            PyObject tb = WALK_TB.bind(a, kw, new PyObject[] {null})[0];
            List<PyObject> pairs = new ArrayList<>();
            for (PyObject t = tb; t != PyNone.NONE; t = t.getAttr("tb_next")) {
                pairs.add(Py.tuple(t.getAttr("tb_frame"), t.getAttr("tb_lineno")));
            }
            return new PyIterator.OfJava("generator", pairs.iterator());
        });
        summaryType.define("from_list", new Descriptors.BuiltinClassMethod("from_list", (cls, a, kw) -> {
            PyList items = new PyList();
            for (PyObject item : Py.toArray(Args.one("from_list", a, kw))) {
                try {
                    items.append(item instanceof FrameSummary ? item : FrameSummary.fromTuple(item));
                } catch (PyError e) {
                    e.addFrame(new PyError.Frame(ModuleSpec.LIBRARY + "traceback.py", 451, "from_list",
                            "filename, lineno, name, line = frame", "filename, lineno, name, line"));
                    throw e;
                }
            }
            return cls.call(new PyObject[] {items}, null);
        }));
        LibraryClasses.function(summaryType, "format", (self, a, kw) -> {
            Args.none("StackSummary.format", a, kw);
            return lines(interp.formatFrames(summaryFrames(self)));
        });
        FrameSummary.TYPE.constructor((t, a, kw) -> {
            PyObject[] p = FRAME_SUMMARY.bind(a, kw, new PyObject[] {null, null, null, Py.bool(true), PyNone.NONE,
                PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE});
            return FrameSummary.of(interp, Py.asStr(p[0], "filename"), Py.indexInt(p[1]), Py.asStr(p[2], "name"),
                    p[5] != PyNone.NONE ? p[5].str() : null, p[3].isTrue());
        });
        PyType tbException = TracebackException.type(interp, summaryType);
        d.put("TracebackException", tbException);
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

    /** A StackSummary of these frames, each with its source line. */
    private static PyObject summary(Interpreter interp, PyType summaryType, List<PyError.Frame> frames) {
        PyList items = new PyList();
        frames.forEach(f -> items.append(new FrameSummary(f, interp.sourceLine(f))));
        return summaryType.call(new PyObject[] {items}, null);
    }

    private static List<PyError.Frame> summaryFrames(PyObject summary) {
        List<PyError.Frame> frames = new ArrayList<>();
        for (PyObject item : Py.toArray(summary)) {
            frames.add(item instanceof FrameSummary fs ? fs.frame : FrameSummary.fromTuple(item).frame);
        }
        return frames;
    }

    /**
     * The calling thread's running Python frames, outermost first, as walk_stack sees them from the
     * caller of the traceback function (written in Java here, so it has no frame of its own). A
     * limit keeps the innermost frames, a negative one the outermost, as StackSummary.extract does.
     */
    private static List<PyError.Frame> stack(PyObject limit) {
        List<PyError.Frame> frames = new ArrayList<>();
        for (RunningFrame f = ThreadState.current().frame(); f != null; f = f.caller()) {
            frames.add(0, new PyError.Frame(f.filename(), f.line(), f.function()));
        }
        Integer n = limit(limit);
        if (n == null) {
            return frames;
        }
        return n >= 0 ? frames.subList(Math.max(0, frames.size() - n), frames.size()) : frames.subList(0, Math.min(-n, frames.size()));
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

        /** A (filename, lineno, name, line) tuple as StackSummary.from_list takes it. */
        static FrameSummary fromTuple(PyObject item) {
            PyObject[] v = Py.toArray(item);
            if (v.length != 4) {
                throw Py.valueError((v.length < 4 ? "not enough" : "too many") + " values to unpack (expected 4"
                        + (v.length < 4 ? ", got " + v.length : "") + ")");
            }
            return of(null, v[0].str(), Py.indexInt(v[1]), v[2].str(), v[3] == PyNone.NONE ? null : v[3].str(), false);
        }

        /**
         * A summary made by the learner: the line given is the one formatting quotes; else, when
         * looked up, the file's line or, for a file socklab cannot read, '' as linecache gives.
         */
        static FrameSummary of(Interpreter interp, String file, int line, String name, String text, boolean lookup) {
            PyError.Frame bare = new PyError.Frame(file, line, name);
            String shown = text;
            if (shown == null && lookup) {
                String found = interp.sourceLine(bare);
                shown = found == null ? "" : found;
            }
            PyError.Frame f = shown == null || shown.isEmpty() ? bare : new PyError.Frame(file, line, name, shown, (String) null);
            return new FrameSummary(f, shown);
        }
    }

    /**
     * TracebackException: an exception captured for formatting later, as CPython's class offers it:
     * exc_type, stack, the chained causes as TracebackExceptions, format(), format_exception_only(), print().
     */
    private static final class TracebackException extends PyObject {
        private final PyType type;
        final PyBaseException exc;
        private final Integer limit;
        private final Map<String, PyObject> attrs = new java.util.HashMap<>();

        private TracebackException(PyType type, PyBaseException exc, Integer limit) {
            this.type = type;
            this.exc = exc;
            this.limit = limit;
        }

        static PyType type(Interpreter interp, PyType summaryType) {
            PyType t = new PyType("TracebackException", "traceback", null);
            t.constructor((cls, a, kw) -> {
                PyObject[] p = TB_EXCEPTION.bind(a, kw, new PyObject[] {null, null, null, PyNone.NONE, Py.bool(true),
                    Py.bool(false), Py.bool(false), PyInt.of(15), PyInt.of(10)});
                return make(interp, cls, summaryType, given(p[0], p[1]), limit(p[3]));
            });
            t.define("from_exception", new Descriptors.BuiltinClassMethod("from_exception", (cls, a, kw) -> {
                PyObject[] p = FROM_EXCEPTION.bind(a, kw, null);
                if (!(p[0] instanceof PyBaseException e)) {
                    throw Py.attributeError(p[0], "__traceback__");
                }
                PyObject[] rest = Py.toArray(p[1]);
                PyObject[] all = new PyObject[rest.length + 3];
                all[0] = e.type();
                all[1] = e;
                all[2] = e.getAttr("__traceback__");
                System.arraycopy(rest, 0, all, 3, rest.length);
                Map<String, PyObject> named = new java.util.LinkedHashMap<>();
                ((PyDict) p[2]).map().forEach((k, v) -> named.put(k.str(), v));
                return cls.call(all, named.isEmpty() ? null : named);
            }));
            t.method("format", (self, a, kw) -> {
                PyObject[] p = TB_FORMAT.bind(prepend(self, a), kw, new PyObject[] {null, Py.bool(true)});
                PyObject[] lines = Py.toArray(((TracebackException) self).lines(interp, p[1].isTrue()));
                return new PyIterator.OfJava("generator", List.of(lines).iterator());
            });
            t.method("format_exception_only", (self, a, kw) -> {
                Args.none("format_exception_only", a, kw);
                return new PyIterator.OfJava("generator", List.<PyObject>of(new PyStr(Tracebacks.lastLine(((TracebackException) self).exc) + "\n")).iterator());
            });
            t.method("print", (self, a, kw) -> {
                PyObject[] p = TB_PRINT.bind(prepend(self, a), kw, new PyObject[] {null, PyNone.NONE, Py.bool(true)});
                write(interp, p[1], ((TracebackException) self).text(interp, p[2].isTrue()));
                return PyNone.NONE;
            });
            return t;
        }

        private static PyObject[] prepend(PyObject self, PyObject[] a) {
            PyObject[] all = new PyObject[a.length + 1];
            all[0] = self;
            System.arraycopy(a, 0, all, 1, a.length);
            return all;
        }

        private static TracebackException make(Interpreter interp, PyType cls, PyType summaryType, PyBaseException e, Integer limit) {
            TracebackException te = new TracebackException(cls, e, limit);
            te.attrs.put("exc_type", e.type());
            te.attrs.put("_str", new PyStr(e.str()));
            PyObject tb = e.getAttr("__traceback__");
            te.attrs.put("stack", summary(interp, summaryType, tb instanceof PyTraceback t ? Tracebacks.limited(t.frames(), limit) : List.of()));
            for (String link : new String[] {"__cause__", "__context__"}) {
                PyObject linked = e.getAttr(link);
                te.attrs.put(link, linked instanceof PyBaseException le && le != e ? make(interp, cls, summaryType, le, limit) : PyNone.NONE);
            }
            te.attrs.put("__suppress_context__", e.getAttr("__suppress_context__"));
            return te;
        }

        /** The printed form: the whole chain as the interpreter prints it, or this exception alone. */
        String text(Interpreter interp, boolean chain) {
            if (chain) {
                return interp.formatTraceback(exc, limit);
            }
            PyObject tb = exc.getAttr("__traceback__");
            String head = tb instanceof PyTraceback t
                    ? "Traceback (most recent call last):\n" + interp.formatFrames(Tracebacks.limited(t.frames(), limit)) : "";
            return head + Tracebacks.lastLine(exc) + "\n";
        }

        PyList lines(Interpreter interp, boolean chain) {
            return TracebackModule.lines(text(interp, chain));
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyObject getAttr(String name) {
            PyObject v = attrs.get(name);
            return v != null ? v : super.getAttr(name);
        }

        @Override
        public String str() {
            return attrs.get("_str").str();
        }

        @Override
        public boolean pyEquals(PyObject other) {
            return other instanceof TracebackException o && o.exc == exc;
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

    /** The formatted exception; (None, None), what sys.exc_info() gives outside a handler, is "NoneType: None". */
    private static String exceptionText(Interpreter interp, PyObject exc, PyObject value, Integer limit) {
        if (exc == PyNone.NONE && value == PyNone.NONE) {
            return "NoneType: None\n";
        }
        return interp.formatTraceback(given(exc, value), limit);
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
        if (text.isEmpty()) {
            return new PyList();
        }
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
