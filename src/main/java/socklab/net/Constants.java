package socklab.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;

/**
 * The socket module's constants, read from a table recorded from CPython (so the values are
 * Linux's), with the enum each belongs to (AddressFamily, SocketKind, MsgFlag, AddressInfo); the
 * enum classes themselves are made per session by {@link SocketEnums}.
 */
final class Constants {
    /** One line of the table: the enum it belongs to ("-" for none, "select" for the select module's). */
    record Line(String group, String name, long value) {}

    private static final List<Line> LINES = load();
    private static final Map<String, PyObject> ALL = ints(false);
    private static final Map<String, PyObject> SELECT = ints(true);

    private Constants() {}

    /** Every socket constant by name as a plain int, in the table's order. */
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

    /**
     * One enum's lines ordered as CPython's IntEnum._convert_ orders them, by value and then name,
     * so that of two names for one value the first is the member and the other its alias.
     */
    static List<Line> enumLines(String group) {
        List<Line> out = new ArrayList<>();
        for (Line l : LINES) {
            if (l.group().equals(group)) {
                out.add(l);
            }
        }
        out.sort(Comparator.comparingLong(Line::value).thenComparing(Line::name));
        return out;
    }

    /** The member's name for a number in one enum (what the socket table shows), or the number. */
    static String memberName(String group, long value) {
        for (Line l : enumLines(group)) {
            if (l.value() == value) {
                return l.name();
            }
        }
        return Long.toString(value);
    }

    private static Map<String, PyObject> ints(boolean select) {
        Map<String, PyObject> out = new LinkedHashMap<>();
        for (Line l : LINES) {
            if (l.group().equals("select") == select) {
                out.put(l.name(), PyInt.of(l.value()));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<Line> load() {
        List<Line> out = new ArrayList<>();
        try (InputStream in = Constants.class.getResourceAsStream("socket-constants.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                out.add(new Line(f[0], f[1], Long.parseLong(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
