package socklab.runtime.object;

import java.util.Map;

/**
 * The innermost frame of Python code a thread runs, as far as code outside the tree-walker may see
 * it: a warning names its file and line, and only warns for code of __main__.
 */
public interface RunningFrame {
    String filename();

    int line();

    /** The function's name as tracebacks show it ("<module>" for a module's code). */
    String function();

    Map<String, PyObject> globals();

    /** The frame that was running when this one began (a warning looks past library frames to it), or null. */
    RunningFrame caller();

    /** Notes the frame running when this one begins; the thread state calls it as the frame is entered. */
    void linkCaller(RunningFrame caller);
}
