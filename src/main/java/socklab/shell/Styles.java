package socklab.shell;

import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStyle;

/** The one place that decides whether to colour (NO_COLOR, TERM=dumb) and which colour means what. */
final class Styles {
    private static final String RESET = "\u001b[0m";
    private final boolean colour;

    Styles(boolean colour) {
        this.colour = colour;
    }

    /** Colour unless NO_COLOR is set (https://no-color.org) or the terminal is dumb. */
    static Styles decide(Terminal terminal, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        boolean dumb = "dumb".equals(env.get("TERM")) || terminal.getType().startsWith(Terminal.TYPE_DUMB);
        return new Styles((noColor == null || noColor.isEmpty()) && !dumb);
    }

    boolean enabled() {
        return colour;
    }

    String prompt(String p) {
        return paint("1;35", p);
    }

    /** Side remarks: what a paste cleaning did, signatures. */
    String dim(String s) {
        return paint("2", s);
    }

    String hint(String s) {
        return paint("33", s);
    }

    /** CPython 3.13's traceback colours: file and line in magenta, the exception line in red. */
    String traceback(String text) {
        if (!colour) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("  File \"")) {
                b.append(line.replaceFirst("^  File (\"[^\"]*\"), line (\\d+)",
                        "  File \u001b[35m$1" + RESET + ", line \u001b[35m$2" + RESET));
            } else if (isExceptionLine(line)) {
                int colon = line.indexOf(": ");
                b.append(colon < 0 ? paint("1;31", line)
                        : paint("1;31", line.substring(0, colon)) + ": " + paint("31", line.substring(colon + 2)));
            } else {
                b.append(line);
            }
            b.append('\n');
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    private static boolean isExceptionLine(String line) {
        return !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("Traceback (")
                && !line.startsWith("During handling") && !line.startsWith("The above exception");
    }

    private String paint(String sgr, String s) {
        return colour ? "\u001b[" + sgr + "m" + s + RESET : s;
    }

    AttributedStyle keyword() {
        return AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    }

    AttributedStyle string() {
        return AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    }

    /** Bytes stand apart from str: telling them apart is half of socket programming. */
    AttributedStyle bytes() {
        return AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    }

    AttributedStyle number() {
        return AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    }

    AttributedStyle comment() {
        return AttributedStyle.DEFAULT.faint();
    }

    AttributedStyle error() {
        return AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
    }

    AttributedStyle magic() {
        return AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    }
}
