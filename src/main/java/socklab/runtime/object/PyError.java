package socklab.runtime.object;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java carrier of a raised Python exception. Built without a Java stack trace: Python
 * exceptions are ordinary control flow for learners, and the traceback that matters is Python's.
 */
public final class PyError extends RuntimeException {
    /**
     * One entry of a Python traceback. text is the source line to quote when the frame's file is
     * not one the session has read (a library module's), null otherwise; span, when it is not
     * null, is where on its line the failing instruction lies (in text's columns when there is text).
     * A hidden frame is code that stands for CPython's C (a {@link #NATIVE} file's): it is kept while
     * the error unwinds, so frames come and go in step with the frames that unwind, and left out of
     * what the traceback shows.
     */
    public record Frame(String file, int line, String function, String text, Span span, boolean hidden) {
        public Frame(String file, int line, String function) {
            this(file, line, function, null, (Span) null);
        }

        public Frame(String file, int line, String function, String text, Span span) {
            this(file, line, function, text, span, false);
        }

        /** A library line whose part carets CPython 3.11 underlines (null for none). */
        public Frame(String file, int line, String function, String text, String carets) {
            this(file, line, function, text, carets == null ? null
                    : Span.plain(line, text.indexOf(carets), line, text.indexOf(carets) + carets.length()));
        }
    }

    /**
     * Where a failing instruction lies, as CPython 3.11 records it: 0-based columns, end exclusive.
     * A binary operation keeps the end of its left operand and the start of its right one (its
     * operator lies between); a subscript keeps the range of its [index], which is marked apart.
     */
    public record Span(int line, int col, int endLine, int endCol, Anchor anchor, int innerFrom, int innerTo) {
        /** What part of the range CPython marks with ^ while the rest gets ~. */
        public enum Anchor { NONE, OPERATOR, INDEX }

        public static Span plain(int line, int col, int endLine, int endCol) {
            return new Span(line, col, endLine, endCol, Anchor.NONE, 0, 0);
        }
    }

    private final PyBaseException value;
    private final List<Frame> traceback = new ArrayList<>();
    /** Where in the frame it is leaving the error arose, once a node there has said so. */
    private Span pending;
    /** Set by a bare raise: the frame re-raising it takes back its entry rather than adding one. */
    private boolean bare;

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

    /** Notes where in the current frame the error arose: the innermost node that says so first wins. */
    public void locate(Span at) {
        if (pending == null) {
            pending = at;
        }
    }

    /** Where code lives that stands for CPython's C (pickle's _pickle, _asyncio): tracebacks hide its frames, as CPython's show no C. */
    public static final String NATIVE = "<native>/";

    /**
     * Adds the innermost-so-far frame; frames arrive innermost first as the error unwinds. Its line
     * is that of the failing instruction when a node located it, else the statement's.
     */
    public void addFrame(String file, int line, String function) {
        Span at = pending;
        pending = null;
        bare = false;
        traceback.add(0, new Frame(file, at == null ? line : at.line(), function, null, at, file.startsWith(NATIVE)));
    }

    /** Marks this error as re-raised by a bare raise. */
    public PyError reraised() {
        bare = true;
        return this;
    }

    /** Whether a bare raise re-raised this error since it last left a frame; asking clears it. */
    public boolean takeBare() {
        boolean was = bare;
        bare = false;
        return was;
    }

    /** Takes back the innermost frame's entry, to be added again at the same place as the error leaves the frame. */
    public void reopenFrame() {
        pending = traceback.remove(0).span();
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

    /** The frames a traceback shows, outermost first. */
    public List<Frame> traceback() {
        return traceback.stream().filter(f -> !f.hidden()).toList();
    }

    @Override
    public String getMessage() {
        return value.type().qualifiedName() + ": " + value.str();
    }
}
