package socklab.runtime.object;

import java.util.Map;
import socklab.lang.Mangling;

/**
 * A name a class statement lists in __slots__: the member descriptor CPython makes for it
 * (repr "<member 'x' of 'P' objects>"). Its value lives in the instance's attribute storage; a
 * class whose every class lists __slots__ gives its instances no __dict__ for other names.
 */
public final class SlotMember extends PyObject {
    private static final PyType TYPE = new PyType("member_descriptor", null).finalType();

    private final PyType owner;
    private final String name;

    private SlotMember(PyType owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<member '" + name + "' of '" + owner.name() + "' objects>";
    }

    /** Reads a class body's __slots__, checked as CPython checks it, into members of cls. */
    static void declare(PyType cls, Map<String, PyObject> ns, PyType[] bases) {
        PyObject slots = ns.get("__slots__");
        if (slots == null) {
            return;
        }
        boolean dict = false;
        for (PyObject item : slots instanceof PyStr ? new PyObject[] {slots} : Py.toArray(slots)) {
            if (!(item instanceof PyStr s)) {
                throw Py.typeError("__slots__ items must be strings, not '" + item.type().name() + "'");
            }
            if (!s.getAttr("isidentifier").call(new PyObject[0], null).isTrue()) {
                throw Py.typeError("__slots__ must be identifiers");
            }
            String n = Mangling.mangle(cls.name(), s.value());
            if (n.equals("__dict__")) {
                dict = true;
            } else if (!n.equals("__weakref__")) {
                if (ns.containsKey(n)) {
                    throw Py.valueError("'" + n + "' in __slots__ conflicts with class variable");
                }
                cls.define(n, new SlotMember(cls, n));
            }
        }
        boolean basesWithout = true;
        for (PyType b : bases) {
            basesWithout &= b == PyType.OBJECT || !b.hasInstanceDict();
        }
        if (!dict && basesWithout) {
            cls.withoutInstanceDict();
        }
    }
}
