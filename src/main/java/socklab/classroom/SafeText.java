package socklab.classroom;

import java.util.regex.Pattern;

/**
 * What may be printed of text that came over a class connection. The other end may be anyone who
 * knows the code (or, for a student, anyone on the network), and a terminal obeys escape
 * sequences: ids and type names must look like ids and type names, and shared code loses its
 * control characters, so nothing received can move the cursor, clear a screen or retitle a window.
 */
final class SafeText {
    /** A lesson or step id as the lessons spell them. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    /** An exception's type name, such as OSError or socket.timeout. */
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,79}");

    private SafeText() {}

    static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }

    /** The type name, or null when it is none (or not one). */
    static String typeName(String s) {
        return s != null && TYPE_NAME.matcher(s).matches() ? s : null;
    }

    /** Code as sent, without control characters other than newlines and tabs. */
    static String code(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == '\n' || c == '\t' || Character.getType(c) != Character.CONTROL).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
