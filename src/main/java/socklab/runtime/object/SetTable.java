package socklab.runtime.object;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A set table laid out as CPython's setobject.c lays it out (open addressing, linear probes, then
 * perturbation; resize at 60% fill), so iteration order, and therefore {3, 1, 2} printing as
 * {1, 2, 3}, matches CPython wherever the hashes match (ints, floats, bools, None).
 */
public final class SetTable extends AbstractSet<PyObject> {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final PyObject DUMMY = PySingleton.ELLIPSIS;

    private PyObject[] keys = new PyObject[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int fill;
    private int used;

    @Override
    public int size() {
        return used;
    }

    private static long hashOf(PyObject o) {
        return o.pyHash();
    }

    private static boolean same(PyObject stored, PyObject key) {
        return stored == key || stored.pyEquals(key);
    }

    /** The slot holding key, or -1. */
    private int find(PyObject key, long hash) {
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                PyObject k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && same(k, key)) {
                    return j;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    @Override
    public boolean contains(Object o) {
        PyObject key = (PyObject) o;
        return find(key, hashOf(key)) >= 0;
    }

    @Override
    public boolean add(PyObject key) {
        long hash = hashOf(key);
        if (find(key, hash) >= 0) {
            return false;
        }
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (keys[j] == null || keys[j] == DUMMY) {
                    boolean fresh = keys[j] == null;
                    keys[j] = key;
                    hashes[j] = hash;
                    used++;
                    if (fresh) {
                        fill++;
                        if ((long) fill * 5 >= (long) mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                    }
                    return true;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[size];
        hashes = new long[size];
        fill = used;
        int mask = size - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null && oldKeys[k] != DUMMY) {
                insertClean(oldKeys[k], oldHashes[k], mask);
            }
        }
    }

    private void insertClean(PyObject key, long hash, int mask) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (keys[j] == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    @Override
    public boolean remove(Object o) {
        PyObject key = (PyObject) o;
        int slot = find(key, hashOf(key));
        if (slot < 0) {
            return false;
        }
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return true;
    }

    @Override
    public void clear() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
    }

    @Override
    public Iterator<PyObject> iterator() {
        return new Iterator<>() {
            private int next = advance(0);
            private int last = -1;

            private int advance(int from) {
                int i = from;
                while (i < keys.length && (keys[i] == null || keys[i] == DUMMY)) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < keys.length;
            }

            @Override
            public PyObject next() {
                if (next >= keys.length) {
                    throw new NoSuchElementException();
                }
                last = next;
                PyObject k = keys[next];
                next = advance(next + 1);
                return k;
            }

            @Override
            public void remove() {
                keys[last] = DUMMY;
                hashes[last] = -1;
                used--;
            }
        };
    }
}
