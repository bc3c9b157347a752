package socklab.runtime.object;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import socklab.lang.ast.Expr.BinOperator;

/**
 * An instance of a Python class: its own attribute dictionary, and protocols routed to the special
 * methods the class defines. Modules extend it for classes a learner may subclass (see PyType.instances).
 */
public class PyInstance extends PyObject {
    /** What dir() lists for every instance of a Python class, beyond its class's own names. */
    public static final List<String> OBJECT_ATTRS = List.of("__class__", "__delattr__", "__dict__", "__dir__",
            "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
            "__init__", "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__",
            "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__");

    private final PyType type;
    private final InstanceAttrs attrs = new InstanceAttrs();

    /** A bare instance of type; a module's Java class extends this to carry its own state as well. */
    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public InstanceAttrs instanceAttrs() {
        return attrs;
    }

    @Override
    public PyObject getAttr(String name) {
        return attrs.get(this, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (type == PyType.OBJECT) {
            super.setAttr(name, value);
            return;
        }
        attrs.set(this, name, value);
    }

    /** dir() of an instance: its own attributes plus what every plain object carries. */
    @Override
    public Collection<String> instanceAttrNames() {
        List<String> names = new ArrayList<>(attrs.names());
        names.addAll(OBJECT_ATTRS);
        return names;
    }

    @Override
    public void delAttr(String name) {
        attrs.delete(this, name);
    }

    @Override
    public String repr() {
        PyObject m = UserClasses.special(this, "__repr__");
        return m != null ? UserClasses.text(m, "__repr__") : baseRepr();
    }

    /** object.__repr__, beneath any __repr__ the class defines. */
    String baseRepr() {
        return Py.defaultRepr(this);
    }

    @Override
    public String str() {
        PyObject m = UserClasses.special(this, "__str__");
        return m != null ? UserClasses.text(m, "__str__") : repr();
    }

    @Override
    public boolean isTrue() {
        PyObject m = UserClasses.special(this, "__bool__");
        if (m != null) {
            PyObject r = m.call(new PyObject[0], null);
            if (!(r instanceof PyBool)) {
                throw Py.typeError("__bool__ should return bool, returned " + r.type().name());
            }
            return r.isTrue();
        }
        return UserClasses.special(this, "__len__") == null || len() != 0;
    }

    @Override
    public long pyHash() {
        PyObject m = UserClasses.special(this, "__hash__");
        if (m != null && m != PyNone.NONE) {
            return UserClasses.hashValue(m.call(new PyObject[0], null));
        }
        if (m == PyNone.NONE || UserClasses.special(this, "__eq__") != null) {
            throw Py.typeError("unhashable type: '" + type.name() + "'");
        }
        return super.pyHash();
    }

    /** a == b with this on the left: its __eq__, then the other's reflected one, then identity, as CPython tries them. */
    @Override
    public boolean pyEquals(PyObject other) {
        Boolean r = ask(this, "__eq__", other);
        if (r == null && other instanceof PyInstance) {
            r = ask(other, "__eq__", this);
        }
        return r != null ? r : this == other;
    }

    /**
     * Ordering from whichever of __lt__/__gt__ the classes define, asking the other operand's
     * reflected method as CPython does; the pair counts as equal when neither is less nor greater.
     */
    @Override
    public Integer compareTo(PyObject other) {
        Boolean less = ask(this, "__lt__", other);
        if (less == null) {
            less = ask(other, "__gt__", this);
        }
        if (Boolean.TRUE.equals(less)) {
            return -1;
        }
        Boolean greater = ask(this, "__gt__", other);
        if (greater == null) {
            greater = ask(other, "__lt__", this);
        }
        if (Boolean.TRUE.equals(greater)) {
            return 1;
        }
        if (less == null && greater == null) {
            return null;
        }
        return less != null && greater != null || pyEquals(other) ? 0 : 1;
    }

    /** The truth of a comparison method, or null when the object lacks it or returns NotImplemented. */
    static Boolean ask(PyObject obj, String name, PyObject arg) {
        PyObject r = answer(obj, name, arg);
        return r == null ? null : r.isTrue();
    }

    /** What a comparison method returns, as is; null when the object lacks it or returns NotImplemented. */
    static PyObject answer(PyObject obj, String name, PyObject arg) {
        PyObject m = UserClasses.special(obj, name);
        if (m == null) {
            return null;
        }
        PyObject r = m.call(new PyObject[] {arg}, null);
        return r == PySingleton.NOT_IMPLEMENTED ? null : r;
    }

    @Override
    public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
        PyObject m = UserClasses.special(this, "__call__");
        if (m == null) {
            return super.call(args, kwargs);
        }
        return m.call(args, kwargs);
    }

    @Override
    public PyObject iter() {
        PyObject m = UserClasses.special(this, "__iter__");
        if (m != null) {
            return m.call(new PyObject[0], null);
        }
        return UserClasses.special(this, "__getitem__") != null ? new PyIterator.OfGetItem(this) : super.iter();
    }

    @Override
    public PyObject next() {
        PyObject m = UserClasses.special(this, "__next__");
        if (m == null) {
            return super.next();
        }
        try {
            return m.call(new PyObject[0], null);
        } catch (PyError e) {
            if (e.matches(ExcTypes.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public int len() {
        PyObject m = UserClasses.special(this, "__len__");
        if (m == null) {
            return super.len();
        }
        return UserClasses.javaLength(m.call(new PyObject[0], null));
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject m = UserClasses.special(this, "__getitem__");
        return m == null ? super.getItem(key) : m.call(new PyObject[] {key}, null);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        PyObject m = UserClasses.special(this, "__setitem__");
        if (m == null) {
            super.setItem(key, value);
            return;
        }
        m.call(new PyObject[] {key, value}, null);
    }

    @Override
    public void delItem(PyObject key) {
        PyObject m = UserClasses.special(this, "__delitem__");
        if (m == null) {
            super.delItem(key);
            return;
        }
        m.call(new PyObject[] {key}, null);
    }

    @Override
    public boolean contains(PyObject item) {
        PyObject m = UserClasses.special(this, "__contains__");
        return m == null ? super.contains(item) : m.call(new PyObject[] {item}, null).isTrue();
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        return operator(UserClasses.binaryName(op), other);
    }

    @Override
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        return operator(UserClasses.reflectedName(op), other);
    }

    @Override
    public PyObject binaryInPlace(BinOperator op, PyObject other) {
        PyObject r = operator(UserClasses.inPlaceName(op), other);
        return r != null ? r : binary(op, other);
    }

    private PyObject operator(String name, PyObject other) {
        PyObject m = UserClasses.special(this, name);
        if (m == null) {
            return null;
        }
        PyObject r = m.call(new PyObject[] {other}, null);
        return r == PySingleton.NOT_IMPLEMENTED ? null : r;
    }

    @Override
    public PyObject negative() {
        PyObject m = UserClasses.special(this, "__neg__");
        return m == null ? super.negative() : m.call(new PyObject[0], null);
    }

    @Override
    public PyObject positive() {
        PyObject m = UserClasses.special(this, "__pos__");
        return m == null ? super.positive() : m.call(new PyObject[0], null);
    }

    @Override
    public PyObject invert() {
        PyObject m = UserClasses.special(this, "__invert__");
        return m == null ? super.invert() : m.call(new PyObject[0], null);
    }

    @Override
    public PyObject enter() {
        PyObject m = UserClasses.special(this, "__enter__");
        if (m == null || UserClasses.special(this, "__exit__") == null) {
            throw Py.typeError("'" + type.name() + "' object does not support the context manager protocol");
        }
        return m.call(new PyObject[0], null);
    }

    @Override
    public boolean exit(PyBaseException pending) {
        PyObject m = UserClasses.special(this, "__exit__");
        PyObject[] args = pending == null
                ? new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}
                : new PyObject[] {pending.type(), pending, PyNone.NONE};
        return m.call(args, null).isTrue();
    }
}
