package socklab.runtime.object;

import java.util.Set;
import socklab.lang.ast.Expr.BinOperator;

/** Python's set and frozenset (one class, a flag for mutability). */
public final class PySet extends PyObject {
    public static final PyType TYPE = new PyType("set", null);
    public static final PyType FROZEN = new PyType("frozenset", null);

    private final SetTable set = new SetTable();
    private final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? FROZEN : TYPE;
    }

    public Set<PyObject> set() {
        return set;
    }

    public boolean isFrozen() {
        return frozen;
    }

    @Override
    public String repr() {
        if (set.isEmpty()) {
            return frozen ? "frozenset()" : "set()";
        }
        if (!Recursion.enter(this)) {
            return type().name() + "(...)";
        }
        try {
            StringBuilder b = new StringBuilder(frozen ? "frozenset({" : "{");
            boolean first = true;
            for (PyObject o : set) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(o.repr());
            }
            return b.append(frozen ? "})" : "}").toString();
        } finally {
            Recursion.exit(this);
        }
    }

    @Override
    public boolean isTrue() {
        return !set.isEmpty();
    }

    @Override
    public int len() {
        return set.size();
    }

    @Override
    public long pyHash() {
        if (!frozen) {
            throw Py.typeError("unhashable type: 'set'");
        }
        long h = 0;
        for (PyObject o : set) {
            h ^= o.pyHash() * 0x9e3779b97f4a7c15L;
        }
        return h;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PySet o && o.set.equals(set);
    }

    @Override
    public Integer compareTo(PyObject other) {
        if (!(other instanceof PySet o)) {
            return null;
        }
        if (set.equals(o.set)) {
            return 0;
        }
        if (o.set.containsAll(set)) {
            return -1;
        }
        if (set.containsAll(o.set)) {
            return 1;
        }
        return null;
    }

    @Override
    public boolean contains(PyObject item) {
        return set.contains(item);
    }

    @Override
    public PyObject iter() {
        return new PyIterator.OfJava("set_iterator", set.iterator());
    }

    private PySet fresh() {
        return new PySet(frozen);
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        if (!(other instanceof PySet o)) {
            return null;
        }
        PySet out = fresh();
        switch (op) {
            case BITOR:
                out.set.addAll(set);
                out.set.addAll(o.set);
                return out;
            case BITAND:
                for (PyObject x : set) {
                    if (o.set.contains(x)) {
                        out.set.add(x);
                    }
                }
                return out;
            case SUB:
                for (PyObject x : set) {
                    if (!o.set.contains(x)) {
                        out.set.add(x);
                    }
                }
                return out;
            case BITXOR:
                for (PyObject x : set) {
                    if (!o.set.contains(x)) {
                        out.set.add(x);
                    }
                }
                for (PyObject x : o.set) {
                    if (!set.contains(x)) {
                        out.set.add(x);
                    }
                }
                return out;
            default:
                return null;
        }
    }
}
