package socklab.runtime.object;

import java.util.Collection;
import socklab.lang.ast.Expr.BinOperator;

/** An instance of a Python subclass of str: a real str plus an attribute dictionary and the overrides its class defines. */
public final class StrInstance extends PyStr {
    private final PyType type;
    private final InstanceAttrs attrs = new InstanceAttrs();

    public StrInstance(PyType type, String value) {
        super(value);
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public InstanceAttrs instanceAttrs() {
        return attrs;
    }

    @Override
    public PyObject getAttr(String name) {
        return attrs.get(this, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        attrs.set(this, name, value);
    }

    @Override
    public void delAttr(String name) {
        attrs.delete(this, name);
    }

    @Override
    public Collection<String> instanceAttrNames() {
        return attrs.names();
    }


    @Override
    public String repr() {
        String r = attrs.text(this, "__repr__");
        return r != null ? r : super.repr();
    }

    @Override
    public String str() {
        String r = attrs.text(this, "__str__");
        return r != null ? r : super.str();
    }

    @Override
    public int len() {
        PyObject r = attrs.call(this, "__len__");
        return r != null ? UserClasses.javaLength(r) : super.len();
    }

    @Override
    public boolean contains(PyObject key) {
        PyObject r = attrs.call(this, "__contains__", key);
        return r != null ? r.isTrue() : super.contains(key);
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject r = attrs.call(this, "__getitem__", key);
        return r != null ? r : super.getItem(key);
    }

    @Override
    public PyObject iter() {
        PyObject r = attrs.call(this, "__iter__");
        return r != null ? r : super.iter();
    }

    @Override
    public boolean pyEquals(PyObject other) {
        Boolean r = attrs.equal(this, other);
        return r != null ? r : super.pyEquals(other);
    }

    @Override
    public long pyHash() {
        PyObject r = attrs.call(this, "__hash__");
        return r != null ? UserClasses.hashValue(r) : super.pyHash();
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        PyObject r = attrs.call(this, "__" + UserClasses.dunder(op) + "__", other);
        return r != null && r != PySingleton.NOT_IMPLEMENTED ? r : super.binary(op, other);
    }
}
