package socklab.runtime.object;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A namespace (a module's globals, keyed by Java strings) seen as a Python dict, and a Python dict
 * seen as a namespace: globals() hands out the first, exec(code, d) runs code in the second. Both
 * are live views, so a name bound through one is there in the other.
 */
public final class Namespaces {
    private Namespaces() {}

    /** A module's names; it keeps the one dict globals() shows them as, so globals() is globals(). */
    static final class ModuleNames extends java.util.LinkedHashMap<String, PyObject> {
        private PyDict view;

        PyDict view() {
            if (view == null) {
                view = new PyDict(new DictView(this));
            }
            return view;
        }
    }

    /** globals(): the namespace itself as a dict. */
    public static PyDict asDict(Map<String, PyObject> names) {
        return names instanceof ModuleNames m ? m.view() : new PyDict(new DictView(names));
    }

    /** The namespace exec() and eval() run code in: the names behind a globals() dict, or the dict's str keys. */
    public static Map<String, PyObject> asNamespace(PyDict d) {
        return d.map() instanceof DictView v ? v.names : new NamespaceView(d.map());
    }

    private static String key(Object k) {
        if (k instanceof PyStr s) {
            return s.value();
        }
        throw Py.typeError("socklab keeps only str keys in a module namespace, not " + ((PyObject) k).type().name());
    }

    private static final class DictView extends AbstractMap<PyObject, PyObject> {
        final Map<String, PyObject> names;

        DictView(Map<String, PyObject> names) {
            this.names = names;
        }

        @Override
        public PyObject get(Object k) {
            return k instanceof PyStr s ? names.get(s.value()) : null;
        }

        @Override
        public boolean containsKey(Object k) {
            return k instanceof PyStr s && names.containsKey(s.value());
        }

        @Override
        public PyObject put(PyObject k, PyObject v) {
            return names.put(key(k), v);
        }

        @Override
        public PyObject remove(Object k) {
            return k instanceof PyStr s ? names.remove(s.value()) : null;
        }

        @Override
        public int size() {
            return names.size();
        }

        @Override
        public void clear() {
            names.clear();
        }

        @Override
        public Set<Entry<PyObject, PyObject>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<PyObject, PyObject>> iterator() {
                    Iterator<Entry<String, PyObject>> it = names.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Entry<PyObject, PyObject> next() {
                            Entry<String, PyObject> e = it.next();
                            return new SimpleEntry<>(new PyStr(e.getKey()), e.getValue()) {
                                @Override
                                public PyObject setValue(PyObject value) {
                                    e.setValue(value);
                                    return super.setValue(value);
                                }
                            };
                        }

                        @Override
                        public void remove() {
                            it.remove();
                        }
                    };
                }

                @Override
                public int size() {
                    return names.size();
                }
            };
        }
    }

    private static final class NamespaceView extends AbstractMap<String, PyObject> {
        private final Map<PyObject, PyObject> dict;

        NamespaceView(Map<PyObject, PyObject> dict) {
            this.dict = dict;
        }

        @Override
        public PyObject get(Object k) {
            return k instanceof String s ? dict.get(new PyStr(s)) : null;
        }

        @Override
        public boolean containsKey(Object k) {
            return k instanceof String s && dict.containsKey(new PyStr(s));
        }

        @Override
        public PyObject put(String k, PyObject v) {
            return dict.put(new PyStr(k), v);
        }

        @Override
        public PyObject remove(Object k) {
            return k instanceof String s ? dict.remove(new PyStr(s)) : null;
        }

        @Override
        public int size() {
            return dict.size();
        }

        @Override
        public Set<Entry<String, PyObject>> entrySet() {
            Map<String, PyObject> copy = new java.util.LinkedHashMap<>();
            dict.forEach((k, v) -> copy.put(k instanceof PyStr s ? s.value() : k.repr(), v));
            return copy.entrySet();
        }
    }
}
