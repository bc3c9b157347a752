package socklab.runtime.object;

import java.util.Arrays;
import socklab.lang.ast.Expr.BinOperator;

/** Python's mutable list over a growable array. */
public class PyList extends PySequence {
    public static final PyType TYPE = new PyType("list", null);

    private PyObject[] items;
    private int size;

    public PyList() {
        this.items = new PyObject[4];
    }

    /** Takes ownership of items. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject[] items() {
        return items;
    }

    @Override
    public int size() {
        return size;
    }

    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    @Override
    protected PySequence make(PyObject[] its) {
        return new PyList(its);
    }

    @Override
    protected String noun() {
        return "list";
    }

    @Override
    public String repr() {
        return joinReprs("[", "]");
    }

    @Override
    public long pyHash() {
        throw Py.typeError("unhashable type: '" + type().name() + "'");
    }

    public void append(PyObject o) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        }
        items[size++] = o;
    }

    public void insert(int at, PyObject o) {
        append(o);
        System.arraycopy(items, at, items, at + 1, size - 1 - at);
        items[at] = o;
    }

    public PyObject removeAt(int at) {
        PyObject o = items[at];
        System.arraycopy(items, at + 1, items, at, size - at - 1);
        items[--size] = null;
        return o;
    }

    public void clear() {
        items = new PyObject[4];
        size = 0;
    }

    /** Replaces the list's contents (sort, reverse and slice assignment use it). */
    public void setContents(PyObject[] its) {
        items = its;
        size = its.length;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice slice) {
            PyObject[] with = value == this ? toArray() : Py.toArray(value);
            PySlice.Range r = slice.indices(size);
            if (r.step() == 1) {
                int from = r.start();
                int to = Math.max(from, from + r.length());
                PyObject[] out = new PyObject[size - (to - from) + with.length];
                System.arraycopy(items, 0, out, 0, from);
                System.arraycopy(with, 0, out, from, with.length);
                System.arraycopy(items, to, out, from + with.length, size - to);
                setContents(out);
                return;
            }
            if (with.length != r.length()) {
                throw Py.valueError("attempt to assign sequence of size " + with.length
                        + " to extended slice of size " + r.length());
            }
            for (int k = 0, i = r.start(); k < r.length(); k++, i += r.step()) {
                items[i] = with[k];
            }
            return;
        }
        PyInt i = Py.indexValue(key);
        if (i == null) {
            throw Py.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        items[PySlice.index(i, size, "list assignment")] = value;
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice slice) {
            PySlice.Range r = slice.indices(size);
            boolean[] drop = new boolean[size];
            for (int k = 0, i = r.start(); k < r.length(); k++, i += r.step()) {
                drop[i] = true;
            }
            PyList kept = new PyList();
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    kept.append(items[i]);
                }
            }
            setContents(kept.toArray());
            return;
        }
        PyInt i = Py.indexValue(key);
        if (i == null) {
            throw Py.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        removeAt(PySlice.index(i, size, "list assignment"));
    }

    @Override
    public PyObject binaryInPlace(BinOperator op, PyObject other) {
        if (op == BinOperator.ADD) {
            for (PyObject o : Py.toArray(other)) {
                append(o);
            }
            return this;
        }
        return null;
    }
}
