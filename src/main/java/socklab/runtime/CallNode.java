package socklab.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

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
        if (func instanceof ExprNodes.Attribute attr) {
            f.ts.recordCall(attr.name);
            PyObject self = attr.obj.eval(f);
            // Objects that look attributes up their own way (modules, classes, super) skip the shortcut.
            PyObject m = self instanceof PyModule || self instanceof PyType || self instanceof PySuper
                    ? null : self.type().lookup(attr.name);
            if (m instanceof PyMethod method && !(self instanceof PyBaseException)) {
                PyObject[] a = ExprNodes.evalItems(args, hasStar, f);
                return method.invoke(self, a, keywords(f));
            }
            return call(self.getAttr(attr.name), f);
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
    }

    private PyObject call(PyObject callee, Frame f) {
        if (callee instanceof PyFunction fn && kwNames.length == 0 && !hasStar && fn.acceptsExactly(args.length)) {
            // The arguments are evaluated straight into the new frame's slots: no array to bind and copy.
            PyObject[] fast = new PyObject[fn.code.slotCount];
            for (int i = 0; i < args.length; i++) {
                fast[i] = args[i].eval(f);
            }
            return fn.run(fast, f.ts);
        }
        PyObject[] a = ExprNodes.evalItems(args, hasStar, f);
        Map<String, PyObject> kw = keywords(f);
        if (callee instanceof PyFunction fn) {
            return fn.invoke(a, kw, f.ts);
        }
        if (callee instanceof FrameBuiltin b) {
            return b.callFrom(f, a, kw);
        }
        return callee.call(a, kw);
    }

    private Map<String, PyObject> keywords(Frame f) {
        if (kwNames.length == 0) {
            return null;
        }
        Map<String, PyObject> kw = new LinkedHashMap<>();
        for (int i = 0; i < kwNames.length; i++) {
            PyObject v = kwValues[i].eval(f);
            if (kwNames[i] != null) {
                if (kw.put(kwNames[i], v) != null) {
                    throw Py.typeError("keywords must be unique");
                }
                continue;
            }
            if (!(v instanceof PyDict d)) {
                throw Py.typeError("argument after ** must be a mapping, not " + v.type().name());
            }
            for (Map.Entry<PyObject, PyObject> e : d.map().entrySet()) {
                if (!(e.getKey() instanceof PyStr k)) {
                    throw Py.typeError("keywords must be strings");
                }
                if (kw.put(k.value(), e.getValue()) != null) {
                    throw Py.typeError("got multiple values for keyword argument '" + k.value() + "'");
                }
            }
        }
        return kw;
    }
}
