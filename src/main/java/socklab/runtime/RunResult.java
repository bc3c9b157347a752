package socklab.runtime;

import java.util.List;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;

/**
 * What running one input did, as every caller and listener sees it: how it ended, the value an
 * interactive expression produced, the error it ended with, and the names of what it called.
 */
public record RunResult(String source, Outcome outcome, PyObject value, ErrorInfo error, List<String> calls) {
    /** How a piece of code ended. */
    public enum Outcome { OK, ERROR, EXIT }

    /**
     * The error an input ended with: its type name, errno (OSError and subclasses; null otherwise),
     * str() of the exception, and the exception itself (null for a syntax error, which has no object).
     */
    public record ErrorInfo(String type, Integer errno, String message, PyBaseException exception) {
        static ErrorInfo of(PyBaseException e) {
            PyObject errno = e.type().isSubtypeOf(ExcTypes.OSError) ? e.getAttr("errno") : PyNone.NONE;
            return new ErrorInfo(e.type().name(), errno instanceof PyInt i ? (int) i.longValue() : null, e.str(), e);
        }
    }

    public boolean failed() {
        return outcome == Outcome.ERROR;
    }
}
