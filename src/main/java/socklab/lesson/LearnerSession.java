package socklab.lesson;

import java.util.function.Consumer;
import socklab.runtime.Interpreter;

/**
 * The learner's session as the coach uses it: the interpreter, what it printed (tapped at its Io
 * by the wiring), how to make it fresh again (the shell's reset) for a lesson that starts fresh,
 * and taps, which hands the wiring the tap to tell of the session's socket calls from then on.
 */
public record LearnerSession(Interpreter interp, PrintedText printed, Runnable reset, Consumer<SocketTap> taps) {}
