package socklab.shell;

import socklab.runtime.object.ThreadState;
import socklab.runtime.object.SignalHandlers;

/**
 * Ctrl-C for a process whose stdin is not a terminal (piped sessions and scripts): SIGINT asks
 * the Python main thread to run its SIGINT handler (KeyboardInterrupt unless signal.signal set
 * another), as CPython does, instead of ending the JVM; SIGTERM too once the program catches it. {@link #none()} leaves the process's handling alone (tests run in-process).
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
                    routeTerm(ts);
                }
                return () -> { };
            }
        };
    }

    /**
     * SIGTERM reaches the program only once it has a handler for it (signal.signal): until then
     * the JVM's own action ends the process, as the default action ends CPython's.
     */
    private static void routeTerm(ThreadState ts) {
        sun.misc.Signal term = new sun.misc.Signal("TERM");
        sun.misc.SignalHandler[] jvm = new sun.misc.SignalHandler[1];
        jvm[0] = sun.misc.Signal.handle(term, s -> {
            if (ts.catches(SignalHandlers.SIGTERM)) {
                ts.requestSignal(SignalHandlers.SIGTERM);
            } else {
                jvm[0].handle(s);
            }
        });
    }

    /**
     * Ends the process by SIGINT, as CPython does after an uncaught KeyboardInterrupt: the default
     * action restored and the signal raised in-process, so a parent sees "killed by signal 2".
     * sun.misc.Signal.raise only raises a signal that has a Java handler, so the JDK's own raise is
     * called; the jar's manifest opens it (Add-Opens). Without that, or where SIGINT is ignored (a
     * background job), the process exits 130, which is what a shell shows for either.
     */
    static void endBySigint() {
        System.err.flush();
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_DFL);
        try {
            java.lang.reflect.Method raise = Class.forName("jdk.internal.misc.Signal").getDeclaredMethod("raise0", int.class);
            raise.setAccessible(true);
            raise.invoke(null, SignalHandlers.SIGINT);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Not opened to us: the exit status below is the nearest a JVM can come.
        }
        System.exit(130);
    }

    static Signals none() {
        return ts -> () -> { };
    }
}
