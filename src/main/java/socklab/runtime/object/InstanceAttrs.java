package socklab.runtime.object;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an instance of a Python class carries beside its Java state: its attribute dictionary, with
 * the lookup order object gives it, and the way a built-in special method reached through super()
 * gets the built-in behaviour rather than the learner's override.
 */
public final class InstanceAttrs {
    private final Map<String, PyObject> dict = new LinkedHashMap<>();
    /** Set while a built-in type's special method runs on this instance: the protocol skips overrides once. */
    private boolean baseCall;

    /** object.__getattribute__: data descriptors, the instance's own dictionary, the class, then __getattr__. */
    public PyObject get(PyObject self, String name) {
        PyType type = self.type();
        PyObject found = type.lookup(name);
        if (found instanceof Descriptors.Property p) {
            return p.bindTo(self);
        }
        PyObject own = dict.get(name);
        if (own != null) {
            return own;
        }
        if (found != null) {
            return found.bindTo(self);
        }
        switch (name) {
            case "__class__":
                return type;
            case "__dict__": {
                PyDict d = new PyDict();
                dict.forEach((k, v) -> d.setItem(new PyStr(k), v));
                return d;
            }
            default:
                break;
        }
        PyObject hook = UserClasses.special(self, "__getattr__");
        if (hook != null) {
            return hook.call(new PyObject[] {new PyStr(name)}, null);
        }
        throw Py.attributeError(self, name);
    }

    /** Assignment through a learner's __setattr__ if the class has one, else object.__setattr__. */
    void set(PyObject self, String name, PyObject value) {
        PyObject hook = override(self, "__setattr__");
        if (hook != null) {
            hook.call(new PyObject[] {new PyStr(name), value}, null);
            return;
        }
        setPlain(self, name, value);
    }

    /** object.__setattr__: a property's setter, else the instance's own dictionary. */
    public void setPlain(PyObject self, String name, PyObject value) {
        if (self.type().lookup(name) instanceof Descriptors.Property p) {
            p.set(self, value);
            return;
        }
        dict.put(name, value);
    }

    void delete(PyObject self, String name) {
        if (dict.remove(name) == null) {
            throw Py.attributeError(self, name);
        }
    }

    Collection<String> names() {
        return dict.keySet();
    }

    /** The learner's special method for name bound to self, or null (always null for a call made through super()). */
    PyObject override(PyObject self, String name) {
        if (baseCall) {
            baseCall = false;
            return null;
        }
        return UserClasses.special(self, name);
    }

    /** Calls the learner's override of a protocol; null when the class has none (then the built-in behaviour applies). */
    PyObject call(PyObject self, String name, PyObject... args) {
        PyObject m = override(self, name);
        return m == null ? null : m.call(args, null);
    }

    /** __repr__ or __str__ through the learner's override, or null. */
    String text(PyObject self, String name) {
        PyObject m = override(self, name);
        return m == null ? null : UserClasses.text(m, name);
    }

    /** == through the learner's __eq__, or null when it has none or it returns NotImplemented. */
    Boolean equal(PyObject self, PyObject other) {
        PyObject r = call(self, "__eq__", other);
        return r == null || r == PySingleton.NOT_IMPLEMENTED ? null : r.isTrue();
    }

    /** Runs a built-in special method's protocol call on self, bypassing self's own override of it. */
    static <T> T viaBase(PyObject self, java.util.function.Supplier<T> protocol) {
        InstanceAttrs attrs = self.instanceAttrs();
        if (attrs == null) {
            return protocol.get();
        }
        attrs.baseCall = true;
        try {
            return protocol.get();
        } finally {
            attrs.baseCall = false;
        }
    }
}
