package socklab.modules;

import java.util.Map;
import java.util.regex.Pattern;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;
import socklab.runtime.object.RunningFrame;
import socklab.runtime.object.Signature;
import socklab.runtime.object.ThreadState;

/**
 * The common part of {@code warnings}: warn() with a category and a stacklevel, and the filters
 * simplefilter, filterwarnings and resetwarnings set; the interpreter prints each warning as
 * CPython does, so the warnings socklab's own modules give obey the same filters.
 */
final class WarningsModule {
    private static final Signature WARN = Signature.parse("warn(message, category, stacklevel, source)");
    private static final Signature SIMPLE = Signature.parse("simplefilter(action, category, lineno, append)");
    private static final Signature FILTER = Signature.parse("filterwarnings(action, message, category, module, lineno, append)");
    private static final java.util.List<String> ACTIONS = java.util.List.of("error", "ignore", "always", "default", "module", "once");

    private WarningsModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("warnings");
        Map<String, PyObject> d = m.dict();
        d.put("warn", new PyBuiltinFunction("warn", (a, kw) -> {
            PyObject[] p = WARN.bind(a, kw, new PyObject[] {null, PyNone.NONE, PyInt.of(1), PyNone.NONE});
            PyType category;
            String text;
            if (p[0] instanceof PyBaseException w && w.type().isSubtypeOf(ExcTypes.Warning)) {
                category = w.type();
                text = w.str();
            } else {
                category = p[1] == PyNone.NONE ? ExcTypes.UserWarning : warningClass(p[1]);
                text = p[0].str();
            }
            RunningFrame f = ThreadState.current().frame();
            for (long level = Py.index(p[2]); level > 1 && f != null; level--) {
                f = f.caller();
            }
            interp.warn(category, text, f);
            return PyNone.NONE;
        }));
        d.put("simplefilter", new PyBuiltinFunction("simplefilter", (a, kw) -> {
            PyObject[] p = SIMPLE.bind(a, kw, new PyObject[] {null, ExcTypes.Warning, PyInt.of(0), Py.bool(false)});
            String action;
            try {
                action = action(p[0]);
            } catch (PyError e) {
                // simplefilter is Python in CPython: its assert is the frame the error leaves by
                e.addFrame(new PyError.Frame(ModuleSpec.LIBRARY + "warnings.py", 175, "simplefilter",
                        "assert action in (\"error\", \"ignore\", \"always\", \"default\", \"module\",",
                        "action in (\"error\", \"ignore\", \"always\", \"default\", \"module\","));
                throw e;
            }
            add(interp, action, "", warningClass(p[1]), p[3].isTrue());
            return PyNone.NONE;
        }));
        d.put("filterwarnings", new PyBuiltinFunction("filterwarnings", (a, kw) -> {
            PyObject[] p = FILTER.bind(a, kw, new PyObject[] {null, new PyStr(""), ExcTypes.Warning, new PyStr(""), PyInt.of(0),
                Py.bool(false)});
            add(interp, action(p[0]), Py.asStr(p[1], "message"), warningClass(p[2]), p[5].isTrue());
            return PyNone.NONE;
        }));
        d.put("resetwarnings", new PyBuiltinFunction("resetwarnings", (a, kw) -> {
            interp.warningFilters().clear();
            return PyNone.NONE;
        }));
        return m;
    }

    private static void add(Interpreter interp, String action, String message, PyType category, boolean append) {
        Interpreter.WarningFilter w = new Interpreter.WarningFilter(action, Pattern.compile(message, Pattern.CASE_INSENSITIVE), category);
        if (append) {
            interp.warningFilters().add(w);
        } else {
            interp.warningFilters().add(0, w);
        }
    }

    private static String action(PyObject a) {
        String s = a.str();
        if (!ACTIONS.contains(s)) {
            throw Py.error(ExcTypes.AssertionError, "invalid action: " + a.repr());
        }
        // "module" and "once" show a warning once, as "default" does per line: close enough here
        return s.equals("module") || s.equals("once") ? "default" : s;
    }

    private static PyType warningClass(PyObject c) {
        if (!(c instanceof PyType t) || !t.isSubtypeOf(ExcTypes.Warning)) {
            throw Py.typeError("category must be a Warning subclass, not '" + c.type().name() + "'");
        }
        return t;
    }
}
