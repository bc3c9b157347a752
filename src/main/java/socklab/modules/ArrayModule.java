package socklab.modules;

import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySlice;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;

/**
 * The {@code array} module: array.array(typecode, initializer), compact arrays of numbers that a
 * program packs into a message or fills from a socket (see PyArray for the object itself).
 */
final class ArrayModule {
    private ArrayModule() {}

    static {
        PyType t = PyArray.TYPE;
        t.constructor(ArrayModule::construct);
        t.attribute("typecode", self -> new PyStr(String.valueOf(((PyArray) self).code)));
        t.attribute("itemsize", self -> PyInt.of(((PyArray) self).itemsize));
        t.method("append", (self, a, kw) -> {
            ((PyArray) self).append(Args.one("append", a, kw));
            return PyNone.NONE;
        });
        t.method("extend", (self, a, kw) -> {
            extend((PyArray) self, Args.one("extend", a, kw));
            return PyNone.NONE;
        });
        t.method("frombytes", (self, a, kw) -> {
            ((PyArray) self).frombytes(Buffers.bytesOf(Args.one("frombytes", a, kw), null));
            return PyNone.NONE;
        });
        t.method("tobytes", (self, a, kw) -> {
            Args.none("tobytes", a, kw);
            return new PyBytes(((PyArray) self).toByteArray());
        });
        t.method("fromlist", (self, a, kw) -> {
            PyObject list = Args.one("fromlist", a, kw);
            if (!(list instanceof PyList l)) {
                throw Py.typeError("arg must be list");
            }
            extend((PyArray) self, l);
            return PyNone.NONE;
        });
        t.method("tolist", (self, a, kw) -> {
            Args.none("tolist", a, kw);
            return new PyList(((PyArray) self).items());
        });
        t.method("byteswap", (self, a, kw) -> {
            Args.none("byteswap", a, kw);
            byteswap((PyArray) self);
            return PyNone.NONE;
        });
        t.method("buffer_info", (self, a, kw) -> {
            Args.none("buffer_info", a, kw);
            return new PyTuple(new PyObject[] {PyInt.of(Py.id(self)), PyInt.of(((PyArray) self).count())});
        });
        t.method("count", (self, a, kw) -> {
            PyObject x = Args.one("count", a, kw);
            int n = 0;
            for (PyObject v : ((PyArray) self).items()) {
                n += Ops.eq(v, x) ? 1 : 0;
            }
            return PyInt.of(n);
        });
        t.method("index", (self, a, kw) -> PyInt.of(find((PyArray) self, Args.one("index", a, kw), "index")));
        t.method("remove", (self, a, kw) -> {
            PyArray arr = (PyArray) self;
            arr.removeAt(find(arr, Args.one("remove", a, kw), "remove"));
            return PyNone.NONE;
        });
        t.method("insert", (self, a, kw) -> {
            PyObject[] p = Args.expected("insert", a, kw, 2, 2);
            PyArray arr = (PyArray) self;
            long i = Py.index(p[0]);
            int n = arr.count();
            int at = (int) Math.max(0, Math.min(n, i < 0 ? i + n : i));
            arr.insert(at, p[1]);
            return PyNone.NONE;
        });
        t.method("pop", (self, a, kw) -> {
            PyObject[] p = Args.expected("pop", a, kw, 0, 1);
            PyArray arr = (PyArray) self;
            if (arr.count() == 0) {
                throw Py.error(socklab.runtime.object.ExcTypes.IndexError, "pop from empty array");
            }
            int k = PySlice.index(p[0] == null ? PyInt.of(-1) : p[0], arr.count(), "pop");
            PyObject v = arr.item(k);
            arr.removeAt(k);
            return v;
        });
        t.method("reverse", (self, a, kw) -> {
            Args.none("reverse", a, kw);
            PyArray arr = (PyArray) self;
            PyObject[] items = arr.items();
            java.util.Collections.reverse(java.util.Arrays.asList(items));
            arr.setItems(items);
            return PyNone.NONE;
        });
        t.method("tounicode", (self, a, kw) -> {
            Args.none("tounicode", a, kw);
            PyArray arr = (PyArray) self;
            if (arr.code != 'u') {
                throw Py.valueError("tounicode() may only be called on unicode type arrays");
            }
            StringBuilder s = new StringBuilder();
            for (PyObject v : arr.items()) {
                s.append(v.str());
            }
            return new PyStr(s.toString());
        });
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("array");
        Map<String, PyObject> d = m.dict();
        d.put("array", PyArray.TYPE);
        d.put("ArrayType", PyArray.TYPE);
        d.put("typecodes", new PyStr(PyArray.TYPECODES));
        return m;
    }

    private static PyObject construct(PyType type, PyObject[] a, Map<String, PyObject> kw) {
        if (kw != null && !kw.isEmpty()) {
            throw Py.typeError("array.array() takes no keyword arguments");
        }
        if (a.length < 1 || a.length > 2) {
            throw Py.typeError("array() takes at most 2 arguments (" + a.length + " given)");
        }
        if (!(a[0] instanceof PyStr code) || code.length() != 1) {
            throw Py.typeError("array() argument 1 must be a unicode character, not " + a[0].type().name());
        }
        char c = code.value().charAt(0);
        if (PyArray.TYPECODES.indexOf(c) < 0) {
            throw Py.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyArray arr = new PyArray(c);
        if (a.length == 2) {
            PyObject init = a[1];
            if (init instanceof PyStr s) {
                if (c != 'u') {
                    throw Py.typeError("cannot use a str to initialize an array with typecode '" + c + "'");
                }
                s.value().codePoints().forEach(cp -> arr.append(new PyStr(Character.toString(cp))));
            } else if (init instanceof PyBytesLike b && !(init instanceof PyArray)) {
                arr.frombytes(b.toByteArray());
            } else if (init instanceof PyArray other) {
                // a constructor takes another kind's items one by one, as CPython's does; extend() refuses them
                for (PyObject v : other.items()) {
                    arr.append(v);
                }
            } else {
                extend(arr, init);
            }
        }
        return arr;
    }

    private static void extend(PyArray arr, PyObject items) {
        if (items instanceof PyArray other && other.code != arr.code) {
            throw Py.typeError("can only extend with array of same kind");
        }
        for (PyObject v : items instanceof PyArray other ? other.items() : Py.toArray(items)) {
            arr.append(v);
        }
    }

    private static int find(PyArray arr, PyObject x, String method) {
        PyObject[] items = arr.items();
        for (int k = 0; k < items.length; k++) {
            if (Ops.eq(items[k], x)) {
                return k;
            }
        }
        throw Py.valueError("array." + method + "(x): x not in array");
    }

    private static void byteswap(PyArray arr) {
        byte[] b = arr.array();
        int w = arr.itemsize;
        for (int at = 0; at < arr.size(); at += w) {
            for (int i = 0, j = w - 1; i < j; i++, j--) {
                byte tmp = b[at + i];
                b[at + i] = b[at + j];
                b[at + j] = tmp;
            }
        }
    }
}
