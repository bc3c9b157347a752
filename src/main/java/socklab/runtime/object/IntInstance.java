package socklab.runtime.object;

import socklab.lang.ast.Expr.BinOperator;

/**
 * An instance of a Python subclass of int (IntEnum's members among them): a real int; its
 * attribute dictionary and the overrides its class defines are InstanceAttrs'.
 */
public final class IntInstance extends PyInt {
    private final PyType type;
    private final InstanceAttrs attrs = new InstanceAttrs();

    public IntInstance(PyType type, PyInt value) {
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
    public PyObject invert() {
        return attrs.invert(this, super::invert);
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return attrs.pyEquals(this, other, super::pyEquals);
    }

    @Override
    public long pyHash() {
        return attrs.pyHash(this, super::pyHash);
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        return attrs.binary(this, UserClasses.binaryName(op), other, o -> super.binary(op, o));
    }

    @Override
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        return attrs.binary(this, UserClasses.reflectedName(op), other, o -> super.binaryReflected(op, o));
    }
}
