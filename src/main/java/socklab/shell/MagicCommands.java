package socklab.shell;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The registry of % commands (IPython's convention). The shell registers %help, %lang, %history,
 * %reset and %who; lessons and classroom tools add theirs with {@link #register}. Each command's
 * one-line help is a catalogue key, so %help speaks the chosen language.
 */
public final class MagicCommands {
    /** What a % command does; args is the rest of the line, trimmed. */
    @FunctionalInterface
    public interface Handler {
        void run(MagicContext ctx, String args);
    }

    /** A registered command; argumentChoices feeds Tab completion of its first argument. */
    public record Command(String name, String helpKey, Handler handler,
            Supplier<? extends Collection<String>> argumentChoices) {}

    private final Map<String, Command> commands = new TreeMap<>();

    /** A registry holding the shell's own commands, ready for lessons and tools to add theirs. */
    public static MagicCommands withBuiltins() {
        MagicCommands m = new MagicCommands();
        BuiltinMagics.install(m);
        return m;
    }

    public void register(String name, String helpKey, Handler handler) {
        register(name, helpKey, handler, List::of);
    }

    public void register(String name, String helpKey, Handler handler,
            Supplier<? extends Collection<String>> argumentChoices) {
        commands.put(name, new Command(name, helpKey, handler, argumentChoices));
    }

    public Optional<Command> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    public Collection<Command> all() {
        return commands.values();
    }

    /** True for a line the shell must hand to {@link #execute} rather than to Python. */
    public static boolean isMagic(String line) {
        return line.strip().startsWith("%") && line.strip().indexOf('\n') < 0;
    }

    /** Runs a "%name args" line, or says the command is unknown. */
    public void execute(String line, MagicContext ctx) {
        String body = line.strip().substring(1);
        int space = body.indexOf(' ');
        String name = space < 0 ? body : body.substring(0, space);
        String args = space < 0 ? "" : body.substring(space + 1).strip();
        Command c = commands.get(name);
        if (c == null) {
            ctx.println(ctx.messages().get("magic.unknown", name));
        } else {
            c.handler().run(ctx, args);
        }
    }
}
