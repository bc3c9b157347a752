package socklab.modules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Namespaces;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
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

    private static final PyType VERSION_INFO = NamedSequence.type("sys", "version_info");
    private static final PyType FLOAT_INFO = NamedSequence.type("sys", "float_info");
    private static final PyType INT_INFO = NamedSequence.type("sys", "int_info");
    private static final PyType FLAGS = NamedSequence.type("sys", "flags");
    private static final List<String> FLAG_NAMES = List.of("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
            "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
            "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");

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
        PyObject versionInfo = new NamedSequence(VERSION_INFO, List.of("major", "minor", "micro", "releaselevel", "serial"),
                PyInt.of(3), PyInt.of(11), PyInt.of(7), new PyStr("final"), PyInt.of(0));
        d.put("version_info", versionInfo);
        d.put("hexversion", PyInt.of(0x030B07F0));
        d.put("api_version", PyInt.of(1013));
        d.put("executable", new PyStr("/usr/bin/python3"));
        d.put("_base_executable", new PyStr("/usr/bin/python3"));
        for (String prefix : new String[] {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
            d.put(prefix, new PyStr("/usr"));
        }
        d.put("platlibdir", new PyStr("lib"));
        d.put("abiflags", new PyStr(""));
        d.put("maxunicode", PyInt.of(0x10FFFF));
        d.put("float_repr_style", new PyStr("short"));
        d.put("dont_write_bytecode", PyBool.FALSE);
        d.put("modules", Namespaces.asDict(interp.loadedModules()));
        d.put("builtin_module_names", names("_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale",
                "_operator", "_signal", "_sre", "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc",
                "_warnings", "_weakref", "atexit", "builtins", "errno", "faulthandler", "gc", "itertools", "marshal", "posix",
                "pwd", "sys", "time", "xxsubtype"));
        d.put("float_info", new NamedSequence(FLOAT_INFO, List.of("max", "max_exp", "max_10_exp", "min", "min_exp",
                "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"), new PyFloat(Double.MAX_VALUE), PyInt.of(1024),
                PyInt.of(308), new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        d.put("int_info", new NamedSequence(INT_INFO, List.of("bits_per_digit", "sizeof_digit", "default_max_str_digits",
                "str_digits_check_threshold"), PyInt.of(30), PyInt.of(4), PyInt.of(PyInt.MAX_STR_DIGITS), PyInt.of(640)));
        d.put("flags", flags(interp));
        Map<String, PyObject> implementation = new java.util.LinkedHashMap<>();
        implementation.put("name", new PyStr("cpython"));
        implementation.put("cache_tag", new PyStr("cpython-311"));
        implementation.put("version", versionInfo);
        implementation.put("hexversion", PyInt.of(0x030B07F0));
        implementation.put("_multiarch", new PyStr("x86_64-linux-gnu"));
        d.put("implementation", interp.importStandard("types").getAttr("SimpleNamespace").call(new PyObject[0], implementation));
        fn(d, "getdefaultencoding", (a, kw) -> {
            Args.none("sys.getdefaultencoding", a, kw);
            return new PyStr("utf-8");
        });
        fn(d, "getfilesystemencoding", (a, kw) -> {
            Args.none("sys.getfilesystemencoding", a, kw);
            return new PyStr("utf-8");
        });
        fn(d, "getfilesystemencodeerrors", (a, kw) -> {
            Args.none("sys.getfilesystemencodeerrors", a, kw);
            return new PyStr("surrogateescape");
        });
        fn(d, "getsizeof", (a, kw) -> {
            return PyInt.of(SizeOf.of(Args.expected("getsizeof", a, kw, 1, 2)[0]));
        });
        fn(d, "intern", (a, kw) -> {
            PyObject s = Args.one("sys.intern", a, kw);
            if (!(s instanceof PyStr)) {
                throw Py.typeError("intern() argument must be str, not " + Py.typeName(s));
            }
            return s;
        });
        fn(d, "setrecursionlimit", (a, kw) -> {
            PyObject n = Args.one("sys.setrecursionlimit", a, kw);
            if (!(n instanceof PyInt)) {
                throw Py.typeError("'" + Py.typeName(n) + "' object cannot be interpreted as an integer");
            }
            long limit = Py.index(n);
            if (limit < 1) {
                throw Py.valueError("recursion limit must be greater or equal than 1");
            }
            // CPython counts the module's frame and this call's
            int depth = ThreadState.current().callDepth() + 2;
            if (limit <= depth) {
                throw Py.error(ExcTypes.RecursionError, "cannot set the recursion limit to " + limit
                        + " at the recursion depth " + depth + ": the limit is too low");
            }
            interp.setRecursionLimit((int) Math.min(limit, Integer.MAX_VALUE));
            return PyNone.NONE;
        });
        PyObject displayhook = fn(d, "displayhook", (a, kw) -> {
            PyObject value = Args.one("sys.displayhook", a, kw);
            if (value != PyNone.NONE) {
                interp.builtins().put("_", PyNone.NONE);
                interp.io().out(value.repr() + "\n");
                interp.builtins().put("_", value);
            }
            return PyNone.NONE;
        });
        d.put("__displayhook__", displayhook);
        PyObject excepthook = fn(d, "excepthook", (a, kw) -> {
            PyObject[] p = Args.expected("excepthook", a, kw, 3, 3);
            if (!(p[1] instanceof PyBaseException e)) {
                throw Py.typeError("print_exception(): Exception expected for value, " + Py.typeName(p[1]) + " found");
            }
            interp.io().err(interp.formatTraceback(e, null));
            return PyNone.NONE;
        });
        d.put("__excepthook__", excepthook);
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
            Args.none("sys.exc_info", a, kw);
            PyBaseException e = ThreadState.current().handling();
            return e == null ? new PyTuple(new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE})
                    : new PyTuple(new PyObject[] {e.type(), e, e.getAttr("__traceback__")});
        }));
        d.put("exception", new PyBuiltinFunction("exception", (a, kw) -> {
            Args.none("sys.exception", a, kw);
            PyBaseException e = ThreadState.current().handling();
            return e == null ? PyNone.NONE : e;
        }));
        d.put("get_int_max_str_digits", new PyBuiltinFunction("get_int_max_str_digits", (a, kw) -> {
            Args.none("sys.get_int_max_str_digits", a, kw);
            return PyInt.of(PyInt.MAX_STR_DIGITS);
        }));
        fn(d, "getrecursionlimit", (a, kw) -> {
            Args.none("sys.getrecursionlimit", a, kw);
            return PyInt.of(interp.recursionLimit());
        });
        return m;
    }

    private static PyObject fn(Map<String, PyObject> d, String name, PyBuiltinFunction.Impl impl) {
        PyObject f = new PyBuiltinFunction(name, impl);
        d.put(name, f);
        return f;
    }

    private static PyTuple names(String... names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = new PyStr(names[i]);
        }
        return new PyTuple(items);
    }

    /** python3 -i -q's flags; a script run sets neither inspect, interactive nor quiet. */
    private static PyObject flags(Interpreter interp) {
        PyObject[] items = new PyObject[FLAG_NAMES.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyInt.of(0);
        }
        items[FLAG_NAMES.indexOf("dont_write_bytecode")] = PyInt.of(1);
        items[FLAG_NAMES.indexOf("hash_randomization")] = PyInt.of(1);
        items[FLAG_NAMES.indexOf("dev_mode")] = PyBool.FALSE;
        items[FLAG_NAMES.indexOf("safe_path")] = PyBool.FALSE;
        items[FLAG_NAMES.indexOf("int_max_str_digits")] = PyInt.of(-1);
        if (interp.importDirectory() == null) {
            for (String on : new String[] {"inspect", "interactive", "quiet"}) {
                items[FLAG_NAMES.indexOf(on)] = PyInt.of(1);
            }
        }
        return new NamedSequence(FLAGS, FLAG_NAMES, items);
    }
}
