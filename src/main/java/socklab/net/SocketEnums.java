package socklab.net;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;

/**
 * One session's AddressFamily, SocketKind, MsgFlag and AddressInfo: real enum.IntEnum and
 * enum.IntFlag classes made by the session's enum module from the constants table, as socket.py
 * makes them with IntEnum._convert_, so isinstance, __members__, iteration and lookups by value
 * are enum's own.
 */
final class SocketEnums {
    /** An enum class of the module and the enum class it derives from. */
    private record Kind(String name, String base) {}

    private static final List<Kind> KINDS = List.of(new Kind("AddressFamily", "IntEnum"), new Kind("SocketKind", "IntEnum"),
            new Kind("MsgFlag", "IntFlag"), new Kind("AddressInfo", "IntFlag"));

    /** Each class's members by value: what a socket's family and type and getaddrinfo report. */
    private final Map<String, Map<Long, PyObject>> byValue = new HashMap<>();
    /** The module's names: the classes, then every constant that is a member, aliases included. */
    private final Map<String, PyObject> names = new LinkedHashMap<>();

    SocketEnums(PyModule enumModule) {
        for (Kind k : KINDS) {
            List<Constants.Line> lines = Constants.enumLines(k.name());
            PyList pairs = new PyList();
            lines.forEach(l -> pairs.append(Py.tuple(new PyStr(l.name()), PyInt.of(l.value()))));
            PyObject cls = enumModule.getAttr(k.base()).call(new PyObject[] {new PyStr(k.name()), pairs},
                    Map.of("module", new PyStr("socket")));
            names.put(k.name(), cls);
            Map<Long, PyObject> members = new HashMap<>();
            for (Constants.Line l : lines) {
                PyObject member = cls.getAttr(l.name());
                names.put(l.name(), member);
                members.putIfAbsent(l.value(), member);
            }
            byValue.put(k.name(), members);
        }
    }

    /** The classes and their members, to be put over the module's plain ints. */
    Map<String, PyObject> names() {
        return names;
    }

    /** The AddressFamily member for a number, or a plain int when it has none (as CPython's converter). */
    PyObject family(int value) {
        return member("AddressFamily", value);
    }

    PyObject kind(int value) {
        return member("SocketKind", value);
    }

    private PyObject member(String cls, int value) {
        PyObject m = byValue.get(cls).get((long) value);
        return m != null ? m : PyInt.of(value);
    }
}
