package socklab.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * The attributes CPython's import system gives a standard module (__doc__, __loader__, __package__,
 * __spec__, and __file__, __cached__, __builtins__, __path__ as its kind has them), so that
 * dir(struct) and struct.__doc__ read as CPython's do.
 */
final class ModuleAttributes {
    /** __main__'s and every built-in module's loader: the class itself, as CPython shows it. */
    static final PyType BUILTIN_IMPORTER = new PyType("BuiltinImporter", "_frozen_importlib", null);
    private static final PyType FROZEN_IMPORTER = new PyType("FrozenImporter", "_frozen_importlib", null);
    private static final PyType SOURCE_LOADER = new PyType("SourceFileLoader", "_frozen_importlib_external", null);
    private static final PyType EXTENSION_LOADER = new PyType("ExtensionFileLoader", "_frozen_importlib_external", null);
    private static final PyType SPEC = new PyType("ModuleSpec", "_frozen_importlib", null);

    /** One module's __doc__ (null for None) and __all__ (null when it has none), as CPython's. */
    private record Recorded(String doc, List<String> all) {}

    /** The table recorded by src/test/tools/record_module_docs.py; read once, never changed. */
    private static final class Table {
        static final Map<String, Recorded> BY_MODULE = read();
    }

    private ModuleAttributes() {}

    /** Fills what the module's factory did not set, as CPython's loader of that kind of module does. */
    static void fill(PyModule m, ModuleSpec spec, PyObject builtins) {
        Map<String, PyObject> d = m.dict();
        String file = spec.origin();
        boolean builtin = file == null;
        boolean extension = !builtin && file.contains("/lib-dynload/");
        boolean pkg = !builtin && file.endsWith("/__init__.py");
        boolean source = !builtin && !extension;
        Recorded recorded = Table.BY_MODULE.getOrDefault(spec.name(), new Recorded(null, null));
        d.putIfAbsent("__doc__", recorded.doc() == null ? PyNone.NONE : new PyStr(recorded.doc()));
        if (recorded.all() != null && !d.containsKey("__all__")) {
            // the names socklab's module has, in CPython's order: from m import * must find each one
            d.put("__all__", new PyList(recorded.all().stream().filter(d::containsKey).map(PyStr::new).toArray(PyObject[]::new)));
        }
        PyObject loader = builtin ? BUILTIN_IMPORTER : spec.frozen() ? FROZEN_IMPORTER
                : new Plain(extension ? EXTENSION_LOADER : SOURCE_LOADER);
        d.putIfAbsent("__loader__", loader);
        String name = m.name();
        d.putIfAbsent("__package__", new PyStr(pkg ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : ""));
        String folder = pkg ? file.substring(0, file.length() - "/__init__.py".length()) : null;
        String cached = source && !spec.frozen()
                ? file.substring(0, file.lastIndexOf('/')) + "/__pycache__/" + file.substring(file.lastIndexOf('/') + 1, file.length() - 3)
                        + ".cpython-311.pyc"
                : null;
        d.putIfAbsent("__spec__", new Spec(name, loader, builtin ? "built-in" : spec.frozen() ? "frozen" : file, folder, cached));
        if (builtin) {
            // a module socklab writes in Python has a file for its frames, which CPython's built-in one has not
            d.remove("__file__");
            d.remove("__builtins__");
            return;
        }
        d.putIfAbsent("__file__", new PyStr(file));
        if (source) {
            d.putIfAbsent("__builtins__", builtins);
        }
        if (cached != null) {
            d.putIfAbsent("__cached__", new PyStr(cached));
        }
        if (folder != null) {
            d.putIfAbsent("__path__", new PyList(new PyObject[] {new PyStr(folder)}));
        }
    }

    private static Map<String, Recorded> read() {
        String text;
        try (InputStream in = ModuleAttributes.class.getResourceAsStream("module-docs.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Recorded> out = new HashMap<>();
        // each entry runs from its "=== NAME" line to the next, and ends with its last line's newline
        for (String block : text.split("(?m)^=== ")) {
            int rule = block.indexOf("\n---\n");
            if (block.startsWith("#") || rule < 0) {
                continue;
            }
            String[] head = block.substring(0, rule).split("\n");
            List<String> all = head.length > 1 ? List.of(head[1].substring("__all__ ".length()).split(" ")) : null;
            String doc = block.substring(rule + 5, block.length() - 1);
            out.put(head[0], new Recorded(doc.equals("None") ? null : doc, all));
        }
        return out;
    }

    /** A loader instance: only its repr is ever looked at. */
    private static final class Plain extends PyObject {
        private final PyType type;

        Plain(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            return "<" + type.module() + "." + type.name() + " object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }
    }

    /** module.__spec__: what find_spec found, shown as importlib's ModuleSpec repr. */
    private static final class Spec extends PyObject {
        private final String name;
        private final PyObject loader;
        private final String origin;
        private final String folder;
        private final String cached;

        Spec(String name, PyObject loader, String origin, String folder, String cached) {
            this.name = name;
            this.loader = loader;
            this.origin = origin;
            this.folder = folder;
            this.cached = cached;
        }

        @Override
        public PyType type() {
            return SPEC;
        }

        @Override
        public String repr() {
            return "ModuleSpec(name=" + new PyStr(name).repr() + ", loader=" + loader.repr() + ", origin="
                    + new PyStr(origin).repr() + (folder == null ? "" : ", submodule_search_locations=" + locations().repr()) + ")";
        }

        private PyObject locations() {
            return folder == null ? PyNone.NONE : new PyList(new PyObject[] {new PyStr(folder)});
        }

        @Override
        public PyObject getAttr(String attr) {
            return switch (attr) {
                case "name" -> new PyStr(name);
                case "loader" -> loader;
                case "origin" -> new PyStr(origin);
                case "parent" -> new PyStr(folder != null ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
                case "submodule_search_locations" -> locations();
                case "cached" -> cached == null ? PyNone.NONE : new PyStr(cached);
                case "has_location" -> Py.bool(!origin.equals("built-in") && !origin.equals("frozen"));
                default -> super.getAttr(attr);
            };
        }

        @Override
        public java.util.Collection<String> instanceAttrNames() {
            return List.of("cached", "has_location", "loader", "name", "origin", "parent", "submodule_search_locations");
        }
    }
}
