package socklab.runtime.object;

import java.util.Collection;

/** An instance of a Python subclass of list: a real list plus an attribute dictionary and the overrides its class defines. */
public final class ListInstance extends PyList {
    private final PyType type;
    private final InstanceAttrs attrs = new InstanceAttrs();

    public ListInstance(PyType type) {
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
    public void setItem(PyObject key, PyObject value) {
        if (attrs.call(this, "__setitem__", key, value) == null) {
            super.setItem(key, value);
        }
    }

    @Override
    public void delItem(PyObject key) {
        if (attrs.call(this, "__delitem__", key) == null) {
            super.delItem(key);
        }
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
}
