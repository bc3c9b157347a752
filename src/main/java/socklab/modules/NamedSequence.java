package socklab.modules;

import java.util.List;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;

/**
 * One of sys's named tuples (version_info, flags, float_info …): a tuple whose items also have
 * names, shown as CPython's struct sequences are, {@code sys.version_info(major=3, minor=11, …)}.
 */
final class NamedSequence extends PyTuple {
    private final PyType type;
    private final List<String> fields;

    NamedSequence(PyType type, List<String> fields, PyObject... items) {
        super(items);
        this.type = type;
        this.fields = fields;
    }

    /** The class of such tuples, named module.name as CPython names it; learners cannot make more. */
    static PyType type(String module, String name) {
        return PyType.extension(module, name, PyTuple.TYPE).finalType();
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String repr() {
        StringBuilder b = new StringBuilder(type.name()).append('(');
        for (int i = 0; i < fields.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(fields.get(i)).append('=').append(items()[i].repr());
        }
        return b.append(')').toString();
    }

    @Override
    public PyObject getAttr(String name) {
        int i = fields.indexOf(name);
        return i >= 0 ? items()[i] : super.getAttr(name);
    }

    @Override
    public java.util.Collection<String> instanceAttrNames() {
        return fields;
    }

    @Override
    public void setAttr(String name, PyObject value) {
        throw Py.error(ExcTypes.AttributeError, "readonly attribute");
    }
}
