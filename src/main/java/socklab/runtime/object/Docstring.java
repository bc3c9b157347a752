package socklab.runtime.object;

/**
 * What help() and __doc__ show for a callable written in Java that CPython documents: pydoc's
 * title ("method_descriptor", "function accept in module socket") and signature line, and the
 * docstring. inherited marks a docstring help() finds on a base class while __doc__ is None.
 */
public record Docstring(String title, String signature, String text, boolean inherited) {
    /** What __doc__ gives. */
    public PyObject attribute() {
        return inherited ? PyNone.NONE : new PyStr(text);
    }

    /** help()'s page in pydoc's plain layout; address fills the {ADDRESS} of a default value's repr. */
    public String page(String address) {
        StringBuilder out = new StringBuilder("Help on ").append(title).append(":\n\n")
                .append(signature.replace("{ADDRESS}", address)).append('\n');
        if (!text.isEmpty()) {
            for (String line : cleaned().split("\n", -1)) {
                out.append("    ").append(line).append('\n');
            }
        }
        return out.append('\n').toString();
    }

    /**
     * The docstring as inspect.cleandoc tidies it: tabs expanded, the first line stripped on the
     * left, the common indentation of the others removed, empty lines at either end dropped.
     */
    String cleaned() {
        String[] lines = expandTabs(text).split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String content = lines[i].stripLeading();
            if (!content.isEmpty()) {
                margin = Math.min(margin, lines[i].length() - content.length());
            }
        }
        lines[0] = lines[0].stripLeading();
        for (int i = 1; i < lines.length && margin != Integer.MAX_VALUE; i++) {
            lines[i] = lines[i].length() > margin ? lines[i].substring(margin) : "";
        }
        int from = 0;
        int to = lines.length;
        while (to > from && lines[to - 1].isEmpty()) {
            to--;
        }
        while (from < to && lines[from].isEmpty()) {
            from++;
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, to));
    }

    /** str.expandtabs(): each tab runs to the next column that is a multiple of 8. */
    private static String expandTabs(String s) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (char c : s.toCharArray()) {
            if (c == '\t') {
                int spaces = 8 - column % 8;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return out.toString();
    }
}
