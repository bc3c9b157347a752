package socklab.runtime.object;

import socklab.text.Wrap;

/**
 * The interpreter's connection to the outside world, passed in so tests, the piped runner and the
 * JLine shell each supply their own (SimpleLanguage's rule: no code here touches System.in/out).
 */
public interface Io {
    void out(String text);

    void err(String text);

    void flush();

    /** Writes an uncaught error's report (a terminal may colour it); plain stderr otherwise. */
    default void traceback(String text) {
        err(text);
    }

    /**
     * Writes socklab's own text for the person at the keyboard (a lesson's step, a partner's
     * report), whole lines, wrapped to the width; a transcript tells it apart from program output.
     */
    default void prose(String text) {
        out(Wrap.wrap(text, columns()));
    }

    /** How many columns a line of socklab's own text may take: the terminal's width, or 80 when there is none. */
    default int columns() {
        return 80;
    }

    /** Reads a line for input(), without its newline; null at end of input. */
    String readLine(String prompt);

    /**
     * Asks the person at the keyboard a question of socklab's own (a lesson's "show the solution?"),
     * which, unlike input(), must take just one line of the session; null at end of input.
     */
    default String ask(String prompt) {
        return readLine(prompt);
    }
}
