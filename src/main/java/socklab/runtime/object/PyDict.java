package socklab.runtime.object;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python's dict: insertion-ordered, keyed by Python equality and hash. Not final: the dict
 * subclasses of collections (defaultdict, Counter, OrderedDict) and of learners' classes extend it.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = new PyType("dict", null);

    private final Map<PyObject, PyObject> map;

    public PyDict() {
        this(new LinkedHashMap<>());
    }

    /** A dict over other storage (globals() shows a module's namespace this way). */
    PyDict(Map<PyObject, PyObject> storage) {
        this.map = storage;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public Map<PyObject, PyObject> map() {
        return map;
    }

    public PyObject get(PyObject key) {
        return map.get(key);
    }

    public void put(PyObject key, PyObject value) {
        map.put(key, value);
    }

    @Override
    public String repr() {
        if (!Recursion.enter(this)) {
            return "{...}";
        }
        try {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(e.getKey().repr()).append(": ").append(e.getValue().repr());
            }
            return b.append('}').toString();
        } finally {
            Recursion.exit(this);
        }
    }

    @Override
    public boolean isTrue() {
        return !map.isEmpty();
    }

    @Override
    public int len() {
        return map.size();
    }

    @Override
    public long pyHash() {
        throw Py.typeError("unhashable type: '" + type().name() + "'");
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (!(other instanceof PyDict o) || o.map.size() != map.size()) {
            return false;
        }
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            PyObject v = o.map.get(e.getKey());
            if (v == null || (v != e.getValue() && !Ops.eq(e.getValue(), v))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean contains(PyObject key) {
        return map.containsKey(requireHashable(key));
    }

    /** Java's HashMap skips hashing when it is empty; Python hashes every key, so {}[[]] fails. */
    private PyObject requireHashable(PyObject key) {
        if (map.isEmpty()) {
            key.pyHash();
        }
        return key;
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = map.get(requireHashable(key));
        if (v == null) {
            throw new PyError(new PyBaseException(ExcTypes.KeyError, new PyTuple(new PyObject[] {key})));
        }
        return v;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        map.put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        if (map.remove(requireHashable(key)) == null) {
            throw new PyError(new PyBaseException(ExcTypes.KeyError, new PyTuple(new PyObject[] {key})));
        }
    }

    @Override
    public PyObject iter() {
        return new PyIterator.OfJava("dict_keyiterator", map.keySet().iterator());
    }

    @Override
    public PyObject binary(socklab.lang.ast.Expr.BinOperator op, PyObject other) {
        if (op == socklab.lang.ast.Expr.BinOperator.BITOR && other instanceof PyDict o) {
            PyDict out = new PyDict();
            out.map.putAll(map);
            out.map.putAll(o.map);
            return out;
        }
        return null;
    }
}
