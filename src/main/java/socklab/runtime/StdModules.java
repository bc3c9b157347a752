package socklab.runtime;

import java.util.Map;

/** The small standard modules socklab offers besides socket: sys and time. */
final class StdModules {
    private StdModules() {}

    static void register(Interpreter interp) {
        interp.registerModule("sys", StdModules::sys);
        interp.registerModule("time", StdModules::time);
    }

    private static PyModule sys(Interpreter interp) {
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
        d.put("getrecursionlimit", new PyBuiltinFunction("getrecursionlimit",
                (a, kw) -> PyInt.of(ThreadState.RECURSION_LIMIT)));
        return m;
    }

    private static PyModule time(Interpreter interp) {
        PyModule m = new PyModule("time");
        Map<String, PyObject> d = m.dict();
        long origin = System.nanoTime();
        d.put("time", new PyBuiltinFunction("time", (a, kw) -> {
            java.time.Instant now = java.time.Instant.now();
            return new PyFloat(now.getEpochSecond() + now.getNano() / 1e9);
        }));
        d.put("time_ns", new PyBuiltinFunction("time_ns", (a, kw) -> {
            java.time.Instant now = java.time.Instant.now();
            return PyInt.of(now.getEpochSecond() * 1_000_000_000L + now.getNano());
        }));
        d.put("monotonic", new PyBuiltinFunction("monotonic", (a, kw) -> new PyFloat((System.nanoTime() - origin) / 1e9)));
        d.put("perf_counter", new PyBuiltinFunction("perf_counter", (a, kw) -> new PyFloat((System.nanoTime() - origin) / 1e9)));
        d.put("sleep", new PyBuiltinFunction("sleep", (a, kw) -> {
            PyObject secs = Args.one("time.sleep", a, kw);
            double s;
            if (secs instanceof PyInt || secs instanceof PyFloat) {
                s = PyFloat.toDouble(secs);
            } else {
                throw Py.typeError("'" + secs.type().name() + "' object cannot be interpreted as an integer");
            }
            if (s < 0) {
                throw Py.valueError("sleep length must be non-negative");
            }
            ThreadState.current().sleep(s);
            return PyNone.NONE;
        }));
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
                    throw Py.typeError("write() argument must be str, not " + Py.argTypeName(text));
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
