package socklab.shell;

import socklab.runtime.object.ThreadState;

/**
 * Ctrl-C for a process whose stdin is not a terminal (piped sessions and scripts): SIGINT asks
 * the Python main thread to raise KeyboardInterrupt, as CPython's default handler does, instead of
 * ending the JVM. {@link #none()} leaves the process's handling alone (tests run in-process).
 */
public interface Signals {
    LineSource.Armed armInterrupt(ThreadState ts);

    /** The process's SIGINT, routed to the one Python main thread from the first arming on. */
    static Signals process() {
        return new Signals() {
            private ThreadState routed;

            @Override
            public synchronized LineSource.Armed armInterrupt(ThreadState ts) {
                if (routed != ts) {
                    routed = ts;
                    sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> ts.requestInterrupt());
                }
                return () -> { };
            }
        };
    }

    static Signals none() {
        return ts -> () -> { };
    }
}
