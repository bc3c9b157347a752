package socklab.runtime.builtins;

import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyMemoryView;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Slots;

/** memoryview's methods and attributes, installed on first use like every built-in type's. */
final class MemoryViewMethods {
    private MemoryViewMethods() {}

    /** The methods and attributes of memoryview, installed on first use. */
    static void install() {
        PyType t = PyMemoryView.TYPE;
        t.method("tobytes", (self, a, k) -> {
            Args.keywords("memoryview.tobytes", a, k, new String[] {"order"}, 1, 0);
            return new PyBytes(view(self).toByteArray());
        });
        t.method("tolist", (self, a, k) -> {
            Args.none("memoryview.tolist", a, k);
            return new PyList(view(self).items());
        });
        t.method("cast", (self, a, k) -> {
            PyObject[] p = Args.keywords("cast", a, k, new String[] {"format", "shape"}, 2, 1);
            if (!(p[0] instanceof PyStr f)) {
                throw Py.typeError("cast() argument 'format' must be str, not " + p[0].type().name());
            }
            return view(self).cast(f.value(), p[1]);
        });
        t.method("hex", (self, a, k) -> new PyStr(BytesMethods.hex(view(self).toByteArray(),
                Args.keywords("memoryview.hex", a, k, BytesMethods.HEX, 2, 0))));
        t.method("release", (self, a, k) -> {
            Args.none("memoryview.release", a, k);
            view(self).release();
            return PyNone.NONE;
        });
        t.method("toreadonly", (self, a, k) -> {
            Args.none("memoryview.toreadonly", a, k);
            return view(self).readOnly();
        });
        t.method("__enter__", (self, a, k) -> self.enter());
        t.method("__exit__", (self, a, k) -> Py.bool(self.exit(null)));
        Slots.install(t);
        t.attribute("nbytes", self -> PyInt.of(view(self).size()));
        t.attribute("readonly", self -> Py.bool(checked(self).isReadonly()));
        t.attribute("obj", self -> checked(self).base());
        // Every view has one dimension.
        t.attribute("format", self -> new PyStr(String.valueOf(checked(self).format())));
        t.attribute("itemsize", self -> PyInt.of(checked(self).itemsize()));
        t.attribute("ndim", self -> checked(self) == self ? PyInt.of(1) : null);
        t.attribute("shape", self -> Py.tuple(PyInt.of(view(self).len())));
        t.attribute("strides", self -> Py.tuple(PyInt.of(checked(self).stride())));
        t.attribute("suboffsets", self -> checked(self) == self ? PyTuple.EMPTY : null);
        for (String contiguous : new String[] {"c_contiguous", "f_contiguous", "contiguous"}) {
            t.attribute(contiguous, self -> Py.bool(checked(self).stride() == checked(self).itemsize()));
        }
    }

    private static PyMemoryView view(PyObject self) {
        return (PyMemoryView) self;
    }

    private static PyMemoryView checked(PyObject self) {
        view(self).check();
        return view(self);
    }
}
