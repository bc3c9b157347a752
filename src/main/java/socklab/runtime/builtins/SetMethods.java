package socklab.runtime.builtins;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySet;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;
import socklab.runtime.object.SetTable;
import socklab.runtime.object.Slots;

/** The methods of set and frozenset; results keep the receiver's kind as in CPython. */
final class SetMethods {
    private SetMethods() {}

    static void install() {
        for (PyType t : List.of(PySet.TYPE, PySet.FROZEN)) {
            Slots.install(t);
            String n = t.name();
            t.method("copy", (self, a, k) -> {
                Args.none(n + ".copy", a, k);
                return copy(self);
            });
            multi(t, "union", (out, other) -> out.addAll(other));
            multi(t, "intersection", (out, other) -> out.retainAll(other));
            multi(t, "difference", (out, other) -> out.removeAll(other));
            t.method("symmetric_difference", (self, a, k) -> {
                PySet out = copy(self);
                symmetric(out.set(), elements(Args.one(n + ".symmetric_difference", a, k)));
                return out;
            });
            t.method("issubset", (self, a, k) ->
                    Py.bool(elements(Args.one(n + ".issubset", a, k)).containsAll(set(self))));
            t.method("issuperset", (self, a, k) ->
                    Py.bool(set(self).containsAll(elements(Args.one(n + ".issuperset", a, k)))));
            t.method("isdisjoint", (self, a, k) -> {
                Set<PyObject> other = elements(Args.one(n + ".isdisjoint", a, k));
                return Py.bool(set(self).stream().noneMatch(other::contains));
            });
        }
        PyType t = PySet.TYPE;
        t.method("add", (self, a, k) -> {
            set(self).add(Args.one("set.add", a, k));
            return PyNone.NONE;
        });
        t.method("remove", (self, a, k) -> {
            PyObject x = Args.one("set.remove", a, k);
            if (!set(self).remove(x)) {
                throw DictMethods.keyError(x);
            }
            return PyNone.NONE;
        });
        t.method("discard", (self, a, k) -> {
            set(self).remove(Args.one("set.discard", a, k));
            return PyNone.NONE;
        });
        t.method("pop", (self, a, k) -> {
            Args.none("set.pop", a, k);
            if (set(self).isEmpty()) {
                throw DictMethods.keyError(new PyStr("pop from an empty set"));
            }
            PyObject first = set(self).iterator().next();
            set(self).remove(first);
            return first;
        });
        t.method("clear", (self, a, k) -> {
            Args.none("set.clear", a, k);
            set(self).clear();
            return PyNone.NONE;
        });
        inPlace("update", (out, other) -> out.addAll(other));
        inPlace("intersection_update", (out, other) -> out.retainAll(other));
        inPlace("difference_update", (out, other) -> out.removeAll(other));
        t.method("symmetric_difference_update", (self, a, k) -> {
            symmetric(set(self), elements(Args.one("set.symmetric_difference_update", a, k)));
            return PyNone.NONE;
        });
    }

    private static Set<PyObject> set(PyObject self) {
        return ((PySet) self).set();
    }

    private static PySet copy(PyObject self) {
        PySet out = new PySet(((PySet) self).isFrozen());
        out.set().addAll(set(self));
        return out;
    }

    /** The items of any iterable, as a set (hashing them, so unhashable items fail here). */
    static Set<PyObject> elements(PyObject iterable) {
        if (iterable instanceof PySet s) {
            return s.set();
        }
        Set<PyObject> out = new SetTable();
        for (PyObject o : Py.toArray(iterable)) {
            out.add(o);
        }
        return out;
    }

    private static void symmetric(Set<PyObject> target, Set<PyObject> other) {
        for (PyObject o : other) {
            if (!target.remove(o)) {
                target.add(o);
            }
        }
    }

    /** union(*others) and friends: a copy of self combined with each argument in turn. */
    private static void multi(PyType t, String name, BiConsumer<Set<PyObject>, Set<PyObject>> op) {
        t.method(name, (self, a, k) -> {
            Args.noKeywords(t.name() + "." + name, k);
            PySet out = copy(self);
            for (PyObject other : a) {
                op.accept(out.set(), elements(other));
            }
            return out;
        });
    }

    private static Set<PyObject> snapshot(Set<PyObject> s) {
        Set<PyObject> copy = new SetTable();
        copy.addAll(s);
        return copy;
    }

    private static void inPlace(String name, BiConsumer<Set<PyObject>, Set<PyObject>> op) {
        PySet.TYPE.method(name, (self, a, k) -> {
            Args.noKeywords("set." + name, k);
            for (PyObject other : a) {
                op.accept(set(self), other == self ? snapshot(set(self)) : elements(other));
            }
            return PyNone.NONE;
        });
    }
}
