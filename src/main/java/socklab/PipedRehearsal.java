package socklab;

import socklab.i18n.Messages;
import socklab.lesson.RehearsalSession;
import socklab.lesson.SocketTap;
import socklab.runtime.Interpreter;
import socklab.shell.MagicCommands;
import socklab.shell.QueuedLines;
import socklab.shell.Repl;

/**
 * A rehearsal's session wired to the shell's one loop: each input is queued as lines and the
 * {@link Repl} reads and runs them exactly as it runs a pipe's, so --check-lessons and the coach's
 * rehearsals prove what the terminal does, not what a second input path would do.
 */
final class PipedRehearsal implements RehearsalSession {
    private final Interpreter interp;
    private final QueuedLines lines;
    private final Repl repl;

    PipedRehearsal(Interpreter interp, Messages messages) {
        this.interp = interp;
        this.lines = new QueuedLines(interp.io());
        this.repl = new Repl(interp, lines, MagicCommands.withBuiltins(), messages);
    }

    @Override
    public Interpreter interpreter() {
        return interp;
    }

    @Override
    public void tap(SocketTap tap) {
        SocketTaps.attach(interp, tap);
    }

    @Override
    public void type(String input) {
        lines.offer(input);
        repl.run();
    }

    @Override
    public void close() {
        interp.shutdown();
    }
}
