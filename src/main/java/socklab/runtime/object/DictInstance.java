package socklab.runtime.object;

/**
 * An instance of a Python subclass of dict: a real dict (so dict's methods and callers accept it);
 * its attribute dictionary and the overrides its class defines are InstanceAttrs'.
 */
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

    /** Overridden here, not routed in PyObject, so a built-in object's attribute lookup tests nothing more. */
    @Override
    public PyObject getAttr(String name) {
        return attrs.get(this, name);
    }

    @Override
    public String repr() {
        return attrs.repr(this, super::repr);
    }

    @Override
    public String str() {
        return attrs.str(this, super::str);
    }

    @Override
    public int len() {
        return attrs.len(this, super::len);
    }

    @Override
    public boolean contains(PyObject key) {
        return attrs.contains(this, key, super::contains);
    }

    /** d[key]: the learner's __getitem__, else dict's lookup, asking __missing__ for an absent key as dict does. */
    @Override
    public PyObject getItem(PyObject key) {
        return attrs.getItem(this, key, this::lookupOrMissing);
    }

    private PyObject lookupOrMissing(PyObject key) {
        PyObject v = get(key);
        if (v != null) {
            return v;
        }
        PyObject missing = UserClasses.special(this, "__missing__");
        return missing != null ? missing.call(new PyObject[] {key}, null) : super.getItem(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        attrs.setItem(this, key, value, super::setItem);
    }

    @Override
    public void delItem(PyObject key) {
        attrs.delItem(this, key, super::delItem);
    }

    @Override
    public PyObject iter() {
        return attrs.iter(this, super::iter);
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return attrs.pyEquals(this, other, super::pyEquals);
    }
}
