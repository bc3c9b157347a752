package socklab.classroom;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diagram's colours, one choice for the terminal and the SVG alike: each socket state has
 * its colour (listening cyan, connected green, half-closed yellow, closed red), the partner
 * magenta. The words are found in the plain picture, so the layout never depends on colour.
 */
final class Painter {
    private static final Pattern WORDS = Pattern.compile(
            "\\b(LISTEN|ESTABLISHED|CONNECTED|CLOSE_WAIT|SYN_SENT|CLOSED|UNBOUND|BOUND)\\b");

    private Painter() {}

    /** A line with ANSI colours for a terminal. */
    static String ansi(String line) {
        return paint(line, (word, text) -> "\u001b[" + sgr(word) + "m" + text + "\u001b[0m", s -> s);
    }

    /** A line as SVG text content: escaped for XML, coloured with tspans. */
    static String svg(String line) {
        return paint(line, (word, text) -> "<tspan fill=\"" + rgb(word) + "\">" + escape(text) + "</tspan>", Painter::escape);
    }

    private interface Wrap {
        String apply(String word, String text);
    }

    private static String paint(String line, Wrap wrap, java.util.function.UnaryOperator<String> plain) {
        Matcher mt = WORDS.matcher(line);
        StringBuilder b = new StringBuilder();
        int at = 0;
        while (mt.find()) {
            b.append(plain.apply(line.substring(at, mt.start()))).append(wrap.apply(mt.group(1), mt.group()));
            at = mt.end();
        }
        return b.append(plain.apply(line.substring(at))).toString();
    }

    private static String sgr(String word) {
        return switch (word) {
            case "LISTEN" -> "1;36";
            case "ESTABLISHED", "CONNECTED" -> "1;32";
            case "CLOSE_WAIT", "SYN_SENT" -> "1;33";
            case "CLOSED" -> "1;31";
            default -> "2";
        };
    }

    private static String rgb(String word) {
        return switch (word) {
            case "LISTEN" -> "#00838f";
            case "ESTABLISHED", "CONNECTED" -> "#2e7d32";
            case "CLOSE_WAIT", "SYN_SENT" -> "#b26a00";
            case "CLOSED" -> "#c62828";
            default -> "#616161";
        };
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
