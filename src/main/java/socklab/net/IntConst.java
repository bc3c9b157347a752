package socklab.net;

import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * A member of one of the socket module's IntEnums (AddressFamily, SocketKind, MsgFlag,
 * AddressInfo): an int in every operation, hashing and comparing as its value, but shown as
 * {@code <AddressFamily.AF_INET: 2>} by repr and as {@code 2} by str, as in CPython 3.11.
 */
final class IntConst extends PyInt {
    static final PyType ADDRESS_FAMILY = new PyType("AddressFamily", "socket", PyInt.TYPE);
    static final PyType SOCKET_KIND = new PyType("SocketKind", "socket", PyInt.TYPE);
    static final PyType MSG_FLAG = new PyType("MsgFlag", "socket", PyInt.TYPE);
    static final PyType ADDRESS_INFO = new PyType("AddressInfo", "socket", PyInt.TYPE);

    static {
        // Calling an enum class looks its member up by value: set once, with the types themselves.
        for (PyType t : new PyType[] {ADDRESS_FAMILY, SOCKET_KIND, MSG_FLAG, ADDRESS_INFO}) {
            t.constructor(Constants::byValue);
        }
    }

    private final PyType enumType;
    private final String name;

    IntConst(PyType enumType, String name, long value) {
        super(value);
        this.enumType = enumType;
        this.name = name;
    }

    String name() {
        return name;
    }

    @Override
    public PyType type() {
        return enumType;
    }

    @Override
    public String repr() {
        return "<" + enumType.name() + "." + name + ": " + longValue() + ">";
    }

    @Override
    public String str() {
        return Long.toString(longValue());
    }

    @Override
    public PyObject getAttr(String attr) {
        return switch (attr) {
            case "name", "_name_" -> new PyStr(name);
            case "value", "_value_" -> PyInt.of(longValue());
            default -> super.getAttr(attr);
        };
    }
}
