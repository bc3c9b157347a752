package socklab.runtime.builtins;

import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySequence;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Slots;

/** The methods of list (and the sort both list.sort and sorted() rely on). */
final class ListMethods {
    private ListMethods() {}

    private static final String[] SORT = {"key", "reverse"};

    static void install() {
        PyType t = PyList.TYPE;
        Slots.install(t);
        t.method("append", (self, a, k) -> {
            list(self).append(Args.one("list.append", a, k));
            return PyNone.NONE;
        });
        t.slot("__init__", -1, (self, a, k) -> {
            Args.noKeywords("list", k);
            PyObject x = Args.expected("list", a, null, 0, 1)[0];
            PyObject[] items = x == null ? new PyObject[0] : Py.toArray(x);
            list(self).clear();
            for (PyObject o : items) {
                list(self).append(o);
            }
            return PyNone.NONE;
        });
        t.method("extend", (self, a, k) -> {
            PyObject arg = Args.one("list.extend", a, k);
            for (PyObject o : arg == self ? list(self).toArray() : Py.toArray(arg)) {
                list(self).append(o);
            }
            return PyNone.NONE;
        });
        t.method("insert", (self, a, k) -> {
            PyObject[] v = Args.expected("list.insert", a, k, 2, 2);
            PyList l = list(self);
            long i = Py.index(v[0]);
            i = i < 0 ? Math.max(0, i + l.size()) : Math.min(i, l.size());
            l.insert((int) i, v[1]);
            return PyNone.NONE;
        });
        t.method("pop", (self, a, k) -> {
            PyObject[] v = Args.expected("list.pop", a, k, 0, 1);
            PyList l = list(self);
            long i = v[0] == null ? -1 : Py.index(v[0]);
            if (l.size() == 0) {
                throw Py.error(ExcTypes.IndexError, "pop from empty list");
            }
            i = i < 0 ? i + l.size() : i;
            if (i < 0 || i >= l.size()) {
                throw Py.error(ExcTypes.IndexError, "pop index out of range");
            }
            return l.removeAt((int) i);
        });
        t.method("remove", (self, a, k) -> {
            PyObject x = Args.one("list.remove", a, k);
            int i = indexOf(list(self), x, 0, list(self).size());
            if (i < 0) {
                throw Py.valueError("list.remove(x): x not in list");
            }
            list(self).removeAt(i);
            return PyNone.NONE;
        });
        t.method("index", (self, a, k) -> {
            PyObject[] v = Args.expected("list.index", a, k, 1, 3);
            int[] r = range(v[1], v[2], list(self).size());
            int i = indexOf(list(self), v[0], r[0], r[1]);
            if (i < 0) {
                throw Py.valueError(v[0].repr() + " is not in list");
            }
            return PyInt.of(i);
        });
        t.method("count", (self, a, k) -> PyInt.of(count(list(self), Args.one("list.count", a, k))));
        t.method("sort", (self, a, k) -> {
            if (a.length > 0) {
                throw Py.typeError("sort() takes no positional arguments");
            }
            PyObject[] v = Args.keywords("list.sort", a, k, SORT, 0, 0);
            PyObject key = v[0] == null || v[0] == PyNone.NONE ? null : v[0];
            boolean reverse = v[1] != null && Py.index(v[1]) != 0;
            PyList l = list(self);
            l.setContents(sorted(l.toArray(), key, reverse));
            return PyNone.NONE;
        });
        t.method("reverse", (self, a, k) -> {
            Args.none("list.reverse", a, k);
            PyObject[] items = list(self).toArray();
            for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                PyObject x = items[i];
                items[i] = items[j];
                items[j] = x;
            }
            list(self).setContents(items);
            return PyNone.NONE;
        });
        t.method("copy", (self, a, k) -> {
            Args.none("list.copy", a, k);
            return new PyList(list(self).toArray());
        });
        t.method("clear", (self, a, k) -> {
            Args.none("list.clear", a, k);
            list(self).clear();
            return PyNone.NONE;
        });
    }

    private static PyList list(PyObject self) {
        return (PyList) self;
    }

    /** start/stop of list.index and tuple.index, which reject None unlike str's. */
    static int[] range(PyObject start, PyObject stop, int len) {
        for (PyObject o : new PyObject[] {start, stop}) {
            if (o != null && !(o instanceof PyInt)) {
                throw Py.typeError("slice indices must be integers or have an __index__ method");
            }
        }
        return StrMethods.bounds(start, stop, len);
    }

    static int indexOf(PySequence seq, PyObject x, int from, int to) {
        for (int i = from; i < Math.min(to, seq.size()); i++) {
            PyObject item = seq.items()[i];
            if (item == x || Ops.eq(item, x)) {
                return i;
            }
        }
        return -1;
    }

    static int count(PySequence seq, PyObject x) {
        int n = 0;
        for (int i = 0; i < seq.size(); i++) {
            PyObject item = seq.items()[i];
            if (item == x || Ops.eq(item, x)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A stable sort by Python's < (binary insertion, then merging), comparing later items against
     * earlier ones as CPython does so a TypeError names the operands in CPython's order. reverse
     * keeps equal items in their original order, as CPython's does.
     */
    static PyObject[] sorted(PyObject[] items, PyObject key, boolean reverse) {
        PyObject[] keys = items.clone();
        if (key != null) {
            for (int i = 0; i < keys.length; i++) {
                keys[i] = key.call(new PyObject[] {items[i]}, null);
            }
        }
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        sortRange(order, keys, reverse, 0, order.length, new Integer[order.length]);
        PyObject[] out = new PyObject[items.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = items[order[i]];
        }
        return out;
    }

    private static boolean before(PyObject[] keys, boolean reverse, int later, int earlier) {
        return reverse ? Ops.lt(keys[earlier], keys[later]) : Ops.lt(keys[later], keys[earlier]);
    }

    private static void sortRange(Integer[] order, PyObject[] keys, boolean reverse, int from, int to, Integer[] tmp) {
        if (to - from <= 32) {
            for (int i = from + 1; i < to; i++) {
                Integer pivot = order[i];
                int lo = from;
                int hi = i;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (before(keys, reverse, pivot, order[mid])) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                System.arraycopy(order, lo, order, lo + 1, i - lo);
                order[lo] = pivot;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sortRange(order, keys, reverse, from, mid, tmp);
        sortRange(order, keys, reverse, mid, to, tmp);
        System.arraycopy(order, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        int o = from;
        while (i < mid && j < to) {
            order[o++] = before(keys, reverse, tmp[j], tmp[i]) ? tmp[j++] : tmp[i++];
        }
        while (i < mid) {
            order[o++] = tmp[i++];
        }
        while (j < to) {
            order[o++] = tmp[j++];
        }
    }
}
