package socklab.runtime.object;

/** Ellipsis and NotImplemented: named singletons with nothing but a repr. */
public final class PySingleton extends PyObject {
    public static final PySingleton ELLIPSIS = new PySingleton("ellipsis", "Ellipsis");
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton("NotImplementedType", "NotImplemented");

    private final PyType type;
    private final String repr;

    private PySingleton(String typeName, String repr) {
        this.type = new PyType(typeName, null).finalType();
        this.repr = repr;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String repr() {
        return repr;
    }
}
