package socklab.runtime.object;

import java.util.Collection;
import java.util.Map;

/** A module: a name and a namespace of attributes (socket, sys, time, and the learner's __main__). */
public final class PyModule extends PyObject {
    public static final PyType TYPE = new PyType("module", null).finalType();

    private final String name;
    private final Map<String, PyObject> dict;
    /** Where CPython would have loaded the module from; null for built-in modules and __main__. */
    private String origin;
    /** True while the module's own code runs (a circular import sees it half made). */
    private boolean initializing;
    /** CPython 3.11 freezes os, io and a few others into its binary; their repr says so. */
    private boolean frozen;

    public PyModule(String name) {
        this(name, new Namespaces.ModuleNames());
    }

    public PyModule(String name, Map<String, PyObject> dict) {
        this.name = name;
        this.dict = dict;
        dict.putIfAbsent("__name__", new PyStr(name));
    }

    public String name() {
        return name;
    }

    public Map<String, PyObject> dict() {
        return dict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        String file = file();
        if (file == null && dict.containsKey("__path__")) {
            // A namespace package (a folder without __init__.py) shows its loader, as CPython does.
            return "<module '" + name + "' (<_frozen_importlib_external.NamespaceLoader object at 0x"
                    + Long.toHexString(Py.id(this)) + ">)>";
        }
        if (file == null && !frozen && (dict.get("__loader__") == null || dict.get("__loader__") == PyNone.NONE)) {
            // a module made by calling types.ModuleType: nothing loaded it
            return "<module '" + name + "'>";
        }
        String where = frozen ? "(frozen)" : file == null ? "(built-in)" : "from '" + file + "'";
        return "<module '" + name + "' " + where + ">";
    }

    /** Where CPython would have loaded the module from; null for modules built into the interpreter. */
    public String file() {
        return origin;
    }

    /** Set once, by the import system, from the module's spec. */
    public void setOrigin(String origin, boolean frozen) {
        this.origin = origin;
        this.frozen = frozen;
    }

    public boolean isInitializing() {
        return initializing;
    }

    public void setInitializing(boolean initializing) {
        this.initializing = initializing;
    }

    /** No shortcut: a module's attributes are its globals. */
    @Override
    public PyMethod methodFor(String name) {
        return null;
    }

    @Override
    public PyObject getAttr(String attr) {
        PyObject v = dict.get(attr);
        if (v != null) {
            return v;
        }
        PyObject hook = dict.get("__getattr__");
        if (hook != null) {
            // PEP 562: a module's own __getattr__ answers the names it lacks.
            return hook.call(new PyObject[] {new PyStr(attr)}, null);
        }
        String msg = initializing
                ? "partially initialized module '" + name + "' has no attribute '" + attr + "' (most likely due to a circular import)"
                : "module '" + name + "' has no attribute '" + attr + "'";
        throw Py.suggesting(ExcTypes.AttributeError, msg, attr, dict::keySet);
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        dict.put(attr, value);
    }

    @Override
    public Collection<String> instanceAttrNames() {
        return dict.keySet();
    }

    /** The folder a package's submodules are found in, or null when the module is no package. */
    public java.nio.file.Path packageDir() {
        PyObject path = dict().get("__path__");
        return path instanceof PyList l && l.size() > 0 ? java.nio.file.Path.of(l.items()[0].str()) : null;
    }
}
