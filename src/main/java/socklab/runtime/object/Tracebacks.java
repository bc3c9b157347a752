package socklab.runtime.object;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import socklab.text.WideChars;

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

    public static List<PyError.Frame> limited(List<PyError.Frame> frames, Integer limit) {
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
            frames(frames, sources, b);
        }
        if (value.report() != null) {
            b.append(value.report());
        } else {
            b.append(lastLine(value)).append('\n');
        }
    }

    /** The "  File …" entries of frames, outermost first, with their source lines and markers (the traceback module's format_tb). */
    public static String frames(List<PyError.Frame> frames, Map<String, List<String>> sources) {
        StringBuilder b = new StringBuilder();
        frames(frames, sources, b);
        return b.toString();
    }

    private static void frames(List<PyError.Frame> frames, Map<String, List<String>> sources, StringBuilder b) {
        PyError.Frame previous = null;
        int repeats = 0;
        for (PyError.Frame fr : frames) {
            if (sameLine(fr, previous)) {
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
            String raw = sourceLine(fr, sources);
            if (raw != null && !raw.isBlank()) {
                b.append("    ").append(raw.stripLeading()).append('\n');
                if (fr.span() != null) {
                    markers(raw, fr.span(), b);
                }
            }
        }
        flushRepeats(b, repeats);
    }

    /** The source line a frame quotes: its own text (a library frame's), else the session's copy of its file; null if unknown. */
    public static String sourceLine(PyError.Frame fr, Map<String, List<String>> sources) {
        List<String> lines = sources.get(fr.file());
        return fr.text() != null ? fr.text()
                : lines != null && fr.line() >= 1 && fr.line() <= lines.size() ? lines.get(fr.line() - 1) : null;
    }

    /** CPython counts a frame as a repeat of the one before when file, line and function agree. */
    private static boolean sameLine(PyError.Frame fr, PyError.Frame previous) {
        return previous != null && fr.file().equals(previous.file()) && fr.line() == previous.line()
                && fr.function().equals(previous.function());
    }

    /**
     * The line under a quoted source line that marks the failing instruction, as CPython 3.11 draws
     * it: ^ under the range, or ~ under operands with ^ under the operator (or the [index]). A range
     * running on to later lines is marked to the end of its first; nothing is drawn when plain ^
     * would cover the whole quoted line.
     */
    private static void markers(String raw, PyError.Span span, StringBuilder b) {
        int indent = raw.length() - raw.stripLeading().length();
        int start = span.col();
        boolean oneLine = span.endLine() == span.line();
        int end = oneLine ? Math.min(span.endCol(), raw.length()) : raw.stripTrailing().length();
        if (start < indent || start >= end) {
            return;
        }
        int[] anchors = oneLine ? anchors(raw, span, end) : null;
        if (anchors == null && end - start >= raw.length() - indent) {
            return;
        }
        // Wide characters take two columns on a terminal: the markers stay under what they mark.
        b.append("    ").append(" ".repeat(WideChars.width(raw, indent, start)));
        for (int i = start; i < end; i += Character.charCount(raw.codePointAt(i))) {
            char mark = anchors != null && (i < anchors[0] || i >= anchors[1]) ? '~' : '^';
            b.append(String.valueOf(mark).repeat(WideChars.width(raw.codePointAt(i))));
        }
        b.append('\n');
    }

    /** The columns [from, to) of a binary operator or of a subscript's [index] inside the marked range, or null. */
    private static int[] anchors(String line, PyError.Span span, int end) {
        if (span.anchor() == PyError.Span.Anchor.OPERATOR) {
            int rightStart = Math.min(span.innerTo(), end);
            for (int i = span.innerFrom(); i < rightStart; i++) {
                if (Character.isWhitespace(line.charAt(i))) {
                    continue;
                }
                // A two-character operator (//, **, <<) is marked whole.
                int to = i + 1 < rightStart && !Character.isWhitespace(line.charAt(i + 1)) ? i + 2 : i + 1;
                // A closing parenthesis of the left operand is not the operator: look further.
                if (line.charAt(i) != ')' || i + 1 >= rightStart) {
                    return new int[] {i, to};
                }
            }
            return null;
        }
        if (span.anchor() == PyError.Span.Anchor.INDEX) {
            int from = span.innerFrom();
            while (from < end && line.charAt(from) != '[') {
                from++;
            }
            int to = span.innerTo() + 1;
            while (to < end && line.charAt(to) != ']') {
                to++;
            }
            return new int[] {from, to < end ? to + 1 : to};
        }
        return null;
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
