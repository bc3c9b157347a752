package socklab.modules;

import java.nio.file.Path;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.ThreadState;

/** The {@code sys} module: argv, the standard streams, exit and the interpreter's facts. */
final class SysModule {
    private SysModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("sys");
        Map<String, PyObject> d = m.dict();
        PyList argv = new PyList();
        for (String a : interp.argv()) {
            argv.append(new PyStr(a));
        }
        d.put("argv", argv);
        d.put("platform", new PyStr("linux"));
        // sys.path[0] as CPython sets it; scripts insert their own folder, which imports search already
        Path dir = interp.importDirectory();
        PyList path = new PyList();
        path.append(new PyStr(dir == null ? "" : dir.toString()));
        d.put("path", path);
        d.put("byteorder", new PyStr("little"));
        d.put("maxsize", PyInt.of(Long.MAX_VALUE));
        d.put("version", new PyStr("3.11.7 (socklab)"));
        d.put("version_info", new PyTuple(new PyObject[] {PyInt.of(3), PyInt.of(11), PyInt.of(7), new PyStr("final"), PyInt.of(0)}));
        for (StdStream.Kind kind : StdStream.Kind.values()) {
            StdStream stream = new StdStream(kind, interp);
            String name = kind.name().toLowerCase();
            d.put(name, stream);
            d.put("__" + name + "__", stream);
        }
        d.put("exit", new PyBuiltinFunction("exit", (a, kw) -> {
            Args.expected("exit", a, kw, 0, 1);
            throw new PyError(new PyBaseException(ExcTypes.SystemExit,
                    a.length == 0 ? PyTuple.EMPTY : new PyTuple(new PyObject[] {a[0]})));
        }));
        d.put("exc_info", new PyBuiltinFunction("exc_info", (a, kw) -> {
            Args.expected("exc_info", a, kw, 0, 0);
            PyBaseException e = ThreadState.current().handling();
            return e == null ? new PyTuple(new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE})
                    : new PyTuple(new PyObject[] {e.type(), e, e.getAttr("__traceback__")});
        }));
        d.put("exception", new PyBuiltinFunction("exception", (a, kw) -> {
            Args.expected("exception", a, kw, 0, 0);
            PyBaseException e = ThreadState.current().handling();
            return e == null ? PyNone.NONE : e;
        }));
        d.put("get_int_max_str_digits", new PyBuiltinFunction("get_int_max_str_digits", (a, kw) -> {
            Args.expected("get_int_max_str_digits", a, kw, 0, 0);
            return PyInt.of(PyInt.MAX_STR_DIGITS);
        }));
        d.put("getrecursionlimit", new PyBuiltinFunction("getrecursionlimit",
                (a, kw) -> PyInt.of(ThreadState.RECURSION_LIMIT)));
        return m;
    }
}
