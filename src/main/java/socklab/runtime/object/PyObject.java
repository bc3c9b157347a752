package socklab.runtime.object;

import java.util.Map;
import socklab.lang.ast.Expr.BinOperator;

/**
 * The root of every Python value. Each protocol method has the behaviour CPython gives an object
 * that does not support it, so a type overrides only what it really supports.
 */
public abstract class PyObject {
    public abstract PyType type();

    public String repr() {
        return "<" + type().name() + " object at 0x" + Long.toHexString(Py.id(this)) + ">";
    }

    public String str() {
        return repr();
    }

    public boolean isTrue() {
        return true;
    }

    /** callable(o): true for what calls natively (functions, methods, types say so themselves) and for instances of a class with __call__. */
    public boolean isCallable() {
        return type().lookup("__call__") != null;
    }

    public long pyHash() {
        return Py.id(this) >> 4;
    }

    /** Python ==, for values that are never NotImplemented against each other. */
    public boolean pyEquals(PyObject other) {
        return this == other;
    }

    /** Three-way ordering for <, <=, >, >=; null means the pair is not ordered (TypeError). */
    public Integer compareTo(PyObject other) {
        return null;
    }

    /** obj.name: the type's attribute, bound. Objects with an attribute dictionary override this (InstanceAttrs.get). */
    public PyObject getAttr(String name) {
        PyObject found = type().lookup(name);
        if (found != null) {
            return found.bindTo(this);
        }
        throw Py.attributeError(this, name);
    }

    /**
     * The built-in method obj.name would bind, for a call that hands it self instead of making the
     * bound method (CPython's LOAD_METHOD); null when the object reads that attribute another way.
     * Objects whose getAttr looks elsewhere first (modules, classes, super, exceptions) answer null.
     */
    public PyMethod methodFor(String name) {
        InstanceAttrs own = instanceAttrs();
        if (own != null) {
            return own.methodFor(this, name);
        }
        return type().lookup(name) instanceof PyMethod m ? m : null;
    }

    public void setAttr(String name, PyObject value) {
        InstanceAttrs attrs = classInstanceAttrs(type());
        if (attrs != null) {
            attrs.set(this, name, value);
            return;
        }
        if (type().lookup(name) != null) {
            throw Py.error(ExcTypes.AttributeError, "'" + type().name() + "' object attribute '" + name + "' is read-only");
        }
        throw Py.error(ExcTypes.AttributeError, "'" + type().name() + "' object has no attribute '" + name + "'");
    }

    /** del obj.name; only objects with an attribute dictionary support it. */
    public void delAttr(String name) {
        InstanceAttrs attrs = classInstanceAttrs(type());
        if (attrs != null) {
            attrs.delete(this, name);
            return;
        }
        throw Py.error(ExcTypes.AttributeError, "'" + type().name() + "' object attribute '" + name + "' is read-only");
    }

    /**
     * The attribute dictionary of an instance of a class statement's class (a subclass of dict, list,
     * str or int), else null; PyInstance, whose classes may be a module's, has its own rules.
     */
    private InstanceAttrs classInstanceAttrs(PyType t) {
        return t.isUserClass() ? instanceAttrs() : null;
    }

    /** What attribute access yields when this object sits in a type's dictionary (methods bind). */
    public PyObject bindTo(PyObject self) {
        return this;
    }

    /** Calls with positional args and keyword args (kwargs null or in call order). */
    public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
        throw Py.typeError("'" + type().name() + "' object is not callable");
    }

    public PyObject iter() {
        throw Py.typeError("'" + type().name() + "' object is not iterable");
    }

    /** Next item of an iterator, or null when it is exhausted (no StopIteration in the hot path). */
    public PyObject next() {
        throw Py.typeError("'" + type().name() + "' object is not an iterator");
    }

    public int len() {
        throw Py.typeError("object of type '" + type().name() + "' has no len()");
    }

    public PyObject getItem(PyObject key) {
        throw Py.typeError("'" + type().name() + "' object is not subscriptable");
    }

    public void setItem(PyObject key, PyObject value) {
        throw Py.typeError("'" + type().name() + "' object does not support item assignment");
    }

    public void delItem(PyObject key) {
        throw Py.typeError("'" + type().name() + "' object doesn't support item deletion");
    }

    public boolean contains(PyObject item) {
        PyObject it;
        try {
            it = iter();
        } catch (PyError e) {
            if (e.matches(ExcTypes.TypeError)) {
                throw Py.typeError("argument of type '" + type().name() + "' is not iterable");
            }
            throw e;
        }
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (x == item || Ops.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    /** Binary operator with this as the left operand; null means NotImplemented. */
    public PyObject binary(BinOperator op, PyObject other) {
        return null;
    }

    /** Binary operator with this as the right operand; null means NotImplemented. */
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        return null;
    }

    /** In-place operator (+= …); defaults to the plain operator as for immutable types. */
    public PyObject binaryInPlace(BinOperator op, PyObject other) {
        return null;
    }

    public PyObject negative() {
        throw Py.typeError("bad operand type for unary -: '" + type().name() + "'");
    }

    public PyObject positive() {
        throw Py.typeError("bad operand type for unary +: '" + type().name() + "'");
    }

    public PyObject invert() {
        throw Py.typeError("bad operand type for unary ~: '" + type().name() + "'");
    }

    /** The attribute dictionary of an instance of a Python class, or null for a plain built-in object. */
    public InstanceAttrs instanceAttrs() {
        return null;
    }

    /** The names dir() lists beyond the type's attributes: an instance's own attributes. */
    public java.util.Collection<String> instanceAttrNames() {
        InstanceAttrs attrs = instanceAttrs();
        return attrs != null ? attrs.names() : java.util.List.of();
    }

    /** __enter__/__exit__ for the with statement; types that support it override both. */
    public PyObject enter() {
        throw Py.typeError("'" + type().name() + "' object does not support the context manager protocol");
    }

    public boolean exit(PyBaseException pending) {
        throw Py.typeError("'" + type().name() + "' object does not support the context manager protocol");
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(pyHash());
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof PyObject p && (p == this || pyEquals(p));
    }

    @Override
    public String toString() {
        return repr();
    }
}
