package socklab.runtime.exec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import socklab.lang.ast.Expr.BinOperator;
import socklab.lang.ast.Expr.CmpOperator;
import socklab.lang.ast.Expr.UnaryOperator;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Formatting;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySet;
import socklab.runtime.object.PySlice;
import socklab.runtime.object.PyStr;

/** The expression nodes other than names and calls. */
final class ExprNodes {
    private ExprNodes() {}

    static final class Const extends ExprNode {
        final PyObject value;

        Const(PyObject value) {
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            return value;
        }
    }

    static final class Attribute extends ExprNode implements Target {
        final ExprNode obj;
        final String name;

        Attribute(ExprNode obj, String name) {
            this.obj = obj;
            this.name = name.intern(); // method tables are keyed by literals: found by ==
        }

        @Override
        PyObject eval(Frame f) {
            try {
                return obj.eval(f).getAttr(name);
            } catch (PyError e) {
                throw located(e);
            }
        }

        /** The attribute of an already evaluated object, an error located here (for augmented assignment). */
        PyObject readFrom(PyObject o) {
            try {
                return o.getAttr(name);
            } catch (PyError e) {
                throw located(e);
            }
        }

        @Override
        public void assign(Frame f, PyObject value) {
            try {
                obj.eval(f).setAttr(name, value);
            } catch (PyError e) {
                throw located(e);
            }
        }

        @Override
        public void delete(Frame f) {
            try {
                obj.eval(f).delAttr(name);
            } catch (PyError e) {
                throw located(e);
            }
        }

        @Override
        Target asTarget() {
            return this;
        }
    }

    static final class Subscript extends ExprNode implements Target {
        final ExprNode obj;
        final ExprNode index;

        Subscript(ExprNode obj, ExprNode index) {
            this.obj = obj;
            this.index = index;
        }

        @Override
        PyObject eval(Frame f) {
            try {
                PyObject o = obj.eval(f);
                return o.getItem(index.eval(f));
            } catch (PyError e) {
                throw located(e);
            }
        }

        /** The item of already evaluated operands, an error located here (for augmented assignment). */
        PyObject readItem(PyObject o, PyObject key) {
            try {
                return o.getItem(key);
            } catch (PyError e) {
                throw located(e);
            }
        }

        @Override
        public void assign(Frame f, PyObject value) {
            try {
                PyObject o = obj.eval(f);
                o.setItem(index.eval(f), value);
            } catch (PyError e) {
                throw located(e);
            }
        }

        @Override
        public void delete(Frame f) {
            try {
                PyObject o = obj.eval(f);
                o.delItem(index.eval(f));
            } catch (PyError e) {
                throw located(e);
            }
        }

        @Override
        Target asTarget() {
            return this;
        }
    }

    static final class Slice extends ExprNode {
        final ExprNode lower;
        final ExprNode upper;
        final ExprNode step;

        Slice(ExprNode lower, ExprNode upper, ExprNode step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        PyObject eval(Frame f) {
            return new PySlice(orNone(lower, f), orNone(upper, f), orNone(step, f));
        }

        private static PyObject orNone(ExprNode n, Frame f) {
            return n == null ? PyNone.NONE : n.eval(f);
        }
    }

    static final class Binary extends ExprNode {
        final ExprNode left;
        final BinOperator op;
        final ExprNode right;

        Binary(ExprNode left, BinOperator op, ExprNode right) {
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        PyObject eval(Frame f) {
            try {
                PyObject a = left.eval(f);
                PyObject b = right.eval(f);
                return Ops.binary(op, a, b);
            } catch (PyError e) {
                throw located(e);
            }
        }
    }

    static final class Unary extends ExprNode {
        final UnaryOperator op;
        final ExprNode operand;

        Unary(UnaryOperator op, ExprNode operand) {
            this.op = op;
            this.operand = operand;
        }

        @Override
        boolean test(Frame f) {
            return op == UnaryOperator.NOT ? !operand.test(f) : eval(f).isTrue();
        }

        @Override
        PyObject eval(Frame f) {
            try {
                return switch (op) {
                    case NOT -> operand.test(f) ? PyBool.FALSE : PyBool.TRUE;
                    case NEG -> operand.eval(f).negative();
                    case POS -> operand.eval(f).positive();
                    case INVERT -> operand.eval(f).invert();
                };
            } catch (PyError e) {
                throw located(e);
            }
        }
    }

    static final class BoolOp extends ExprNode {
        final boolean isAnd;
        final ExprNode[] values;

        BoolOp(boolean isAnd, ExprNode[] values) {
            this.isAnd = isAnd;
            this.values = values;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = null;
            for (ExprNode n : values) {
                v = n.eval(f);
                if (v.isTrue() != isAnd) {
                    return v;
                }
            }
            return v;
        }
    }

    static final class Compare extends ExprNode {
        final ExprNode left;
        final CmpOperator[] ops;
        final ExprNode[] rights;

        Compare(ExprNode left, CmpOperator[] ops, ExprNode[] rights) {
            this.left = left;
            this.ops = ops;
            this.rights = rights;
        }

        /** The value of the last comparison made: a chain stops at the first false one, a non-bool kept as is. */
        @Override
        PyObject eval(Frame f) {
            try {
                PyObject a = left.eval(f);
                PyObject r = PyBool.TRUE;
                for (int i = 0; i < ops.length; i++) {
                    PyObject b = rights[i].eval(f);
                    r = Ops.richCompare(ops[i], a, b);
                    if (r != PyBool.TRUE && (r == PyBool.FALSE || !r.isTrue())) {
                        return r;
                    }
                    a = b;
                }
                return r;
            } catch (PyError e) {
                throw located(e);
            }
        }

        @Override
        boolean test(Frame f) {
            try {
                PyObject a = left.eval(f);
                for (int i = 0; i < ops.length; i++) {
                    PyObject b = rights[i].eval(f);
                    if (!Ops.compare(ops[i], a, b)) {
                        return false;
                    }
                    a = b;
                }
                return true;
            } catch (PyError e) {
                throw located(e);
            }
        }
    }

    static final class IfExp extends ExprNode {
        final ExprNode test;
        final ExprNode body;
        final ExprNode orelse;

        IfExp(ExprNode test, ExprNode body, ExprNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        PyObject eval(Frame f) {
            return test.test(f) ? body.eval(f) : orelse.eval(f);
        }
    }

    static final class NamedExpr extends ExprNode {
        final Target target;
        final ExprNode value;

        NamedExpr(Target target, ExprNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = value.eval(f);
            target.assign(f, v);
            return v;
        }
    }

    /** A marker for *x inside displays and calls; evaluated by its container. */
    static final class Starred extends ExprNode {
        final ExprNode value;

        Starred(ExprNode value) {
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            throw Py.error(ExcTypes.SyntaxError, "can't use starred expression here");
        }
    }

    /** What a list or tuple display says of a value after * that cannot be iterated. */
    static final Function<PyObject, PyError> VALUE_AFTER_STAR =
            v -> Py.typeError("Value after * must be an iterable, not " + v.type().name());

    /**
     * Evaluates items of a display or a call's arguments, expanding *iterables. A value after *
     * that cannot be iterated is reported by notIterable (null: as plain iteration reports it).
     */
    static PyObject[] evalItems(ExprNode[] items, boolean hasStar, Frame f, Function<PyObject, PyError> notIterable) {
        if (!hasStar) {
            PyObject[] out = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = items[i].eval(f);
            }
            return out;
        }
        PyList out = new PyList();
        for (ExprNode n : items) {
            if (n instanceof Starred s) {
                PyObject it = starredIterator(s.value.eval(f), notIterable);
                for (PyObject o = it.next(); o != null; o = it.next()) {
                    out.append(o);
                }
            } else {
                out.append(n.eval(f));
            }
        }
        return out.toArray();
    }

    private static PyObject starredIterator(PyObject value, Function<PyObject, PyError> notIterable) {
        try {
            return value.iter();
        } catch (PyError e) {
            // Only a value with no way to iterate gets the place's message; an __iter__ that fails keeps its own error.
            if (notIterable != null && e.matches(ExcTypes.TypeError) && value.type().lookup("__iter__") == null) {
                throw notIterable.apply(value);
            }
            throw e;
        }
    }

    static boolean anyStarred(ExprNode[] items) {
        for (ExprNode n : items) {
            if (n instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    /** A tuple, list or set display: evaluates its items, expanding *x, and builds the container. */
    static final class Display extends ExprNode {
        final ExprNode[] items;
        final boolean hasStar;
        final Function<PyObject[], PyObject> build;
        final Function<PyObject, PyError> notIterable;

        Display(ExprNode[] items, Function<PyObject[], PyObject> build, Function<PyObject, PyError> notIterable) {
            this.items = items;
            this.hasStar = anyStarred(items);
            this.build = build;
            this.notIterable = notIterable;
        }

        @Override
        PyObject eval(Frame f) {
            try {
                return build.apply(evalItems(items, hasStar, f, notIterable));
            } catch (PyError e) {
                throw located(e);
            }
        }
    }

    static PyObject newSet(PyObject[] items) {
        PySet s = new PySet(false);
        for (PyObject o : items) {
            s.set().add(o);
        }
        return s;
    }

    static final class DictDisplay extends ExprNode {
        final ExprNode[] keys;
        final ExprNode[] values;

        DictDisplay(ExprNode[] keys, ExprNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        PyObject eval(Frame f) {
            try {
                return build(f);
            } catch (PyError e) {
                throw located(e);
            }
        }

        private PyObject build(Frame f) {
            PyDict d = new PyDict();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    PyObject m = values[i].eval(f);
                    if (!(m instanceof PyDict src)) {
                        throw Py.typeError("'" + m.type().name() + "' object is not a mapping");
                    }
                    d.map().putAll(src.map());
                } else {
                    PyObject k = keys[i].eval(f);
                    d.put(k, values[i].eval(f));
                }
            }
            return d;
        }
    }

    static final class FString extends ExprNode {
        final ExprNode[] parts;

        FString(ExprNode[] parts) {
            this.parts = parts;
        }

        /** A replacement field that fails to format is placed at the whole f-string, as CPython 3.11 places it. */
        @Override
        PyObject eval(Frame f) {
            try {
                StringBuilder b = new StringBuilder();
                for (ExprNode p : parts) {
                    b.append(((PyStr) p.eval(f)).value());
                }
                return new PyStr(b.toString());
            } catch (PyError e) {
                throw located(e);
            }
        }
    }

    static final class FormattedValue extends ExprNode {
        final ExprNode value;
        final char conversion;
        final ExprNode spec;

        FormattedValue(ExprNode value, char conversion, ExprNode spec) {
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = value.eval(f);
            if (conversion == 'r') {
                v = new PyStr(v.repr());
            } else if (conversion == 's') {
                v = new PyStr(v.str());
            } else if (conversion == 'a') {
                v = new PyStr(Formatting.ascii(v.repr()));
            }
            String s = spec == null ? "" : ((PyStr) spec.eval(f)).value();
            if (s.isEmpty() && v instanceof PyStr str) {
                return str;
            }
            return new PyStr(Formatting.format(v, s));
        }
    }

    /** Builds a function object at the point a def or lambda runs (defaults evaluated then). */
    static final class MakeFunction extends ExprNode {
        final Code code;
        final ExprNode[] defaults;
        final int[] cellSources;

        MakeFunction(Code code, ExprNode[] defaults, int[] cellSources) {
            this.code = code;
            this.defaults = defaults;
            this.cellSources = cellSources;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject[] defs = null;
            if (defaults != null) {
                defs = new PyObject[defaults.length];
                for (int i = 0; i < defaults.length; i++) {
                    defs[i] = defaults[i] == null ? null : defaults[i].eval(f);
                }
            }
            Cell[] closure = new Cell[cellSources.length];
            for (int i = 0; i < cellSources.length; i++) {
                closure[i] = f.cells[cellSources[i]];
            }
            return new PyFunction(code, defs, closure, f.globals);
        }
    }

    /**
     * A def with annotations: they are evaluated as it runs and become the function's __annotations__,
     * or, in a module that did from __future__ import annotations (PEP 563), kept as their source text.
     */
    static final class Annotate extends ExprNode {
        final ExprNode function;
        final String[] names;
        final String[] texts;
        final ExprNode[] values;

        Annotate(ExprNode function, String[] names, String[] texts, ExprNode[] values) {
            this.function = function;
            this.names = names;
            this.texts = texts;
            this.values = values;
        }

        @Override
        PyObject eval(Frame f) {
            PyFunction fn = (PyFunction) function.eval(f);
            // the future import binds the name annotations to __future__'s feature object, a _Feature
            PyObject feature = f.globals.get("annotations");
            boolean postponed = feature != null && feature.type().name().equals("_Feature");
            socklab.runtime.object.PyDict annotations = new socklab.runtime.object.PyDict();
            for (int i = 0; i < names.length; i++) {
                annotations.put(new socklab.runtime.object.PyStr(names[i]),
                        postponed ? new socklab.runtime.object.PyStr(texts[i]) : values[i].eval(f));
            }
            fn.annotate(annotations);
            return fn;
        }
    }

    /** A comprehension runs as an inline call of its own code, as Python 3 scopes it. */
    static final class Comprehension extends ExprNode {
        final MakeFunction function;
        final ExprNode firstIter;

        Comprehension(MakeFunction function, ExprNode firstIter) {
            this.function = function;
            this.firstIter = firstIter;
        }

        @Override
        PyObject eval(Frame f) {
            try {
                PyFunction fn = (PyFunction) function.eval(f);
                PyObject it = firstIter.eval(f).iter();
                return fn.invoke(new PyObject[] {it}, null, f.ts);
            } catch (PyError e) {
                throw located(e);
            }
        }
    }

    static Map<String, PyObject> newKwargs() {
        return new LinkedHashMap<>();
    }
}
