package socklab.shell;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine which word Tab completes: the dotted name (or %command) right before the cursor.
 * Whether Enter ends the input is decided by {@link BlockAcceptWidget}, not here.
 */
final class WordParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        int start = cursor;
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        return new Word(line, cursor, line.substring(start, cursor));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '%';
    }

    private record Word(String line, int cursor, String word) implements CompletingParsedLine {
        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }

        /** Python names need no quoting: candidates are inserted as they are. */
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }
    }
}
