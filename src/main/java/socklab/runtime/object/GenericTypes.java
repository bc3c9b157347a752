package socklab.runtime.object;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import socklab.lang.ast.Expr.BinOperator;

/**
 * The objects type hints make when they are evaluated: list[int] (types.GenericAlias) and
 * int | None (types.UnionType), so aliases such as Address = tuple[str, int] run as in CPython.
 */
public final class GenericTypes {
    private GenericTypes() {}

    static final PyType ALIAS = new PyType("GenericAlias", "types", null).finalType();
    static final PyType UNION = new PyType("UnionType", "types", null).finalType();

    /** The built-in classes that take [] (PEP 585). */
    private static final Set<String> GENERIC = Set.of("list", "dict", "tuple", "set", "frozenset", "type");

    /** cls[key]: a generic alias for the built-in containers, __class_getitem__ for a class that defines it. */
    static PyObject subscript(PyType cls, PyObject key) {
        if (!cls.isUserClass() && GENERIC.contains(cls.name()) && "builtins".equals(cls.module())) {
            return new Alias(cls, key instanceof PyTuple t ? t : Py.tuple(key));
        }
        PyObject hook = cls.lookup("__class_getitem__");
        if (hook != null) {
            PyObject f = hook instanceof Descriptors.ClassAccess c ? c.getFromClass(cls) : new Descriptors.BoundMethod(hook, cls);
            return f.call(new PyObject[] {key}, null);
        }
        throw Py.typeError("type '" + cls.name() + "' is not subscriptable");
    }

    /** a | b for types, None and hints; null when an operand is none of those (then | is unsupported). */
    static PyObject union(PyObject a, PyObject b) {
        if (!isHint(a) || !isHint(b)) {
            return null;
        }
        List<PyObject> members = new ArrayList<>();
        for (PyObject side : new PyObject[] {a, b}) {
            for (PyObject m : side instanceof Union u ? u.members : new PyObject[] {side == PyNone.NONE ? PyNone.TYPE : side}) {
                if (!members.contains(m)) {
                    members.add(m);
                }
            }
        }
        return members.size() == 1 ? members.get(0) : new Union(members.toArray(new PyObject[0]));
    }

    private static boolean isHint(PyObject o) {
        return o instanceof PyType || o == PyNone.NONE || o instanceof Alias || o instanceof Union;
    }

    /** How a hint names a type: bare for builtins, module-qualified otherwise, None for NoneType. */
    private static String hintRepr(PyObject o) {
        if (o == PyNone.TYPE || o == PyNone.NONE) {
            return "None";
        }
        if (o == PySingleton.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyType t) {
            String name = t.getAttr("__qualname__").str();
            return "builtins".equals(t.module()) ? name : t.module() + "." + name;
        }
        return o.repr();
    }

    /** isinstance(x, list[int]) is refused; isinstance(x, int | str) asks each member. */
    public static boolean instanceOfHint(PyObject o, PyObject spec) {
        if (spec instanceof Alias) {
            throw Py.typeError("isinstance() argument 2 cannot be a parameterized generic");
        }
        for (PyObject m : ((Union) spec).members) {
            if (m instanceof PyType t && o.type().isSubtypeOf(t)) {
                return true;
            }
        }
        return false;
    }

    public static boolean subclassOfHint(PyType t, PyObject spec) {
        if (spec instanceof Alias) {
            throw Py.typeError("issubclass() argument 2 cannot be a parameterized generic");
        }
        return Arrays.stream(((Union) spec).members).anyMatch(m -> m instanceof PyType s && t.isSubtypeOf(s));
    }

    public static boolean isHintSpec(PyObject spec) {
        return spec instanceof Alias || spec instanceof Union;
    }

    /** list[int]: the origin class and its arguments; calling it calls the class. */
    static final class Alias extends PyObject {
        final PyType origin;
        final PyTuple args;

        Alias(PyType origin, PyTuple args) {
            this.origin = origin;
            this.args = args;
        }

        @Override
        public PyType type() {
            return ALIAS;
        }

        @Override
        public String repr() {
            if (args.items().length == 0) {
                return origin.name() + "[()]";
            }
            List<String> parts = new ArrayList<>();
            for (PyObject a : args.items()) {
                parts.add(hintRepr(a));
            }
            return origin.name() + "[" + String.join(", ", parts) + "]";
        }

        @Override
        public PyObject call(PyObject[] a, Map<String, PyObject> kw) {
            return origin.call(a, kw);
        }

        @Override
        public PyObject getAttr(String name) {
            return switch (name) {
                case "__origin__" -> origin;
                case "__args__" -> args;
                default -> origin.getAttr(name);
            };
        }

        @Override
        public boolean pyEquals(PyObject other) {
            return other instanceof Alias o && o.origin == origin && o.args.pyEquals(args);
        }

        @Override
        public long pyHash() {
            return origin.pyHash() ^ args.pyHash();
        }

        @Override
        public PyObject binary(BinOperator op, PyObject other) {
            return op == BinOperator.BITOR ? union(this, other) : null;
        }

        @Override
        public PyObject binaryReflected(BinOperator op, PyObject other) {
            return op == BinOperator.BITOR ? union(other, this) : null;
        }
    }

    /** int | str: its members in order, duplicates dropped. */
    static final class Union extends PyObject {
        final PyObject[] members;

        Union(PyObject[] members) {
            this.members = members;
        }

        @Override
        public PyType type() {
            return UNION;
        }

        @Override
        public String repr() {
            List<String> parts = new ArrayList<>();
            for (PyObject m : members) {
                parts.add(hintRepr(m));
            }
            return String.join(" | ", parts);
        }

        @Override
        public PyObject getAttr(String name) {
            return "__args__".equals(name) ? new PyTuple(members.clone()) : super.getAttr(name);
        }

        @Override
        public boolean pyEquals(PyObject other) {
            return other instanceof Union o && Set.of(o.members).equals(Set.of(members));
        }

        @Override
        public long pyHash() {
            long h = 0;
            for (PyObject m : members) {
                h ^= m.pyHash();
            }
            return h;
        }

        @Override
        public PyObject binary(BinOperator op, PyObject other) {
            return op == BinOperator.BITOR ? union(this, other) : null;
        }

        @Override
        public PyObject binaryReflected(BinOperator op, PyObject other) {
            return op == BinOperator.BITOR ? union(other, this) : null;
        }
    }
}
