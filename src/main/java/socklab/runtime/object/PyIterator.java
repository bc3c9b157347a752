package socklab.runtime.object;

import java.util.ConcurrentModificationException;
import java.util.Iterator;

/** Iterators over the built-in containers; next() returns null when done. */
public abstract class PyIterator extends PyObject {
    private static final java.util.Map<String, PyType> TYPES = new java.util.concurrent.ConcurrentHashMap<>();

    private final PyType type;

    protected PyIterator(String typeName) {
        this.type = TYPES.computeIfAbsent(typeName, n -> {
            PyType t = new PyType(n, null);
            Slots.install(t);
            return t;
        });
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    /** Iterates a tuple or list by index, seeing appends made while iterating as CPython does. */
    static final class OfSequence extends PyIterator {
        private final PySequence seq;
        private int i;

        OfSequence(PySequence seq) {
            super(seq.type().name() + "_iterator");
            this.seq = seq;
        }

        @Override
        public PyObject next() {
            return i < seq.size() ? seq.items()[i++] : null;
        }
    }

    /** The old iteration protocol: a class with __getitem__ but no __iter__ is asked for 0, 1, 2 … until IndexError. */
    static final class OfGetItem extends PyIterator {
        private final PyObject seq;
        private long i;

        OfGetItem(PyObject seq) {
            super("iterator");
            this.seq = seq;
        }

        @Override
        public PyObject next() {
            if (i < 0) {
                return null;
            }
            try {
                return seq.getItem(PyInt.of(i++));
            } catch (PyError e) {
                if (e.matches(ExcTypes.IndexError) || e.matches(ExcTypes.StopIteration)) {
                    i = -1;
                    return null;
                }
                throw e;
            }
        }
    }

    static final class OfStr extends PyIterator {
        private final String s;
        private int i;

        OfStr(PyStr str) {
            super("str_ascii_iterator");
            this.s = str.value();
        }

        @Override
        public PyObject next() {
            if (i >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            return new PyStr(new String(Character.toChars(cp)));
        }
    }

    static final class OfBytes extends PyIterator {
        private final PyBytesLike b;
        private int i;

        OfBytes(PyBytesLike b) {
            super("bytes_iterator");
            this.b = b;
        }

        @Override
        public PyObject next() {
            return i < b.size() ? PyInt.of(b.array()[i++] & 0xff) : null;
        }
    }

    /** Wraps a Java iterator; a container changed during iteration raises RuntimeError as in CPython. */
    public static final class OfJava extends PyIterator {
        private final Iterator<PyObject> it;

        public OfJava(String typeName, Iterator<PyObject> it) {
            super(typeName);
            this.it = it;
        }

        @Override
        public PyObject next() {
            try {
                return it.hasNext() ? it.next() : null;
            } catch (ConcurrentModificationException e) {
                throw Py.error(ExcTypes.RuntimeError, "dictionary changed size during iteration");
            }
        }
    }
}
