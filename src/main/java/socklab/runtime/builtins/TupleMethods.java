package socklab.runtime.builtins;

import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.Slots;

/** The methods of tuple: index and count. */
final class TupleMethods {
    private TupleMethods() {}

    static void install() {
        Slots.install(PyTuple.TYPE);
        PyTuple.TYPE.method("index", (self, a, k) -> {
            PyObject[] v = Args.expected("tuple.index", a, k, 1, 3);
            PyTuple t = (PyTuple) self;
            int[] r = ListMethods.range(v[1], v[2], t.size());
            int i = ListMethods.indexOf(t, v[0], r[0], r[1]);
            if (i < 0) {
                throw Py.valueError("tuple.index(x): x not in tuple");
            }
            return PyInt.of(i);
        });
        PyTuple.TYPE.method("count", (self, a, k) -> PyInt.of(ListMethods.count((PyTuple) self, Args.one("tuple.count", a, k))));
    }
}
