package socklab.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import socklab.lang.ast.Expr.BinOperator;
import socklab.lang.ast.Expr.CmpOperator;
import socklab.runtime.Interpreter;
import socklab.runtime.LibraryFrame;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyInstance;
import socklab.runtime.object.PyIterator;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyMethod;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.UserClasses;
import socklab.runtime.object.Recursion;
import socklab.runtime.object.Signature;
import socklab.runtime.object.Slots;

/**
 * The {@code collections} module: deque, ChainMap, and the dict and tuple subclasses defaultdict,
 * Counter, OrderedDict and namedtuple. The subclasses extend PyDict and PyTuple, so every dict or tuple
 * method, isinstance check and comparison treats them as the dicts and tuples they are in CPython.
 */
final class CollectionsModule {
    private CollectionsModule() {}

    // The lines of collections/__init__.py (and heapq.py) that CPython's tracebacks quote when an error passes through them.
    private static final String FILE = "collections/__init__.py";
    private static final LibraryFrame NAME_IDENTIFIER = new LibraryFrame(FILE, 395, "namedtuple",
            "raise ValueError('Type names and field names must be valid '");
    private static final LibraryFrame NAME_KEYWORD = new LibraryFrame(FILE, 398, "namedtuple",
            "raise ValueError('Type names and field names cannot be a '");
    private static final LibraryFrame NAME_UNDERSCORE = new LibraryFrame(FILE, 404, "namedtuple",
            "raise ValueError('Field names cannot start with an underscore: '");
    private static final LibraryFrame NAME_DUPLICATE = new LibraryFrame(FILE, 407, "namedtuple",
            "raise ValueError(f'Encountered duplicate field name: {name!r}')");
    private static final LibraryFrame NAME_DEFAULTS = new LibraryFrame(FILE, 414, "namedtuple",
            "raise TypeError('Got more default values than field names')");
    private static final LibraryFrame MAKE_COUNT = new LibraryFrame(FILE, 446, "_make",
            "raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')");
    private static final LibraryFrame REPLACE_FIELDS = new LibraryFrame(FILE, 455, "_replace",
            "raise ValueError(f'Got unexpected field names: {list(kwds)!r}')");
    private static final LibraryFrame COUNTER_INIT_UPDATE = new LibraryFrame(FILE, 599, "__init__", "self.update(iterable, **kwds)");
    private static final LibraryFrame MOST_COMMON_SORTED = new LibraryFrame(FILE, 620, "most_common",
            "return sorted(self.items(), key=_itemgetter(1), reverse=True)",
            "sorted(self.items(), key=_itemgetter(1), reverse=True)");
    private static final LibraryFrame MOST_COMMON_NLARGEST = new LibraryFrame(FILE, 624, "most_common",
            "return heapq.nlargest(n, self.items(), key=_itemgetter(1))", "heapq.nlargest(n, self.items(), key=_itemgetter(1))");
    private static final LibraryFrame NLARGEST_SIZE = new LibraryFrame("heapq.py", 542, "nlargest", "if n >= size:", "n >= size");
    private static final LibraryFrame FROMKEYS = new LibraryFrame(FILE, 657, "fromkeys", "raise NotImplementedError(");
    private static final LibraryFrame UPDATE_COUNT = new LibraryFrame(FILE, 690, "update", "_count_elements(self, iterable)");
    private static final LibraryFrame SUBTRACT_ITERATE = new LibraryFrame(FILE, 716, "subtract", "for elem in iterable:");
    private static final LibraryFrame CHAIN_MISSING = new LibraryFrame(FILE, 998, "__missing__", "raise KeyError(key)");
    private static final LibraryFrame CHAIN_GETITEM = new LibraryFrame(FILE, 1006, "__getitem__",
            "return self.__missing__(key)            # support subclasses that define __missing__", "self.__missing__(key)");
    private static final LibraryFrame CHAIN_DEL = new LibraryFrame(FILE, 1062, "__delitem__", "del self.maps[0][key]",
            "self.maps[0][key]", "[key]");
    private static final LibraryFrame CHAIN_DEL_RAISE = new LibraryFrame(FILE, 1064, "__delitem__",
            "raise KeyError(f'Key not found in the first mapping: {key!r}')");
    private static final LibraryFrame CHAIN_POPITEM = new LibraryFrame(FILE, 1069, "popitem", "return self.maps[0].popitem()",
            "self.maps[0].popitem()");
    private static final LibraryFrame CHAIN_POPITEM_RAISE = new LibraryFrame(FILE, 1071, "popitem",
            "raise KeyError('No keys found in the first mapping.')");
    private static final LibraryFrame CHAIN_POP = new LibraryFrame(FILE, 1076, "pop", "return self.maps[0].pop(key, *args)",
            "self.maps[0].pop(key, *args)");
    private static final LibraryFrame CHAIN_POP_RAISE = new LibraryFrame(FILE, 1078, "pop",
            "raise KeyError(f'Key not found in the first mapping: {key!r}')");

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("collections");
        Map<String, PyObject> d = m.dict();
        d.put("deque", dequeType());
        d.put("defaultdict", defaultDictType(interp.builtins().get("callable")));
        d.put("Counter", counterType());
        d.put("OrderedDict", orderedDictType());
        d.put("namedtuple", new PyBuiltinFunction("namedtuple", CollectionsModule::namedtuple));
        d.put("ChainMap", chainMapType());
        return m;
    }

    private static List<PyObject> items(PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            out.add(x);
        }
        return out;
    }

    /** The KeyError of a ChainMap lookup that no mapping answers, as it leaves ChainMap.__getitem__. */
    static PyError chainMapMissing(PyObject key) {
        return CHAIN_GETITEM.on(CHAIN_MISSING.on(keyError(key)));
    }

    private static PyError keyError(PyObject key) {
        return new PyError(new PyBaseException(ExcTypes.KeyError, new PyTuple(new PyObject[] {key})));
    }

    /** dict.update on a dict subclass, so construction accepts whatever dict() accepts. */
    private static void dictUpdate(PyDict target, PyObject[] args, Map<String, PyObject> kwargs) {
        ((PyMethod) PyDict.TYPE.lookup("update")).invoke(target, args, kwargs);
    }

    /**
     * An attribute of deque, defaultdict or OrderedDict: CPython names these C types "collections.deque" in an
     * AttributeError, where socklab's generic message would say just "deque".
     */
    private static PyObject cTypeAttr(PyObject obj, String name, java.util.function.Supplier<PyObject> lookup) {
        try {
            return lookup.get();
        } catch (PyError e) {
            if (e.matches(ExcTypes.AttributeError)) {
                throw noAttribute(obj, name);
            }
            throw e;
        }
    }

    private static PyError noAttribute(PyObject obj, String name) {
        return Py.suggesting(ExcTypes.AttributeError, "'collections." + obj.type().bareName() + "' object has no attribute '"
                + name + "'", name, () -> obj.type().attributeNames());
    }

    private static PyObject[] withSelf(PyObject self, PyObject[] args) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    // ---- deque ----

    /**
     * A double-ended queue: a ring buffer with an optional bound that drops items from the far end;
     * a PyInstance, so that a learner's class may subclass deque and override its protocols.
     */
    private static final class Deque extends PyInstance {
        /** Set by __init__, as deque.__init__ sets it; -1 for no bound. */
        private int maxlen = -1;
        private PyObject[] ring = new PyObject[8];
        private int head;
        private int size;
        /** Bumped by every change, so an iterator can tell the deque changed under it. */
        private int version;

        Deque(PyType type) {
            super(type);
        }

        Deque(PyType type, int maxlen) {
            super(type);
            this.maxlen = maxlen;
        }

        /** A subclass that is the learner's: its own special methods and attributes come first. */
        private boolean subclassed() {
            return type().isUserClass();
        }

        PyObject at(int i) {
            return ring[(head + i) % ring.length];
        }

        private void grow() {
            if (size == ring.length) {
                PyObject[] bigger = new PyObject[ring.length * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = at(i);
                }
                ring = bigger;
                head = 0;
            }
        }

        void addLast(PyObject x) {
            version++;
            if (maxlen == 0) {
                return;
            }
            if (size == maxlen) {
                removeFirst();
            }
            grow();
            ring[(head + size) % ring.length] = x;
            size++;
        }

        void addFirst(PyObject x) {
            version++;
            if (maxlen == 0) {
                return;
            }
            if (size == maxlen) {
                removeLast();
            }
            grow();
            head = (head - 1 + ring.length) % ring.length;
            ring[head] = x;
            size++;
        }

        PyObject removeFirst() {
            if (size == 0) {
                throw Py.error(ExcTypes.IndexError, "pop from an empty deque");
            }
            version++;
            PyObject x = ring[head];
            ring[head] = null;
            head = (head + 1) % ring.length;
            size--;
            return x;
        }

        PyObject removeLast() {
            if (size == 0) {
                throw Py.error(ExcTypes.IndexError, "pop from an empty deque");
            }
            version++;
            int at = (head + size - 1) % ring.length;
            PyObject x = ring[at];
            ring[at] = null;
            size--;
            return x;
        }

        List<PyObject> toList() {
            List<PyObject> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(at(i));
            }
            return out;
        }

        /** Replaces the contents; for the rare operations in the middle (insert, del d[i], remove, reverse). */
        void reset(List<PyObject> contents) {
            version++;
            ring = new PyObject[Math.max(8, contents.size() * 2)];
            head = 0;
            size = 0;
            for (PyObject x : contents) {
                ring[size++] = x;
            }
        }

        void extend(PyObject iterable) {
            for (PyObject x : items(iterable)) {
                addLast(x);
            }
        }

        /** As CPython copies: a subclass's copy is type(d)(d[, maxlen]), so its __init__ runs. */
        Deque copy() {
            if (subclassed()) {
                PyObject[] args = maxlen < 0 ? new PyObject[] {this} : new PyObject[] {this, PyInt.of(maxlen)};
                PyObject made = type().call(args, null);
                if (!(made instanceof Deque d)) {
                    throw Py.typeError(type().bareName() + "() must return a deque, not " + made.type().name());
                }
                return d;
            }
            Deque out = new Deque(type(), maxlen);
            toList().forEach(out::addLast);
            return out;
        }

        private int index(PyObject key) {
            if (!(key instanceof PyInt)) {
                throw Py.typeError("sequence index must be integer, not '" + key.type().name() + "'");
            }
            long i = Py.index(key);
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw Py.error(ExcTypes.IndexError, "deque index out of range");
            }
            return (int) i;
        }

        // Each protocol asks a learner's subclass for its own special method first.

        @Override
        public PyObject getItem(PyObject key) {
            return subclassed() ? instanceAttrs().getItem(this, key, k -> at(index(k))) : at(index(key));
        }

        @Override
        public void setItem(PyObject key, PyObject value) {
            if (subclassed()) {
                instanceAttrs().setItem(this, key, value, (k, v) -> ring[(head + index(k)) % ring.length] = v);
            } else {
                ring[(head + index(key)) % ring.length] = value;
            }
        }

        @Override
        public void delItem(PyObject key) {
            if (subclassed()) {
                instanceAttrs().delItem(this, key, this::remove);
            } else {
                remove(key);
            }
        }

        private void remove(PyObject key) {
            List<PyObject> l = toList();
            l.remove(index(key));
            reset(l);
        }

        @Override
        public int len() {
            return subclassed() ? instanceAttrs().len(this, () -> size) : size;
        }

        @Override
        public boolean isTrue() {
            return subclassed() ? super.isTrue() : size > 0;
        }

        @Override
        public boolean contains(PyObject item) {
            return subclassed() ? instanceAttrs().contains(this, item, this::holds) : holds(item);
        }

        private boolean holds(PyObject item) {
            for (int i = 0; i < size; i++) {
                if (at(i) == item || Ops.eq(at(i), item)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public PyObject iter() {
            return subclassed() ? instanceAttrs().iter(this, this::ownIterator) : ownIterator();
        }

        private PyObject ownIterator() {
            int expected = version;
            Iterator<PyObject> it = new Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    if (version != expected) {
                        throw Py.error(ExcTypes.RuntimeError, "deque mutated during iteration");
                    }
                    return i < size;
                }

                @Override
                public PyObject next() {
                    return at(i++);
                }
            };
            return new PyIterator.OfJava("_collections._deque_iterator", it);
        }

        @Override
        public String repr() {
            PyObject own = subclassed() ? UserClasses.special(this, "__repr__") : null;
            if (own != null) {
                return own.call(new PyObject[0], null).str();
            }
            if (!Recursion.enter(this)) {
                return "[...]";
            }
            try {
                StringBuilder b = new StringBuilder(type().bareName()).append("([");
                // CPython lists the deque through iteration, which a subclass may redefine.
                List<PyObject> shown = subclassed() ? CollectionsModule.items(this) : toList();
                for (int i = 0; i < shown.size(); i++) {
                    b.append(i == 0 ? "" : ", ").append(shown.get(i).repr());
                }
                b.append(']');
                if (maxlen >= 0) {
                    b.append(", maxlen=").append(maxlen);
                }
                return b.append(')').toString();
            } finally {
                Recursion.exit(this);
            }
        }

        @Override
        public long pyHash() {
            throw Py.typeError("unhashable type: 'collections.deque'");
        }

        /** A list snapshot, whose element-wise comparisons are the ones deques share with lists. */
        private PyList asList() {
            return new PyList(toList().toArray(new PyObject[0]));
        }

        @Override
        public boolean pyEquals(PyObject other) {
            return other instanceof Deque o && asList().pyEquals(o.asList());
        }

        @Override
        public Integer compareTo(PyObject other) {
            return other instanceof Deque o ? asList().compareTo(o.asList()) : null;
        }

        @Override
        public PyObject binary(BinOperator op, PyObject other) {
            if (op == BinOperator.ADD) {
                if (!(other instanceof Deque o)) {
                    throw Py.typeError("can only concatenate deque (not \"" + other.type().name() + "\") to deque");
                }
                Deque out = copy();
                o.toList().forEach(out::addLast);
                return out;
            }
            if (op == BinOperator.MUL && other instanceof PyInt n) {
                Deque out = copy();
                out.reset(List.of());
                for (long k = 0; k < n.longValue(); k++) {
                    toList().forEach(out::addLast);
                }
                return out;
            }
            return null;
        }

        @Override
        public PyObject binaryInPlace(BinOperator op, PyObject other) {
            if (op == BinOperator.ADD) {
                extend(other == this ? copy() : other);
                return this;
            }
            return binary(op, other);
        }

        @Override
        public PyObject getAttr(String name) {
            if ("maxlen".equals(name)) {
                return maxlen < 0 ? PyNone.NONE : PyInt.of(maxlen);
            }
            return subclassed() ? super.getAttr(name) : cTypeAttr(this, name, () -> super.getAttr(name));
        }

        @Override
        public java.util.Collection<String> instanceAttrNames() {
            List<String> names = new ArrayList<>(List.of("maxlen"));
            if (subclassed()) {
                names.addAll(super.instanceAttrNames());
            }
            return names;
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if ("maxlen".equals(name)) {
                throw Py.error(ExcTypes.AttributeError, "attribute 'maxlen' of 'collections.deque' objects is not writable");
            }
            if (!subclassed()) {
                throw noAttribute(this, name);
            }
            super.setAttr(name, value);
        }
    }

    private static Deque deque(PyObject self) {
        return (Deque) self;
    }

    private static PyType dequeType() {
        PyType t = PyType.extension("collections", "deque", null).instances((type, a, kw) -> new Deque(type));
        Slots.install(t, "__len__ __iter__ __contains__ __getitem__ __setitem__ __delitem__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__");
        t.method("__init__", (self, a, kw) -> {
            PyObject[] p = Args.keywords("deque", a, kw, new String[] {"iterable", "maxlen"}, 2, 0);
            int maxlen = -1;
            if (p[1] != null && p[1] != PyNone.NONE) {
                if (!(p[1] instanceof PyInt)) {
                    throw Py.typeError("an integer is required");
                }
                maxlen = Py.indexInt(p[1]);
                if (maxlen < 0) {
                    throw Py.valueError("maxlen must be non-negative");
                }
            }
            Deque dq = deque(self);
            dq.reset(List.of());
            dq.maxlen = maxlen;
            if (p[0] != null) {
                dq.extend(p[0]);
            }
            return PyNone.NONE;
        });
        t.method("append", (self, a, kw) -> {
            deque(self).addLast(Args.one("deque.append", a, kw));
            return PyNone.NONE;
        });
        t.method("appendleft", (self, a, kw) -> {
            deque(self).addFirst(Args.one("deque.appendleft", a, kw));
            return PyNone.NONE;
        });
        t.method("pop", (self, a, kw) -> {
            Args.none("deque.pop", a, kw);
            return deque(self).removeLast();
        });
        t.method("popleft", (self, a, kw) -> {
            Args.none("deque.popleft", a, kw);
            return deque(self).removeFirst();
        });
        t.method("extend", (self, a, kw) -> {
            PyObject it = Args.one("deque.extend", a, kw);
            deque(self).extend(it == self ? deque(self).copy() : it);
            return PyNone.NONE;
        });
        t.method("extendleft", (self, a, kw) -> {
            PyObject it = Args.one("deque.extendleft", a, kw);
            for (PyObject x : items(it == self ? deque(self).copy() : it)) {
                deque(self).addFirst(x);
            }
            return PyNone.NONE;
        });
        t.method("rotate", (self, a, kw) -> {
            if (a.length > 1) {
                throw Py.typeError("deque.rotate expected at most 1 argument, got " + a.length);
            }
            PyObject[] v = Args.expected("deque.rotate", a, kw, 0, 1);
            Deque dq = deque(self);
            long n = v[0] == null ? 1 : Py.index(v[0]);
            if (dq.size > 1) {
                for (long k = Math.floorMod(n, (long) dq.size); k > 0; k--) {
                    dq.addFirst(dq.removeLast());
                }
            }
            return PyNone.NONE;
        });
        t.method("clear", (self, a, kw) -> {
            Args.none("deque.clear", a, kw);
            deque(self).reset(List.of());
            return PyNone.NONE;
        });
        t.method("count", (self, a, kw) -> {
            PyObject x = Args.one("deque.count", a, kw);
            long n = deque(self).toList().stream().filter(y -> y == x || Ops.eq(y, x)).count();
            return PyInt.of(n);
        });
        t.method("index", (self, a, kw) -> {
            PyObject[] v = Args.takes("deque.index", a, kw, 1, 3);
            List<PyObject> l = deque(self).toList();
            int n = l.size();
            int start = v[1] == null ? 0 : clampIndex(Py.index(v[1]), n);
            int stop = v[2] == null ? n : clampIndex(Py.index(v[2]), n);
            for (int i = start; i < stop; i++) {
                if (l.get(i) == v[0] || Ops.eq(l.get(i), v[0])) {
                    return PyInt.of(i);
                }
            }
            throw Py.valueError(v[0].repr() + " is not in deque");
        });
        t.method("remove", (self, a, kw) -> {
            PyObject x = Args.one("deque.remove", a, kw);
            List<PyObject> l = deque(self).toList();
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) == x || Ops.eq(l.get(i), x)) {
                    l.remove(i);
                    deque(self).reset(l);
                    return PyNone.NONE;
                }
            }
            throw Py.valueError(x.repr() + " is not in deque");
        });
        t.method("insert", (self, a, kw) -> {
            PyObject[] v = Args.takes("deque.insert", a, kw, 2, 2);
            Deque dq = deque(self);
            if (dq.size == dq.maxlen) {
                throw Py.error(ExcTypes.IndexError, "deque already at its maximum size");
            }
            List<PyObject> l = dq.toList();
            l.add(clampIndex(Py.index(v[0]), l.size()), v[1]);
            dq.reset(l);
            return PyNone.NONE;
        });
        t.method("reverse", (self, a, kw) -> {
            Args.none("deque.reverse", a, kw);
            List<PyObject> l = deque(self).toList();
            java.util.Collections.reverse(l);
            deque(self).reset(l);
            return PyNone.NONE;
        });
        t.method("copy", (self, a, kw) -> {
            Args.none("deque.copy", a, kw);
            return deque(self).copy();
        });
        t.method("__reversed__", (self, a, kw) -> {
            Args.none("deque.__reversed__", a, kw);
            List<PyObject> l = deque(self).toList();
            java.util.Collections.reverse(l);
            return new PyIterator.OfJava("_collections._deque_reverse_iterator", l.iterator());
        });
        return t;
    }

    /** An index as list.insert and list.index clamp it: negative counts from the end, then into [0, n]. */
    private static int clampIndex(long i, int n) {
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        return (int) Math.min(i, n);
    }

    // ---- defaultdict ----

    /** A dict that fills a missing key with default_factory() instead of raising KeyError. */
    private static final class DefaultDict extends PyDict {
        private final PyType type;
        private PyObject factory = PyNone.NONE;

        DefaultDict(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        PyObject missing(PyObject key) {
            if (factory == PyNone.NONE) {
                throw keyError(key);
            }
            PyObject value = factory.call(new PyObject[0], null);
            put(key, value);
            return value;
        }

        @Override
        public PyObject getItem(PyObject key) {
            PyObject v = contains(key) ? get(key) : null;
            return v != null ? v : missing(key);
        }

        @Override
        public String repr() {
            return "defaultdict(" + factory.repr() + ", " + super.repr() + ")";
        }

        @Override
        public long pyHash() {
            throw Py.typeError("unhashable type: 'collections.defaultdict'");
        }

        DefaultDict copy() {
            DefaultDict out = new DefaultDict(type);
            out.factory = factory;
            out.map().putAll(map());
            return out;
        }

        @Override
        public PyObject getAttr(String name) {
            return "default_factory".equals(name) ? factory : cTypeAttr(this, name, () -> super.getAttr(name));
        }

        /** dir() shows default_factory and this type's own methods beside dict's recorded names. */
        @Override
        public java.util.Collection<String> instanceAttrNames() {
            List<String> names = new ArrayList<>(type.attributeNames());
            names.add("default_factory");
            return names;
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if (!"default_factory".equals(name)) {
                throw noAttribute(this, name);
            }
            factory = value;
        }
    }

    private static PyType defaultDictType(PyObject callable) {
        PyType t = new PyType("defaultdict", "collections", PyDict.TYPE);
        t.constructor((type, a, kw) -> {
            if (a.length > 2) {
                throw Py.typeError("dict expected at most 1 argument, got " + (a.length - 1));
            }
            DefaultDict dd = new DefaultDict(type);
            if (a.length > 0) {
                PyObject f = a[0];
                if (f != PyNone.NONE && !callable.call(new PyObject[] {f}, null).isTrue()) {
                    throw Py.typeError("first argument must be callable or None");
                }
                dd.factory = f;
            }
            dictUpdate(dd, a.length > 1 ? Arrays.copyOfRange(a, 1, a.length) : new PyObject[0], kw);
            return dd;
        });
        t.method("__missing__", (self, a, kw) -> ((DefaultDict) self).missing(Args.one("defaultdict.__missing__", a, kw)));
        t.method("copy", (self, a, kw) -> {
            Args.none("defaultdict.copy", a, kw);
            return ((DefaultDict) self).copy();
        });
        return t;
    }

    // ---- Counter ----

    /** A dict of counts: a missing key counts 0, and counts add, subtract and combine as multisets. */
    private static final class Counter extends PyDict {
        private final PyType type;

        Counter(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public long pyHash() {
            throw Py.typeError("unhashable type: 'Counter'");
        }

        /** dir() shows Counter's own methods beside dict's recorded names. */
        @Override
        public java.util.Collection<String> instanceAttrNames() {
            return type.attributeNames();
        }

        PyObject count(PyObject key) {
            PyObject v = contains(key) ? get(key) : null;
            return v == null ? PyInt.of(0) : v;
        }

        @Override
        public PyObject getItem(PyObject key) {
            return count(key);
        }

        @Override
        public void delItem(PyObject key) {
            if (contains(key)) {
                super.delItem(key);
            }
        }

        /**
         * update() (op ADD) and subtract() (op SUB): each element of source, or each count of a
         * mapping, changes its count; an empty Counter takes a mapping's counts as they are.
         */
        void tally(PyObject source, BinOperator op) {
            if (source instanceof PyDict d) {
                boolean adding = op == BinOperator.ADD;
                if (adding && map().isEmpty()) {
                    map().putAll(d.map());
                    return;
                }
                for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(d.map().entrySet())) {
                    PyObject k = e.getKey();
                    put(k, adding ? Ops.binary(op, e.getValue(), count(k)) : Ops.binary(op, count(k), e.getValue()));
                }
                return;
            }
            for (PyObject x : items(source)) {
                put(x, Ops.binary(op, count(x), PyInt.of(1)));
            }
        }

        /** Entries by descending count, ties in insertion order: sorted(reverse=True) done as CPython does it. */
        List<Map.Entry<PyObject, PyObject>> mostCommon() {
            List<Map.Entry<PyObject, PyObject>> entries = new ArrayList<>(map().entrySet());
            java.util.Collections.reverse(entries);
            entries.sort((x, y) -> Ops.lt(x.getValue(), y.getValue()) ? -1 : Ops.lt(y.getValue(), x.getValue()) ? 1 : 0);
            java.util.Collections.reverse(entries);
            return entries;
        }

        Counter fresh() {
            return new Counter(type);
        }

        @Override
        public String repr() {
            if (map().isEmpty()) {
                return type.name() + "()";
            }
            PyDict ordered = new PyDict();
            try {
                mostCommon().forEach(e -> ordered.put(e.getKey(), e.getValue()));
            } catch (PyError e) {
                if (!e.matches(ExcTypes.TypeError)) {
                    throw e;
                }
                return type.name() + "(" + super.repr() + ")";
            }
            return type.name() + "(" + ordered.repr() + ")";
        }

        @Override
        public boolean pyEquals(PyObject other) {
            if (!(other instanceof Counter o)) {
                return super.pyEquals(other);
            }
            for (Counter c : List.of(this, o)) {
                for (PyObject key : c.map().keySet()) {
                    if (!Ops.eq(count(key), o.count(key))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean positive(PyObject n) {
            return Ops.lt(PyInt.of(0), n);
        }

        @Override
        public PyObject binary(BinOperator op, PyObject other) {
            if (!(other instanceof Counter o)) {
                return null;
            }
            Counter out = fresh();
            switch (op) {
                case ADD, SUB -> {
                    for (Map.Entry<PyObject, PyObject> e : map().entrySet()) {
                        PyObject n = Ops.binary(op, e.getValue(), o.count(e.getKey()));
                        if (positive(n)) {
                            out.put(e.getKey(), n);
                        }
                    }
                    for (Map.Entry<PyObject, PyObject> e : o.map().entrySet()) {
                        PyObject n = op == BinOperator.ADD ? e.getValue() : Ops.binary(BinOperator.SUB, PyInt.of(0), e.getValue());
                        if (!contains(e.getKey()) && positive(n)) {
                            out.put(e.getKey(), n);
                        }
                    }
                }
                case BITOR, BITAND -> {
                    boolean union = op == BinOperator.BITOR;
                    for (Map.Entry<PyObject, PyObject> e : map().entrySet()) {
                        PyObject mine = e.getValue();
                        PyObject theirs = o.count(e.getKey());
                        PyObject n = Ops.lt(mine, theirs) == union ? theirs : mine;
                        if (positive(n)) {
                            out.put(e.getKey(), n);
                        }
                    }
                    if (union) {
                        for (Map.Entry<PyObject, PyObject> e : o.map().entrySet()) {
                            if (!contains(e.getKey()) && positive(e.getValue())) {
                                out.put(e.getKey(), e.getValue());
                            }
                        }
                    }
                }
                default -> {
                    return null;
                }
            }
            return out;
        }

        @Override
        public PyObject positive() {
            Counter out = fresh();
            map().forEach((k, v) -> {
                if (positive(v)) {
                    out.put(k, v);
                }
            });
            return out;
        }

        @Override
        public PyObject negative() {
            Counter out = fresh();
            map().forEach((k, v) -> {
                if (Ops.lt(v, PyInt.of(0))) {
                    out.put(k, Ops.binary(BinOperator.SUB, PyInt.of(0), v));
                }
            });
            return out;
        }
    }

    private static final Signature COUNTER_INIT = Signature.parse("Counter.__init__(self, iterable, /, **kwds)");
    private static final Signature COUNTER_UPDATE = Signature.parse("Counter.update(self, iterable, /, **kwds)");
    private static final Signature COUNTER_SUBTRACT = Signature.parse("Counter.subtract(self, iterable, /, **kwds)");
    private static final Signature MOST_COMMON = Signature.parse("Counter.most_common(self, n)");

    /**
     * Counter(...), update(...) and subtract(...): an iterable or mapping, then keyword counts;
     * counting an iterable that is not a mapping passes through the given lines (innermost first).
     */
    private static void tallyArgs(Counter c, Signature sig, PyObject[] a, Map<String, PyObject> kw, BinOperator op,
            LibraryFrame... counting) {
        PyObject[] p = sig.bind(withSelf(c, a), kw, new PyObject[] {null, PyNone.NONE, null});
        if (p[1] instanceof PyDict) {
            c.tally(p[1], op);
        } else if (p[1] != PyNone.NONE) {
            try {
                c.tally(p[1], op);
            } catch (PyError e) {
                for (LibraryFrame line : counting) {
                    line.on(e);
                }
                throw e;
            }
        }
        PyDict kwds = (PyDict) p[2];
        if (kwds.len() > 0) {
            c.tally(kwds, op);
        }
    }

    /** The n (None: all) most common entries, as sorted() or heapq.nlargest() find them. */
    private static PyList mostCommon(Counter c, PyObject limit) {
        List<Map.Entry<PyObject, PyObject>> entries = c.mostCommon();
        if (limit != PyNone.NONE && !(limit instanceof PyInt)) {
            NLARGEST_SIZE.around(() -> Ops.compare(CmpOperator.GE, limit, PyInt.of(entries.size())));
        }
        int n = limit == PyNone.NONE ? entries.size() : (int) Math.max(0, Math.min(entries.size(), Py.index(limit)));
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            out[i] = Py.tuple(entries.get(i).getKey(), entries.get(i).getValue());
        }
        return new PyList(out);
    }

    private static PyType counterType() {
        PyType t = new PyType("Counter", "collections", PyDict.TYPE);
        t.constructor((type, a, kw) -> {
            Counter c = new Counter(type);
            tallyArgs(c, COUNTER_INIT, a, kw, BinOperator.ADD, UPDATE_COUNT, COUNTER_INIT_UPDATE);
            return c;
        });
        t.method("update", (self, a, kw) -> {
            tallyArgs((Counter) self, COUNTER_UPDATE, a, kw, BinOperator.ADD, UPDATE_COUNT);
            return PyNone.NONE;
        });
        t.method("subtract", (self, a, kw) -> {
            tallyArgs((Counter) self, COUNTER_SUBTRACT, a, kw, BinOperator.SUB, SUBTRACT_ITERATE);
            return PyNone.NONE;
        });
        t.method("most_common", (self, a, kw) -> {
            PyObject[] p = MOST_COMMON.bind(withSelf(self, a), kw, new PyObject[] {null, PyNone.NONE});
            if (p[1] == PyNone.NONE) {
                return MOST_COMMON_SORTED.around(() -> mostCommon((Counter) self, p[1]));
            }
            return MOST_COMMON_NLARGEST.around(() -> mostCommon((Counter) self, p[1]));
        });

        t.method("elements", (self, a, kw) -> {
            Args.selfOnly("Counter.elements", a, kw);
            List<PyObject> out = new ArrayList<>();
            ((Counter) self).map().forEach((k, v) -> {
                for (long i = 0, n = Py.index(v); i < n; i++) {
                    out.add(k);
                }
            });
            return new PyIterator.OfJava("chain", out.iterator());
        });
        t.method("total", (self, a, kw) -> {
            Args.selfOnly("Counter.total", a, kw);
            PyObject sum = PyInt.of(0);
            for (PyObject v : ((Counter) self).map().values()) {
                sum = Ops.binary(BinOperator.ADD, sum, v);
            }
            return sum;
        });
        t.method("copy", (self, a, kw) -> {
            Args.selfOnly("Counter.copy", a, kw);
            Counter out = ((Counter) self).fresh();
            out.map().putAll(((Counter) self).map());
            return out;
        });
        t.define("fromkeys", new PyBuiltinFunction("fromkeys", (a, kw) -> {
            throw FROMKEYS.on(Py.error(ExcTypes.NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."));
        }));
        return t;
    }

    // ---- OrderedDict ----

    /** A dict whose order matters: it compares order-sensitively with its own kind and can move keys to either end. */
    private static final class OrderedDictObj extends PyDict {
        private final PyType type;

        OrderedDictObj(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            if (map().isEmpty()) {
                return type.name() + "()";
            }
            if (!Recursion.enter(this)) {
                return "...";
            }
            try {
                List<PyObject> pairs = new ArrayList<>();
                map().forEach((k, v) -> pairs.add(Py.tuple(k, v)));
                return type.name() + "(" + new PyList(pairs.toArray(new PyObject[0])).repr() + ")";
            } finally {
                Recursion.exit(this);
            }
        }

        @Override
        public boolean pyEquals(PyObject other) {
            if (!super.pyEquals(other)) {
                return false;
            }
            if (!(other instanceof OrderedDictObj o)) {
                return true;
            }
            Iterator<PyObject> mine = map().keySet().iterator();
            for (PyObject k : o.map().keySet()) {
                PyObject x = mine.next();
                if (x != k && !Ops.eq(x, k)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public long pyHash() {
            throw Py.typeError("unhashable type: 'collections.OrderedDict'");
        }

        /** dir() shows OrderedDict's own methods beside dict's recorded names. */
        @Override
        public java.util.Collection<String> instanceAttrNames() {
            return type.attributeNames();
        }

        @Override
        public PyObject getAttr(String name) {
            return cTypeAttr(this, name, () -> super.getAttr(name));
        }

        void moveToEnd(PyObject key, boolean last) {
            if (!contains(key)) {
                throw keyError(key);
            }
            PyObject value = map().remove(key);
            if (last) {
                put(key, value);
                return;
            }
            LinkedHashMap<PyObject, PyObject> rest = new LinkedHashMap<>(map());
            map().clear();
            put(key, value);
            map().putAll(rest);
        }
    }

    private static PyType orderedDictType() {
        PyType t = new PyType("OrderedDict", "collections", PyDict.TYPE);
        t.constructor((type, a, kw) -> {
            if (a.length > 1) {
                throw Py.typeError("expected at most 1 arguments, got " + a.length);
            }
            OrderedDictObj od = new OrderedDictObj(type);
            dictUpdate(od, a, kw);
            return od;
        });
        t.method("move_to_end", (self, a, kw) -> {
            PyObject[] p = Args.keywords("move_to_end", a, kw, new String[] {"key", "last"}, 2, 1);
            ((OrderedDictObj) self).moveToEnd(p[0], p[1] == null || p[1].isTrue());
            return PyNone.NONE;
        });
        t.method("popitem", (self, a, kw) -> {
            PyObject[] p = Args.keywords("popitem", a, kw, new String[] {"last"}, 1, 0);
            Map<PyObject, PyObject> m = ((OrderedDictObj) self).map();
            if (m.isEmpty()) {
                throw keyError(new PyStr("dictionary is empty"));
            }
            PyObject key = null;
            for (PyObject k : m.keySet()) {
                key = k;
                if (p[0] != null && !p[0].isTrue()) {
                    break;
                }
            }
            return Py.tuple(key, m.remove(key));
        });
        t.method("copy", (self, a, kw) -> {
            Args.none("OrderedDict.copy", a, kw);
            OrderedDictObj out = new OrderedDictObj(self.type());
            out.map().putAll(((OrderedDictObj) self).map());
            return out;
        });
        t.define("fromkeys", new PyBuiltinFunction("fromkeys", (a, kw) -> {
            PyObject[] v = Args.expected("fromkeys", a, kw, 1, 2);
            OrderedDictObj out = new OrderedDictObj(t);
            for (PyObject key : items(v[0])) {
                out.put(key, Args.or(v[1], PyNone.NONE));
            }
            return out;
        }));
        return t;
    }

    // ---- ChainMap ----

    /** Several mappings searched in order as one; writes and deletions go to the first. */
    private static final class ChainMap extends PyObject {
        private final PyType type;
        private final PyList maps;

        ChainMap(PyType type, PyObject[] maps) {
            this.type = type;
            this.maps = new PyList(maps.length == 0 ? new PyObject[] {new PyDict()} : maps.clone());
        }

        @Override
        public PyType type() {
            return type;
        }

        PyObject first() {
            return maps.get(0);
        }

        ChainMap with(PyObject head, PyObject[] tail) {
            PyObject[] all = new PyObject[tail.length + 1];
            all[0] = head;
            System.arraycopy(tail, 0, all, 1, tail.length);
            return new ChainMap(type, all);
        }

        /** The keys of every mapping, each once, ordered as CPython's ChainMap iterates them (last mapping first). */
        List<PyObject> keys() {
            LinkedHashMap<PyObject, Boolean> seen = new LinkedHashMap<>();
            PyObject[] all = maps.toArray();
            for (int i = all.length - 1; i >= 0; i--) {
                for (PyObject k : items(all[i])) {
                    seen.putIfAbsent(k, Boolean.TRUE);
                }
            }
            return new ArrayList<>(seen.keySet());
        }

        @Override
        public PyObject getItem(PyObject key) {
            for (PyObject m : maps.toArray()) {
                try {
                    return m.getItem(key);
                } catch (PyError e) {
                    if (!e.matches(ExcTypes.KeyError)) {
                        throw e;
                    }
                }
            }
            throw chainMapMissing(key);
        }

        @Override
        public boolean contains(PyObject key) {
            for (PyObject m : maps.toArray()) {
                if (m.contains(key)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void setItem(PyObject key, PyObject value) {
            first().setItem(key, value);
        }

        @Override
        public void delItem(PyObject key) {
            try {
                first().delItem(key);
            } catch (PyError e) {
                if (e.matches(ExcTypes.KeyError)) {
                    throw CHAIN_DEL_RAISE.on(raisedDuring(keyError(new PyStr("Key not found in the first mapping: " + key.repr())),
                            CHAIN_DEL.on(e)));
                }
                throw e;
            }
        }

        @Override
        public int len() {
            return keys().size();
        }

        @Override
        public boolean isTrue() {
            for (PyObject m : maps.toArray()) {
                if (m.isTrue()) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public PyObject iter() {
            return new PyIterator.OfJava("dict_keyiterator", keys().iterator());
        }

        PyDict asDict() {
            PyDict d = new PyDict();
            for (PyObject k : keys()) {
                d.put(k, getItem(k));
            }
            return d;
        }

        @Override
        public boolean pyEquals(PyObject other) {
            PyObject o = other instanceof ChainMap c ? c.asDict() : other;
            return o instanceof PyDict && asDict().pyEquals(o);
        }

        @Override
        public long pyHash() {
            throw Py.typeError("unhashable type: '" + type.name() + "'");
        }

        @Override
        public String repr() {
            if (!Recursion.enter(this)) {
                return "...";
            }
            try {
                StringBuilder b = new StringBuilder(type.name()).append('(');
                PyObject[] all = maps.toArray();
                for (int i = 0; i < all.length; i++) {
                    b.append(i == 0 ? "" : ", ").append(all[i].repr());
                }
                return b.append(')').toString();
            } finally {
                Recursion.exit(this);
            }
        }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "maps":
                    return maps;
                case "parents": {
                    PyObject[] all = maps.toArray();
                    return new ChainMap(type, Arrays.copyOfRange(all, Math.min(1, all.length), all.length));
                }
                default:
                    return super.getAttr(name);
            }
        }

        @Override
        public PyObject binary(BinOperator op, PyObject other) {
            if (op != BinOperator.BITOR || !(other instanceof PyDict || other instanceof ChainMap)) {
                return null;
            }
            ChainMap out = copy();
            dictUpdate((PyDict) out.first(), new PyObject[] {other instanceof ChainMap c ? c.asDict() : other}, null);
            return out;
        }

        ChainMap copy() {
            PyObject[] all = maps.toArray();
            return with(first().getAttr("copy").call(new PyObject[0], null), Arrays.copyOfRange(all, 1, all.length));
        }
    }

    /** keys(), values() and items() of a ChainMap: live views that read through it. */
    private static final class ChainView extends PyObject {
        private static final PyType TYPE = new PyType("MappingView", "collections.abc", null).finalType();
        private final ChainMap owner;
        private final String kind;

        ChainView(ChainMap owner, String kind) {
            this.owner = owner;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public int len() {
            return owner.len();
        }

        @Override
        public PyObject iter() {
            List<PyObject> out = new ArrayList<>();
            for (PyObject k : owner.keys()) {
                out.add(switch (kind) {
                    case "Keys" -> k;
                    case "Values" -> owner.getItem(k);
                    default -> Py.tuple(k, owner.getItem(k));
                });
            }
            return new PyIterator.OfJava("dict_keyiterator", out.iterator());
        }

        @Override
        public String repr() {
            return kind + "View(" + owner.repr() + ")";
        }
    }

    /** An error raised while handling another, chained to it as CPython's except block would chain it. */
    private static PyError raisedDuring(PyError raised, PyError handled) {
        raised.value().setContext(handled.value());
        return raised;
    }

    private static ChainMap chain(PyObject self) {
        return (ChainMap) self;
    }

    private static PyType chainMapType() {
        PyType t = new PyType("ChainMap", "collections", null);
        t.constructor((type, a, kw) -> {
            if (kw != null && !kw.isEmpty()) {
                throw Py.typeError("ChainMap.__init__() got an unexpected keyword argument '" + kw.keySet().iterator().next() + "'");
            }
            return new ChainMap(type, a);
        });
        t.method("get", (self, a, kw) -> {
            PyObject[] v = Args.expected("ChainMap.get", a, kw, 1, 2);
            return chain(self).contains(v[0]) ? chain(self).getItem(v[0]) : Args.or(v[1], PyNone.NONE);
        });
        for (String kind : new String[] {"Keys", "Values", "Items"}) {
            t.method(kind.toLowerCase(), (self, a, kw) -> {
                Args.selfOnly("ChainMap." + kind.toLowerCase(), a, kw);
                return new ChainView(chain(self), kind);
            });
        }
        t.method("new_child", (self, a, kw) -> {
            PyObject[] v = Args.expected("ChainMap.new_child", a, null, 0, 1);
            PyObject m = v[0];
            if (m == null || m == PyNone.NONE) {
                m = new PyDict();
                dictUpdate((PyDict) m, new PyObject[0], kw);
            } else if (kw != null && !kw.isEmpty()) {
                m.getAttr("update").call(new PyObject[0], kw);
            }
            return chain(self).with(m, chain(self).maps.toArray());
        });
        t.method("copy", (self, a, kw) -> {
            Args.selfOnly("ChainMap.copy", a, kw);
            return chain(self).copy();
        });
        t.method("pop", (self, a, kw) -> {
            PyObject[] v = Args.expected("ChainMap.pop", a, kw, 1, 2);
            try {
                return chain(self).first().getAttr("pop").call(a, null);
            } catch (PyError e) {
                if (e.matches(ExcTypes.KeyError)) {
                    throw CHAIN_POP_RAISE.on(raisedDuring(keyError(new PyStr("Key not found in the first mapping: " + v[0].repr())),
                            CHAIN_POP.on(e)));
                }
                throw e;
            }
        });
        t.method("popitem", (self, a, kw) -> {
            Args.selfOnly("ChainMap.popitem", a, kw);
            try {
                return chain(self).first().getAttr("popitem").call(new PyObject[0], null);
            } catch (PyError e) {
                if (e.matches(ExcTypes.KeyError)) {
                    throw CHAIN_POPITEM_RAISE.on(raisedDuring(keyError(new PyStr("No keys found in the first mapping.")),
                            CHAIN_POPITEM.on(e)));
                }
                throw e;
            }
        });
        t.method("clear", (self, a, kw) -> {
            Args.selfOnly("ChainMap.clear", a, kw);
            return chain(self).first().getAttr("clear").call(new PyObject[0], null);
        });
        return t;
    }

    // ---- namedtuple ----

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");
    private static final Signature NAMEDTUPLE =
            Signature.parse("namedtuple(typename, field_names, *, rename, defaults, module)");

    /** An instance of a namedtuple class: a tuple whose repr names its fields. */
    private static final class NamedTuple extends PyTuple {
        private final PyType type;
        private final List<String> fields;

        NamedTuple(PyType type, List<String> fields, PyObject[] items) {
            super(items);
            this.type = type;
            this.fields = fields;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            PyObject own = UserClasses.special(this, "__repr__");
            if (own != null) {
                return own.call(new PyObject[0], null).str();
            }
            StringBuilder b = new StringBuilder(type.name()).append('(');
            for (int i = 0; i < fields.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(fields.get(i)).append('=').append(get(i).repr());
            }
            return b.append(')').toString();
        }

        /** A __str__ from typing.NamedTuple's class body comes first, as the class is the learner's. */
        @Override
        public String str() {
            PyObject own = UserClasses.special(this, "__str__");
            return own != null ? own.call(new PyObject[0], null).str() : repr();
        }

        /** dir() shows the fields and _make/_replace/_asdict beside tuple's recorded names. */
        @Override
        public java.util.Collection<String> instanceAttrNames() {
            return type.attributeNames();
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if (fields.contains(name)) {
                throw Py.error(ExcTypes.AttributeError, "can't set attribute");
            }
            throw Py.attributeError(this, name);
        }
    }

    /** What a namedtuple class holds for each field: reading it from an instance yields that item. */
    private static final class FieldGetter extends PyObject {
        private static final PyType TYPE = new PyType("_tuplegetter", "_collections", null).finalType();
        private final int index;

        FieldGetter(int index) {
            this.index = index;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject bindTo(PyObject self) {
            return ((PyTuple) self).get(index);
        }

        @Override
        public String repr() {
            return "_tuplegetter(" + index + ", 'Alias for field number " + index + "')";
        }
    }

    private static PyObject namedtuple(PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = NAMEDTUPLE.bind(a, kw, new PyObject[] {null, null, PyInt.of(0), PyNone.NONE, PyNone.NONE});
        String typename = p[0].str();
        List<String> fields = new ArrayList<>();
        if (p[1] instanceof PyStr s) {
            fields.addAll(Arrays.asList(s.value().replace(',', ' ').trim().split("\\s+")));
            fields.remove("");
        } else {
            items(p[1]).forEach(f -> fields.add(f.str()));
        }
        if (p[2].isTrue()) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < fields.size(); i++) {
                String f = fields.get(i);
                if (!isIdentifier(f) || KEYWORDS.contains(f) || f.startsWith("_") || !seen.add(f)) {
                    fields.set(i, "_" + i);
                }
            }
        }
        List<String> names = new ArrayList<>(fields);
        names.add(0, typename);
        for (String name : names) {
            if (!isIdentifier(name)) {
                throw NAME_IDENTIFIER.on(Py.valueError("Type names and field names must be valid identifiers: " + PyStr.repr(name)));
            }
            if (KEYWORDS.contains(name)) {
                throw NAME_KEYWORD.on(Py.valueError("Type names and field names cannot be a keyword: " + PyStr.repr(name)));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String f : fields) {
            if (f.startsWith("_") && !p[2].isTrue()) {
                throw NAME_UNDERSCORE.on(Py.valueError("Field names cannot start with an underscore: " + PyStr.repr(f)));
            }
            if (!seen.add(f)) {
                throw NAME_DUPLICATE.on(Py.valueError("Encountered duplicate field name: " + PyStr.repr(f)));
            }
        }
        List<PyObject> defaults = p[3] == PyNone.NONE ? List.of() : items(p[3]);
        if (defaults.size() > fields.size()) {
            throw NAME_DEFAULTS.on(Py.typeError("Got more default values than field names"));
        }
        String module = p[4] == PyNone.NONE ? "__main__" : p[4].str();
        return namedTupleType(typename, module, List.copyOf(fields), defaults);
    }

    private static boolean isIdentifier(String s) {
        return new PyStr(s).getAttr("isidentifier").call(new PyObject[0], null).isTrue();
    }

    private static PyType namedTupleType(String typename, String module, List<String> fields, List<PyObject> defaults) {
        // namedtuple makes a class as a class statement would: its attributes may be set (typing.NamedTuple adds methods)
        PyType t = new PyType(typename, module, PyTuple.TYPE).userClass(typename);
        int n = fields.size();
        PyObject[] fieldNames = new PyObject[n];
        PyObject[] slotDefaults = new PyObject[n + 1];
        PyDict fieldDefaults = new PyDict();
        for (int i = 0; i < n; i++) {
            fieldNames[i] = new PyStr(fields.get(i));
            t.define(fields.get(i), new FieldGetter(i));
            int d = i - (n - defaults.size());
            if (d >= 0) {
                slotDefaults[i + 1] = defaults.get(d);
                fieldDefaults.put(fieldNames[i], defaults.get(d));
            }
        }
        t.define("_fields", new PyTuple(fieldNames));
        t.define("_field_defaults", fieldDefaults);
        t.define("__match_args__", new PyTuple(fieldNames));
        t.define("__doc__", new PyStr(typename + "(" + String.join(", ", fields) + ")"));
        String[] params = new String[n + 1];
        params[0] = "_cls";
        for (int i = 0; i < n; i++) {
            params[i + 1] = fields.get(i);
        }
        Signature init = new Signature(typename + ".__new__", params, n + 1, 0, false, false);
        t.constructor((type, a, kw) -> {
            PyObject[] bound = init.bind(withSelf(type, a), kw, slotDefaults);
            return new NamedTuple(type, fields, Arrays.copyOfRange(bound, 1, bound.length));
        });
        Signature make = Signature.parse(typename + "._make(cls, iterable)");
        t.define("_make", new PyBuiltinFunction("_make", t, (a, kw) -> {
            PyObject[] values = items(make.bind(withSelf(t, a), kw, null)[1]).toArray(new PyObject[0]);
            if (values.length != n) {
                throw MAKE_COUNT.on(Py.typeError("Expected " + n + " arguments, got " + values.length));
            }
            return new NamedTuple(t, fields, values);
        }));
        t.method("_replace", (self, a, kw) -> {
            if (a.length > 0) {
                throw Py.typeError(typename + "._replace() takes 1 positional argument but " + (a.length + 1) + " were given");
            }
            PyObject[] values = ((PyTuple) self).items().clone();
            List<PyObject> unknown = new ArrayList<>();
            if (kw != null) {
                kw.forEach((k, v) -> {
                    int i = fields.indexOf(k);
                    if (i < 0) {
                        unknown.add(new PyStr(k));
                    } else {
                        values[i] = v;
                    }
                });
            }
            if (!unknown.isEmpty()) {
                throw REPLACE_FIELDS.on(Py.valueError("Got unexpected field names: " + new PyList(unknown.toArray(new PyObject[0])).repr()));
            }
            return new NamedTuple(self.type(), fields, values);
        });
        t.method("_asdict", (self, a, kw) -> {
            Args.selfOnly(typename + "._asdict", a, kw);
            PyDict out = new PyDict();
            for (int i = 0; i < n; i++) {
                out.put(fieldNames[i], ((PyTuple) self).get(i));
            }
            return out;
        });
        return t;
    }
}
