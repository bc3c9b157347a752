package socklab.runtime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Formats a Python error exactly as CPython prints it, chained causes and contexts included. */
public final class Tracebacks {
    private Tracebacks() {}

    public static String format(PyError e, Map<String, List<String>> sources) {
        return format(e, sources, null);
    }

    /**
     * The same with the traceback module's limit: null for every frame, a positive n for the n
     * outermost frames of each traceback, a negative n for the innermost -n.
     */
    public static String format(PyError e, Map<String, List<String>> sources, Integer limit) {
        StringBuilder b = new StringBuilder();
        chain(e.value(), e, sources, b, new IdentityHashMap<>(), limit);
        return b.toString();
    }

    private static List<PyError.Frame> limited(List<PyError.Frame> frames, Integer limit) {
        if (limit == null) {
            return frames;
        }
        int n = Math.min(Math.abs(limit), frames.size());
        return limit >= 0 ? frames.subList(0, n) : frames.subList(frames.size() - n, frames.size());
    }

    private static void chain(PyBaseException value, PyError carrier, Map<String, List<String>> sources,
            StringBuilder b, Map<PyBaseException, Boolean> seen, Integer limit) {
        seen.put(value, Boolean.TRUE);
        PyBaseException cause = value.cause();
        PyBaseException context = value.context();
        if (cause != null && !seen.containsKey(cause)) {
            chain(cause, cause.carrier(), sources, b, seen, limit);
            b.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context != null && !value.suppressContext() && !seen.containsKey(context)) {
            chain(context, context.carrier(), sources, b, seen, limit);
            b.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<PyError.Frame> frames = limited(carrier.traceback(), limit);
        if (!frames.isEmpty()) {
            b.append("Traceback (most recent call last):\n");
            PyError.Frame previous = null;
            int repeats = 0;
            for (PyError.Frame fr : frames) {
                if (fr.equals(previous)) {
                    repeats++;
                    if (repeats >= 3) {
                        continue;
                    }
                } else {
                    flushRepeats(b, repeats);
                    repeats = 0;
                }
                previous = fr;
                b.append("  File \"").append(fr.file()).append("\", line ").append(fr.line()).append(", in ")
                        .append(fr.function()).append('\n');
                List<String> lines = sources.get(fr.file());
                if (fr.text() != null) {
                    b.append("    ").append(fr.text()).append('\n');
                    if (fr.carets() != null) {
                        int from = fr.text().indexOf(fr.carets());
                        b.append("    ").append(" ".repeat(from)).append("^".repeat(fr.carets().length())).append('\n');
                    }
                } else if (lines != null && fr.line() >= 1 && fr.line() <= lines.size()) {
                    String src = lines.get(fr.line() - 1).strip();
                    if (!src.isEmpty()) {
                        b.append("    ").append(src).append('\n');
                    }
                }
            }
            flushRepeats(b, repeats);
        }
        if (value.report() != null) {
            b.append(value.report());
        } else {
            b.append(lastLine(value)).append('\n');
        }
    }

    private static void flushRepeats(StringBuilder b, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            b.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }

    /** A compile-time error as CPython prints it: file and line, the source line, a caret, the message. */
    public static String syntaxError(socklab.lang.PySyntaxError e, String filename) {
        StringBuilder b = new StringBuilder();
        b.append("  File \"").append(filename).append("\", line ").append(e.pos().line()).append('\n');
        String text = e.lineText() == null ? "" : e.lineText();
        String stripped = text.stripLeading();
        // A blank line is quoted only when the error points into it with a caret.
        if (!stripped.isEmpty() || e.lineText() != null && e.showsCaret()) {
            int indent = text.length() - stripped.length();
            b.append("    ").append(stripped.stripTrailing()).append('\n');
            if (e.showsCaret() && e.pos().col() > 0 || stripped.isEmpty()) {
                int caret = Math.max(0, Math.min(e.pos().col() - 1 - indent, stripped.length()));
                int width = Math.max(1, e.endCol() - e.pos().col());
                b.append("    ").append(" ".repeat(caret)).append("^".repeat(width)).append("\n");
            }
        }
        b.append(e.typeName()).append(": ").append(e.getMessage()).append('\n');
        return b.toString();
    }

    /** The closing "Type: message" line. */
    public static String lastLine(PyBaseException value) {
        String message = value.str();
        String hint = value.suggestion();
        if (hint != null) {
            message += ". Did you mean: '" + hint + "'?";
        }
        String name = value.type().qualifiedName();
        return message.isEmpty() ? name : name + ": " + message;
    }
}
