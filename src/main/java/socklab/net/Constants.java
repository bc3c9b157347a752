package socklab.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;

/**
 * The socket module's constants, read from a table recorded from CPython (so the values are
 * Linux's), with the IntEnum members that families and socket kinds are reported as.
 */
final class Constants {
    private static final Map<String, PyObject> ALL = load(false);
    private static final Map<String, PyObject> SELECT = load(true);

    private Constants() {}

    /** Every constant by name, in the table's order. */
    static Map<String, PyObject> all() {
        return ALL;
    }

    /** The select module's constants (POLL*, EPOLL*, PIPE_BUF), in the table's order. */
    static Map<String, PyObject> select() {
        return SELECT;
    }

    /** A constant's number by its name in the table: how Java code here spells a socket or select constant. */
    static int num(String name) {
        PyObject found = ALL.containsKey(name) ? ALL.get(name) : SELECT.get(name);
        if (!(found instanceof PyInt v)) {
            throw new IllegalArgumentException("no socket constant named " + name);
        }
        return (int) v.longValue();
    }

    /** The AddressFamily member for a number, or a plain int when it has none (as CPython's converter). */
    static PyObject family(int value) {
        return member(IntConst.ADDRESS_FAMILY, value);
    }

    static PyObject kind(int value) {
        return member(IntConst.SOCKET_KIND, value);
    }

    /** Calling an enum class, AddressFamily(2): its member with that value. */
    static PyObject byValue(PyType enumType, PyObject[] a, Map<String, PyObject> kw) {
        PyObject v = Args.takes(enumType.name(), a, kw, 1, 1)[0];
        if (v instanceof PyInt i && i.longValue() == (int) i.longValue()) {
            PyObject m = member(enumType, (int) i.longValue());
            if (m instanceof IntConst) {
                return m;
            }
        }
        throw LibraryLine.ENUM_CALL.on(LibraryLine.ENUM_NEW.on(Py.valueError(v.repr() + " is not a valid " + enumType.name())));
    }

    private static PyObject member(PyType enumType, int value) {
        for (PyObject o : ALL.values()) {
            if (o instanceof IntConst c && c.type() == enumType && c.longValue() == value) {
                return c;
            }
        }
        return PyInt.of(value);
    }

    /** The socket module's lines of the table, or with {@code select} the select module's. */
    private static Map<String, PyObject> load(boolean select) {
        Map<String, PyObject> out = new LinkedHashMap<>();
        try (InputStream in = Constants.class.getResourceAsStream("socket-constants.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                if (f[0].equals("select") != select) {
                    continue;
                }
                long v = Long.parseLong(f[2]);
                out.put(f[1], switch (f[0]) {
                    case "AddressFamily" -> new IntConst(IntConst.ADDRESS_FAMILY, f[1], v);
                    case "SocketKind" -> new IntConst(IntConst.SOCKET_KIND, f[1], v);
                    case "MsgFlag" -> new IntConst(IntConst.MSG_FLAG, f[1], v);
                    case "AddressInfo" -> new IntConst(IntConst.ADDRESS_INFO, f[1], v);
                    default -> PyInt.of(v);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
