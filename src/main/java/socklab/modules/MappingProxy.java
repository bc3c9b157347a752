package socklab.modules;

import java.util.List;
import socklab.lang.ast.Expr.BinOperator;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;

/**
 * types.MappingProxyType: a read-only view of a mapping, as an enum class's __members__ is.
 * Reading goes to the mapping; writing is refused with CPython's messages.
 */
final class MappingProxy extends PyObject {
    static final PyType TYPE = new PyType("mappingproxy", null).finalType();
    /** The mapping's methods a proxy offers: those that do not change it. */
    private static final List<String> READERS = List.of("keys", "values", "items", "get", "copy");

    static {
        for (String name : READERS) {
            TYPE.method(name, (self, a, kw) -> ((MappingProxy) self).mapping.getAttr(name).call(a, kw));
        }
        TYPE.constructor((type, a, kw) -> {
            PyObject m = Args.keywords("mappingproxy", a, kw, new String[] {"mapping"}, 1, 1)[0];
            if (!(m instanceof PyDict) && m.type().lookup("keys") == null) {
                throw Py.typeError("mappingproxy() argument must be a mapping, not " + m.type().name());
            }
            return new MappingProxy(m);
        });
    }

    private final PyObject mapping;

    MappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "mappingproxy(" + mapping.repr() + ")";
    }

    @Override
    public String str() {
        return mapping.str();
    }

    @Override
    public PyObject getItem(PyObject key) {
        return mapping.getItem(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        throw Py.typeError("'mappingproxy' object does not support item assignment");
    }

    @Override
    public void delItem(PyObject key) {
        throw Py.typeError("'mappingproxy' object does not support item deletion");
    }

    @Override
    public PyObject iter() {
        return mapping.iter();
    }

    @Override
    public int len() {
        return mapping.len();
    }

    @Override
    public boolean contains(PyObject item) {
        return mapping.contains(item);
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return mapping.pyEquals(other instanceof MappingProxy p ? p.mapping : other);
    }

    @Override
    public long pyHash() {
        throw Py.typeError("unhashable type: 'mappingproxy'");
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        return op == BinOperator.BITOR ? mapping.binary(op, other instanceof MappingProxy p ? p.mapping : other) : null;
    }
}
