package socklab.runtime.object;

import java.math.BigInteger;

/**
 * range(start, stop, step): a lazy sequence of ints with a fast iterator for for-loops. Its
 * bounds are exact ints of any size (range(2**64) is a range); when they and the length fit in a
 * long, as nearly always, it computes with longs only.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = new PyType("range", null).finalType();
    private static final BigInteger SSIZE_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final long start;
    private final long stop;
    private final long step;
    private final long length;
    /** The exact bounds when one of them or the length is past a long; null otherwise. */
    private final Wide wide;

    private record Wide(BigInteger start, BigInteger stop, BigInteger step, BigInteger length) {}

    private PyRange(long start, long stop, long step, long length, Wide wide) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length;
        this.wide = wide;
    }

    /** A range of machine-sized bounds; its length is computed in longs unless that would overflow. */
    public static PyRange of(long start, long stop, long step) {
        if (step == 0) {
            throw Py.valueError("range() arg 3 must not be zero");
        }
        try {
            long n = step > 0
                    ? start < stop ? Math.subtractExact(Math.subtractExact(stop, start), 1) / step + 1 : 0
                    : start > stop ? Math.subtractExact(Math.subtractExact(start, stop), 1) / Math.negateExact(step) + 1 : 0;
            return new PyRange(start, stop, step, n, null);
        } catch (ArithmeticException e) {
            return of(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
        }
    }

    private static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) {
            throw Py.valueError("range() arg 3 must not be zero");
        }
        BigInteger n = step.signum() > 0
                ? start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO
                : start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
        boolean fits = start.bitLength() < 64 && stop.bitLength() < 64 && step.bitLength() < 64 && n.bitLength() < 64;
        return new PyRange(start.longValue(), stop.longValue(), step.longValue(), n.longValue(),
                fits ? null : new Wide(start, stop, step, n));
    }

    /** range(start, stop[, step]) from the arguments as given, each an int or an __index__ (step null for 1). */
    public static PyRange of(PyObject start, PyObject stop, PyObject step) {
        PyInt a = exact(start);
        PyInt b = exact(stop);
        PyInt c = step == null ? PyInt.of(1) : exact(step);
        if (a.fitsLong() && b.fitsLong() && c.fitsLong()) {
            return of(a.longValue(), b.longValue(), c.longValue());
        }
        return of(a.bigValue(), b.bigValue(), c.bigValue());
    }

    private static PyInt exact(PyObject o) {
        PyInt i = Py.indexValue(o);
        if (i == null) {
            throw Py.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        return i;
    }

    private BigInteger bigStart() {
        return wide == null ? BigInteger.valueOf(start) : wide.start;
    }

    private BigInteger bigStop() {
        return wide == null ? BigInteger.valueOf(stop) : wide.stop;
    }

    private BigInteger bigStep() {
        return wide == null ? BigInteger.valueOf(step) : wide.step;
    }

    private BigInteger bigLength() {
        return wide == null ? BigInteger.valueOf(length) : wide.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        BigInteger st = bigStep();
        return "range(" + bigStart() + ", " + bigStop() + (st.equals(BigInteger.ONE) ? "" : ", " + st) + ")";
    }

    /** len(range): any length up to sys.maxsize. */
    public PyInt size() {
        if (bigLength().compareTo(SSIZE_MAX) > 0) {
            throw Py.overflowError("Python int too large to convert to C ssize_t");
        }
        return PyInt.of(bigLength());
    }

    @Override
    public int len() {
        if (wide != null || length > Integer.MAX_VALUE) {
            throw Py.overflowError("Python int too large to convert to C ssize_t");
        }
        return (int) length;
    }

    @Override
    public boolean isTrue() {
        return bigLength().signum() > 0;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (!(other instanceof PyRange r) || !r.bigLength().equals(bigLength())) {
            return false;
        }
        return bigLength().signum() == 0 || r.bigStart().equals(bigStart())
                && (bigLength().equals(BigInteger.ONE) || r.bigStep().equals(bigStep()));
    }

    @Override
    public long pyHash() {
        return java.util.Objects.hash(bigLength(), bigStart(), bigStep());
    }

    @Override
    public boolean contains(PyObject item) {
        if (wide == null && item instanceof PyInt i && i.fitsLong()) {
            long v = i.longValue();
            boolean inBounds = step > 0 ? v >= start && v < stop : v <= start && v > stop;
            return inBounds && (v - start) % step == 0;
        }
        if (item instanceof PyInt i && (item.type() == PyInt.TYPE || item.type() == PyBool.TYPE)) {
            BigInteger v = i.bigValue();
            boolean up = bigStep().signum() > 0;
            boolean inBounds = up ? v.compareTo(bigStart()) >= 0 && v.compareTo(bigStop()) < 0
                    : v.compareTo(bigStart()) <= 0 && v.compareTo(bigStop()) > 0;
            return inBounds && v.subtract(bigStart()).mod(bigStep().abs()).signum() == 0;
        }
        return super.contains(item);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            BigInteger[] r = s.exactIndices(bigLength());
            return of(bigStart().add(r[0].multiply(bigStep())), bigStart().add(r[1].multiply(bigStep())),
                    bigStep().multiply(r[2]));
        }
        PyInt i = Py.indexValue(key);
        if (i == null) {
            throw Py.typeError("range indices must be integers or slices, not " + key.type().name());
        }
        if (wide == null && i.fitsLong() && i.longValue() >= -length && i.longValue() < length) {
            long k = i.longValue() < 0 ? i.longValue() + length : i.longValue();
            return PyInt.of(start + k * step);
        }
        BigInteger k = i.bigValue().signum() < 0 ? i.bigValue().add(bigLength()) : i.bigValue();
        if (k.signum() < 0 || k.compareTo(bigLength()) >= 0) {
            throw Py.error(ExcTypes.IndexError, "range object index out of range");
        }
        return PyInt.of(bigStart().add(k.multiply(bigStep())));
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "start" -> PyInt.of(bigStart());
            case "stop" -> PyInt.of(bigStop());
            case "step" -> PyInt.of(bigStep());
            default -> super.getAttr(name);
        };
    }

    /** reversed(range): the iterator of the same items stepping back, as CPython makes it. */
    public PyObject reversed() {
        BigInteger last = bigStart().add(bigLength().subtract(BigInteger.ONE).multiply(bigStep()));
        return of(last, bigStart().subtract(bigStep()), bigStep().negate()).iter();
    }

    @Override
    public PyObject iter() {
        if (wide != null) {
            return new PyIterator("longrange_iterator") {
                private BigInteger next = wide.start;
                private BigInteger left = wide.length;

                @Override
                public PyObject next() {
                    if (left.signum() <= 0) {
                        return null;
                    }
                    PyObject v = PyInt.of(next);
                    next = next.add(wide.step);
                    left = left.subtract(BigInteger.ONE);
                    return v;
                }
            };
        }
        return new PyIterator("range_iterator") {
            private long i;

            @Override
            public PyObject next() {
                return i < length ? PyInt.of(start + step * i++) : null;
            }
        };
    }
}
