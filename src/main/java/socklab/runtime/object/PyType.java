package socklab.runtime.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class: a name, a base, a dictionary of attributes (methods, constants) and an optional
 * constructor. Built-in types are fixed; classes the learner defines (userClass) are mutable.
 */
public final class PyType extends PyObject {
    /** What calling the type does, e.g. int('42'). */
    @FunctionalInterface
    public interface Constructor {
        PyObject make(PyType type, PyObject[] args, Map<String, PyObject> kwargs);
    }

    // object first: type's base is object, so it must exist when type is made.
    public static final PyType OBJECT = new PyType("object", null);
    public static final PyType TYPE = new PyType("type", null);

    private final String name;
    private final String module;
    private final PyType[] bases;
    /** This type, then its bases in CPython's method resolution order. */
    private final PyType[] mro;
    private final Map<String, PyObject> dict = new LinkedHashMap<>();
    private Constructor constructor;
    /** Makes a bare instance of this type or of a learner's subclass (the instance layout); null to inherit. */
    private Constructor instanceMaker;
    private boolean subclassable = true;
    /** A built-in type holding no Java state, so a class statement may extend it with ordinary instances. */
    private boolean plainBase;
    /** Fills dict on first use (see fillLazily); null once filled or for types filled eagerly. */
    private volatile Runnable filler;
    private String qualname;
    /** The class of this class: type, or a learner's metaclass; null stands for type (which is its own). */
    private PyType metatype;
    /** For a C type named "module.name" in messages (tp_name): the bare __name__; otherwise null. */
    private String shortName;
    /**
     * The learner's classes made directly from this one, held weakly as CPython holds them; kept
     * only on a learner's class, so that the built-in types, shared by every session, stay unchanged.
     */
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new java.util.ArrayList<>();
    /**
     * For an abstract class standing for built-in classes it does not derive them (io.IOBase for every
     * _io._IOBase class, as CPython's ABC registrations make it): isinstance and issubclass accept those.
     */
    private PyType standsFor;
    /**
     * The learner's __getattribute__ found in the MRO, or null for object's own, once attributeHookKnown;
     * cached because every attribute read of an instance asks, and forgotten when a class assigns it.
     */
    private PyObject attributeHook;
    private boolean attributeHookKnown;
    /** Set when this class and its bases all list __slots__ (without '__dict__'): instances hold only those names. */
    private boolean noInstanceDict;

    public PyType(String name, PyType base) {
        this(name, "builtins", base);
    }

    public PyType(String name, String module, PyType base) {
        this.name = name;
        this.module = module;
        PyType b = base == null && !"object".equals(name) ? OBJECT : base;
        this.bases = b == null ? new PyType[0] : new PyType[] {b};
        this.mro = new PyType[b == null ? 1 : 1 + b.mro.length];
        mro[0] = this;
        if (b != null) {
            System.arraycopy(b.mro, 0, mro, 1, b.mro.length);
        }
    }

    /** A class with several bases (a class statement), searched in C3 order. */
    static PyType withBases(String name, String module, List<PyType> bases) {
        return new PyType(name, module, bases);
    }

    private PyType(String name, String module, List<PyType> bases) {
        this.name = name;
        this.module = module;
        this.bases = bases.toArray(new PyType[0]);
        this.mro = Mro.of(this, this.bases);
    }

    /**
     * A type from a C extension whose messages name it with its module, as CPython's tp_name does
     * ("'datetime.datetime' object has no attribute 'x'"), while __name__ stays bare.
     */
    public static PyType extension(String module, String name, PyType base) {
        PyType t = new PyType(module + "." + name, module, base);
        t.shortName = name;
        return t;
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** Notes a learner's class made from this one, if this is a learner's class too. */
    void addSubclass(PyType sub) {
        if (isUserClass()) {
            synchronized (subclasses) {
                subclasses.add(new java.lang.ref.WeakReference<>(sub));
            }
        }
    }

    private PyList subclassList() {
        PyList out = new PyList();
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null);
            subclasses.forEach(r -> out.append(r.get()));
        }
        return out;
    }

    void setMetatype(PyType meta) {
        metatype = meta == TYPE ? null : meta;
    }

    /** A special method the learner's metaclass defines for name, bound to this class; null when it has none. */
    private PyObject metaSpecial(String name) {
        return metatype == null ? null : UserClasses.special(this, name);
    }

    /** What __name__ says: the name without the module a C type's tp_name carries. */
    public String bareName() {
        return shortName != null ? shortName : name;
    }

    public String name() {
        return name;
    }

    /** Marks this as a class defined by a class statement: attributes may be set, repr uses the qualname. */
    public PyType userClass(String qualifiedName) {
        this.qualname = qualifiedName;
        return this;
    }

    public boolean isUserClass() {
        return qualname != null;
    }

    public String module() {
        return module;
    }

    /** The name as a traceback prints it: bare for builtins and __main__, module-qualified otherwise. */
    public String qualifiedName() {
        return "builtins".equals(module) || "__main__".equals(module) ? name : module + "." + bareName();
    }

    /** The first base (CPython's __base__ for the classes socklab builds); null for object. */
    public PyType base() {
        return bases.length == 0 ? null : bases[0];
    }

    PyType[] mro() {
        return mro;
    }

    /**
     * Lets Python classes subclass this type: make builds the bare instance (with this type's Java
     * state) for the type it is given, which may be a subclass. A type without its own constructor is
     * then called as a class is: make, then __init__.
     */
    public PyType instances(Constructor make) {
        this.instanceMaker = make;
        if (constructor == null) {
            constructor = UserClasses::construct;
        }
        return this;
    }

    /** The nearest type in the MRO that says how to make instances (object at the latest). */
    PyType layout() {
        for (PyType t : mro) {
            if (t.instanceMaker != null) {
                return t;
            }
        }
        return OBJECT;
    }

    /** The first type in the MRO that no class statement made. */
    public PyType nearestBuiltin() {
        for (PyType t : mro) {
            if (!t.isUserClass()) {
                return t;
            }
        }
        return OBJECT;
    }

    public PyObject makeInstance(PyType cls, PyObject[] args, Map<String, PyObject> kwargs) {
        return instanceMaker.make(cls, args, kwargs);
    }

    public PyType constructor(Constructor c) {
        this.constructor = c;
        return this;
    }

    public PyType finalType() {
        subclassable = false;
        return this;
    }

    public boolean isSubclassable() {
        return subclassable;
    }

    /** Lets class statements extend this built-in type (datetime.tzinfo): its instances are plain objects. */
    public PyType plainBase() {
        plainBase = true;
        return this;
    }

    public boolean isPlainBase() {
        return plainBase;
    }

    public void define(String attr, PyObject value) {
        dict.put(attr, value);
    }

    /** Defines a read-only attribute computed from the instance when read (like int.real). */
    public void attribute(String attr, java.util.function.Function<PyObject, PyObject> getter) {
        define(attr, new Descriptors.Computed(attr, getter));
    }

    /** Defines a method implemented in Java. */
    public void method(String attr, PyMethod.Impl impl) {
        dict.put(attr, new PyMethod(this, attr, impl));
    }

    /** Defines a special method standing for a protocol (see PyMethod.slot). */
    public void slot(String attr, int arity, PyMethod.Impl impl) {
        dict.put(attr, PyMethod.slot(this, attr, arity, impl));
    }

    /**
     * Defers filling this built-in type's methods until its attributes are first read, so start-up pays
     * only for the types a program uses. fill must tolerate running again (Methods.lazily guards it).
     */
    public void fillLazily(Runnable fill) {
        filler = fill;
    }

    private Map<String, PyObject> attrs() {
        if (filler != null) {
            synchronized (PyType.class) {
                Runnable r = filler;
                if (r != null) {
                    r.run();
                    filler = null;
                }
            }
        }
        return dict;
    }

    public PyObject lookup(String attr) {
        for (PyType t : mro) {
            PyObject v = t.attrs().get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** An attribute from this type's own dictionary, not its bases'; null if it has none. */
    PyObject ownAttr(String attr) {
        return attrs().get(attr);
    }

    /** The type in the MRO whose own dictionary holds attr, or null. */
    public PyType definer(String attr) {
        for (PyType t : mro) {
            if (t.attrs().containsKey(attr)) {
                return t;
            }
        }
        return null;
    }

    public List<String> attributeNames() {
        List<String> names = new ArrayList<>();
        for (PyType t : mro) {
            for (String n : t.attrs().keySet()) {
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    /** The __getattribute__ a learner's class (this or a base) defines, unbound; null when attribute reads are object's. */
    public PyObject attributeHook() {
        if (!attributeHookKnown) {
            PyObject v = isUserClass() ? lookup("__getattribute__") : null;
            attributeHook = v instanceof PyMethod m && m.name().equals("__getattribute__") ? null : v;
            attributeHookKnown = true;
        }
        return attributeHook;
    }

    /** Whether instances of this learner's class may hold attributes beyond its __slots__. */
    public boolean hasInstanceDict() {
        return !noInstanceDict;
    }

    void withoutInstanceDict() {
        noInstanceDict = true;
    }

    /** After C.__getattribute__ is assigned or deleted: this class and the learner's classes made from it ask again. */
    private void forgetAttributeHook() {
        attributeHookKnown = false;
        synchronized (subclasses) {
            subclasses.forEach(r -> {
                PyType sub = r.get();
                if (sub != null) {
                    sub.forgetAttributeHook();
                }
            });
        }
    }

    public boolean isSubtypeOf(PyType other) {
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return other.standsFor != null && isSubtypeOf(other.standsFor);
    }

    /** Makes this abstract class count every subclass of concrete as its own (see standsFor); set once, where the class is made. */
    PyType standingFor(PyType concrete) {
        standsFor = concrete;
        return this;
    }

    /** No shortcut: a class's attributes are its own, not its metaclass's. */
    @Override
    public PyMethod methodFor(String name) {
        return null;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "__name__":
                return new PyStr(bareName());
            case "__qualname__":
                return new PyStr(qualname == null ? bareName() : qualname);
            case "__bases__":
                return new PyTuple(bases.clone());
            case "__class__":
                return type();
            case "__dict__": {
                PyDict d = new PyDict();
                attrs().forEach((k, v) -> d.setItem(new PyStr(k), v));
                return d;
            }
            case "__mro__":
                return new PyTuple(mro.clone());
            case "__module__":
                return new PyStr(module);
            case "__base__":
                return bases.length == 0 ? PyNone.NONE : bases[0];
            case "__subclasses__":
                if (this == TYPE) {
                    // type.__subclasses__(cls), the method taken from the metaclass
                    return new PyBuiltinFunction("__subclasses__", (a, kw) -> {
                        PyObject cls = Args.takes("__subclasses__", a, kw, 1, 1)[0];
                        if (!(cls instanceof PyType t)) {
                            throw Py.typeError("descriptor '__subclasses__' for 'type' objects doesn't apply to a '"
                                    + cls.type().name() + "' object");
                        }
                        return t.subclassList();
                    });
                }
                return new PyBuiltinFunction("__subclasses__", this, (a, kw) -> {
                    Args.none(bareName() + ".__subclasses__", a, kw);
                    return subclassList();
                });
            case "mro":
                return new PyBuiltinFunction("mro", this, (a, kw) -> {
                    Args.none("mro", a, kw);
                    return new PyList(mro.clone());
                });
            default:
                break;
        }
        PyObject v = lookup(attr);
        if (v != null) {
            return v instanceof Descriptors.ClassAccess d ? d.getFromClass(this) : v;
        }
        PyObject fromMeta = metatype == null ? null : metatype.lookup(attr);
        if (fromMeta != null) {
            return fromMeta.bindTo(this);
        }
        PyObject hook = metaSpecial("__getattr__");
        if (hook != null) {
            // a metaclass's __getattr__ answers for names the class lacks (an enum's members)
            try {
                return hook.call(new PyObject[] {new PyStr(attr)}, null);
            } catch (PyError e) {
                // as CPython 3.11 gives an AttributeError leaving getattr its name and object
                if (e.matches(ExcTypes.AttributeError) && !e.value().hasSuggestion()) {
                    e.value().setSuggestion(() -> Suggestions.closest(attr, attributeNames()));
                }
                throw e;
            }
        }
        throw Py.error(ExcTypes.AttributeError, "type object '" + name + "' has no attribute '" + attr + "'");
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        if (!isUserClass()) {
            throw Py.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        dict.put(attr, value);
        if ("__getattribute__".equals(attr)) {
            forgetAttributeHook();
        }
    }

    @Override
    public void delAttr(String attr) {
        if (!isUserClass()) {
            throw Py.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (dict.remove(attr) == null) {
            throw Py.error(ExcTypes.AttributeError, "type object '" + name + "' has no attribute '" + attr + "'");
        }
        if ("__getattribute__".equals(attr)) {
            forgetAttributeHook();
        }
    }

    @Override
    public java.util.Collection<String> instanceAttrNames() {
        return isUserClass() ? dict.keySet() : List.of();
    }

    @Override
    public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
        if (this == TYPE) {
            if (args.length == 1 && (kwargs == null || kwargs.isEmpty())) {
                return args[0].type();
            }
            if (args.length == 3) {
                return UserClasses.fromCall(args, TYPE, kwargs);
            }
            throw Py.typeError("type() takes 1 or 3 arguments");
        }
        PyObject hook = metaSpecial("__call__");
        return hook != null ? hook.call(args, kwargs) : construct(args, kwargs);
    }

    /** type.__call__: what calling this class does when no metaclass __call__ stands in between. */
    public PyObject construct(PyObject[] args, Map<String, PyObject> kwargs) {
        if (constructor == null) {
            throw Py.typeError("cannot create '" + qualifiedName() + "' instances");
        }
        return constructor.make(this, args, kwargs);
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject hook = metaSpecial("__getitem__");
        return hook != null ? hook.call(new PyObject[] {key}, null) : GenericTypes.subscript(this, key);
    }

    @Override
    public PyObject iter() {
        PyObject hook = metaSpecial("__iter__");
        return hook != null ? hook.call(new PyObject[0], null) : super.iter();
    }

    @Override
    public int len() {
        PyObject hook = metaSpecial("__len__");
        return hook != null ? UserClasses.javaLength(hook.call(new PyObject[0], null)) : super.len();
    }

    @Override
    public boolean contains(PyObject item) {
        PyObject hook = metaSpecial("__contains__");
        return hook != null ? hook.call(new PyObject[] {item}, null).isTrue() : super.contains(item);
    }

    @Override
    public PyObject binary(socklab.lang.ast.Expr.BinOperator op, PyObject other) {
        return op == socklab.lang.ast.Expr.BinOperator.BITOR ? GenericTypes.union(this, other) : null;
    }

    @Override
    public PyObject binaryReflected(socklab.lang.ast.Expr.BinOperator op, PyObject other) {
        return op == socklab.lang.ast.Expr.BinOperator.BITOR ? GenericTypes.union(other, this) : null;
    }

    @Override
    public String repr() {
        PyObject hook = metaSpecial("__repr__");
        if (hook != null) {
            return UserClasses.text(hook, "__repr__");
        }
        String shown = qualname == null ? bareName() : qualname;
        return "<class '" + ("builtins".equals(module) ? shown : module + "." + shown) + "'>";
    }
}
