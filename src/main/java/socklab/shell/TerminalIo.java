package socklab.shell;

import java.io.PrintWriter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import socklab.runtime.ExcTypes;
import socklab.runtime.Io;
import socklab.runtime.Py;

/**
 * Io on a terminal: stdout (line-buffered, as CPython's on a tty) and stderr both go to the screen;
 * input() gets line editing, Ctrl-C in it
 * raises KeyboardInterrupt and Ctrl-D gives EOFError, as in CPython.
 */
final class TerminalIo implements Io {
    private final Terminal terminal;
    private final PrintWriter writer;
    private final Styles styles;
    private LineReader inputReader;

    TerminalIo(Terminal terminal, Styles styles) {
        this.terminal = terminal;
        this.writer = terminal.writer();
        this.styles = styles;
    }

    @Override
    public void traceback(String text) {
        err(styles.traceback(text));
    }

    @Override
    public void out(String text) {
        writer.print(text);
        if (text.indexOf('\n') >= 0) {
            writer.flush();
        }
    }

    @Override
    public void err(String text) {
        writer.print(text);
        writer.flush();
    }

    @Override
    public void flush() {
        writer.flush();
    }

    @Override
    public String readLine(String prompt) {
        if (inputReader == null) {
            inputReader = LineReaderBuilder.builder().terminal(terminal)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
        }
        try {
            return inputReader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw Py.error(ExcTypes.KeyboardInterrupt);
        } catch (EndOfFileException e) {
            return null;
        }
    }
}
