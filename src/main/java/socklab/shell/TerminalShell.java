package socklab.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import socklab.i18n.Messages;
import socklab.runtime.Interpreter;
import socklab.runtime.RunResult;
import socklab.runtime.object.Io;

/**
 * The shell on a terminal: the one REPL loop over a {@link TerminalSource}, with localised help
 * pages and a teaching hint after a beginner's usual mistakes. The root wires lessons onto it.
 */
public final class TerminalShell {
    private final Repl repl;
    private final TerminalIo io;
    private final Messages messages;
    private final String version;

    public TerminalShell(Terminal terminal, Function<Io, Interpreter> sessions, MagicCommands commands, Messages messages,
            Path home, String version, Map<String, String> env) {
        this.messages = messages;
        this.version = version;
        Styles styles = Styles.decide(terminal, env);
        this.io = new TerminalIo(terminal, styles);
        Interpreter interp = sessions.apply(io);
        interp.setHelpProvider(new HelpPages(interp, messages));
        interp.subscribe(result -> hint(result, styles));
        this.repl = new Repl(interp, new TerminalSource(terminal, io, styles, interp, commands, messages, home), commands, messages);
    }

    public Repl repl() {
        return repl;
    }

    /** The command registry the shell reads (lessons and tests add to it). */
    public MagicCommands commands() {
        return repl.commands();
    }

    /** See {@link TerminalIo#paintWhileEditing}: how a tool draws at the foot of the screen while the learner types. */
    public boolean paintWhileEditing(Runnable paint) {
        return io.paintWhileEditing(paint);
    }

    /** The Io the learner's code writes to (the lesson coach prints its feedback there too). */
    public Io io() {
        return io;
    }

    /**
     * Greets, runs the first command if there is one (--lesson ID's %lesson ID), then the loop until
     * Ctrl-D, exit or quit; closes every socket; returns the exit status.
     */
    public int run(String firstCommand) {
        return run(firstCommand == null ? List.of() : List.of(firstCommand));
    }

    /** As {@link #run(String)}, with several first commands (--join's %join, then --lesson's). */
    public int run(List<String> firstCommands) {
        repl.println(messages.get("welcome", version));
        try {
            firstCommands.forEach(repl::runCommand);
            return repl.run();
        } finally {
            repl.interpreter().shutdown();
        }
    }

    /**
     * python3 -i on a terminal: runs the program (a script or -c command; its exit status comes
     * back), then, unless it could not start (status 2), the prompt without a greeting, as CPython's.
     */
    public int inspect(IntSupplier program) {
        try {
            int[] status = {0};
            repl.runProgram(() -> status[0] = program.getAsInt());
            return status[0] == 2 ? 2 : repl.run();
        } finally {
            repl.interpreter().shutdown();
        }
    }

    private void hint(RunResult result, Styles styles) {
        if (result.error() == null || result.error().exception() == null) {
            return;
        }
        String key = Hints.keyFor(result.error().exception(), result.source());
        if (key != null) {
            repl.println(styles.hint(messages.get(key)));
        }
    }
}
