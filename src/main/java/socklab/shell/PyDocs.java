package socklab.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import socklab.runtime.Interpreter;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyMethod;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;

/**
 * What socklab knows about a callable beyond its value: its signature (CPython's docstring line),
 * an example and the matching lesson, keyed by dotted name ("socket.socket.recv"). Loaded on first use.
 */
final class PyDocs {
    private static volatile Properties table;

    private PyDocs() {}

    static String signature(String key) {
        return key == null ? null : table().getProperty(key);
    }

    static String example(String key) {
        return table().getProperty(key + ".example");
    }

    static String lesson(String key) {
        return table().getProperty(key + ".lesson");
    }

    /** The dotted name of a function, method or class as the tables know it; null if unknown. */
    static String keyOf(Interpreter interp, PyObject value) {
        if (value instanceof PyType t) {
            return t.qualifiedName().contains(".") ? t.qualifiedName() : "builtins." + t.name();
        }
        if (value instanceof PyMethod m) {
            return m.owner().qualifiedName() + "." + m.name();
        }
        if (value instanceof PyBuiltinFunction f && f.self() != null) {
            return f.self() instanceof PyModule m ? m.name() + "." + f.name()
                    : f.self().type().qualifiedName() + "." + f.name();
        }
        String name = nameIn(interp.builtins(), value);
        if (name != null) {
            return "builtins." + name;
        }
        for (PyObject o : interp.loadedModules().values()) {
            if (o instanceof PyModule m && (name = nameIn(m.dict(), value)) != null) {
                return m.name() + "." + name;
            }
        }
        return null;
    }

    private static String nameIn(Map<String, PyObject> dict, PyObject value) {
        for (Map.Entry<String, PyObject> e : dict.entrySet()) {
            if (e.getValue() == value) {
                return e.getKey();
            }
        }
        return null;
    }

    private static Properties table() {
        Properties t = table;
        if (t == null) {
            t = new Properties();
            try (InputStream in = PyDocs.class.getResourceAsStream("pydoc.properties")) {
                t.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            table = t;
        }
        return t;
    }
}
