package socklab.runtime.object;

/**
 * Python's immutable tuple; also what addresses like ('127.0.0.1', 9080) are. Not final: a
 * module's tuple subclass (collections.namedtuple) extends it and still compares as a tuple.
 */
public class PyTuple extends PySequence {
    public static final PyType TYPE = new PyType("tuple", null);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    private final PyObject[] items;

    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject[] items() {
        return items;
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    protected PySequence make(PyObject[] its) {
        return its.length == 0 ? EMPTY : new PyTuple(its);
    }

    @Override
    protected boolean sameKind(PyObject other) {
        return other instanceof PyTuple;
    }

    @Override
    protected String noun() {
        return "tuple";
    }

    @Override
    public String repr() {
        if (items.length == 1) {
            return "(" + items[0].repr() + ",)";
        }
        return joinReprs("(", ")");
    }

    @Override
    public long pyHash() {
        long acc = 0x27d4eb2f165667c5L;
        for (PyObject o : items) {
            acc += o.pyHash() * 0xc2b2ae3d27d4eb4fL;
            acc = Long.rotateLeft(acc, 31) * 0x9e3779b185ebca87L;
        }
        return acc == -1 ? 1546275796 : acc;
    }
}
