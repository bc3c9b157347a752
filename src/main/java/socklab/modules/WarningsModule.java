package socklab.modules;

import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.Namespaces;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.RunningFrame;
import socklab.runtime.object.ThreadState;

/**
 * The {@code _warnings} module: what warnings.py cannot see for itself in socklab, the frame a
 * warning names (stacklevel frames up from the caller of warn, past code standing for C) and the
 * source line a warning quotes.
 */
final class WarningsModule {
    private WarningsModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_warnings");
        Map<String, PyObject> d = m.dict();
        d.put("_caller", new PyBuiltinFunction("_caller", (a, kw) -> {
            PyObject[] p = Args.takes("_caller", a, kw, 1, 1);
            return caller(interp, Py.indexInt(p[0]));
        }));
        d.put("_source_line", new PyBuiltinFunction("_source_line", (a, kw) -> {
            PyObject[] p = Args.takes("_source_line", a, kw, 2, 2);
            String file = p[0].str();
            String line = file.startsWith("<") ? null : interp.sourceLine(file, Py.indexInt(p[1]));
            return line == null ? PyNone.NONE : new PyStr(line);
        }));
        return m;
    }

    /** (filename, lineno, globals) of the frame stacklevel levels above the one calling warn; sys's when there is none. */
    private static PyObject caller(Interpreter interp, int stacklevel) {
        RunningFrame f = ThreadState.current().frame();
        while (f != null && f.filename().startsWith(PyError.NATIVE)) {
            f = f.caller();
        }
        for (int i = 1; i < stacklevel && f != null; i++) {
            f = f.caller();
        }
        if (f == null) {
            PyModule sys = interp.importModule("sys");
            return new PyTuple(new PyObject[] {new PyStr("sys"), PyInt.of(1), Namespaces.asDict(sys.dict())});
        }
        return new PyTuple(new PyObject[] {new PyStr(f.filename()), PyInt.of(f.line()), Namespaces.asDict(f.globals())});
    }
}
