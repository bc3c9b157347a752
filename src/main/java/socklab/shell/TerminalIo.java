package socklab.shell;

import java.io.PrintWriter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Io;
import socklab.runtime.object.Py;

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
    /** The prompt's editor: while it reads, output from threads goes above the line being edited. */
    private volatile LineReader editor;
    private static final String PAINT_WIDGET = "socklab-paint";
    private Runnable paintNow = () -> { };
    /** A thread's output not yet ended by a newline while the prompt is shown. */
    private final StringBuilder above = new StringBuilder();

    TerminalIo(Terminal terminal, Styles styles) {
        this.terminal = terminal;
        this.writer = terminal.writer();
        this.styles = styles;
    }

    @Override
    public void traceback(String text) {
        err(styles.traceback(text));
    }

    void setEditor(LineReader editor) {
        this.editor = editor;
        editor.getWidgets().put(PAINT_WIDGET, () -> {
            paintNow.run();
            return true;
        });
    }

    /**
     * Runs a drawing of socklab's own (the class table at the foot of the screen) inside the line
     * editor, so its escape sequences never interleave with the editor's; false (nothing drawn)
     * while no prompt is shown, since then the learner's program owns the screen.
     */
    synchronized boolean paintWhileEditing(Runnable paint) {
        LineReader r = editor;
        if (r == null || !r.isReading()) {
            return false;
        }
        paintNow = paint;
        try {
            r.callWidget(PAINT_WIDGET);
            return true;
        } catch (IllegalStateException e) {
            return false; // the prompt was just accepted: the next drawing will do
        } finally {
            paintNow = () -> { };
        }
    }

    @Override
    public void out(String text) {
        if (!printAbovePrompt(text)) {
            writer.print(text);
            if (text.indexOf('\n') >= 0) {
                writer.flush();
            }
        }
    }

    @Override
    public void err(String text) {
        if (!printAbovePrompt(text)) {
            writer.print(text);
            writer.flush();
        }
    }

    /** While the prompt is being edited, whole lines go above it so the learner's line stays intact. */
    private synchronized boolean printAbovePrompt(String text) {
        LineReader r = editor;
        if (r == null || !r.isReading()) {
            return false;
        }
        above.append(text);
        int nl = above.lastIndexOf("\n");
        if (nl >= 0) {
            r.printAbove(above.substring(0, nl));
            above.delete(0, nl + 1);
        }
        return true;
    }

    /** The terminal's width now (the window may have been resized since the last line). */
    @Override
    public int columns() {
        int width = terminal.getWidth();
        return width > 0 ? width : Io.super.columns();
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
