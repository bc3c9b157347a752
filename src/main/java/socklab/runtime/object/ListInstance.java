package socklab.runtime.object;

/**
 * An instance of a Python subclass of list: a real list; its attribute dictionary and the
 * overrides its class defines are InstanceAttrs'.
 */
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

    @Override
    public PyObject getItem(PyObject key) {
        return attrs.getItem(this, key, super::getItem);
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
