package socklab.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import socklab.runtime.object.ThreadState;

/**
 * Name lookup beyond /etc/hosts (DNS and whatever else the JVM consults), kept behind an
 * interface so tests can run without it and a slow resolver never hangs the learner's prompt.
 */
@FunctionalInterface
public interface Resolver {
    /** The addresses for {@code name}; UnknownHostException when there are none. */
    List<InetAddress> lookup(String name) throws UnknownHostException;

    /** A resolver that knows nothing, for tests and offline use. */
    static Resolver none() {
        return name -> {
            throw new UnknownHostException(name);
        };
    }

    /**
     * RFC 6761 reserves the .invalid top-level domain: such names never resolve, so they are
     * answered here without a query leaving the machine (tests and lessons use them for errors).
     */
    static boolean isReservedInvalid(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.equals("invalid") || n.endsWith(".invalid");
    }

    /** InetAddress.getAllByName, abandoned after {@code limit} (reported as "Temporary failure"). */
    static Resolver system(Duration limit) {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "socklab-resolver");
            t.setDaemon(true);
            return t;
        });
        return name -> {
            if (isReservedInvalid(name)) {
                throw new UnknownHostException(name);
            }
            Future<InetAddress[]> f = pool.submit(() -> InetAddress.getAllByName(name));
            return List.of(ThreadState.current().blocking(() -> answer(f, name, limit)));
        };
    }

    /** Waits for a lookup's answer; the caller runs this with the interpreter lock released. */
    private static InetAddress[] answer(Future<InetAddress[]> f, String name, Duration limit) throws UnknownHostException {
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw Gai.AGAIN.error();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Gai.AGAIN.error();
        } catch (ExecutionException e) {
            throw new UnknownHostException(name);
        }
    }
}
