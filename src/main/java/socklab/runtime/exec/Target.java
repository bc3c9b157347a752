package socklab.runtime.exec;

import socklab.runtime.object.PyObject;

/** Something that can be assigned to or deleted: a name, an attribute, an item, or an unpacking. */
interface Target {
    void assign(Frame f, PyObject value);

    void delete(Frame f);
}
