package socklab.runtime.object;

/** The None singleton (and its type, NoneType). */
public final class PyNone extends PyObject {
    public static final PyType TYPE = new PyType("NoneType", null).finalType();
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public boolean isTrue() {
        return false;
    }

    @Override
    public long pyHash() {
        return 0x5f3e1c2d;
    }
}
