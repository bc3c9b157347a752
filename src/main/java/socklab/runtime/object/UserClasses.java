package socklab.runtime.object;

import java.util.Map;
import socklab.lang.ast.Expr.BinOperator;

/** Making classes from class statements, making their instances, and calling the special methods they define. */
public final class UserClasses {
    private UserClasses() {}

    /** The bases a class statement names (object when it names none), checked as CPython checks them. */
    public static PyType[] checkBases(PyObject[] given) {
        if (given.length == 0) {
            return new PyType[] {PyType.OBJECT};
        }
        PyType[] bases = new PyType[given.length];
        for (int i = 0; i < given.length; i++) {
            if (!(given[i] instanceof PyType base)) {
                throw Py.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        + "subclass of the metaclasses of all its bases");
            }
            if (!base.isSubclassable()) {
                throw Py.typeError("type '" + base.name() + "' is not an acceptable base type");
            }
            // A Java type can be subclassed when it says how to make its instances (exceptions share theirs)
            // or holds no state, so that its subclasses' instances are plain objects.
            if (!base.isUserClass() && base.layout() != base && !base.isPlainBase() && !base.isSubtypeOf(ExcTypes.BaseException)) {
                throw Py.error(ExcTypes.NotImplementedError, "subclassing the built-in type '" + base.name()
                        + "' is not supported in socklab yet");
            }
            bases[i] = base;
        }
        PyType layout = PyType.OBJECT;
        for (PyType b : bases) {
            PyType l = b.layout();
            if (l.isSubtypeOf(layout)) {
                layout = l;
            } else if (!layout.isSubtypeOf(l)) {
                throw Py.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return bases;
    }

    /** What a class statement or type(name, bases, dict) hands over: everything but the metaclass and keywords. */
    public record Definition(String name, String qualname, String module, PyObject doc, PyType[] bases, Map<String, PyObject> ns) {}

    /**
     * The metaclass a class statement uses: the explicit one, else type; then the most derived of it
     * and its bases' metaclasses, which must form a chain. A callable that is no class is used as is.
     */
    public static PyObject metaclass(PyObject explicit, PyType[] bases) {
        if (explicit != null && !(explicit instanceof PyType)) {
            return explicit;
        }
        PyType winner = explicit == null ? PyType.TYPE : (PyType) explicit;
        for (PyType b : bases) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (!bt.isSubtypeOf(winner)) {
                throw Py.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        + "subclass of the metaclasses of all its bases");
            }
            winner = bt;
        }
        return winner;
    }

    /** Builds the class: type's own way for plain classes, else by calling the metaclass with (name, bases, namespace). */
    public static PyObject build(PyObject meta, Definition d, Map<String, PyObject> keywords) {
        if (meta == PyType.TYPE) {
            return make(d, PyType.TYPE, keywords);
        }
        PyDict ns = new PyDict();
        ns.setItem(new PyStr("__module__"), new PyStr(d.module()));
        ns.setItem(new PyStr("__qualname__"), new PyStr(d.qualname()));
        if (d.doc() != PyNone.NONE) {
            ns.setItem(new PyStr("__doc__"), d.doc());
        }
        d.ns().forEach((k, v) -> ns.setItem(new PyStr(k), v));
        PyObject[] args = {new PyStr(d.name()), new PyTuple(d.bases().clone()), ns};
        return meta.call(args, keywords.isEmpty() ? null : keywords);
    }

    /**
     * type.__new__: the class itself, of metaclass meta. As CPython's does, it makes __new__ a static
     * method and __init_subclass__ and __class_getitem__ class methods, tells descriptors their names
     * (__set_name__), then runs the nearest base's __init_subclass__ with the class keywords.
     */
    static PyType make(Definition d, PyType meta, Map<String, PyObject> keywords) {
        // A body may name its own module (pickle's errors say _pickle), as CPython's __module__ = ... does.
        String module = d.ns().get("__module__") instanceof PyStr own ? own.value() : d.module();
        PyType cls = PyType.withBases(d.name(), module, java.util.List.of(d.bases())).userClass(d.qualname());
        for (PyType base : d.bases()) {
            base.addSubclass(cls);
        }
        cls.setMetatype(meta);
        cls.define("__module__", new PyStr(module));
        cls.define("__doc__", d.doc());
        for (Map.Entry<String, PyObject> e : d.ns().entrySet()) {
            PyObject v = e.getValue();
            String k = e.getKey();
            if (v instanceof UserFunction && "__new__".equals(k)) {
                v = new Descriptors.StaticMethod(v);
            } else if (v instanceof UserFunction && ("__init_subclass__".equals(k) || "__class_getitem__".equals(k))) {
                v = new Descriptors.ClassMethod(v);
            }
            cls.define(k, v);
        }
        SlotMember.declare(cls, d.ns(), d.bases());
        cls.constructor(UserClasses::construct);
        setNames(cls, d.ns());
        initSubclass(cls, keywords);
        return cls;
    }

    private static void setNames(PyType cls, Map<String, PyObject> ns) {
        for (Map.Entry<String, PyObject> e : ns.entrySet()) {
            PyObject hook = special(e.getValue(), "__set_name__");
            if (hook == null) {
                continue;
            }
            try {
                hook.call(new PyObject[] {cls, new PyStr(e.getKey())}, null);
            } catch (PyError err) {
                PyError wrapped = Py.error(ExcTypes.RuntimeError, "Error calling __set_name__ on '" + e.getValue().type().name()
                        + "' instance '" + e.getKey() + "' in '" + cls.name() + "'");
                wrapped.value().setCause(err.value());
                throw wrapped;
            }
        }
    }

    /** super(cls, cls).__init_subclass__(**keywords): the nearest base's, object's at the latest (which takes none). */
    private static void initSubclass(PyType cls, Map<String, PyObject> keywords) {
        PyType[] mro = cls.mro();
        for (int i = 1; i < mro.length; i++) {
            if (mro[i].ownAttr("__init_subclass__") instanceof Descriptors.ClassAccess access) {
                access.getFromClass(cls).call(new PyObject[0], keywords == null || keywords.isEmpty() ? null : keywords);
                return;
            }
        }
    }

    /** type(name, bases, dict), or a metaclass's type.__new__(meta, name, bases, dict, **keywords). */
    public static PyType fromCall(PyObject[] args, PyType meta, Map<String, PyObject> keywords) {
        if (args.length != 3) {
            throw Py.typeError("type.__new__() takes exactly 3 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr name)) {
            throw Py.typeError("type.__new__() argument 1 must be str, not " + args[0].type().name());
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw Py.typeError("type.__new__() argument 2 must be tuple, not " + args[1].type().name());
        }
        if (!(args[2] instanceof PyDict body)) {
            throw Py.typeError("type.__new__() argument 3 must be dict, not " + args[2].type().name());
        }
        Map<String, PyObject> ns = new java.util.LinkedHashMap<>();
        body.map().forEach((k, v) -> ns.put(Py.asStr(k, "attribute name"), v));
        PyObject module = ns.getOrDefault("__module__", new PyStr("__main__"));
        PyObject doc = ns.getOrDefault("__doc__", PyNone.NONE);
        PyObject qualname = ns.remove("__qualname__");
        ns.remove("__module__");
        ns.remove("__doc__");
        String qual = qualname instanceof PyStr q ? q.value() : name.value();
        return make(new Definition(name.value(), qual, module.str(), doc, checkBases(bases.items()), ns), meta, keywords);
    }

    /**
     * Calling a class: __new__ (a learner's, else the instance layout's maker), then __init__ when the
     * result is an instance of the class. A built-in __init__ (dict's, a module type's) runs too.
     */
    public static PyObject construct(PyType cls, PyObject[] args, Map<String, PyObject> kwargs) {
        PyType initOwner = cls.definer("__init__");
        PyType newOwner = cls.definer("__new__");
        boolean userNew = newOwner != null && newOwner.isUserClass();
        boolean noArgs = args.length == 0 && (kwargs == null || kwargs.isEmpty());
        PyType layout = cls.layout();
        PyObject self;
        if (userNew) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = cls;
            System.arraycopy(args, 0, all, 1, args.length);
            self = cls.lookup("__new__").bindTo(cls).call(all, kwargs);
            if (!self.type().isSubtypeOf(cls)) {
                return self;
            }
        } else {
            if (layout == PyType.OBJECT && !noArgs && (initOwner == null || initOwner == PyType.OBJECT)) {
                throw Py.typeError(cls.name() + "() takes no arguments");
            }
            if (layout == ExcTypes.BaseException && kwargs != null && !kwargs.isEmpty()
                    && (initOwner == null || !initOwner.isUserClass())) {
                throw Py.typeError(cls.name() + "() takes no keyword arguments");
            }
            self = layout.makeInstance(cls, args, kwargs);
        }
        if (initOwner != null && initOwner != PyType.OBJECT) {
            PyObject r = cls.lookup("__init__").bindTo(self).call(args, kwargs);
            if (r != PyNone.NONE) {
                throw Py.typeError("__init__() should return None, not '" + r.type().name() + "'");
            }
        }
        return self;
    }

    /** Lets Python classes subclass a built-in type: make builds the subclass's instance; T.__new__(cls, …) reaches it. */
    public static void subclassable(PyType t, PyType.Constructor make) {
        t.instances(make);
        t.define("__new__", new Descriptors.StaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            PyType cls = newTarget(t, a);
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return cls == t ? t.call(rest, k) : t.makeInstance(cls, rest, k);
        })));
    }

    /** The class T.__new__(cls, …) is asked to make, checked as CPython checks it. */
    public static PyType newTarget(PyType owner, PyObject[] args) {
        String name = owner.name() + ".__new__(";
        if (args.length == 0) {
            throw Py.typeError(name + "): not enough arguments");
        }
        if (!(args[0] instanceof PyType cls)) {
            throw Py.typeError(name + "X): X is not a type object (" + args[0].type().name() + ")");
        }
        if (!cls.isSubtypeOf(owner)) {
            throw Py.typeError(name + cls.name() + "): " + cls.name() + " is not a subtype of " + owner.name());
        }
        return cls;
    }

    /**
     * The special method a learner's class defines for name, bound to self; null when it defines none,
     * or when the one found is the built-in protocol the Java object implements itself. A built-in
     * method stored under another name (__getattr__ = dict.__getitem__) counts as the learner's.
     */
    public static PyObject special(PyObject self, String name) {
        PyType t = self.type();
        boolean instance = self instanceof PyInstance;
        if (!t.isUserClass() && !instance) {
            return null;
        }
        PyObject v = t.lookup(name);
        // A PyInstance implements only object's protocols natively; a module type's Java special methods are called.
        if (v == null || v instanceof PyMethod m && m.name().equals(name) && (!instance || m.owner() == PyType.OBJECT)) {
            return null;
        }
        return v.bindTo(self);
    }

    /** str() or repr() through __str__/__repr__, which must return a str. */
    static String text(PyObject bound, String which) {
        PyObject r = bound.call(new PyObject[0], null);
        if (!(r instanceof PyStr s)) {
            throw Py.typeError(which + " returned non-string (type " + r.type().name() + ")");
        }
        return s.value();
    }

    /** What len() makes of a __len__ result: a size up to sys.maxsize. */
    public static long length(PyObject r) {
        if (!(r instanceof PyInt i)) {
            throw Py.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
        }
        if (i.signum() < 0) {
            throw Py.error(ExcTypes.ValueError, "__len__() should return >= 0");
        }
        if (!i.fitsLong()) {
            throw Py.error(ExcTypes.OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    /** A __len__ result where a Java length is needed (iteration, truth): past Integer.MAX_VALUE it cannot be held. */
    static int javaLength(PyObject r) {
        long n = length(r);
        if (n > Integer.MAX_VALUE) {
            throw Py.error(ExcTypes.OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return (int) n;
    }

    /** What hash() makes of a __hash__ result: an int, reduced as hash() reduces ints. */
    static long hashValue(PyObject r) {
        if (!(r instanceof PyInt i)) {
            throw Py.typeError("__hash__ method should return an integer");
        }
        return PyInt.of(i.bigValue()).pyHash();
    }

    private static final String[] BINARY = operatorNames("__", "__");
    private static final String[] REFLECTED = operatorNames("__r", "__");
    private static final String[] IN_PLACE = operatorNames("__i", "__");

    /** The special method of a binary operator: __add__ for ADD. */
    static String binaryName(BinOperator op) {
        return BINARY[op.ordinal()];
    }

    /** The reflected one, tried on the right operand: __radd__. */
    static String reflectedName(BinOperator op) {
        return REFLECTED[op.ordinal()];
    }

    /** The in-place one, for +=: __iadd__. */
    static String inPlaceName(BinOperator op) {
        return IN_PLACE[op.ordinal()];
    }

    /** Each operator's special method name, built once so an operator on an instance concatenates no strings. */
    private static String[] operatorNames(String prefix, String suffix) {
        BinOperator[] ops = BinOperator.values();
        String[] names = new String[ops.length];
        for (BinOperator op : ops) {
            names[op.ordinal()] = prefix + dunder(op) + suffix;
        }
        return names;
    }

    /** The name inside the special method of a binary operator: ADD is add (__add__, __radd__, __iadd__). */
    private static String dunder(BinOperator op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case MATMUL -> "matmul";
            case DIV -> "truediv";
            case FLOORDIV -> "floordiv";
            case MOD -> "mod";
            case POW -> "pow";
            case LSHIFT -> "lshift";
            case RSHIFT -> "rshift";
            case BITOR -> "or";
            case BITXOR -> "xor";
            case BITAND -> "and";
        };
    }
}
