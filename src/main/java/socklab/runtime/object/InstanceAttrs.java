package socklab.runtime.object;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What an instance of a Python class carries beside its Java state: its attribute dictionary, with
 * the lookup order object gives it, and the way a built-in special method reached through super()
 * gets the built-in behaviour rather than the learner's override.
 */
public final class InstanceAttrs {
    private final Map<String, PyObject> dict = new LinkedHashMap<>();
    private PyDict view;
    /** Set while a built-in type's special method runs on this instance: the protocol skips overrides once. */
    private boolean baseCall;

    /** Whether the instance's own dictionary has name. */
    public boolean holds(String name) {
        return dict.containsKey(name);
    }

    /**
     * obj.name for an instance of a learner's class: its class's __getattribute__ if it defines one,
     * else object's; then, when that finds nothing (AttributeError), the class's __getattr__.
     */
    public PyObject get(PyObject self, String name) {
        PyObject hook = self.type().attributeHook();
        PyObject v;
        try {
            v = hook == null ? find(self, name) : hook.bindTo(self).call(new PyObject[] {new PyStr(name)}, null);
        } catch (PyError e) {
            // an AttributeError from a property or from __getattribute__ leaves __getattr__ to answer
            if (!e.matches(ExcTypes.AttributeError)) {
                throw e;
            }
            return missing(self, name, e);
        }
        return v != null ? v : missing(self, name, null);
    }

    /** object.__getattribute__: data descriptors, the instance's own dictionary, then the class; no __getattr__. */
    public PyObject generic(PyObject self, String name) {
        PyObject v = find(self, name);
        if (v == null) {
            throw Py.attributeError(self, name);
        }
        return v;
    }

    /**
     * The built-in method obj.name would bind, for a call that hands it self instead of making the
     * bound method (CPython's LOAD_METHOD); null when the class reads attributes its own way or the
     * instance's dictionary hides the name (ls.append = f).
     */
    public PyMethod methodFor(PyObject self, String name) {
        PyType type = self.type();
        return type.attributeHook() == null && !dict.containsKey(name) && type.lookup(name) instanceof PyMethod m ? m : null;
    }

    private PyObject find(PyObject self, String name) {
        PyType type = self.type();
        PyObject found = type.lookup(name);
        if (found instanceof Descriptors.Property p) {
            return p.bindTo(self);
        }
        boolean descriptor = isLearnerDescriptor(found, "__get__");
        if (descriptor && (isLearnerDescriptor(found, "__set__") || isLearnerDescriptor(found, "__delete__"))) {
            return found.getAttr("__get__").call(new PyObject[] {self, type}, null);
        }
        PyObject own = dict.get(name);
        if (own != null) {
            return own;
        }
        if (found instanceof SlotMember) {
            return null; // a slot not yet assigned
        }
        if (descriptor) {
            return found.getAttr("__get__").call(new PyObject[] {self, type}, null);
        }
        if (found != null) {
            return found.bindTo(self);
        }
        switch (name) {
            case "__class__":
                return type;
            case "__dict__":
                if (!type.hasInstanceDict()) {
                    return null;
                }
                // A live view, as CPython's: __setstate__'s self.__dict__.update(state) sets attributes.
                if (view == null) {
                    view = Namespaces.asDict(dict);
                }
                return view;
            default:
                return null;
        }
    }

    /** What obj.name gives when __getattribute__ found nothing: __getattr__'s answer, else the AttributeError. */
    private PyObject missing(PyObject self, String name, PyError raised) {
        PyObject fallback = UserClasses.special(self, "__getattr__");
        if (fallback != null) {
            return fallback.call(new PyObject[] {new PyStr(name)}, null);
        }
        throw raised != null ? raised : Py.attributeError(self, name);
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

    /** Whether o is an instance of a learner's class defining the descriptor method (__get__, __set__, __delete__). */
    private static boolean isLearnerDescriptor(PyObject o, String method) {
        return o != null && o.type().isUserClass() && o.type().lookup(method) != null;
    }

    /** object.__setattr__: a property's setter or a data descriptor's __set__, else the instance's own dictionary. */
    public void setPlain(PyObject self, String name, PyObject value) {
        PyType type = self.type();
        PyObject found = type.lookup(name);
        if (found instanceof Descriptors.Property p) {
            p.set(self, value);
            return;
        }
        if (isLearnerDescriptor(found, "__set__")) {
            found.getAttr("__set__").call(new PyObject[] {self, value}, null);
            return;
        }
        if (!(found instanceof SlotMember) && !type.hasInstanceDict()) {
            throw slotless(self, name, found);
        }
        dict.put(name, value);
    }

    void delete(PyObject self, String name) {
        PyType type = self.type();
        PyObject found = type.lookup(name);
        if (isLearnerDescriptor(found, "__delete__")) {
            found.getAttr("__delete__").call(new PyObject[] {self}, null);
            return;
        }
        if (!(found instanceof SlotMember) && !type.hasInstanceDict()) {
            throw slotless(self, name, found);
        }
        if (dict.remove(name) == null) {
            // an unassigned slot's member says only its name, as CPython's does
            throw found instanceof SlotMember ? Py.error(ExcTypes.AttributeError, name) : Py.attributeError(self, name);
        }
    }

    /** Assigning a name an instance without __dict__ cannot hold: a class attribute is read-only, anything else absent. */
    private static PyError slotless(PyObject self, String name, PyObject classAttr) {
        String owner = "'" + self.type().name() + "' object";
        return Py.error(ExcTypes.AttributeError, classAttr != null ? owner + " attribute '" + name + "' is read-only"
                : owner + " has no attribute '" + name + "'");
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

    // The protocols of an instance of a subclass of a built-in type (dict, list, str, int; a
    // module's C type such as deque): the learner's special method when the class defines one,
    // else the built-in type's behaviour.
    // Each builds its argument array only when there is an override to call.

    public String repr(PyObject self, Supplier<String> base) {
        return text(self, "__repr__", base);
    }

    public String str(PyObject self, Supplier<String> base) {
        return text(self, "__str__", base);
    }

    private String text(PyObject self, String name, Supplier<String> base) {
        PyObject m = override(self, name);
        return m == null ? base.get() : UserClasses.text(m, name);
    }

    public int len(PyObject self, IntSupplier base) {
        PyObject m = override(self, "__len__");
        return m == null ? base.getAsInt() : UserClasses.javaLength(m.call(new PyObject[0], null));
    }

    public boolean contains(PyObject self, PyObject item, Predicate<PyObject> base) {
        PyObject m = override(self, "__contains__");
        return m == null ? base.test(item) : m.call(new PyObject[] {item}, null).isTrue();
    }

    public PyObject getItem(PyObject self, PyObject key, UnaryOperator<PyObject> base) {
        PyObject m = override(self, "__getitem__");
        return m == null ? base.apply(key) : m.call(new PyObject[] {key}, null);
    }

    public void setItem(PyObject self, PyObject key, PyObject value, BiConsumer<PyObject, PyObject> base) {
        PyObject m = override(self, "__setitem__");
        if (m == null) {
            base.accept(key, value);
        } else {
            m.call(new PyObject[] {key, value}, null);
        }
    }

    public void delItem(PyObject self, PyObject key, Consumer<PyObject> base) {
        PyObject m = override(self, "__delitem__");
        if (m == null) {
            base.accept(key);
        } else {
            m.call(new PyObject[] {key}, null);
        }
    }

    public PyObject iter(PyObject self, Supplier<PyObject> base) {
        return unary(self, "__iter__", base);
    }

    PyObject invert(PyObject self, Supplier<PyObject> base) {
        return unary(self, "__invert__", base);
    }

    private PyObject unary(PyObject self, String name, Supplier<PyObject> base) {
        PyObject m = override(self, name);
        return m == null ? base.get() : m.call(new PyObject[0], null);
    }

    /** == through the learner's __eq__; the built-in comparison when it has none or it returns NotImplemented. */
    boolean pyEquals(PyObject self, PyObject other, Predicate<PyObject> base) {
        PyObject r = operator(self, "__eq__", other);
        return r == null ? base.test(other) : r.isTrue();
    }

    long pyHash(PyObject self, LongSupplier base) {
        PyObject m = override(self, "__hash__");
        return m == null ? base.getAsLong() : UserClasses.hashValue(m.call(new PyObject[0], null));
    }

    /** self op other, or other op self when reflected: the learner's method, else the built-in operator. */
    PyObject binary(PyObject self, String method, PyObject other, UnaryOperator<PyObject> base) {
        PyObject r = operator(self, method, other);
        return r != null ? r : base.apply(other);
    }

    /** An operator's special method called with other; null when the class has none or it returns NotImplemented. */
    private PyObject operator(PyObject self, String name, PyObject other) {
        PyObject m = override(self, name);
        if (m == null) {
            return null;
        }
        PyObject r = m.call(new PyObject[] {other}, null);
        return r == PySingleton.NOT_IMPLEMENTED ? null : r;
    }

    /** Runs a built-in special method's protocol call on self, bypassing self's own override of it. */
    static <T> T viaBase(PyObject self, Supplier<T> protocol) {
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
