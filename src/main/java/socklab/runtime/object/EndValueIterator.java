package socklab.runtime.object;

/**
 * An iterator whose end carries a value (a generator's return value): next() on it raises
 * StopIteration with that value, where a plain iterator's end raises a bare one.
 */
public interface EndValueIterator {
    /** The next value, or StopIteration carrying the end value. */
    PyObject nextOrStop();
}
