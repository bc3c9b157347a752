package socklab.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import socklab.Sessions;
import socklab.runtime.Interpreter;
import socklab.runtime.RunResult;
import socklab.shell.StreamIo;

/** The selectors module running real programs as scripts, with plain Java peers on loopback. */
@Timeout(120)
class SelectorsProgramsTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /** A script running on its own thread; what it prints arrives a line at a time. */
    private static final class Script {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final CompletableFuture<RunResult> result;

        Script(String resource, String... argv) throws IOException {
            String source;
            try (InputStream in = SelectorsProgramsTest.class.getResourceAsStream("/programs/" + resource)) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            PrintStream out = new PrintStream(new Lines(lines), true, StandardCharsets.UTF_8);
            Interpreter interp = Sessions.create(new StreamIo(out, out, new BufferedReader(new StringReader(""))));
            List<String> args = new ArrayList<>(List.of(resource));
            args.addAll(List.of(argv));
            interp.setArgv(args);
            result = CompletableFuture.supplyAsync(() -> {
                try {
                    return interp.run(source, resource, Interpreter.Mode.SCRIPT);
                } finally {
                    interp.shutdown();
                }
            });
        }

        String next() throws InterruptedException {
            String l = lines.poll(60, TimeUnit.SECONDS);
            if (l == null) {
                throw new AssertionError("the script printed nothing in time; finished: " + result.isDone());
            }
            return l;
        }
    }

    @Test
    void documentationEchoServerSendsEveryByteBackToSeveralClients() throws Exception {
        Script server = new Script("selectors_echo_server.py");
        String first = server.next();
        assertTrue(first.startsWith("port "), first);
        int port = Integer.parseInt(first.substring(5));
        List<CompletableFuture<Boolean>> clients = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            long seed = c;
            clients.add(CompletableFuture.supplyAsync(() -> echoesBack(port, seed)));
        }
        for (CompletableFuture<Boolean> c : clients) {
            assertTrue(c.get(60, TimeUnit.SECONDS));
        }
        int accepted = 0;
        int closing = 0;
        for (String l = server.next(); !l.equals("done"); l = server.next()) {
            accepted += l.startsWith("accepted <socket.socket fd=") ? 1 : 0;
            closing += l.startsWith("closing <socket.socket fd=") ? 1 : 0;
        }
        assertEquals(5, accepted);
        assertEquals(5, closing);
        assertEquals(RunResult.Outcome.OK, server.result.get(60, TimeUnit.SECONDS).outcome());
    }

    /** One client: several messages of random bytes, each read back whole before the next. */
    private static boolean echoesBack(int port, long seed) {
        Random random = new Random(seed);
        try (Socket s = new Socket(LOOPBACK, port)) {
            for (int k = 0; k < 20; k++) {
                byte[] message = new byte[1 + random.nextInt(3000)];
                random.nextBytes(message);
                s.getOutputStream().write(message);
                assertArrayEquals(message, s.getInputStream().readNBytes(message.length));
            }
            s.shutdownOutput();
            return s.getInputStream().read() == -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void nonBlockingClientDrivenByASelectorGetsEverythingEchoed() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, LOOPBACK)) {
            CompletableFuture<Integer> echoed = CompletableFuture.supplyAsync(() -> {
                try (Socket s = listener.accept()) {
                    byte[] buf = new byte[1024];
                    int total = 0;
                    for (int n = s.getInputStream().read(buf); n > 0; n = s.getInputStream().read(buf)) {
                        s.getOutputStream().write(buf, 0, n);
                        total += n;
                    }
                    return total;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Script client = new Script("selectors_client.py", Integer.toString(listener.getLocalPort()));
            assertEquals("connect_ex True", client.next());
            assertEquals("echoed True 5022", client.next());
            assertEquals(5022, echoed.get(60, TimeUnit.SECONDS));
            assertEquals(RunResult.Outcome.OK, client.result.get(60, TimeUnit.SECONDS).outcome());
        }
    }

    /** Collects what the script prints and hands it over a line at a time. */
    private static final class Lines extends OutputStream {
        private final BlockingQueue<String> lines;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Lines(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
