package socklab.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyObject;

/** Reading and writing variables, one node per place a name can live (slot, cell, globals). */
final class NameNodes {
    private NameNodes() {}

    static PyError unboundLocal(String name) {
        return Py.error(ExcTypes.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    static final class Local extends ExprNode implements Target {
        final String name;
        final int slot;

        Local(String name, int slot) {
            this.name = name;
            this.slot = slot;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = f.fast[slot];
            if (v == null) {
                throw located(unboundLocal(name));
            }
            return v;
        }

        @Override
        public void assign(Frame f, PyObject value) {
            f.fast[slot] = value;
        }

        @Override
        public void delete(Frame f) {
            if (f.fast[slot] == null) {
                throw located(unboundLocal(name));
            }
            f.fast[slot] = null;
        }

        @Override
        Target asTarget() {
            return this;
        }
    }

    static final class CellRef extends ExprNode implements Target {
        final String name;
        final int index;
        final boolean free;

        CellRef(String name, int index, boolean free) {
            this.name = name;
            this.index = index;
            this.free = free;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = f.cells[index].value;
            if (v == null) {
                if (free) {
                    throw located(Py.error(ExcTypes.NameError, "cannot access free variable '" + name
                            + "' where it is not associated with a value in enclosing scope"));
                }
                throw located(unboundLocal(name));
            }
            return v;
        }

        @Override
        public void assign(Frame f, PyObject value) {
            f.cells[index].value = value;
        }

        @Override
        public void delete(Frame f) {
            if (f.cells[index].value == null) {
                throw located(unboundLocal(name));
            }
            f.cells[index].value = null;
        }

        @Override
        Target asTarget() {
            return this;
        }
    }

    static final class Global extends ExprNode implements Target {
        final String name;
        final Map<String, PyObject> builtins;

        Global(String name, Map<String, PyObject> builtins) {
            this.name = name.intern(); // dict keys are mostly literals or other nodes' names: equal by ==
            this.builtins = builtins;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = f.globals.get(name);
            if (v == null) {
                v = builtins.get(name);
                if (v == null) {
                    throw located(notDefined(f));
                }
            }
            return v;
        }

        private PyError notDefined(Frame f) {
            return Py.suggesting(ExcTypes.NameError, "name '" + name + "' is not defined", name, () -> {
                List<String> candidates = new ArrayList<>();
                if (f.code.localNames != null) {
                    candidates.addAll(f.code.localNames);
                }
                candidates.addAll(f.globals.keySet());
                candidates.addAll(builtins.keySet());
                return candidates;
            });
        }

        @Override
        public void assign(Frame f, PyObject value) {
            f.globals.put(name, value);
        }

        @Override
        public void delete(Frame f) {
            if (f.globals.remove(name) == null) {
                throw located(notDefined(f));
            }
        }

        @Override
        Target asTarget() {
            return this;
        }
    }
}
