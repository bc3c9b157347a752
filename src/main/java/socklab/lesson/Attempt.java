package socklab.lesson;

import java.util.List;
import socklab.runtime.RunResult;
import socklab.runtime.object.PyObject;

/**
 * What one executed input did, as a step's check sees it: its value, what it wrote to stdout
 * (echoed values included), its error type name, errno and message (str of the exception; all
 * null without one), what it called.
 */
public record Attempt(String source, PyObject value, String output, String error, Integer errno, String message, List<String> calls) {
    static Attempt of(RunResult r, String output) {
        RunResult.ErrorInfo e = r.error();
        return new Attempt(r.source(), r.value(), output, e == null ? null : e.type(), e == null ? null : e.errno(),
                e == null ? null : e.message(), r.calls());
    }

    /** The last line of the error's traceback, as CPython prints it: "OSError: [Errno 98] Address already in use". */
    String errorLine() {
        return error == null ? null : message == null || message.isEmpty() ? error : error + ": " + message;
    }
}
