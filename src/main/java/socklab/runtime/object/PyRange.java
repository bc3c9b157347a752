package socklab.runtime.object;

/** range(start, stop, step): a lazy sequence of ints with a fast iterator for for-loops. */
public final class PyRange extends PyObject {
    public static final PyType TYPE = new PyType("range", null).finalType();

    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Py.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = n;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }

    @Override
    public int len() {
        if (length > Integer.MAX_VALUE) {
            throw Py.overflowError("Python int too large to convert to C ssize_t");
        }
        return (int) length;
    }

    @Override
    public boolean isTrue() {
        return length > 0;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyRange r && r.length == length
                && (length == 0 || (r.start == start && (length == 1 || r.step == step)));
    }

    @Override
    public long pyHash() {
        return java.util.Objects.hash(length, start, step);
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt i && i.fitsLong()) {
            long v = i.longValue();
            boolean inBounds = step > 0 ? v >= start && v < stop : v <= start && v > stop;
            return inBounds && (v - start) % step == 0;
        }
        return super.contains(item);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            PySlice.Range r = s.indices(len());
            return new PyRange(start + r.start() * step, start + (r.start() + (long) r.length() * r.step()) * step,
                    step * r.step());
        }
        if (!(Py.indexValue(key) != null)) {
            throw Py.typeError("range indices must be integers or slices, not " + key.type().name());
        }
        int i = PySlice.index(key, len(), "range object");
        return PyInt.of(start + i * step);
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "start" -> PyInt.of(start);
            case "stop" -> PyInt.of(stop);
            case "step" -> PyInt.of(step);
            default -> super.getAttr(name);
        };
    }

    @Override
    public PyObject iter() {
        return new PyIterator("range_iterator") {
            private long i;

            @Override
            public PyObject next() {
                return i < length ? PyInt.of(start + step * i++) : null;
            }
        };
    }
}
