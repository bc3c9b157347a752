package socklab.classroom;

/** What a student may be called in the table: short, printable, one line. */
final class StudentNames {
    static final int MAX_LENGTH = 24;

    private StudentNames() {}

    /** The name with outer spaces trimmed, or null when it is empty, too long or holds other characters. */
    static String clean(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        int length = n.codePointCount(0, n.length());
        if (length == 0 || length > MAX_LENGTH) {
            return null;
        }
        boolean ok = n.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '-' || c == '_');
        return ok ? n : null;
    }
}
