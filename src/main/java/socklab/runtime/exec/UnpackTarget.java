package socklab.runtime.exec;

import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySequence;

/** a, b = … and a, *rest = …: unpacks an iterable into several targets with CPython's count errors. */
final class UnpackTarget implements Target {
    private final Target[] targets;
    private final int star;
    /** Where the target list stands, which CPython names when unpacking fails. */
    private final PyError.Span at;

    UnpackTarget(Target[] targets, int star, PyError.Span at) {
        this.targets = targets;
        this.star = star;
        this.at = at;
    }

    @Override
    public void assign(Frame f, PyObject value) {
        try {
            unpack(f, value);
        } catch (PyError e) {
            e.locate(at);
            throw e;
        }
    }

    private void unpack(Frame f, PyObject value) {
        PyObject[] items;
        if (value instanceof PySequence s) {
            items = s.size() == s.items().length ? s.items() : java.util.Arrays.copyOf(s.items(), s.size());
        } else {
            try {
                value.iter();
            } catch (PyError e) {
                if (e.matches(ExcTypes.TypeError)) {
                    throw Py.typeError("cannot unpack non-iterable " + value.type().name() + " object");
                }
                throw e;
            }
            items = Py.toArray(value);
        }
        if (star < 0) {
            if (items.length != targets.length) {
                if (items.length < targets.length) {
                    throw Py.valueError("not enough values to unpack (expected " + targets.length + ", got "
                            + items.length + ")");
                }
                throw Py.valueError("too many values to unpack (expected " + targets.length + ")");
            }
            for (int i = 0; i < targets.length; i++) {
                targets[i].assign(f, items[i]);
            }
            return;
        }
        int after = targets.length - star - 1;
        if (items.length < targets.length - 1) {
            throw Py.valueError("not enough values to unpack (expected at least " + (targets.length - 1) + ", got "
                    + items.length + ")");
        }
        for (int i = 0; i < star; i++) {
            targets[i].assign(f, items[i]);
        }
        targets[star].assign(f, new PyList(java.util.Arrays.copyOfRange(items, star, items.length - after)));
        for (int i = 0; i < after; i++) {
            targets[star + 1 + i].assign(f, items[items.length - after + i]);
        }
    }

    @Override
    public void delete(Frame f) {
        for (Target t : targets) {
            t.delete(f);
        }
    }
}
