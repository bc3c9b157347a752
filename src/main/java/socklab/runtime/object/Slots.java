package socklab.runtime.object;

import socklab.lang.ast.Expr.BinOperator;
import socklab.lang.ast.Expr.CmpOperator;

/**
 * The special methods of built-in types — x.__len__(), int.__add__(1, 2), super().__getitem__(k) —
 * each standing for the protocol the Java object implements, so that calling one never runs a
 * learner's override of the same protocol (that is what super() asks for).
 */
public final class Slots {
    private Slots() {}

    private static final String CMP = "__eq__ __ne__ __lt__ __le__ __gt__ __ge__ ";
    private static final String ARITHMETIC = "__add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__ "
            + "__radd__ __rsub__ __rmul__ __rtruediv__ __rfloordiv__ __rmod__ ";
    private static final String BITS = "__lshift__ __rshift__ __and__ __or__ __xor__ __rlshift__ __rrshift__ __rand__ __ror__ __rxor__ ";
    private static final String CONTAINER = "__repr__ __len__ __contains__ __iter__ ";
    private static final String SET_OPS = "__or__ __and__ __xor__ __sub__ __ror__ __rand__ __rxor__ __rsub__ ";

    /** Defines a built-in type's special methods: which protocols each type has is decided here. */
    public static void install(PyType t) {
        String names;
        if (t == PyInt.TYPE) {
            names = "__repr__ __hash__ __bool__ __neg__ __pos__ __invert__ " + CMP + ARITHMETIC + BITS;
        } else if (t == PyFloat.TYPE) {
            names = "__repr__ __hash__ __bool__ __neg__ __pos__ " + CMP + ARITHMETIC;
        } else if (t == PyStr.TYPE || t == PyBytes.TYPE) {
            names = CONTAINER + "__str__ __hash__ __getitem__ __add__ __mul__ __rmul__ __mod__ " + CMP;
        } else if (t == PyByteArray.TYPE) {
            names = CONTAINER + "__str__ __getitem__ __setitem__ __delitem__ __add__ __mul__ __rmul__ __iadd__ __imul__ __mod__ " + CMP;
        } else if (t == PyList.TYPE) {
            names = CONTAINER + "__getitem__ __setitem__ __delitem__ __add__ __mul__ __rmul__ __iadd__ __imul__ " + CMP;
        } else if (t == PyTuple.TYPE) {
            names = CONTAINER + "__hash__ __getitem__ __add__ __mul__ __rmul__ " + CMP;
        } else if (t == PyDict.TYPE) {
            names = CONTAINER + "__getitem__ __setitem__ __delitem__ __eq__ __ne__ __or__ __ror__ __ior__";
        } else if (t == PySet.TYPE) {
            names = CONTAINER + CMP + SET_OPS + "__ior__ __iand__ __ixor__ __isub__";
        } else if (t == PySet.FROZEN) {
            names = CONTAINER + "__hash__ " + CMP + SET_OPS;
        } else if (t == PyMemoryView.TYPE) {
            names = CONTAINER + "__hash__ __getitem__ __setitem__ __delitem__ __eq__ __ne__";
        } else if (t == PyRange.TYPE) {
            names = CONTAINER + "__hash__ __getitem__ " + CMP;
        } else {
            names = "__iter__ __next__";
        }
        install(t, names);
        if (t == PyList.TYPE || t == PyDict.TYPE || t == PySet.TYPE || t == PyByteArray.TYPE) {
            // list.__hash__ is None: the mutable containers are unhashable, and x.__hash__ is not callable.
            t.define("__hash__", PyNone.NONE);
        }
    }

    /**
     * Defines the named special methods on a module's C type (collections.deque) whose Java object
     * implements their protocols, so that deque.__len__(d) or super().__iter__() work as on a list.
     */
    public static void install(PyType t, String names) {
        for (String name : names.trim().split(" ")) {
            t.slot(name, arity(name), impl(name));
        }
    }

    private static int arity(String name) {
        return switch (name) {
            case "__repr__", "__str__", "__len__", "__iter__", "__next__", "__hash__", "__bool__", "__neg__", "__pos__",
                    "__invert__" -> 0;
            case "__setitem__" -> 2;
            default -> 1;
        };
    }

    private static PyMethod.Impl impl(String name) {
        switch (name) {
            case "__repr__":
                return (self, a, k) -> new PyStr(InstanceAttrs.viaBase(self, self::repr));
            case "__str__":
                return (self, a, k) -> new PyStr(InstanceAttrs.viaBase(self, self::str));
            case "__len__":
                return (self, a, k) -> PyInt.of(InstanceAttrs.viaBase(self, self::len));
            case "__iter__":
                return (self, a, k) -> InstanceAttrs.viaBase(self, self::iter);
            case "__next__":
                return (self, a, k) -> {
                    PyObject v = self.next();
                    if (v == null) {
                        throw Py.error(ExcTypes.StopIteration);
                    }
                    return v;
                };
            case "__hash__":
                return (self, a, k) -> PyInt.of(InstanceAttrs.viaBase(self, self::pyHash));
            case "__bool__":
                return (self, a, k) -> Py.bool(InstanceAttrs.viaBase(self, self::isTrue));
            case "__neg__":
                return (self, a, k) -> InstanceAttrs.viaBase(self, self::negative);
            case "__pos__":
                return (self, a, k) -> InstanceAttrs.viaBase(self, self::positive);
            case "__invert__":
                return (self, a, k) -> InstanceAttrs.viaBase(self, self::invert);
            case "__getitem__":
                return (self, a, k) -> InstanceAttrs.viaBase(self, () -> self.getItem(a[0]));
            case "__setitem__":
                return (self, a, k) -> InstanceAttrs.viaBase(self, () -> {
                    self.setItem(a[0], a[1]);
                    return PyNone.NONE;
                });
            case "__delitem__":
                return (self, a, k) -> InstanceAttrs.viaBase(self, () -> {
                    self.delItem(a[0]);
                    return PyNone.NONE;
                });
            case "__contains__":
                return (self, a, k) -> Py.bool(InstanceAttrs.viaBase(self, () -> self.contains(a[0])));
            case "__eq__":
                return (self, a, k) -> equality(self, a[0], true);
            case "__ne__":
                return (self, a, k) -> equality(self, a[0], false);
            default:
                break;
        }
        for (CmpOperator op : new CmpOperator[] {CmpOperator.LT, CmpOperator.LE, CmpOperator.GT, CmpOperator.GE}) {
            if (name.equals("__" + op.name().toLowerCase() + "__")) {
                return (self, a, k) -> {
                    Integer c = InstanceAttrs.viaBase(self, () -> self.compareTo(a[0]));
                    return c == null ? PySingleton.NOT_IMPLEMENTED : Py.bool(ordered(op, c));
                };
            }
        }
        for (BinOperator op : BinOperator.values()) {
            if (name.equals(UserClasses.binaryName(op))) {
                return (self, a, k) -> orNotImplemented(InstanceAttrs.viaBase(self, () -> self.binary(op, a[0])));
            }
            if (name.equals(UserClasses.reflectedName(op))) {
                return (self, a, k) -> orNotImplemented(InstanceAttrs.viaBase(self, () -> self.binaryReflected(op, a[0])));
            }
            if (name.equals(UserClasses.inPlaceName(op))) {
                return (self, a, k) -> orNotImplemented(InstanceAttrs.viaBase(self, () -> self.binaryInPlace(op, a[0])));
            }
        }
        throw new IllegalArgumentException("no protocol behind " + name);
    }

    private static boolean ordered(CmpOperator op, int c) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    private static PyObject orNotImplemented(PyObject r) {
        return r == null ? PySingleton.NOT_IMPLEMENTED : r;
    }

    /** x.__eq__(y) for built-ins: an answer between related types, NotImplemented otherwise. */
    private static PyObject equality(PyObject self, PyObject other, boolean eq) {
        PyType mine = self.type().nearestBuiltin();
        PyType theirs = other.type().nearestBuiltin();
        boolean same = InstanceAttrs.viaBase(self, () -> self.pyEquals(other));
        if (!same && !mine.isSubtypeOf(theirs) && !theirs.isSubtypeOf(mine)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        return Py.bool(same == eq);
    }
}
