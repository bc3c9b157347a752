package socklab.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import socklab.i18n.Messages;
import socklab.lang.InteractiveInput;
import socklab.runtime.Interpreter;
import socklab.runtime.RunResult;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.ThreadState;
import socklab.runtime.object.Tracebacks;

/**
 * The one read-eval-print loop, over any {@link LineSource}: reads inputs, hands % commands to the
 * one command registry, feeds the rest to CPython's completeness rules and runs each complete
 * input through the interpreter's single entry, with Ctrl-C armed while it runs. Piped mode,
 * the terminal, a plain start, %lesson and --lesson all go round this loop, and so do the lines a
 * presenter's demo types (a {@link Typist} offers them before the keyboard is read).
 */
public final class Repl implements MagicContext {
    private final Interpreter interp;
    private final LineSource source;
    private final MagicCommands commands;
    private final Messages messages;
    private final Set<String> initialNames;
    private Supplier<String> promptTag = () -> "";
    private BooleanSupplier blankLineHandler = () -> false;
    private Predicate<String> answerHandler = line -> false;
    private Typist typist = (continuing, screen) -> null;
    private final List<Runnable> endHooks = new ArrayList<>();

    public Repl(Interpreter interp, LineSource source, MagicCommands commands, Messages messages) {
        this.interp = interp;
        this.source = source;
        this.commands = commands;
        this.messages = messages;
        this.initialNames = new HashSet<>(interp.globals().keySet());
    }

    /** Shows a tag before the prompt on a terminal, such as the active lesson step: "[bind 2/6] >>> ". */
    public void setPromptTag(Supplier<String> promptTag) {
        this.promptTag = promptTag;
    }

    /** Offers an empty line at the prompt to a client (a lesson's explain-only step); true if it took it. */
    public void setBlankLineHandler(BooleanSupplier handler) {
        this.blankLineHandler = handler;
    }

    /**
     * Offers each non-empty line typed at a fresh prompt to a client that may take it as an answer
     * rather than Python (a lesson's prediction or choice); true if it took it. It may run code,
     * so it runs with Ctrl-C armed.
     */
    public void setAnswerHandler(Predicate<String> handler) {
        this.answerHandler = handler;
    }

    /** Lets a typist (a presenter's demo) type lines at the prompt before the keyboard is read. */
    public void setTypist(Typist typist) {
        this.typist = typist;

    }

    /** Runs hook when the loop ends (a class left or closed), unlike the interpreter's shutdown, which %reset also does. */
    public void onEnd(Runnable hook) {
        endHooks.add(hook);
    }

    /** Reads and runs inputs until end of input or exit(); returns the process exit status. */
    public int run() {
        InteractiveInput input = new InteractiveInput();
        try {
            while (true) {
                String text = typist.next(input.isContinuing(), screen);
                boolean block = text == null && source.givesBlocks();
                try {
                    if (text == null) {
                        text = source.read(input.isContinuing(), input.isContinuing() ? "" : promptTag.get());
                    }
                } catch (LineSource.PromptInterrupt e) {
                    input.reset();
                    source.println("KeyboardInterrupt");
                    continue;
                }
                if (text == null) {
                    return !input.isContinuing() || act(input.finish()) ? 0 : interp.exitCode();
                }
                Taken taken = input.isContinuing() ? Taken.PYTHON : takeOutsidePython(text);
                if (taken == Taken.END) {
                    return interp.exitCode();
                }
                if (taken == Taken.PYTHON && !feed(input, text, block)) {
                    return interp.exitCode();
                }
            }
        } finally {
            source.close();
            endHooks.forEach(Runnable::run);
        }
    }

    /** What became of an input at the start of a prompt. */
    private enum Taken { PYTHON, HANDLED, END }

    /** Commands, blank lines a client wants, and the terminal's conveniences are not Python. */
    private Taken takeOutsidePython(String text) {
        String trimmed = text.strip();
        if (MagicCommands.isMagic(text)) {
            runCommand(text);
            return Taken.HANDLED;
        }
        if (trimmed.isEmpty() && blankLineHandler.getAsBoolean()) {
            return Taken.HANDLED;
        }
        if (!trimmed.isEmpty()) {
            boolean[] taken = {false};
            guarded(() -> taken[0] = answerHandler.test(text));
            if (taken[0]) {
                return Taken.HANDLED;
            }
        }
        if (source.interactive() && trimmed.indexOf('\n') < 0) {
            if ((trimmed.equals("exit") || trimmed.equals("quit")) && !interp.globals().containsKey(trimmed)) {
                return Taken.END;
            }
            if (trimmed.equals("help") && !interp.globals().containsKey("help")) {
                println(messages.get("help.intro"));
                return Taken.HANDLED;
            }
            String name = trimmed.replaceAll("\\?+$", "");
            if (trimmed.endsWith("?") && name.matches("[A-Za-z_][\\w.]*")) {
                showHelp(name);
                return Taken.HANDLED;
            }
        }
        return Taken.PYTHON;
    }

    /** Feeds the text line by line; a block from an editor is complete, so it ends as a blank line would. */
    private boolean feed(InteractiveInput input, String text, boolean block) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length || block && input.isContinuing(); i++) {
            InteractiveInput.Status status;
            try {
                status = input.feed(i < lines.length ? lines[i] : "");
            } catch (StackOverflowError | OutOfMemoryError e) {
                input.reset();
                interp.parserExhausted(text, Interpreter.Mode.INTERACTIVE);
                return true;
            }
            if (!act(status)) {
                return false;
            }
        }
        return true;
    }

    /** Acts on one decision of the completeness rules; false when the session must end. */
    private boolean act(InteractiveInput.Status status) {
        if (status instanceof InteractiveInput.Status.Ready ready) {
            RunResult[] result = new RunResult[1];
            guarded(() -> result[0] = interp.run(ready.source(), ready.statements(), "<stdin>", Interpreter.Mode.INTERACTIVE));
            return result[0] == null || result[0].outcome() != RunResult.Outcome.EXIT;
        }
        if (status instanceof InteractiveInput.Status.Error error) {
            interp.syntaxError(error.error(), error.source(), "<stdin>", Interpreter.Mode.INTERACTIVE);
        }
        return true;
    }

    /** Runs a % command line as if it had been typed at the prompt (--lesson ID starts its lesson so). */
    public void runCommand(String line) {
        guarded(() -> commands.execute(line, this));
    }

    /** Runs python3 -i's script or -c command before the first prompt, with Ctrl-C armed as for any input. */
    public void runProgram(Runnable program) {
        guarded(program);
    }

    /** IPython's `x?`: help(x) for a dotted name, looked up by attribute access alone. */
    private void showHelp(String name) {
        // The lookup itself may run learner code (a property, __getattr__): Ctrl-C must reach it too.
        guarded(() -> {
            PyObject value = PyCompleter.resolve(interp, name);
            if (value == null) {
                println(messages.get("help.notfound", name));
                return;
            }
            interp.builtins().get("help").call(new PyObject[] {value}, null);
        });
    }

    /**
     * Runs code with Ctrl-C armed. Learner code reports its own errors through the interpreter; a
     * command's Python error (a KeyboardInterrupt in a lesson's replay) is reported here.
     */
    private void guarded(Runnable code) {
        ThreadState ts = ThreadState.current();
        ts.clearInterrupt();
        try (LineSource.Armed armed = source.armInterrupt(ts)) {
            code.run();
        } catch (PyError e) {
            interp.io().traceback(Tracebacks.format(e, Map.of()));
        } finally {
            ts.clearInterrupt();
            interp.io().flush();
        }
    }

    /** The typist's view of the screen: the source's, which knows whether it is a terminal. */
    private final Typist.Screen screen = new Typist.Screen() {
        @Override
        public void show(String text) {
            interp.io().flush();
            source.show(text);
        }

        @Override
        public boolean live() {
            return source.interactive();
        }

        @Override
        public LineSource.Armed armInterrupt(ThreadState ts) {
            return source.armInterrupt(ts);
        }
    };

    @Override
    public Interpreter interpreter() {
        return interp;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public MagicCommands commands() {
        return commands;
    }

    @Override
    public void println(String line) {
        source.println(line);
    }

    @Override
    public boolean colour() {
        return source.colour();
    }

    @Override
    public List<String> history() {
        return source.history();
    }

    @Override
    public void resetSession() {
        interp.shutdown();
        interp.globals().keySet().retainAll(initialNames);
        interp.forgetImports();
    }
}
