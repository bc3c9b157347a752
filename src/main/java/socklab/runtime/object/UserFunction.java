package socklab.runtime.object;

import java.util.Map;

/**
 * A function a def or lambda made, as the value model sees it: its type, its name, and a call that
 * skips building a bound method (a method call passes self in front). Class creation wraps such a
 * function found as __new__ in a staticmethod; property() takes its name.
 */
public interface UserFunction {
    PyType TYPE = new PyType("function", null).finalType();

    String name();

    /** Calls the function with the thread's state at hand (a bound method's call passes it on). */
    PyObject invoke(PyObject[] args, Map<String, PyObject> kwargs, ThreadState ts);
}
