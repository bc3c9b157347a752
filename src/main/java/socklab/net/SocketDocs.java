package socklab.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import socklab.runtime.object.Docstring;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyMethod;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;

/**
 * CPython's docstrings and help() titles for the socket module's functions and socket methods,
 * read from a table recorded from CPython (src/test/tools/record_socket_docs.py), and put on
 * socklab's Java functions so that help(socket.socket.bind) and bind.__doc__ show what CPython's do.
 */
final class SocketDocs {
    private static final String METHOD = "socket.socket.";
    private static final String FUNCTION = "socket.";

    /** The table, read and parsed once: it never changes, and every session's import of socket uses it twice. */
    private static final class Table {
        static final Map<String, Map<String, String>> ENTRIES = read();
    }

    private SocketDocs() {}

    /** Documents the socket type's methods that the table knows. */
    static void attach(PyType socketType) {
        for (Map.Entry<String, Map<String, String>> e : Table.ENTRIES.entrySet()) {
            if (!e.getKey().startsWith(METHOD)) {
                continue;
            }
            String name = e.getKey().substring(METHOD.length());
            if (socketType.lookup(name) instanceof PyMethod m && m.owner() == socketType) {
                socketType.define(name, m.withDocs(docstring(e.getValue(), ""), docstring(e.getValue(), "bound-")));
            }
        }
    }

    /** Documents the module's functions that the table knows. */
    static void attach(Map<String, PyObject> module) {
        for (Map.Entry<String, Map<String, String>> e : Table.ENTRIES.entrySet()) {
            String name = e.getKey().substring(FUNCTION.length());
            if (!e.getKey().startsWith(METHOD) && module.get(name) instanceof PyBuiltinFunction f) {
                module.put(name, f.withDoc(docstring(e.getValue(), "")));
            }
        }
    }

    private static Docstring docstring(Map<String, String> fields, String prefix) {
        return new Docstring(fields.get(prefix + "title"), fields.get(prefix + "signature"), fields.get("doc"),
                fields.containsKey("inherited"));
    }

    /** Each entry's fields by name, its docstring under "doc". */
    private static Map<String, Map<String, String>> read() {
        String text;
        try (InputStream in = SocketDocs.class.getResourceAsStream("socket-docs.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        // each entry runs from its "=== NAME" line to the next, and ends with its last line's newline
        for (String block : text.split("(?m)^=== ")) {
            List<String> lines = List.of(block.substring(0, block.length() - 1).split("\n", -1));
            int rule = lines.indexOf("---");
            if (rule < 0) {
                continue;
            }
            Map<String, String> entry = new HashMap<>();
            for (String field : lines.subList(1, rule)) {
                int space = field.indexOf(' ');
                entry.put(field.substring(0, space), field.substring(space + 1));
            }
            entry.put("doc", String.join("\n", lines.subList(rule + 1, lines.size())));
            out.put(lines.get(0), Map.copyOf(entry));
        }
        return Map.copyOf(out);
    }
}
