package socklab.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Python threads in a live session: a threaded server many Java clients talk to at once, and Ctrl-C. */
class ThreadedSessionTest {
    private static final int CLIENTS = 8;
    private static final int BYTES = 200_000;

    @Test
    void threadedEchoServerSendsEveryByteBackToManyJavaClientsAtOnce() throws Exception {
        try (LiveSession py = new LiveSession()) {
            py.type("import socket, threading")
                    .type("srv = socket.socket()").type("srv.bind(('127.0.0.1', 0))").type("srv.listen()")
                    .type("def handle(conn):")
                    .type("    with conn:")
                    .type("        while data := conn.recv(4096):")
                    .type("            conn.sendall(data)")
                    .type("")
                    .type("def serve(n):")
                    .type("    workers = []")
                    .type("    for _ in range(n):")
                    .type("        conn, _ = srv.accept()")
                    .type("        w = threading.Thread(target=handle, args=(conn,))")
                    .type("        w.start()")
                    .type("        workers.append(w)")
                    .type("    for w in workers:")
                    .type("        w.join()")
                    .type("")
                    .type("server = threading.Thread(target=serve, args=(" + CLIENTS + ",))")
                    .type("server.start()")
                    .type("print(srv.getsockname()[1])");
            int port = Integer.parseInt(py.next());
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<byte[][]>> talks = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    talks.add(pool.submit(echo(port, i)));
                }
                for (Future<byte[][]> talk : talks) {
                    byte[][] sentAndGot = talk.get(120, TimeUnit.SECONDS);
                    assertArrayEquals(sentAndGot[0], sentAndGot[1]);
                }
            } finally {
                pool.shutdownNow();
            }
            py.type("server.join(); print('served', threading.active_count())");
            assertEquals("served 1", py.next());
        }
    }

    /** One client: sends BYTES random bytes while reading the echo on the same socket, as a peer would. */
    private static Callable<byte[][]> echo(int port, int seed) {
        return () -> {
            byte[] sent = new byte[BYTES];
            new Random(seed).nextBytes(sent);
            byte[] got = new byte[BYTES];
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Thread writer = new Thread(() -> {
                    try {
                        OutputStream out = s.getOutputStream();
                        for (int off = 0; off < BYTES; off += 1000) {
                            out.write(sent, off, Math.min(1000, BYTES - off));
                        }
                        s.shutdownOutput();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                writer.start();
                new DataInputStream(s.getInputStream()).readFully(got);
                writer.join();
                assertEquals(-1, s.getInputStream().read());
            }
            return new byte[][] {sent, got};
        };
    }

    @Test
    void ctrlCReachesTheMainThreadWaitingForAnotherWhichKeepsRunning() throws Exception {
        try (LiveSession py = new LiveSession()) {
            py.type("import threading, queue").type("stop = threading.Event()").type("q = queue.Queue()")
                    .type("def work():")
                    .type("    stop.wait()")
                    .type("    q.put('worker finished')")
                    .type("")
                    .type("t = threading.Thread(target=work); t.start()")
                    .type("print('joining'); t.join()");
            assertEquals("joining", py.next());
            py.interrupt();
            assertEquals("KeyboardInterrupt", py.nextResult());
            py.type("print(t.is_alive()); lock = threading.Lock(); lock.acquire(); lock.acquire()");
            assertEquals("True", py.next());
            assertEquals("True", py.next());
            py.interrupt();
            assertEquals("KeyboardInterrupt", py.nextResult());
            py.type("print('getting'); q.get()");
            assertEquals("getting", py.next());
            py.interrupt();
            assertEquals("KeyboardInterrupt", py.nextResult());
            py.type("stop.set(); t.join(); q.get()");
            assertEquals("'worker finished'", py.next());
        }
    }

    @Test
    void aThreadThatWaitedOnASocketGivesBackItsSelectorWhenItEnds() throws Exception {
        try (LiveSession py = new LiveSession()) {
            py.type("import socket, threading").type("a, b = socket.socket(), socket.socket()")
                    .type("a.bind(('127.0.0.1', 0)); a.listen(); b.connect(a.getsockname()); c, _ = a.accept()")
                    .type("print('ready')");
            assertEquals("ready", py.next());
            long before = selectors();
            py.type("def wait_once():")
                    .type("    c.settimeout(0.001)")
                    .type("    try:")
                    .type("        c.recv(1)")
                    .type("    except TimeoutError:")
                    .type("        pass")
                    .type("")
                    .type("ts = [threading.Thread(target=wait_once) for _ in range(40)]")
                    .type("for t in ts: t.start(); t.join()")
                    .type("")
                    .type("print('waited')");
            assertEquals("waited", py.next());
            long after = selectors();
            // a leak leaves one per thread; other parts of the JVM may open one or two meanwhile
            org.junit.jupiter.api.Assertions.assertTrue(after - before < 10,
                    "open selectors went from " + before + " to " + after + " while 40 threads waited");
        }
    }

    /** Epoll instances this process holds open: one per open java.nio Selector on Linux. */
    private static long selectors() throws java.io.IOException {
        try (var fds = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return java.nio.file.Files.readSymbolicLink(fd).toString().contains("eventpoll");
                } catch (java.io.IOException e) {
                    return false;
                }
            }).count();
        }
    }
}
