package socklab.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import socklab.i18n.Messages;
import socklab.runtime.Interpreter;
import socklab.runtime.StateFile;
import socklab.runtime.object.ThreadState;

/**
 * Input from a terminal, in the spirit of CPython 3.13's REPL and IPython: line editing, lasting
 * history, Ctrl-R, whole blocks with auto-indent, completion, highlighting and paste cleaning.
 * Ctrl-C at the prompt starts a fresh prompt; while code runs it raises KeyboardInterrupt.
 */
public final class TerminalSource implements LineSource {
    private static final String PROMPT = ">>> ";
    private static final String CONTINUATION = "... ";
    /** A history of years of typing is far smaller; a bigger file is not ours to load. */
    private static final long MAX_HISTORY_BYTES = 4L << 20;

    private final Terminal terminal;
    private final Messages messages;
    private final Styles styles;
    private final TerminalIo io;
    private final LineReader reader;
    private final BlockAcceptWidget acceptWidget;

    TerminalSource(Terminal terminal, TerminalIo io, Styles styles, Interpreter interp, MagicCommands commands,
            Messages messages, Path home) {
        this.terminal = terminal;
        this.io = io;
        this.styles = styles;
        this.messages = messages;
        Path historyFile = home.resolve("history");
        if (StateFile.read(historyFile, MAX_HISTORY_BYTES) instanceof StateFile.Read.Refused refused) {
            Path aside = StateFile.setAside(historyFile, "bad");
            io.out(messages.get("history.setAside", historyFile, refused.why(), aside == null ? "-" : aside) + "\n");
        }
        // JLine reports a history it cannot write through java.util.logging, with a Java trace: we say it once, in words.
        java.util.logging.Logger.getLogger("org.jline").setLevel(java.util.logging.Level.OFF);
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("socklab")
                .parser(new WordParser())
                .completer(new PyCompleter(interp, commands, styles))
                .highlighter(new PyHighlighter(styles))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, styles.prompt(CONTINUATION))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .option(LineReader.Option.HISTORY_REDUCE_BLANKS, false)
                .build();
        this.acceptWidget = new BlockAcceptWidget(reader, reader.getWidgets().get(LineReader.ACCEPT_LINE));
        reader.getWidgets().put(LineReader.ACCEPT_LINE, acceptWidget);
        io.setEditor(reader);
    }

    @Override
    public String read(boolean continuing, String tag) {
        String prompt = styles.prompt(continuing ? CONTINUATION : PROMPT);
        try {
            String text = reader.readLine(tag.isEmpty() ? prompt : styles.dim(tag) + " " + prompt);
            noteCleaning(acceptWidget.takeCleaning());
            return text;
        } catch (UserInterruptException e) {
            throw new PromptInterrupt();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public boolean givesBlocks() {
        return true;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public boolean colour() {
        return styles.enabled();
    }

    @Override
    public Armed armInterrupt(ThreadState ts) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> ts.requestInterrupt());
        return () -> terminal.handle(Terminal.Signal.INT, previous);
    }

    @Override
    public List<String> history() {
        List<String> lines = new ArrayList<>();
        for (History.Entry e : reader.getHistory()) {
            lines.add(e.line());
        }
        return lines;
    }

    @Override
    public void show(String text) {
        io.out(text);
        io.flush();
    }

    @Override
    public void println(String line) {
        io.out(line + "\n");
        io.flush();
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            println(messages.get("history.unsaved", e.getMessage()));
        }
    }

    private void noteCleaning(PasteCleaner.Result cleaning) {
        if (cleaning == null || !cleaning.changed()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (PasteCleaner.Fix f : cleaning.fixes()) {
            parts.add(messages.get(f.key));
        }
        println(styles.dim(messages.get("paste.cleaned", String.join(messages.get("paste.separator"), parts))));
    }
}
