package socklab.shell;

import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import socklab.lang.Lexer;
import socklab.lang.Pos;
import socklab.lang.PySyntaxError;
import socklab.lang.Token;

/**
 * Colours input as it is typed, from the language's own lexer: keywords, str and bytes literals,
 * numbers, comments, % commands, and in red what the lexer rejects.
 */
final class PyHighlighter implements Highlighter {
    private final Styles styles;

    PyHighlighter(Styles styles) {
        this.styles = styles;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!styles.enabled()) {
            return new AttributedString(buffer);
        }
        if (MagicCommands.isMagic(buffer)) {
            return new AttributedString(buffer, styles.magic());
        }
        AttributedStyle[] style = new AttributedStyle[buffer.length()];
        int[] lineStarts = lineStarts(buffer);
        Lexer.Partial lexed = Lexer.lexPartial(buffer);
        for (Token t : lexed.tokens()) {
            AttributedStyle s = styleOf(t);
            if (s != null) {
                int from = offset(lineStarts, t.pos());
                fill(style, from, Math.min(buffer.length(), from + t.text().length()), s);
            }
        }
        PySyntaxError error = lexed.error();
        if (error != null && error.pos().line() > 0) {
            int from = offset(lineStarts, error.pos());
            boolean openString = error.getMessage().startsWith("unterminated");
            fill(style, from, openString ? buffer.length() : Math.min(buffer.length(), from + 1),
                    openString ? styles.string() : styles.error());
        }
        colourComments(buffer, style);
        AttributedStringBuilder b = new AttributedStringBuilder(buffer.length());
        for (int i = 0; i < buffer.length(); i++) {
            b.style(style[i] == null ? AttributedStyle.DEFAULT : style[i]).append(buffer.charAt(i));
        }
        return b.toAttributedString();
    }

    private AttributedStyle styleOf(Token t) {
        return switch (t.kind()) {
            case NAME -> Lexer.keywords().contains(t.text()) ? styles.keyword() : null;
            case NUMBER -> styles.number();
            case STRING -> t.value() instanceof Token.StringToken s && s.isBytes() ? styles.bytes() : styles.string();
            case ERROR -> styles.error();
            default -> null;
        };
    }

    /** A '#' that no token covers starts a comment running to the end of its line. */
    private void colourComments(String buffer, AttributedStyle[] style) {
        for (int i = 0; i < buffer.length(); i++) {
            if (buffer.charAt(i) == '#' && style[i] == null) {
                int end = buffer.indexOf('\n', i);
                end = end < 0 ? buffer.length() : end;
                fill(style, i, end, styles.comment());
                i = end;
            }
        }
    }

    private static void fill(AttributedStyle[] style, int from, int to, AttributedStyle s) {
        for (int i = Math.max(0, from); i < to; i++) {
            style[i] = s;
        }
    }

    private static int[] lineStarts(String buffer) {
        int[] starts = new int[(int) buffer.chars().filter(c -> c == '\n').count() + 1];
        int n = 1;
        for (int i = 0; i < buffer.length(); i++) {
            if (buffer.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }

    private static int offset(int[] lineStarts, Pos p) {
        int line = Math.max(1, Math.min(p.line(), lineStarts.length));
        return lineStarts[line - 1] + Math.max(0, p.col() - 1);
    }
}
