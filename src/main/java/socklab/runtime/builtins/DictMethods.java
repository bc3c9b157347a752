package socklab.runtime.builtins;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyIterator;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySet;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Recursion;
import socklab.runtime.object.Slots;

/** The methods of dict, and the live key/value/item views they hand out. */
final class DictMethods {
    private DictMethods() {}

    static void install() {
        PyType t = PyDict.TYPE;
        Slots.install(t);
        for (View.Kind kind : View.Kind.values()) {
            String name = kind.name().toLowerCase();
            t.method(name, (self, a, k) -> {
                Args.none("dict." + name, a, k);
                return new View(dict(self), kind);
            });
        }
        t.method("get", (self, a, k) -> {
            PyObject[] v = Args.expected("dict.get", a, k, 1, 2);
            PyObject found = dict(self).get(v[0]);
            return found != null ? found : Args.or(v[1], PyNone.NONE);
        });
        t.method("setdefault", (self, a, k) -> {
            PyObject[] v = Args.expected("dict.setdefault", a, k, 1, 2);
            PyObject found = dict(self).get(v[0]);
            if (found != null) {
                return found;
            }
            PyObject value = Args.or(v[1], PyNone.NONE);
            dict(self).put(v[0], value);
            return value;
        });
        t.method("pop", (self, a, k) -> {
            PyObject[] v = Args.expected("dict.pop", a, k, 1, 2);
            PyObject found = dict(self).map().remove(v[0]);
            if (found != null) {
                return found;
            }
            if (v[1] != null) {
                return v[1];
            }
            throw keyError(v[0]);
        });
        t.method("popitem", (self, a, k) -> {
            Args.none("dict.popitem", a, k);
            Map<PyObject, PyObject> m = dict(self).map();
            if (m.isEmpty()) {
                throw keyError(new PyStr("popitem(): dictionary is empty"));
            }
            PyObject last = null;
            for (PyObject key : m.keySet()) {
                last = key;
            }
            return Py.tuple(last, m.remove(last));
        });
        t.slot("__init__", -1, (self, a, k) -> {
            if (a.length > 1) {
                throw Py.typeError("dict expected at most 1 argument, got " + a.length);
            }
            return fill(dict(self), a, k);
        });
        t.method("update", (self, a, k) -> {
            if (a.length > 1) {
                throw Py.typeError("update expected at most 1 argument, got " + a.length);
            }
            return fill(dict(self), a, k);
        });
        t.method("copy", (self, a, k) -> {
            Args.none("dict.copy", a, k);
            PyDict out = new PyDict();
            out.map().putAll(dict(self).map());
            return out;
        });
        t.method("clear", (self, a, k) -> {
            Args.none("dict.clear", a, k);
            dict(self).map().clear();
            return PyNone.NONE;
        });
        t.define("fromkeys", new PyBuiltinFunction("fromkeys", (a, k) -> {
            PyObject[] v = Args.expected("dict.fromkeys", a, k, 1, 2);
            PyDict out = new PyDict();
            for (PyObject key : Py.toArray(v[0])) {
                out.put(key, Args.or(v[1], PyNone.NONE));
            }
            return out;
        }));
    }

    private static PyDict dict(PyObject self) {
        return (PyDict) self;
    }

    static PyError keyError(PyObject key) {
        return new PyError(new PyBaseException(ExcTypes.KeyError, new PyTuple(new PyObject[] {key})));
    }

    /** dict.update and dict.__init__: a mapping or pairs, then keyword arguments. */
    private static PyObject fill(PyDict target, PyObject[] a, Map<String, PyObject> k) {
        if (a.length == 1) {
            update(target, a[0]);
        }
        if (k != null) {
            k.forEach((name, value) -> target.put(new PyStr(name), value));
        }
        return PyNone.NONE;
    }

    /** dict.update(other) and dict(other): a dict, a mapping with keys(), or an iterable of key/value pairs. */
    static void update(PyDict target, PyObject other) {
        if (other instanceof PyDict d) {
            target.map().putAll(d.map());
            return;
        }
        if (other.type().lookup("keys") != null) {
            for (PyObject key : Py.toArray(other.getAttr("keys").call(new PyObject[0], null))) {
                target.put(key, other.getItem(key));
            }
            return;
        }
        PyObject it = other.iter();
        int i = 0;
        for (PyObject pair = it.next(); pair != null; pair = it.next(), i++) {
            PyObject[] kv;
            try {
                kv = Py.toArray(pair);
            } catch (PyError e) {
                if (!e.matches(ExcTypes.TypeError)) {
                    throw e;
                }
                throw Py.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (kv.length != 2) {
                throw Py.valueError("dictionary update sequence element #" + i + " has length " + kv.length
                        + "; 2 is required");
            }
            target.put(kv[0], kv[1]);
        }
    }

    /** dict_keys, dict_values and dict_items: live views over a dict. */
    static final class View extends PyObject {
        enum Kind { KEYS, VALUES, ITEMS }

        private static final Map<Kind, PyType> TYPES = Map.of(
                Kind.KEYS, new PyType("dict_keys", null).finalType(),
                Kind.VALUES, new PyType("dict_values", null).finalType(),
                Kind.ITEMS, new PyType("dict_items", null).finalType());

        private final PyDict dict;
        private final Kind kind;

        View(PyDict dict, Kind kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return TYPES.get(kind);
        }

        private List<PyObject> items() {
            List<PyObject> out = new ArrayList<>();
            for (Map.Entry<PyObject, PyObject> e : dict.map().entrySet()) {
                out.add(switch (kind) {
                    case KEYS -> e.getKey();
                    case VALUES -> e.getValue();
                    case ITEMS -> Py.tuple(e.getKey(), e.getValue());
                });
            }
            return out;
        }

        @Override
        public String repr() {
            if (!Recursion.enter(this)) {
                return "...";
            }
            try {
                return type().name() + "(" + new PyList(items().toArray(new PyObject[0])).repr() + ")";
            } finally {
                Recursion.exit(this);
            }
        }

        @Override
        public int len() {
            return dict.map().size();
        }

        @Override
        public boolean isTrue() {
            return !dict.map().isEmpty();
        }

        @Override
        public PyObject iter() {
            Iterator<Map.Entry<PyObject, PyObject>> it = dict.map().entrySet().iterator();
            Iterator<PyObject> mapped = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public PyObject next() {
                    Map.Entry<PyObject, PyObject> e = it.next();
                    return switch (kind) {
                        case KEYS -> e.getKey();
                        case VALUES -> e.getValue();
                        case ITEMS -> Py.tuple(e.getKey(), e.getValue());
                    };
                }
            };
            String name = switch (kind) {
                case KEYS -> "dict_keyiterator";
                case VALUES -> "dict_valueiterator";
                case ITEMS -> "dict_itemiterator";
            };
            return new PyIterator.OfJava(name, mapped);
        }

        @Override
        public boolean contains(PyObject item) {
            switch (kind) {
                case KEYS:
                    return dict.map().containsKey(item);
                case ITEMS:
                    if (!(item instanceof PyTuple t) || t.size() != 2) {
                        return false;
                    }
                    PyObject v = dict.map().get(t.get(0));
                    return v != null && (v == t.get(1) || Ops.eq(v, t.get(1)));
                default:
                    return super.contains(item);
            }
        }

        /** Keys and items views compare like sets; values views only by identity. */
        private PySet asSet() {
            PySet s = new PySet(false);
            s.set().addAll(items());
            return s;
        }

        @Override
        public boolean pyEquals(PyObject other) {
            if (kind == Kind.VALUES) {
                return other == this;
            }
            if (other instanceof View v && v.kind != Kind.VALUES) {
                return asSet().pyEquals(v.asSet());
            }
            return other instanceof PySet s && asSet().pyEquals(s);
        }

        @Override
        public long pyHash() {
            throw Py.typeError("unhashable type: '" + type().name() + "'");
        }

        @Override
        public PyObject binary(socklab.lang.ast.Expr.BinOperator op, PyObject other) {
            if (kind == Kind.VALUES) {
                return null;
            }
            PySet right = other instanceof View v ? v.asSet() : new PySet(false);
            if (!(other instanceof View)) {
                right.set().addAll(List.of(Py.toArray(other)));
            }
            return asSet().binary(op, right);
        }
    }
}
