package socklab.runtime.object;

import java.util.Arrays;
import socklab.lang.ast.Expr.BinOperator;

/** What tuple and list share: an array of items, element-wise comparison, reprs and slicing. */
public abstract class PySequence extends PyObject {
    public abstract PyObject[] items();

    public abstract int size();

    protected abstract PySequence make(PyObject[] items);

    /** The noun used in "list index out of range" and friends. */
    protected abstract String noun();

    /** Whether other compares and concatenates with this as the same kind of sequence (a list with lists, subclasses included). */
    protected boolean sameKind(PyObject other) {
        return other instanceof PySequence && other.type().nearestBuiltin() == type().nearestBuiltin();
    }

    public PyObject get(int i) {
        return items()[i];
    }

    @Override
    public int len() {
        return size();
    }

    @Override
    public boolean isTrue() {
        return size() > 0;
    }

    protected String joinReprs(String open, String close) {
        if (!Recursion.enter(this)) {
            return open + "..." + close;
        }
        try {
            StringBuilder b = new StringBuilder(open);
            PyObject[] items = items();
            for (int i = 0; i < size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(items[i].repr());
            }
            return b.append(close).toString();
        } finally {
            Recursion.exit(this);
        }
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (other == this) {
            return true;
        }
        if (!sameKind(other)) {
            return false;
        }
        PySequence o = (PySequence) other;
        if (o.size() != size()) {
            return false;
        }
        return Recursion.compareNested(() -> itemsEqual(o));
    }

    private boolean itemsEqual(PySequence o) {
        for (int i = 0; i < size(); i++) {
            PyObject a = items()[i];
            PyObject b = o.items()[i];
            if (a != b && !Ops.eq(a, b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Integer compareTo(PyObject other) {
        if (!sameKind(other)) {
            return null;
        }
        PySequence o = (PySequence) other;
        int n = Math.min(size(), o.size());
        for (int i = 0; i < n; i++) {
            PyObject a = items()[i];
            PyObject b = o.items()[i];
            if (a != b && !Ops.eq(a, b)) {
                return Ops.lt(a, b) ? -1 : 1;
            }
        }
        return Integer.compare(size(), o.size());
    }

    @Override
    public boolean contains(PyObject item) {
        for (int i = 0; i < size(); i++) {
            PyObject x = items()[i];
            if (x == item || Ops.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i && i.fitsLong()) {
            long k = i.longValue();
            int n = size();
            if (k < 0) {
                k += n;
            }
            if (k >= 0 && k < n) {
                return items()[(int) k];
            }
            throw Py.error(ExcTypes.IndexError, noun() + " index out of range");
        }
        if (key instanceof PySlice slice) {
            PySlice.Range r = slice.indices(size());
            PyObject[] out = new PyObject[r.length()];
            for (int k = 0, i = r.start(); k < r.length(); k++, i += r.step()) {
                out[k] = items()[i];
            }
            return make(out);
        }
        return items()[PySlice.index(key, size(), noun())];
    }

    @Override
    public PyObject iter() {
        return new PyIterator.OfSequence(this);
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        switch (op) {
            case ADD: {
                if (!sameKind(other)) {
                    throw Py.typeError("can only concatenate " + noun() + " (not \"" + other.type().name() + "\") to " + noun());
                }
                PySequence o = (PySequence) other;
                PyObject[] out = Arrays.copyOf(items(), size() + o.size());
                System.arraycopy(o.items(), 0, out, size(), o.size());
                return make(out);
            }
            case MUL:
                return PySequence.repeatBy(other, this::repeat, false);
            default:
                return null;
        }
    }

    @Override
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        return op == BinOperator.MUL ? PySequence.repeatBy(other, this::repeat, true) : null;
    }

    /**
     * seq * n and n * seq for str, bytes, tuple and list. Anything but an int is CPython's sq_repeat
     * complaint naming its type, unless (as the left operand) a learner's class may still answer
     * with __rmul__.
     */
    static PyObject repeatBy(PyObject times, java.util.function.Function<PyInt, PyObject> repeat, boolean reflected) {
        if (times instanceof PyInt n) {
            return repeat.apply(n);
        }
        if (!reflected && UserClasses.special(times, "__rmul__") != null) {
            return null;
        }
        PyInt n = Py.indexValue(times);
        if (n != null) {
            return repeat.apply(n);
        }
        throw Py.typeError("can't multiply sequence by non-int of type '" + times.type().name() + "'");
    }

    /**
     * The length of a sequence of `size` items repeated n times, with CPython's errors: an n too
     * big for an index is OverflowError; a length past sys.maxsize is OverflowError with
     * {@code tooLong} (str and bytes say so) or MemoryError (lists, tuples, bytearrays); a result
     * too big to allocate is MemoryError.
     */
    static int repeatedLength(PyInt n, int size, String tooLong) {
        if (!n.fitsLong()) {
            throw Py.overflowError("cannot fit 'int' into an index-sized integer");
        }
        if (n.signum() <= 0 || size == 0) {
            return 0;
        }
        if (n.longValue() > Long.MAX_VALUE / size) {
            throw tooLong == null ? Py.error(ExcTypes.MemoryError) : Py.overflowError(tooLong);
        }
        if (n.longValue() > (Integer.MAX_VALUE - 16) / size) {
            throw Py.error(ExcTypes.MemoryError);
        }
        return (int) n.longValue() * size;
    }

    private PyObject repeat(PyInt n) {
        int total = repeatedLength(n, size(), null);
        PyObject[] out = new PyObject[total];
        for (int k = 0; k < total / Math.max(1, size()); k++) {
            System.arraycopy(items(), 0, out, k * size(), size());
        }
        return make(out);
    }
}
