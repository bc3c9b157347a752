package socklab.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import socklab.Sessions;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Io;
import socklab.runtime.RunResult;

/** One quiet interpreter for fuzz inputs, and the rule every input must keep: errors are Python's, never Java's. */
final class FuzzSession {
    /** Words that would mean a Java failure reached the learner. */
    private static final Set<String> JAVA_WORDS = Set.of("java.", "Exception:", "socklab.", "NullPointer", "ClassCast", "IndexOutOfBounds");

    private final StringBuilder shown = new StringBuilder();
    private final Interpreter interp = Sessions.create(new Io() {
        @Override
        public void out(String text) {
            remember(text);
        }

        @Override
        public void err(String text) {
            remember(text);
        }

        @Override
        public void flush() {
        }

        @Override
        public String readLine(String prompt) {
            return null;
        }
    });

    private void remember(String text) {
        // Only the end matters: a traceback's last line names the error.
        shown.append(text);
        if (shown.length() > 4096) shown.delete(0, shown.length() - 4096);
    }

    /**
     * A Python string literal holding text exactly, whatever it contains. Messages may quote an
     * argument back, so a fuzzed argument must not be able to spell a Java name itself: callers
     * that check messages pass text without dots.
     */
    static String literal(String text) {
        StringBuilder b = new StringBuilder("'");
        text.codePoints().forEach(cp -> b.append(String.format("\\U%08x", cp)));
        return b.append('\'').toString();
    }

    /** Runs source as one script and checks that whatever happened was reported as Python would. */
    void runChecked(String source) {
        runChecked(source, true);
    }

    /**
     * As runChecked, but the printed text is checked only when asked: a SyntaxError's report
     * quotes the fuzzed source line, which may spell anything.
     */
    void runChecked(String source, boolean checkPrinted) {
        shown.setLength(0);
        RunResult result = interp.run(source, "<fuzz>", Interpreter.Mode.SCRIPT);
        if (result.error() != null) {
            assertNotEquals("SystemError", result.error().type(), () -> source + " -> " + result.error().message());
            String message = String.valueOf(result.error().message());
            for (String word : JAVA_WORDS) {
                assertFalse(message.contains(word), () -> source + " -> " + message);
            }
        }
        String text = shown.toString();
        for (String word : checkPrinted ? JAVA_WORDS : Set.<String>of()) {
            assertFalse(text.contains(word), () -> source + " printed " + text);
        }
    }
}
