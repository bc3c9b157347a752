package socklab.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java carrier of a raised Python exception. Built without a Java stack trace: Python
 * exceptions are ordinary control flow for learners, and the traceback that matters is Python's.
 */
public final class PyError extends RuntimeException {
    /**
     * One entry of a Python traceback. text is the source line to quote when the frame's file is
     * not one the session has read (a library module's), null otherwise; carets, when it is not
     * null, is the part of text CPython 3.11 underlines with ^.
     */
    public record Frame(String file, int line, String function, String text, String carets) {
        public Frame(String file, int line, String function) {
            this(file, line, function, null, null);
        }
    }

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
        traceback.add(0, new Frame(file, line, function));
    }

    /**
     * This error as it leaves a library function CPython writes in Python (a frozen module's, so
     * no source line is quoted): the frame is added as the innermost so far.
     */
    public PyError through(String file, int line, String function) {
        addFrame(file, line, function);
        return this;
    }

    /** Adds a frame of a library module, which brings its own source line. */
    public void addFrame(Frame frame) {
        traceback.add(0, frame);
    }

    public List<Frame> traceback() {
        return traceback;
    }

    @Override
    public String getMessage() {
        return value.type().qualifiedName() + ": " + value.str();
    }
}
