package socklab.modules;

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
        d.put("byteorder", new PyStr("little"));
        d.put("maxsize", PyInt.of(Long.MAX_VALUE));
        d.put("version", new PyStr("3.11.7 (socklab)"));
        d.put("version_info", new PyTuple(new PyObject[] {PyInt.of(3), PyInt.of(11), PyInt.of(7), new PyStr("final"), PyInt.of(0)}));
        d.put("stdout", new Stream("stdout", interp, false));
        d.put("stderr", new Stream("stderr", interp, true));
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

    /** sys.stdout / sys.stderr: write() returns the count, as the REPL then echoes. */
    static final class Stream extends PyObject {
        private static final PyType TYPE = new PyType("TextIOWrapper", "_io", null);

        static {
            TYPE.method("write", (self, a, kw) -> {
                Stream s = (Stream) self;
                PyObject text = Args.one("TextIOWrapper.write", a, kw);
                if (!(text instanceof PyStr str)) {
                    throw socklab.runtime.object.Py.typeError("write() argument must be str, not " + socklab.runtime.object.Py.argTypeName(text));
                }
                if (s.isErr) {
                    s.interp.io().err(str.value());
                } else {
                    s.interp.io().out(str.value());
                }
                return PyInt.of(str.length());
            });
            TYPE.method("flush", (self, a, kw) -> {
                ((Stream) self).interp.io().flush();
                return PyNone.NONE;
            });
        }

        private final String name;
        private final Interpreter interp;
        private final boolean isErr;

        Stream(String name, Interpreter interp, boolean isErr) {
            this.name = name;
            this.interp = interp;
            this.isErr = isErr;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<_io.TextIOWrapper name='<" + name + ">' mode='w' encoding='utf-8'>";
        }
    }
}
