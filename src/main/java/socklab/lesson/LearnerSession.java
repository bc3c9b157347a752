package socklab.lesson;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import socklab.runtime.Interpreter;

/**
 * The learner's session as the coach uses it: the interpreter, what it printed (tapped at its Io
 * by the wiring), how to make it fresh again (the shell's reset) for a lesson that starts fresh,
 * and listens, which hands the wiring a callback told the port of every listen() the session
 * makes from then on (a two-terminal step may wait for the learner's server to listen).
 */
public record LearnerSession(Interpreter interp, PrintedText printed, Runnable reset, Consumer<IntConsumer> listens) {}
