package socklab.runtime.exec;

import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyObject;

/** What a generator and a generator expression (which needs no thread) share behind the generator type's methods. */
interface Resumable {
    /** Resumes with value as the paused yield's result: the next value, else StopIteration. */
    PyObject send(PyObject value);

    /** Raises e at the paused yield: the next value, else StopIteration or the error. */
    PyObject throwIn(PyBaseException e);

    void close();

    boolean running();

    /** The frame while it may still run; null once finished (gi_frame is None). */
    Frame frame();

    Code code();
}
