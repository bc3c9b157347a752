package socklab.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;

/**
 * The {@code atexit} module: functions a program registers to close its sockets and say goodbye
 * when it ends, run last to first once the threads have been joined, their errors reported as
 * CPython reports them ("Exception ignored in atexit callback: ...").
 */
final class AtexitModule {
    private AtexitModule() {}

    /** One registered call. */
    private record Callback(PyObject function, PyObject[] args, Map<String, PyObject> kwargs) {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("atexit");
        List<Callback> callbacks = new ArrayList<>();
        Map<String, PyObject> d = m.dict();
        d.put("register", new PyBuiltinFunction("register", (a, kw) -> {
            if (a.length == 0) {
                throw Py.typeError("register() takes at least 1 argument (0 given)");
            }
            if (!a[0].isCallable()) {
                throw Py.typeError("the first argument must be callable");
            }
            synchronized (callbacks) {
                callbacks.add(new Callback(a[0], Arrays.copyOfRange(a, 1, a.length), kw == null ? Map.of() : Map.copyOf(kw)));
            }
            return a[0];
        }));
        d.put("unregister", new PyBuiltinFunction("unregister", (a, kw) -> {
            PyObject fn = Args.one("unregister", a, kw);
            synchronized (callbacks) {
                callbacks.removeIf(c -> c.function() == fn || c.function().pyEquals(fn));
            }
            return PyNone.NONE;
        }));
        d.put("_run_exitfuncs", new PyBuiltinFunction("_run_exitfuncs", (a, kw) -> {
            Args.none("_run_exitfuncs", a, kw);
            run(interp, callbacks);
            return PyNone.NONE;
        }));
        d.put("_clear", new PyBuiltinFunction("_clear", (a, kw) -> {
            Args.none("_clear", a, kw);
            synchronized (callbacks) {
                callbacks.clear();
            }
            return PyNone.NONE;
        }));
        interp.onExitLast(() -> run(interp, callbacks));
        return m;
    }

    /** Runs and forgets every callback, the last registered first; an error is reported and the rest still run. */
    private static void run(Interpreter interp, List<Callback> callbacks) {
        while (true) {
            Callback c;
            synchronized (callbacks) {
                if (callbacks.isEmpty()) {
                    return;
                }
                c = callbacks.remove(callbacks.size() - 1);
            }
            try {
                c.function().call(c.args(), c.kwargs());
            } catch (PyError e) {
                interp.io().traceback("Exception ignored in atexit callback: " + c.function().repr() + "\n"
                        + interp.formatTraceback(e.value(), null));
            }
        }
    }
}
