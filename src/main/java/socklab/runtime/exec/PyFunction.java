package socklab.runtime.exec;

import java.util.Map;
import socklab.runtime.object.Descriptors;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.RunningFrame;
import socklab.runtime.object.ThreadState;
import socklab.runtime.object.UserFunction;

/** A function defined by the learner (def or lambda): code plus defaults, closure and globals. */
public final class PyFunction extends PyObject implements UserFunction {

    final Code code;
    final PyObject[] defaults;
    final Cell[] closure;
    final Map<String, PyObject> globals;

    PyFunction(Code code, PyObject[] defaults, Cell[] closure, Map<String, PyObject> globals) {
        this.code = code;
        this.defaults = defaults;
        this.closure = closure;
        this.globals = globals;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public String name() {
        return code.name;
    }

    @Override
    public String repr() {
        return "<function " + code.qualname + " at 0x" + Long.toHexString(Py.id(this)) + ">";
    }

    @Override
    public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
        return invoke(args, kwargs, ThreadState.current());
    }

    /**
     * What decorators (functools.wraps) and learners set on a function: a changed __name__,
     * __qualname__, __doc__ or __module__, and any other attribute, as its __dict__ holds them.
     */
    private Map<String, PyObject> attrs;
    /** The attributes a function carries itself, which __dict__ leaves out even when they were set. */
    private static final java.util.Set<String> CARRIED = java.util.Set.of("__name__", "__qualname__", "__doc__", "__module__");
    /** The def's annotations; an empty dict, made on first use so changes to it stay, when it has none. */
    private PyDict annotations;

    /** Sets the annotations a def gives, as it runs. */
    void annotate(PyDict given) {
        annotations = given;
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject set = attrs == null ? null : attrs.get(name);
        if (set != null) {
            return set;
        }
        return switch (name) {
            case "__name__" -> new PyStr(code.name);
            case "__qualname__" -> new PyStr(code.qualname);
            case "__module__" -> globals.getOrDefault("__name__", PyNone.NONE);
            case "__globals__" -> socklab.runtime.object.Namespaces.asDict(globals);
            case "__doc__" -> code.doc;
            case "__defaults__" -> defaults == null || defaults.length == 0 ? PyNone.NONE : new PyTuple(defaults.clone());
            case "__annotations__" -> annotations == null ? annotations = new PyDict() : annotations;
            case "__dict__" -> dict();
            default -> super.getAttr(name);
        };
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (("__name__".equals(name) || "__qualname__".equals(name)) && !(value instanceof PyStr)) {
            throw Py.typeError(name + " must be set to a string object");
        }
        if ("__dict__".equals(name) || "__defaults__".equals(name) || "__annotations__".equals(name)) {
            throw Py.error(ExcTypes.AttributeError, "socklab cannot replace a function's " + name);
        }
        if (attrs == null) {
            attrs = new java.util.LinkedHashMap<>();
        }
        attrs.put(name, value);
    }

    @Override
    public void delAttr(String name) {
        if (attrs == null || attrs.remove(name) == null) {
            throw Py.attributeError(this, name);
        }
    }

    /** __dict__: the attributes set on the function, but not those it carries itself. */
    private PyDict dict() {
        PyDict d = new PyDict();
        if (attrs != null) {
            attrs.forEach((k, v) -> {
                if (!CARRIED.contains(k)) {
                    d.setItem(new PyStr(k), v);
                }
            });
        }
        return d;
    }

    @Override
    public java.util.Collection<String> instanceAttrNames() {
        return attrs == null ? java.util.List.of() : attrs.keySet();
    }

    /** Whether n positional arguments fill the parameters exactly, so they can go straight into slots. */
    boolean acceptsExactly(int n) {
        return n == code.signature.slotCount() && code.signature.isSimple();
    }

    /** Read through an instance of a learner's class, a function becomes a bound method. */
    @Override
    public PyObject bindTo(PyObject self) {
        return new Descriptors.BoundMethod(this, self);
    }

    @Override
    public PyObject invoke(PyObject[] args, Map<String, PyObject> kwargs, ThreadState ts) {
        Code c = code;
        PyObject[] fast = new PyObject[c.slotCount];
        boolean direct = (kwargs == null || kwargs.isEmpty()) && acceptsExactly(args.length);
        System.arraycopy(direct ? args : c.signature.bind(args, kwargs, defaults), 0, fast, 0, c.signature.slotCount());
        return run(fast, ts);
    }

    /** Runs the body in a new frame whose slots already hold the bound parameters (code.slotCount long). */
    PyObject run(PyObject[] fast, ThreadState ts) {
        Code c = code;
        Cell[] cells = null;
        if (c.ownCells + closure.length > 0) {
            cells = new Cell[c.ownCells + closure.length];
            for (int i = 0; i < c.ownCells; i++) {
                cells[i] = new Cell(null);
            }
            for (int p = 0; p < c.paramCells.length; p += 2) {
                cells[c.paramCells[p + 1]].value = fast[c.paramCells[p]];
            }
            System.arraycopy(closure, 0, cells, c.ownCells, closure.length);
        }
        Frame f = new Frame(c, fast, cells, globals, ts);
        ts.enterCall();
        RunningFrame caller = ts.enterFrame(f);
        try {
            StmtNode.run(c.body, f);
            PyObject r = f.returnValue;
            return r == null ? PyNone.NONE : r;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError t) {
            PyError err = Py.fromJava(t);
            err.addFrame(c.filename, f.line, c.name);
            throw err;
        } finally {
            ts.exitFrame(caller);
            ts.exitCall();
        }
    }
}
