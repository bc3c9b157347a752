package socklab;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Two machines on one network, for tests: two network namespaces joined by a veth pair, with
 * 10.x addresses that exist only inside them, each with its own loopback. Made by the test
 * itself and removed on close; a machine where `ip netns` is not permitted skips the test.
 */
final class TwoNamespaces implements AutoCloseable {
    static final String SERVER_ADDRESS = "10.231.7.1";
    static final String CLIENT_ADDRESS = "10.231.7.2";

    final String server;
    final String client;

    private TwoNamespaces(String tag) {
        server = "socklab-s-" + tag;
        client = "socklab-c-" + tag;
    }

    /** Makes the two namespaces, or skips the test saying why they cannot be made here. */
    static TwoNamespaces create() throws IOException, InterruptedException {
        String tag = Long.toString(ProcessHandle.current().pid());
        TwoNamespaces n = new TwoNamespaces(tag);
        String first = run("ip", "netns", "add", n.server);
        assumeTrue(first == null, "ip netns is not permitted here (needs root and a kernel with network namespaces): " + first);
        String vs = "slv" + tag + "s";
        String vc = "slv" + tag + "c";
        String failed = firstFailure(
                List.of("ip", "netns", "add", n.client),
                List.of("ip", "link", "add", vs, "type", "veth", "peer", "name", vc),
                List.of("ip", "link", "set", vs, "netns", n.server),
                List.of("ip", "link", "set", vc, "netns", n.client),
                List.of("ip", "-n", n.server, "addr", "add", SERVER_ADDRESS + "/24", "dev", vs),
                List.of("ip", "-n", n.client, "addr", "add", CLIENT_ADDRESS + "/24", "dev", vc),
                List.of("ip", "-n", n.server, "link", "set", vs, "up"),
                List.of("ip", "-n", n.client, "link", "set", vc, "up"),
                List.of("ip", "-n", n.server, "link", "set", "lo", "up"),
                List.of("ip", "-n", n.client, "link", "set", "lo", "up"));
        if (failed != null) {
            n.close();
            assumeTrue(false, "cannot join two network namespaces with a veth pair here: " + failed);
        }
        return n;
    }

    /** command, run inside namespace ns. */
    static List<String> inside(String ns, List<String> command) {
        List<String> out = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        out.addAll(command);
        return out;
    }

    /** Deleting a namespace takes its end of the veth pair with it, and the pair goes with either end. */
    @Override
    public void close() throws IOException, InterruptedException {
        run("ip", "netns", "del", client);
        run("ip", "netns", "del", server);
    }

    @SafeVarargs
    private static String firstFailure(List<String>... commands) throws IOException, InterruptedException {
        for (List<String> c : commands) {
            String failed = run(c.toArray(String[]::new));
            if (failed != null) {
                return failed;
            }
        }
        return null;
    }

    /** Runs a command; null when it succeeded, else the command and what it said. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage();
        }
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return String.join(" ", command) + ": did not finish";
        }
        return p.exitValue() == 0 ? null : String.join(" ", command) + ": " + said;
    }
}
