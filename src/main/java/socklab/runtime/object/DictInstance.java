package socklab.runtime.object;

import java.util.Collection;

/** An instance of a Python subclass of dict: a real dict (so dict's methods and callers accept it) plus an attribute dictionary and overrides. */
public final class DictInstance extends PyDict {
    private final PyType type;
    private final InstanceAttrs attrs = new InstanceAttrs();

    public DictInstance(PyType type) {
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

    /** d[key]: the learner's __getitem__, else dict's lookup, asking __missing__ for an absent key as dict does. */
    @Override
    public PyObject getItem(PyObject key) {
        PyObject r = attrs.call(this, "__getitem__", key);
        if (r != null) {
            return r;
        }
        PyObject v = get(key);
        if (v != null) {
            return v;
        }
        PyObject missing = UserClasses.special(this, "__missing__");
        return missing != null ? missing.call(new PyObject[] {key}, null) : super.getItem(key);
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
