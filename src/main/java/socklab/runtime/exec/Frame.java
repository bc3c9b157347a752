package socklab.runtime.exec;

import java.util.Map;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.RunningFrame;
import socklab.runtime.object.ThreadState;

/** One activation of compiled code: its local slots, cells, globals and the line it is running. */
public final class Frame implements RunningFrame {
    final Code code;
    final PyObject[] fast;
    final Cell[] cells;
    final Map<String, PyObject> globals;
    public final ThreadState ts;
    public int line;
    public PyObject returnValue;
    /** What locals() returned in this function frame, refreshed on each call, as CPython keeps one per frame. */
    PyDict localsDict;
    private RunningFrame back;

    public Frame(Code code, PyObject[] fast, Cell[] cells, Map<String, PyObject> globals, ThreadState ts) {
        this.code = code;
        this.fast = fast;
        this.cells = cells;
        this.globals = globals;
        this.ts = ts;
    }

    @Override
    public RunningFrame caller() {
        return back;
    }

    @Override
    public void linkCaller(RunningFrame caller) {
        back = caller;
    }

    @Override
    public String filename() {
        return code.filename;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public String function() {
        return code.name;
    }

    @Override
    public Map<String, PyObject> globals() {
        return globals;
    }
}
