package socklab.runtime.exec;

import java.util.LinkedHashMap;
import java.util.Map;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;
import socklab.runtime.object.UserClasses;

/** The nodes a class statement compiles to: run the body as a function, then build the class from its locals. */
final class ClassNodes {
    private ClassNodes() {}

    /** A name bound in a class body: read from the body's own slot, else from globals and builtins, as class scopes do. */
    static final class Name extends ExprNode implements Target {
        private final String name;
        private final int slot;
        private final NameNodes.Global fallback;

        Name(String name, int slot, NameNodes.Global fallback) {
            this.name = name;
            this.slot = slot;
            this.fallback = fallback;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = f.fast[slot];
            if (v != null) {
                return v;
            }
            try {
                return fallback.eval(f);
            } catch (PyError e) {
                throw located(e);
            }
        }

        @Override
        public void assign(Frame f, PyObject value) {
            f.fast[slot] = value;
        }

        @Override
        public void delete(Frame f) {
            if (f.fast[slot] == null) {
                throw located(Py.error(ExcTypes.NameError, "name '" + name + "' is not defined"));
            }
            f.fast[slot] = null;
        }

        @Override
        Target asTarget() {
            return this;
        }
    }

    /** What a class body hands back: its names in definition order and the cell methods' super() reads. */
    static final class BodyResult extends PyObject {
        private static final PyType TYPE = new PyType("class_namespace", null).finalType();
        final Map<String, PyObject> names;
        final Cell classCell;

        BodyResult(Map<String, PyObject> names, Cell classCell) {
            this.names = names;
            this.classCell = classCell;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** The last statement of a class body: returns the bound locals as the class namespace. */
    static final class Namespace extends StmtNode {
        private final String[] names;
        private final int[] slots;
        private final int classCell;

        Namespace(int line, Map<String, Integer> slotMap, int classCell) {
            super(line);
            this.names = slotMap.keySet().toArray(new String[0]);
            this.slots = slotMap.values().stream().mapToInt(Integer::intValue).toArray();
            this.classCell = classCell;
        }

        @Override
        int exec(Frame f) {
            Map<String, PyObject> ns = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                PyObject v = f.fast[slots[i]];
                if (v != null) {
                    ns.put(names[i], v);
                }
            }
            f.returnValue = new BodyResult(ns, classCell < 0 ? null : f.cells[classCell]);
            return RETURN;
        }
    }

    /** class Name(bases): evaluates the bases, runs the body, makes the class, decorates and binds it. */
    static final class ClassDef extends StmtNode {
        private final String name;
        private final String qualname;
        private final PyObject doc;
        private final ExprNode[] bases;
        private final String[] kwNames;
        private final ExprNode[] kwValues;
        private final ExprNode[] decorators;
        private final ExprNodes.MakeFunction body;
        private final Target target;

        ClassDef(int line, String name, String qualname, PyObject doc, ExprNode[] bases, String[] kwNames, ExprNode[] kwValues,
                ExprNode[] decorators, ExprNodes.MakeFunction body, Target target) {
            super(line);
            this.name = name;
            this.qualname = qualname;
            this.doc = doc;
            this.bases = bases;
            this.kwNames = kwNames;
            this.kwValues = kwValues;
            this.decorators = decorators;
            this.body = body;
            this.target = target;
        }

        @Override
        int exec(Frame f) {
            PyObject[] decos = new PyObject[decorators.length];
            for (int i = 0; i < decos.length; i++) {
                decos[i] = decorators[i].eval(f);
            }
            PyObject[] baseValues = new PyObject[bases.length];
            for (int i = 0; i < baseValues.length; i++) {
                baseValues[i] = bases[i].eval(f);
            }
            Map<String, PyObject> keywords = CallNode.keywords(f, kwNames, kwValues, () -> "__build_class__()");
            PyObject explicit = keywords.remove("metaclass");
            PyType[] bases = UserClasses.checkBases(baseValues);
            PyObject meta = UserClasses.metaclass(explicit, bases);
            PyFunction fn = (PyFunction) body.eval(f);
            BodyResult result = (BodyResult) fn.invoke(new PyObject[0], null, f.ts);
            PyObject module = f.globals.getOrDefault("__name__", new PyStr("__main__"));
            PyObject cls = UserClasses.build(meta, new UserClasses.Definition(name, qualname, module.str(), doc, bases, result.names), keywords);
            if (result.classCell != null) {
                result.classCell.value = cls;
            }
            for (int i = decos.length - 1; i >= 0; i--) {
                try {
                    cls = decos[i].call(new PyObject[] {cls}, null);
                } catch (PyError e) {
                    throw decorators[i].located(e); // CPython places a decorator's failure at the decorator
                }
            }
            target.assign(f, cls);
            return NORMAL;
        }
    }
}
