package socklab.lang;

/** The lines of a source text by number, so errors can quote the line they point at. */
final class SourceLines {
    private final String src;
    private final int[] starts;

    SourceLines(String src) {
        this.src = src;
        int n = 1;
        for (int k = 0; k < src.length(); k++) if (isBreak(k)) n++;
        starts = new int[n];
        int line = 1;
        for (int k = 0; k < src.length(); k++) if (isBreak(k)) starts[line++] = k + 1;
    }

    private boolean isBreak(int k) {
        char c = src.charAt(k);
        return c == '\n' || (c == '\r' && (k + 1 >= src.length() || src.charAt(k + 1) != '\n'));
    }

    /** Line {@code n} (1-based) without its line break; empty when out of range. */
    String get(int n) {
        if (n < 1 || n > starts.length) return "";
        int s = starts[n - 1];
        int e = s;
        while (e < src.length() && src.charAt(e) != '\n' && src.charAt(e) != '\r') e++;
        return src.substring(s, e);
    }
}
