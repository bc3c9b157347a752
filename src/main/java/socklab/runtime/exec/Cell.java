package socklab.runtime.exec;

import socklab.runtime.object.PyObject;

/** A variable shared between a function and the closures that capture it. */
public final class Cell {
    PyObject value;

    Cell(PyObject value) {
        this.value = value;
    }
}
