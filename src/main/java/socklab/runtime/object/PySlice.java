package socklab.runtime.object;

import java.math.BigInteger;

/** A slice object (start:stop:step) and the index arithmetic every sequence shares. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = new PyType("slice", null).finalType();

    /** A slice resolved against a sequence length: the indices to visit. */
    public record Range(int start, int stop, int step, int length) {}

    static {
        TYPE.attribute("start", self -> ((PySlice) self).start);
        TYPE.attribute("stop", self -> ((PySlice) self).stop);
        TYPE.attribute("step", self -> ((PySlice) self).step);
        TYPE.method("indices", (self, a, kw) -> {
            Args.noKeywords("indices", kw);
            if (a.length != 1) {
                throw Py.typeError("slice.indices() takes exactly one argument (" + a.length + " given)");
            }
            return ((PySlice) self).indicesTuple(a[0]);
        });
    }

    private final PyObject start;
    private final PyObject stop;
    private final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "slice(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
    }

    @Override
    public long pyHash() {
        throw Py.typeError("unhashable type: 'slice'");
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PySlice s && Ops.eq(start, s.start) && Ops.eq(stop, s.stop) && Ops.eq(step, s.step);
    }

    /** slice.indices(length): start, stop and step clamped to a sequence of that length, exact for any int. */
    private PyTuple indicesTuple(PyObject length) {
        PyInt n = Py.indexValue(length);
        if (n == null) {
            throw Py.typeError("'" + length.type().name() + "' object cannot be interpreted as an integer");
        }
        if (n.signum() < 0) {
            throw Py.valueError("length should not be negative");
        }
        BigInteger[] r = exactIndices(n.bigValue());
        return new PyTuple(new PyObject[] {PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2])});
    }

    /** Start, stop and step against a length of any size (a range past 64 bits), as slice.indices computes them. */
    public BigInteger[] exactIndices(BigInteger len) {
        BigInteger st = step == PyNone.NONE ? BigInteger.ONE : exactIndex(step);
        if (st.signum() == 0) {
            throw Py.valueError("slice step cannot be zero");
        }
        boolean back = st.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? len.subtract(BigInteger.ONE) : len;
        BigInteger lo = start == PyNone.NONE ? back ? upper : lower : clamp(exactIndex(start), len, lower, upper);
        BigInteger hi = stop == PyNone.NONE ? back ? lower : upper : clamp(exactIndex(stop), len, lower, upper);
        return new BigInteger[] {lo, hi, st};
    }

    private static BigInteger exactIndex(PyObject o) {
        PyInt i = Py.indexValue(o);
        if (i == null) {
            throw Py.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return i.bigValue();
    }

    private static BigInteger clamp(BigInteger i, BigInteger len, BigInteger lower, BigInteger upper) {
        BigInteger k = i.signum() < 0 ? i.add(len) : i;
        return k.compareTo(lower) < 0 ? lower : k.compareTo(upper) > 0 ? upper : k;
    }

    public Range indices(int len) {
        long st = step == PyNone.NONE ? 1 : sliceIndex(step);
        if (st == 0) {
            throw Py.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = start == PyNone.NONE ? 0 : clamp(sliceIndex(start), len, 0, len);
            hi = stop == PyNone.NONE ? len : clamp(sliceIndex(stop), len, 0, len);
        } else {
            lo = start == PyNone.NONE ? len - 1 : clamp(sliceIndex(start), len, -1, len - 1);
            hi = stop == PyNone.NONE ? -1 : clamp(sliceIndex(stop), len, -1, len - 1);
        }
        int count;
        if (st > 0) {
            count = lo < hi ? (int) ((hi - lo - 1) / st + 1) : 0;
        } else {
            count = hi < lo ? (int) ((lo - hi - 1) / (-st) + 1) : 0;
        }
        return new Range((int) lo, (int) hi, (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE), count);
    }

    private static long clamp(long i, int len, long min, long max) {
        if (i < 0) {
            i += len;
        }
        return Math.max(min, Math.min(max, i));
    }

    private static long sliceIndex(PyObject o) {
        PyInt i = Py.indexValue(o);
        if (i != null) {
            if (!i.fitsLong()) {
                return i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
            }
            return Math.max(Long.MIN_VALUE / 2, Math.min(Long.MAX_VALUE / 2, i.longValue()));
        }
        throw Py.typeError("slice indices must be integers or None or have an __index__ method");
    }

    /** Resolves a subscript index against a length, raising IndexError("<what> index out of range"). */
    public static int index(PyObject key, int len, String what) {
        PyInt i = Py.indexValue(key);
        if (i == null) {
            throw Py.typeError(what + " indices must be integers or slices, not " + key.type().name());
        }
        if (!i.fitsLong()) {
            // CPython converts the index to a C ssize_t before looking at the length.
            throw Py.error(ExcTypes.IndexError, "cannot fit 'int' into an index-sized integer");
        }
        long k = i.longValue();
        if (k < 0) {
            k += len;
        }
        if (k < 0 || k >= len) {
            throw Py.error(ExcTypes.IndexError, what.isEmpty() ? "index out of range" : what + " index out of range");
        }
        return (int) k;
    }
}
