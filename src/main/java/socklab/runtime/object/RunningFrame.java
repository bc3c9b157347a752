package socklab.runtime.object;

import java.util.Map;

/**
 * The innermost frame of Python code a thread runs, as far as code outside the tree-walker may see
 * it: a warning names its file and line, and only warns for code of __main__.
 */
public interface RunningFrame {
    String filename();

    int line();

    Map<String, PyObject> globals();
}
