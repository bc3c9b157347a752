package socklab.modules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import socklab.net.LibraryLine;
import socklab.runtime.Interpreter;
import socklab.runtime.LibraryFrame;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;

/**
 * The selectors module, built as selectors.py builds it: over the select module's own select(),
 * poll() and epoll() objects (so waiting, Ctrl-C and fd numbers are theirs), with its checks,
 * messages and traceback lines. DefaultSelector is EpollSelector, as on Linux.
 */
public final class SelectorsModule {
    private static final int EVENT_READ = 1;
    private static final int EVENT_WRITE = 2;

    /** The three selector classes: the select module's call each waits with and the lines it shows. */
    private enum Kind {
        SELECT("SelectSelector", null, 0, 0, LibraryLine.SELECT_SELECTOR_REGISTER, LibraryLine.SELECT_SELECTOR_UNREGISTER),
        POLL("PollSelector", "poll", 1, 4, LibraryLine.POLL_SELECTOR_REGISTER, LibraryLine.POLL_SELECTOR_UNREGISTER),
        EPOLL("EpollSelector", "epoll", 1, 4, LibraryLine.POLL_SELECTOR_REGISTER, LibraryLine.POLL_SELECTOR_UNREGISTER);

        final String className;
        final String pollerFactory;
        /** POLLIN/EPOLLIN and POLLOUT/EPOLLOUT, which have the same values. */
        final int readBit;
        final int writeBit;
        final LibraryFrame registerLine;
        final LibraryFrame unregisterLine;

        Kind(String className, String pollerFactory, int readBit, int writeBit, LibraryFrame registerLine, LibraryFrame unregisterLine) {
            this.className = className;
            this.pollerFactory = pollerFactory;
            this.readBit = readBit;
            this.writeBit = writeBit;
            this.registerLine = registerLine;
            this.unregisterLine = unregisterLine;
        }

        /** The class of selectors.py that defines a method, as CPython's argument errors name it. */
        String definer(String method) {
            boolean select = this == SELECT;
            return switch (method) {
                case "__init__", "register", "unregister" -> select ? "SelectSelector" : "_PollLikeSelector";
                case "modify" -> select ? "_BaseSelectorImpl" : "_PollLikeSelector";
                case "select" -> select ? "SelectSelector" : this == POLL ? "_PollLikeSelector" : "EpollSelector";
                case "close" -> this == EPOLL ? "EpollSelector" : "_BaseSelectorImpl";
                case "get_map" -> "_BaseSelectorImpl";
                default -> "BaseSelector";
            };
        }
    }

    /** A selector method's parameters after self, and how many of them are required (the rest default to None). */
    private record Method(Signature signature, PyObject[] defaults) {
        static Method of(Kind kind, String name, String params, int required) {
            Signature sig = Signature.parse(kind.definer(name) + "." + name + "(self" + (params.isEmpty() ? "" : ", " + params) + ")");
            PyObject[] defaults = new PyObject[sig.names().length];
            for (int i = 1 + required; i < defaults.length; i++) {
                defaults[i] = PyNone.NONE;
            }
            return new Method(sig, defaults);
        }
    }

    /** Every kind's methods, parsed once. */
    private static final Map<Kind, Map<String, Method>> METHODS = methods();

    private static Map<Kind, Map<String, Method>> methods() {
        Map<Kind, Map<String, Method>> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            out.put(k, Map.of(
                    "register", Method.of(k, "register", "fileobj, events, data", 2),
                    "unregister", Method.of(k, "unregister", "fileobj", 1),
                    "modify", Method.of(k, "modify", "fileobj, events, data", 2),
                    "select", Method.of(k, "select", "timeout", 0),
                    "get_key", Method.of(k, "get_key", "fileobj", 1),
                    "get_map", Method.of(k, "get_map", "", 0),
                    "close", Method.of(k, "close", "", 0)));
        }
        return Collections.unmodifiableMap(out);
    }

    private SelectorsModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule select = interp.importModule("select");
        PyModule m = new PyModule("selectors");
        PyType keyType = new PyType("SelectorKey", "selectors", null);
        keyType.constructor((t, a, kw) -> {
            PyObject[] p = KEY_NEW.bind(prepend(t, a), kw, new PyObject[5]);
            return new Key(t, p[1], p[2], p[3], p[4]);
        });
        keyType.method("_replace", (self, a, kw) -> ((Key) self).replace(a, kw));
        PyType base = new PyType("BaseSelector", "selectors", null);
        installMethods(base);
        m.dict().put("EVENT_READ", PyInt.of(EVENT_READ));
        m.dict().put("EVENT_WRITE", PyInt.of(EVENT_WRITE));
        m.dict().put("SelectorKey", keyType);
        m.dict().put("BaseSelector", base);
        // the intermediate classes of CPython's selectors.py, so that the classes' MROs read the same
        PyType impl = new PyType("_BaseSelectorImpl", "selectors", base);
        PyType pollLike = new PyType("_PollLikeSelector", "selectors", impl);
        m.dict().put("_BaseSelectorImpl", impl);
        m.dict().put("_PollLikeSelector", pollLike);
        for (Kind kind : Kind.values()) {
            PyType t = new PyType(kind.className, "selectors", kind == Kind.SELECT ? impl : pollLike);
            t.constructor((type, a, kw) -> {
                Signature.parse(kind.definer("__init__") + ".__init__(self)").bind(prepend(PyNone.NONE, a), kw, new PyObject[1]);
                PyObject poller = kind.pollerFactory == null ? null : select.getAttr(kind.pollerFactory).call(new PyObject[0], null);
                return new Selector(kind, type, keyType, select, poller);
            });
            if (kind == Kind.EPOLL) {
                t.method("fileno", (self, a, kw) -> ((Selector) self).poller.getAttr("fileno").call(a, kw));
            }
            m.dict().put(kind.className, t);
        }
        m.dict().put("DefaultSelector", m.dict().get(Kind.EPOLL.className));
        return m;
    }

    private static final Signature KEY_NEW = Signature.parse("SelectorKey.__new__(_cls, fileobj, fd, events, data)");
    private static final List<String> KEY_FIELDS = List.of("fileobj", "fd", "events", "data");

    private static void installMethods(PyType t) {
        t.method("register", (self, a, kw) -> {
            Selector s = (Selector) self;
            PyObject[] p = s.bind("register", a, kw);
            return s.register(p[0], p[1], p[2]);
        });
        t.method("unregister", (self, a, kw) -> {
            Selector s = (Selector) self;
            PyObject[] p = s.bind("unregister", a, kw);
            return s.unregister(p[0]);
        });
        t.method("modify", (self, a, kw) -> {
            Selector s = (Selector) self;
            PyObject[] p = s.bind("modify", a, kw);
            return s.modify(p[0], p[1], p[2]);
        });
        t.method("select", (self, a, kw) -> {
            Selector s = (Selector) self;
            PyObject[] p = s.bind("select", a, kw);
            return s.select(p[0]);
        });
        t.method("get_key", (self, a, kw) -> {
            Selector s = (Selector) self;
            return s.getKey(s.bind("get_key", a, kw)[0]);
        });
        t.method("get_map", (self, a, kw) -> {
            Selector s = (Selector) self;
            s.bind("get_map", a, kw);
            return s.closed ? PyNone.NONE : s.map;
        });
        t.method("close", (self, a, kw) -> {
            Selector s = (Selector) self;
            s.bind("close", a, kw);
            s.close();
            return PyNone.NONE;
        });
        t.method("__enter__", (self, a, kw) -> self);
        t.method("__exit__", (self, a, kw) -> {
            ((Selector) self).close();
            return PyNone.NONE;
        });
    }

    private static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] out = new PyObject[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private static PyError keyError(String message) {
        return new PyError(new PyBaseException(ExcTypes.KeyError, new PyTuple(new PyObject[] {new PyStr(message)})));
    }

    /** _fileobj_to_fd: an int, or what fileobj.fileno() returns; ValueError for anything else or a negative fd. */
    private static int toFd(PyObject fileobj) {
        PyObject fd = fileobj;
        if (!(fileobj instanceof PyInt)) {
            try {
                fd = fileobj.getAttr("fileno").call(new PyObject[0], null);
                if (!(fd instanceof PyInt)) {
                    throw Py.typeError("fileno() returned a non-integer");
                }
            } catch (PyError e) {
                if (!e.matches(ExcTypes.AttributeError) && !e.matches(ExcTypes.TypeError) && !e.matches(ExcTypes.ValueError)) {
                    throw e;
                }
                throw LibraryLine.SELECTORS_BAD_FILE_OBJECT.on(Py.valueError("Invalid file object: " + fileobj.repr()));
            }
        }
        long n = Py.index(fd);
        if (n < 0) {
            throw LibraryLine.SELECTORS_NEGATIVE_FD.on(Py.valueError("Invalid file descriptor: " + n));
        }
        return (int) n;
    }

    /** A selector of one kind: its keys by fd, and the select-module object it waits with. */
    private static final class Selector extends PyObject {
        final Kind kind;
        final PyType type;
        final PyType keyType;
        final PyModule select;
        final PyObject poller;
        final Map<Integer, Key> fdToKey = new LinkedHashMap<>();
        final KeyMap map = new KeyMap(this);
        boolean closed;

        Selector(Kind kind, PyType type, PyType keyType, PyModule select, PyObject poller) {
            this.kind = kind;
            this.type = type;
            this.keyType = keyType;
            this.select = select;
            this.poller = poller;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            return "<selectors." + kind.className + " object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }

        @Override
        public PyObject enter() {
            return this;
        }

        @Override
        public boolean exit(PyBaseException pending) {
            close();
            return false;
        }

        /** Binds a method's arguments as its Python definition in selectors.py would. */
        PyObject[] bind(String method, PyObject[] a, Map<String, PyObject> kw) {
            Method m = METHODS.get(kind).get(method);
            PyObject[] bound = m.signature().bind(prepend(this, a), kw, m.defaults());
            PyObject[] out = new PyObject[bound.length - 1];
            System.arraycopy(bound, 1, out, 0, out.length);
            return out;
        }

        /** _fileobj_lookup: the fd, or for an object no longer valid the fd it was registered with. */
        int lookup(PyObject fileobj) {
            try {
                return toFd(fileobj);
            } catch (PyError e) {
                if (e.matches(ExcTypes.ValueError)) {
                    for (Key k : fdToKey.values()) {
                        if (k.fileobj == fileobj) {
                            return k.fd;
                        }
                    }
                }
                throw LibraryLine.SELECTORS_LOOKUP.on(e);
            }
        }

        PyObject register(PyObject fileobj, PyObject events, PyObject data) {
            Key key = kind.registerLine.around(() -> baseRegister(fileobj, events, data));
            int bits = (int) Py.index(events);
            if (kind == Kind.SELECT) {
                return key;
            }
            int pollerEvents = ((bits & EVENT_READ) != 0 ? kind.readBit : 0) | ((bits & EVENT_WRITE) != 0 ? kind.writeBit : 0);
            try {
                poller.getAttr("register").call(new PyObject[] {PyInt.of(key.fd), PyInt.of(pollerEvents)}, null);
            } catch (PyError e) {
                baseUnregister(fileobj);
                throw LibraryLine.POLL_SELECTOR_REGISTER_POLLER.on(e);
            }
            return key;
        }

        private Key baseRegister(PyObject fileobj, PyObject events, PyObject data) {
            boolean valid = events.isTrue() && events instanceof PyInt i && (Py.index(i) & ~(EVENT_READ | EVENT_WRITE)) == 0;
            if (!valid) {
                if (events.isTrue() && !(events instanceof PyInt)) {
                    throw Py.typeError("unsupported operand type(s) for &: '" + events.type().name() + "' and 'int'");
                }
                throw LibraryLine.SELECTORS_BAD_EVENTS.on(Py.valueError("Invalid events: " + events.repr()));
            }
            int fd = LibraryLine.SELECTORS_REGISTER_LOOKUP.around(() -> lookup(fileobj));
            if (fdToKey.containsKey(fd)) {
                throw LibraryLine.SELECTORS_REGISTERED.on(keyError(fileobj.repr() + " (FD " + fd + ") is already registered"));
            }
            Key key = new Key(keyType, fileobj, PyInt.of(fd), events, data);
            fdToKey.put(fd, key);
            return key;
        }

        PyObject unregister(PyObject fileobj) {
            Key key = kind.unregisterLine.around(() -> baseUnregister(fileobj));
            if (poller != null) {
                try {
                    poller.getAttr("unregister").call(new PyObject[] {PyInt.of(key.fd)}, null);
                } catch (PyError e) {
                    if (!e.matches(ExcTypes.OSError)) {
                        throw e;
                    }
                    // the fd was closed since it was registered, as selectors.py allows
                }
            }
            return key;
        }

        private Key baseUnregister(PyObject fileobj) {
            int fd = LibraryLine.SELECTORS_UNREGISTER_LOOKUP.around(() -> lookup(fileobj));
            Key key = fdToKey.remove(fd);
            if (key == null) {
                throw LibraryLine.SELECTORS_UNREGISTER_MISSING.on(keyError(fileobj.repr() + " is not registered"));
            }
            return key;
        }

        PyObject modify(PyObject fileobj, PyObject events, PyObject data) {
            boolean pollLike = kind != Kind.SELECT;
            LibraryFrame lookupLine = pollLike ? LibraryLine.POLL_SELECTOR_MODIFY_LOOKUP : LibraryLine.SELECTORS_MODIFY_LOOKUP;
            int fd = lookupLine.around(() -> lookup(fileobj));
            Key key = fdToKey.get(fd);
            if (key == null) {
                LibraryFrame missing = pollLike ? LibraryLine.POLL_SELECTOR_MODIFY_MISSING : LibraryLine.SELECTORS_MODIFY_MISSING;
                throw missing.on(keyError(fileobj.repr() + " is not registered"));
            }
            boolean newEvents = !events.pyEquals(key.events);
            if (!pollLike) {
                if (newEvents) {
                    unregister(fileobj);
                    return LibraryLine.SELECTORS_MODIFY_REREGISTER.around(() -> register(fileobj, events, data));
                }
                return data.pyEquals(key.data) ? key : store(key.with(key.events, data));
            }
            if (newEvents) {
                int bits = (int) Py.index(events);
                int pollerEvents = ((bits & EVENT_READ) != 0 ? kind.readBit : 0) | ((bits & EVENT_WRITE) != 0 ? kind.writeBit : 0);
                try {
                    poller.getAttr("modify").call(new PyObject[] {PyInt.of(fd), PyInt.of(pollerEvents)}, null);
                } catch (PyError e) {
                    baseUnregister(fileobj);
                    throw LibraryLine.POLL_SELECTOR_MODIFY_POLLER.on(e);
                }
            }
            return newEvents || !data.pyEquals(key.data) ? store(key.with(events, data)) : key;
        }

        private Key store(Key key) {
            fdToKey.put(key.fd, key);
            return key;
        }

        PyObject select(PyObject timeout) {
            PyList ready = new PyList();
            if (kind == Kind.SELECT) {
                PyObject t = timeout == PyNone.NONE ? timeout : atLeastZero(timeout);
                PyList readers = new PyList();
                PyList writers = new PyList();
                for (Key k : fdToKey.values()) {
                    long bits = Py.index(k.events);
                    if ((bits & EVENT_READ) != 0) {
                        readers.append(PyInt.of(k.fd));
                    }
                    if ((bits & EVENT_WRITE) != 0) {
                        writers.append(PyInt.of(k.fd));
                    }
                }
                PyObject[] rw = LibraryLine.SELECT_SELECTOR_SELECT.around(() -> ((PyTuple) select.getAttr("select")
                        .call(new PyObject[] {readers, writers, new PyList(), t}, null)).items());
                TreeSet<Integer> r = fds(rw[0]);
                TreeSet<Integer> w = fds(rw[1]);
                TreeSet<Integer> both = new TreeSet<>(r);
                both.addAll(w);
                for (int fd : both) {
                    int events = (r.contains(fd) ? EVENT_READ : 0) | (w.contains(fd) ? EVENT_WRITE : 0);
                    addReady(ready, fd, events);
                }
                return ready;
            }
            PyObject[] args;
            LibraryFrame line;
            if (kind == Kind.POLL) {
                PyObject t = timeout == PyNone.NONE ? timeout : positive(timeout) ? PyInt.of((long) Math.ceil(seconds(timeout) * 1e3)) : PyInt.of(0);
                args = new PyObject[] {t};
                line = LibraryLine.POLL_SELECTOR_SELECT;
            } else {
                PyObject t = timeout == PyNone.NONE ? PyInt.of(-1)
                        : positive(timeout) ? new PyFloat(Math.ceil(seconds(timeout) * 1e3) * 1e-3) : PyInt.of(0);
                args = new PyObject[] {t, PyInt.of(Math.max(fdToKey.size(), 1))};
                line = LibraryLine.EPOLL_SELECTOR_SELECT;
            }
            PyObject[] events = line.around(() -> ((PyList) poller.getAttr("poll").call(args, null)).toArray());
            for (PyObject o : events) {
                PyObject[] fe = ((PyTuple) o).items();
                int event = (int) Py.index(fe[1]);
                int mapped = ((event & ~kind.readBit) != 0 ? EVENT_WRITE : 0) | ((event & ~kind.writeBit) != 0 ? EVENT_READ : 0);
                addReady(ready, (int) Py.index(fe[0]), mapped);
            }
            return ready;
        }

        private void addReady(PyList ready, int fd, int events) {
            Key key = fdToKey.get(fd);
            if (key != null) {
                ready.append(Py.tuple(key, PyInt.of(events & Py.index(key.events))));
            }
        }

        private static TreeSet<Integer> fds(PyObject list) {
            TreeSet<Integer> out = new TreeSet<>();
            for (PyObject o : ((PyList) list).toArray()) {
                out.add((int) Py.index(o));
            }
            return out;
        }

        private static double seconds(PyObject t) {
            if (t instanceof PyInt i) {
                return i.doubleValue();
            }
            if (t instanceof PyFloat f) {
                return f.value();
            }
            throw Py.typeError("'<=' not supported between instances of '" + t.type().name() + "' and 'int'");
        }

        private static boolean positive(PyObject t) {
            return seconds(t) > 0;
        }

        private static PyObject atLeastZero(PyObject t) {
            return seconds(t) < 0 ? PyInt.of(0) : t;
        }

        PyObject getKey(PyObject fileobj) {
            if (closed) {
                throw LibraryLine.SELECTORS_GET_KEY_CLOSED.on(Py.error(ExcTypes.RuntimeError, "Selector is closed"));
            }
            try {
                return LibraryLine.SELECTORS_GET_KEY_LOOKUP.around(() -> map.getItem(fileobj));
            } catch (PyError e) {
                if (!e.matches(ExcTypes.KeyError)) {
                    throw e;
                }
                throw LibraryLine.SELECTORS_GET_KEY_MISSING.on(keyError(fileobj.repr() + " is not registered"));
            }
        }

        void close() {
            if (kind == Kind.EPOLL) {
                poller.getAttr("close").call(new PyObject[0], null);
            }
            fdToKey.clear();
            closed = true;
        }
    }

    /** get_map()'s read-only Mapping of fd to key, looked up by file object as selectors.py's _SelectorMapping. */
    private static final class KeyMap extends PyObject {
        private static final PyType TYPE = new PyType("_SelectorMapping", "selectors", null);

        static {
            TYPE.method("get", (self, a, kw) -> {
                PyObject[] p = Signature.parse("Mapping.get(self, key, default)").bind(prepend(self, a), kw,
                        new PyObject[] {null, null, PyNone.NONE});
                KeyMap m = (KeyMap) self;
                return m.contains(p[1]) ? m.getItem(p[1]) : p[2];
            });
            TYPE.method("keys", (self, a, kw) -> {
                PyList out = new PyList();
                ((KeyMap) self).selector.fdToKey.keySet().forEach(fd -> out.append(PyInt.of(fd)));
                return out;
            });
            TYPE.method("values", (self, a, kw) -> new PyList(((KeyMap) self).selector.fdToKey.values().toArray(new PyObject[0])));
            TYPE.method("items", (self, a, kw) -> {
                PyList out = new PyList();
                ((KeyMap) self).selector.fdToKey.forEach((fd, k) -> out.append(Py.tuple(PyInt.of(fd), k)));
                return out;
            });
        }

        private final Selector selector;

        KeyMap(Selector selector) {
            this.selector = selector;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<selectors._SelectorMapping object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }

        @Override
        public int len() {
            return selector.fdToKey.size();
        }

        /** A Mapping is false when empty: Real Python's client loops `if not sel.get_map(): break`. */
        @Override
        public boolean isTrue() {
            return len() > 0;
        }

        @Override
        public PyObject getItem(PyObject fileobj) {
            int fd = LibraryLine.SELECTORS_MAP_LOOKUP.around(() -> selector.lookup(fileobj));
            Key key = selector.fdToKey.get(fd);
            if (key == null) {
                throw LibraryLine.SELECTORS_MAP_MISSING.on(keyError(fileobj.repr() + " is not registered"));
            }
            return key;
        }

        @Override
        public boolean contains(PyObject fileobj) {
            try {
                getItem(fileobj);
                return true;
            } catch (PyError e) {
                if (!e.matches(ExcTypes.KeyError)) {
                    throw e;
                }
                return false;
            }
        }

        @Override
        public PyObject iter() {
            List<PyObject> fds = new ArrayList<>();
            selector.fdToKey.keySet().forEach(fd -> fds.add(PyInt.of(fd)));
            return new PyList(fds.toArray(new PyObject[0])).iter();
        }
    }

    /** SelectorKey(fileobj, fd, events, data): a named tuple, by field and by position. */
    private static final class Key extends PyObject {
        private final PyType type;
        final PyObject fileobj;
        final int fd;
        final PyObject events;
        final PyObject data;
        private final PyTuple items;

        Key(PyType type, PyObject fileobj, PyObject fd, PyObject events, PyObject data) {
            this.type = type;
            this.fileobj = fileobj;
            this.fd = fd instanceof PyInt i ? (int) i.longValue() : -1;
            this.events = events;
            this.data = data;
            this.items = Py.tuple(fileobj, fd, events, data);
        }

        Key with(PyObject newEvents, PyObject newData) {
            return new Key(type, fileobj, items.items()[1], newEvents, newData);
        }

        PyObject replace(PyObject[] a, Map<String, PyObject> kw) {
            if (a.length > 0) {
                throw Py.typeError("SelectorKey._replace() takes 1 positional argument but " + (a.length + 1) + " were given");
            }
            PyObject[] f = items.items().clone();
            if (kw != null) {
                for (Map.Entry<String, PyObject> e : kw.entrySet()) {
                    int i = KEY_FIELDS.indexOf(e.getKey());
                    if (i < 0) {
                        throw Py.valueError("Got unexpected field names: ['" + e.getKey() + "']");
                    }
                    f[i] = e.getValue();
                }
            }
            return new Key(type, f[0], f[1], f[2], f[3]);
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            return "SelectorKey(fileobj=" + fileobj.repr() + ", fd=" + items.items()[1].repr() + ", events=" + events.repr()
                    + ", data=" + data.repr() + ")";
        }

        @Override
        public PyObject getAttr(String name) {
            return switch (name) {
                case "fileobj" -> fileobj;
                case "fd" -> items.items()[1];
                case "events" -> events;
                case "data" -> data;
                default -> super.getAttr(name);
            };
        }

        @Override
        public boolean pyEquals(PyObject other) {
            return items.pyEquals(other instanceof Key k ? k.items : other);
        }

        @Override
        public long pyHash() {
            return items.pyHash();
        }

        @Override
        public int len() {
            return 4;
        }

        @Override
        public PyObject getItem(PyObject index) {
            return items.getItem(index);
        }

        @Override
        public PyObject iter() {
            return items.iter();
        }
    }
}
