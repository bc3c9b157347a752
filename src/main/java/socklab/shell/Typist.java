package socklab.shell;

import socklab.runtime.object.ThreadState;

/**
 * Lines typed on the learner's behalf (a presenter's demo): the one loop asks for one at each
 * prompt before it reads the keyboard, and runs it exactly as a line typed there, one line at a time.
 */
@FunctionalInterface
public interface Typist {
    /** The next line, already shown on the screen as if typed; null to read the keyboard. */
    String next(boolean continuing, Screen screen);

    /** Where a typist shows what it types, and how it hears Ctrl-C while it types. */
    interface Screen {
        /** Writes text at once, without adding a newline. */
        void show(String text);

        /** True on a terminal, where typing at a person's speed can be watched. */
        boolean live();

        /** Makes Ctrl-C raise KeyboardInterrupt in the thread's waits until closed. */
        LineSource.Armed armInterrupt(ThreadState ts);
    }
}
