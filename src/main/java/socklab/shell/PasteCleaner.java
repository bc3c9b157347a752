package socklab.shell;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import socklab.lang.InteractiveInput;

/**
 * Turns code copied from the tutorial's web page into the Python it shows: drops `>>> `, `... `,
 * `#>>> ` prompts and `- ` list bullets, output lines between prompted lines, and replaces the
 * page's typographic quotes and full-width punctuation outside string literals. Typed code passes
 * through unchanged: none of these forms is valid Python.
 */
public final class PasteCleaner {
    /** A kind of clean-up, named in the one dim line the shell prints; key is its catalogue key. */
    public enum Fix {
        PROMPTS("paste.fix.prompts"),
        BULLETS("paste.fix.bullets"),
        OUTPUT("paste.fix.output"),
        QUOTES("paste.fix.quotes"),
        FULLWIDTH("paste.fix.fullwidth");

        public final String key;

        Fix(String key) {
            this.key = key;
        }
    }

    /** The cleaned text and what was done to it (empty when it was already Python). */
    public record Result(String text, Set<Fix> fixes) {
        public boolean changed() {
            return !fixes.isEmpty();
        }
    }

    /** A bullet's text that is surely a statement: a prompt, a comment, or a call like print(x). */
    private static final Pattern BULLETED_CODE = Pattern.compile("^(?:[#>.]|[A-Za-z_][\\w.]*\\s*\\().*");
    private static final String FULLWIDTH = "，（）：；【】";
    private static final String ASCII = ",():;[]";

    private PasteCleaner() {}

    public static Result clean(String text) {
        Set<Fix> fixes = EnumSet.noneOf(Fix.class);
        String[] lines = text.split("\n", -1);
        List<String> code = new ArrayList<>();
        List<Boolean> prompted = new ArrayList<>();
        boolean promptsAround = text.contains(">>>");
        for (String line : lines) {
            boolean[] hadPrompt = {false};
            code.add(stripPrefixes(line, fixes, hadPrompt, promptsAround));
            prompted.add(hadPrompt[0]);
        }
        boolean anyPrompt = prompted.contains(Boolean.TRUE);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.size(); i++) {
            String line = code.get(i);
            boolean last = i == code.size() - 1;
            if (anyPrompt && !prompted.get(i) && !line.isBlank()) {
                fixes.add(Fix.OUTPUT);
                continue;
            }
            out.append(normalisePunctuation(line, fixes));
            if (!last) {
                out.append('\n');
            }
        }
        return new Result(out.toString(), fixes);
    }

    /** A bare "..." is Ellipsis when typed, and an empty continuation line among prompted lines. */
    private static String stripPrefixes(String line, Set<Fix> fixes, boolean[] hadPrompt, boolean promptsAround) {
        String s = line;
        while (true) {
            if (s.startsWith("- ") && bulletIsMarker(s)) {
                s = s.substring(2);
                fixes.add(Fix.BULLETS);
            } else if (s.startsWith("#>>>") || s.startsWith(">>>")) {
                s = dropOneSpace(s.substring(s.indexOf(">>>") + 3));
                fixes.add(Fix.PROMPTS);
                hadPrompt[0] = true;
            } else if (s.startsWith("... ") || (s.equals("...") && promptsAround)) {
                s = dropOneSpace(s.substring(3));
                fixes.add(Fix.PROMPTS);
                hadPrompt[0] = true;
            } else {
                return s;
            }
        }
    }

    /** "- x" may be Python (minus x); it is a bullet when what follows is clearly code or the line does not compile. */
    private static boolean bulletIsMarker(String line) {
        return BULLETED_CODE.matcher(line.substring(2)).matches()
                || InteractiveInput.decide(line) instanceof InteractiveInput.Status.Error;
    }

    private static String dropOneSpace(String s) {
        return s.startsWith(" ") ? s.substring(1) : s;
    }

    /** Replaces ‘ ’ “ ” and full-width punctuation outside ASCII string literals and comments. */
    private static String normalisePunctuation(String line, Set<Fix> fixes) {
        StringBuilder b = new StringBuilder(line.length());
        char quote = 0;
        boolean typographic = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && !typographic && i + 1 < line.length()) {
                    b.append(c).append(line.charAt(++i));
                } else if (c == quote || (typographic && asciiQuote(c) == quote)) {
                    if (c != quote) {
                        fixes.add(Fix.QUOTES);
                    }
                    b.append(quote);
                    quote = 0;
                } else {
                    b.append(c);
                }
            } else if (c == '#') {
                b.append(line, i, line.length());
                break;
            } else if (c == '\'' || c == '"') {
                quote = c;
                typographic = false;
                b.append(c);
            } else if (asciiQuote(c) != 0) {
                quote = asciiQuote(c);
                typographic = true;
                b.append(quote);
                fixes.add(Fix.QUOTES);
            } else if (FULLWIDTH.indexOf(c) >= 0) {
                b.append(ASCII.charAt(FULLWIDTH.indexOf(c)));
                fixes.add(Fix.FULLWIDTH);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The ASCII quote a typographic quote stands for, or 0. */
    private static char asciiQuote(char c) {
        return switch (c) {
            case '\u2018', '\u2019' -> '\'';
            case '\u201c', '\u201d' -> '"';
            default -> 0;
        };
    }
}
