package socklab.runtime.exec;

import java.util.List;
import java.util.Map;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.Signature;

/**
 * Compiled code of a module, function, lambda or comprehension: its body, its signature, how many
 * slots and cells a frame of it needs, and which parameters live in cells.
 */
public final class Code {
    final String name;
    final String qualname;
    final String filename;
    final Signature signature;
    final int slotCount;
    final int ownCells;
    final int[] paramCells;
    public StmtNode[] body;
    /** The line of a def statement (co_firstlineno), where an error thrown into an unstarted generator is raised; 0 if unknown. */
    int firstLine;
    /** A def's docstring (its first statement, a string literal), else None. */
    PyObject doc = PyNone.NONE;
    final List<String> localNames;
    /** Where each local lives (slot or cell index), for locals(); null for module code, whose locals are its globals. */
    Map<String, Integer> slotIndex;
    Map<String, Integer> cellIndex;

    Code(String name, String qualname, String filename, Signature signature, int slotCount, int ownCells,
            int[] paramCells, List<String> localNames) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.signature = signature;
        this.slotCount = slotCount;
        this.ownCells = ownCells;
        this.paramCells = paramCells;
        this.localNames = localNames;
    }
}
