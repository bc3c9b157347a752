package socklab.runtime.exec;

import java.util.LinkedHashMap;
import java.util.Map;
import socklab.runtime.object.Descriptors;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyMethod;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;

/**
 * A call f(a, *b, k=c, **d). The common shapes (plain positional arguments, a method on an object)
 * skip building keyword maps and bound-method objects.
 */
final class CallNode extends ExprNode {
    private final ExprNode func;
    private final ExprNode[] args;
    private final boolean hasStar;
    private final String[] kwNames;
    private final ExprNode[] kwValues;

    CallNode(ExprNode func, ExprNode[] args, String[] kwNames, ExprNode[] kwValues) {
        this.func = func;
        this.args = args;
        this.hasStar = ExprNodes.anyStarred(args);
        this.kwNames = kwNames;
        this.kwValues = kwValues;
    }

    @Override
    PyObject eval(Frame f) {
        try {
            if (func instanceof ExprNodes.Attribute attr) {
                f.ts.recordCall(attr.name);
                PyObject self = attr.obj.eval(f);
                PyMethod method = self.methodFor(attr.name);
                if (method != null) {
                    PyObject[] a = ExprNodes.evalItems(args, hasStar, f, hasStar ? v -> afterStar(null, self, v) : null);
                    return method.invoke(self, a, keywords(f, null, self));
                }
                PyObject bound;
                try {
                    bound = self.getAttr(attr.name);
                } catch (PyError e) {
                    throw attr.located(e);
                }
                return call(bound, f);
            }
            PyObject callee = func.eval(f);
            if (func instanceof NameNodes.Global g) {
                f.ts.recordCall(g.name);
            } else if (func instanceof NameNodes.Local l) {
                f.ts.recordCall(l.name);
            } else if (func instanceof NameNodes.CellRef c) {
                f.ts.recordCall(c.name);
            }
            return call(callee, f);
        } catch (PyError e) {
            throw located(e);
        }
    }

    private PyObject call(PyObject callee, Frame f) {
        boolean plain = kwNames.length == 0 && !hasStar;
        if (plain && callee instanceof PyFunction fn && fn.acceptsExactly(args.length)) {
            // The arguments are evaluated straight into the new frame's slots: no array to bind and copy.
            return fn.run(evalInto(new PyObject[fn.code.slotCount], 0, f), f.ts);
        }
        if (plain && callee instanceof Descriptors.BoundMethod m && m.function() instanceof PyFunction fn
                && fn.acceptsExactly(args.length + 1)) {
            // obj.method(args) on a learner's class: self goes to the first slot, as BoundMethod.call would put it
            PyObject[] fast = new PyObject[fn.code.slotCount];
            fast[0] = m.self();
            return fn.run(evalInto(fast, 1, f), f.ts);
        }
        PyObject[] a = ExprNodes.evalItems(args, hasStar, f, hasStar ? v -> afterStar(callee, null, v) : null);
        Map<String, PyObject> kw = keywords(f, callee, null);
        if (callee instanceof PyFunction fn) {
            return fn.invoke(a, kw, f.ts);
        }
        if (callee instanceof FrameBuiltin b) {
            return b.callFrom(f, a, kw);
        }
        return callee.call(a, kw);
    }

    /** Evaluates the positional arguments, left to right, into slots from {@code from} on. */
    private PyObject[] evalInto(PyObject[] slots, int from, Frame f) {
        for (int i = 0; i < args.length; i++) {
            slots[from + i] = args[i].eval(f);
        }
        return slots;
    }

    private PyError afterStar(PyObject callee, PyObject self, PyObject value) {
        return Py.typeError(named(callee, self) + " argument after * must be an iterable, not " + value.type().name());
    }

    /** How CPython names a callable in argument errors: module.qualname(), the module left out for builtins. */
    private static String functionStr(PyObject callee) {
        String qualname;
        try {
            qualname = callee.getAttr("__qualname__").str();
        } catch (PyError e) {
            return callee.type().name() + " object";
        }
        PyObject module;
        try {
            module = callee.getAttr("__module__");
        } catch (PyError e) {
            module = null; // a builtin without __module__ is named bare, as CPython names builtins' own
        }
        String prefix = module instanceof PyStr s && !s.value().equals("builtins") ? s.value() + "." : "";
        return prefix + qualname + "()";
    }

    /**
     * The callee as argument errors name it; a method written in Java (self given) is named as
     * CPython names a builtin method, type.name().
     */
    private String named(PyObject callee, PyObject self) {
        return self != null ? self.type().name() + "." + ((ExprNodes.Attribute) func).name + "()" : functionStr(callee);
    }

    private static PyError multipleValues(String function, String keyword) {
        return Py.typeError(function + " got multiple values for keyword argument '" + keyword + "'");
    }

    /** The keyword arguments; the callee (or the self of a Java method) is only for naming it in an error. */
    private Map<String, PyObject> keywords(Frame f, PyObject callee, PyObject self) {
        return kwNames.length == 0 ? null : keywords(f, kwNames, kwValues, () -> named(callee, self));
    }

    /** Evaluates name=value and **mapping arguments (a null name) into one map, as a call or a class statement does. */
    static Map<String, PyObject> keywords(Frame f, String[] kwNames, ExprNode[] kwValues, java.util.function.Supplier<String> function) {
        Map<String, PyObject> kw = new LinkedHashMap<>();
        for (int i = 0; i < kwNames.length; i++) {
            PyObject v = kwValues[i].eval(f);
            if (kwNames[i] != null) {
                if (kw.put(kwNames[i], v) != null) {
                    throw multipleValues(function.get(), kwNames[i]);
                }
                continue;
            }
            if (!(v instanceof PyDict d)) {
                throw Py.typeError(function.get() + " argument after ** must be a mapping, not " + v.type().name());
            }
            for (Map.Entry<PyObject, PyObject> e : d.map().entrySet()) {
                if (!(e.getKey() instanceof PyStr k)) {
                    throw Py.typeError("keywords must be strings");
                }
                if (kw.put(k.value(), e.getValue()) != null) {
                    throw multipleValues(function.get(), k.value());
                }
            }
        }
        return kw;
    }
}
