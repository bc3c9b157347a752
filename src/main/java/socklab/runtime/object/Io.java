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

    /** sys.stdout.buffer.write: bytes as they are; a terminal, which shows text, gets them decoded. */
    default void outBytes(byte[] data) {
        out(new String(data, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** sys.stderr.buffer.write, the same for stderr. */
    default void errBytes(byte[] data) {
        err(new String(data, java.nio.charset.StandardCharsets.UTF_8));
    }

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
     * sys.stdin.readline(limit): the next line of stdin, its newline kept when it had one, cut after
     * limit characters when limit is positive (the rest stays for the next read); "" at end of input.
     * input() and sys.stdin share what has been read. A terminal hands over whole lines at Enter.
     */
    default String stdinLine(long limit) {
        String line = readLine("");
        return line == null ? "" : line + "\n";
    }

    /**
     * Whether reading stdin would not block now, for select() on sys.stdin as a chat client calls it:
     * a line or the end of input is there. Asking may start looking ahead, so ask again later.
     */
    default boolean stdinReady() {
        return false;
    }

    /** Whether stdin and stdout are a terminal, as sys.stdin.isatty() tells a program. */
    default boolean isTerminal() {
        return false;
    }

    /**
     * Asks the person at the keyboard a question of socklab's own (a lesson's "show the solution?"),
     * which, unlike input(), must take just one line of the session; null at end of input.
     */
    default String ask(String prompt) {
        return readLine(prompt);
    }
}
