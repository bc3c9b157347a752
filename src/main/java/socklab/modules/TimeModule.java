package socklab.modules;

import java.time.Instant;
import java.util.Map;
import socklab.runtime.Args;
import socklab.runtime.Interpreter;
import socklab.runtime.Py;
import socklab.runtime.PyBuiltinFunction;
import socklab.runtime.PyFloat;
import socklab.runtime.PyInt;
import socklab.runtime.PyModule;
import socklab.runtime.PyNone;
import socklab.runtime.PyObject;
import socklab.runtime.ThreadState;

/** The {@code time} module: clocks, and a sleep that Ctrl-C can cut short. */
final class TimeModule {
    private TimeModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("time");
        Map<String, PyObject> d = m.dict();
        long origin = System.nanoTime();
        d.put("time", new PyBuiltinFunction("time", (a, kw) -> {
            Instant now = Instant.now();
            return new PyFloat(now.getEpochSecond() + now.getNano() / 1e9);
        }));
        d.put("time_ns", new PyBuiltinFunction("time_ns", (a, kw) -> {
            Instant now = Instant.now();
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
}
