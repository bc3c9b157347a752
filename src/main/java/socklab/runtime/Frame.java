package socklab.runtime;

import java.util.Map;

/** One activation of compiled code: its local slots, cells, globals and the line it is running. */
final class Frame {
    final Code code;
    final PyObject[] fast;
    final Cell[] cells;
    final Map<String, PyObject> globals;
    final ThreadState ts;
    int line;
    /** The frame that was running when this one began: how a warning finds its caller's line. */
    Frame back;
    PyObject returnValue;
    /** What locals() returned in this function frame, refreshed on each call, as CPython keeps one per frame. */
    PyDict localsDict;

    Frame(Code code, PyObject[] fast, Cell[] cells, Map<String, PyObject> globals, ThreadState ts) {
        this.code = code;
        this.fast = fast;
        this.cells = cells;
        this.globals = globals;
        this.ts = ts;
    }
}
