package socklab.lesson;

import socklab.runtime.Interpreter;

/**
 * The learner's session as the coach uses it: the interpreter, what it printed (tapped at its Io
 * by the wiring), and how to make it fresh again (the shell's reset) for a lesson that starts fresh.
 */
public record LearnerSession(Interpreter interp, PrintedText printed, Runnable reset) {}
