package socklab.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java carrier of a raised Python exception. Built without a Java stack trace: Python
 * exceptions are ordinary control flow for learners, and the traceback that matters is Python's.
 */
public final class PyError extends RuntimeException {
    /** One line of a Python traceback; quote is the source line to show when no remembered source has it. */
    public record Frame(String file, int line, String function, String quote) {}

    private final PyBaseException value;
    private final List<Frame> traceback = new ArrayList<>();

    public PyError(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
        value.adoptCarrier(this);
    }

    public PyBaseException value() {
        return value;
    }

    public PyType pyType() {
        return value.type();
    }

    public boolean matches(PyType t) {
        return value.type().isSubtypeOf(t);
    }

    /** Adds the innermost-so-far frame; frames arrive innermost first as the error unwinds. */
    public void addFrame(String file, int line, String function) {
        traceback.add(0, new Frame(file, line, function, null));
    }

    /** Adds a frame of a standard module socklab writes in Java but CPython in Python, quoting its line. */
    public void addLibraryFrame(String file, int line, String function, String quote) {
        traceback.add(0, new Frame(file, line, function, quote));
    }

    public List<Frame> traceback() {
        return traceback;
    }

    @Override
    public String getMessage() {
        return value.type().qualifiedName() + ": " + value.str();
    }
}
