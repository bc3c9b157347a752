package socklab.classroom;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The class view's background threads: named for a thread dump, and daemons, so a class never keeps socklab from exiting. */
final class Daemons {
    private Daemons() {}

    static Thread start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
