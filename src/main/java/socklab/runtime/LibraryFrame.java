package socklab.runtime;

import java.util.function.Supplier;
import socklab.runtime.object.PyError;

/**
 * One line of a standard-library file that CPython 3.11 writes in Python (json/decoder.py,
 * base64.py, socket.py, ...), as its tracebacks quote it. socklab writes those functions in Java,
 * so a module keeps a small table of these and adds them to an error leaving its functions, which
 * then shows the frames CPython shows.
 *
 * @param path the file, relative to {@link ModuleSpec#LIBRARY} ("json/decoder.py")
 * @param carets the part of text CPython underlines, or null when it draws no markers
 * @param anchor the part of carets marked ^ while the rest gets ~ (a binary operator, or a
 *     subscript's [index]), or null when carets is all ^
 */
public record LibraryFrame(String path, int line, String function, String text, String carets, String anchor) {
    /** A line CPython quotes without markers (its instruction spans the whole line, or more). */
    public LibraryFrame(String path, int line, String function, String text) {
        this(path, line, function, text, null, null);
    }

    /** A line with carets underlined by ^. */
    public LibraryFrame(String path, int line, String function, String text, String carets) {
        this(path, line, function, text, carets, null);
    }

    public LibraryFrame {
        if (carets != null && !text.contains(carets) || anchor != null && (carets == null || !carets.contains(anchor))) {
            throw new IllegalArgumentException("markers outside the quoted line: " + text);
        }
    }

    /** The error, with this line's frame added as the innermost so far. */
    public PyError on(PyError e) {
        e.addFrame(new PyError.Frame(ModuleSpec.LIBRARY + path, line, function, text, span()));
        return e;
    }

    /** Runs body; a Python error leaving it gets this line's frame. */
    public <T> T around(Supplier<T> body) {
        try {
            return body.get();
        } catch (PyError e) {
            throw on(e);
        }
    }

    /** The same for a body with no result. */
    public void around(Runnable body) {
        around(() -> {
            body.run();
            return null;
        });
    }

    private PyError.Span span() {
        if (carets == null) {
            return null;
        }
        int from = text.indexOf(carets);
        int to = from + carets.length();
        if (anchor == null) {
            return PyError.Span.plain(line, from, line, to);
        }
        int at = text.indexOf(anchor, from);
        return anchor.startsWith("[")
                ? new PyError.Span(line, from, line, to, PyError.Span.Anchor.INDEX, at, at + anchor.length() - 2)
                : new PyError.Span(line, from, line, to, PyError.Span.Anchor.OPERATOR, at, at + anchor.length());
    }
}
