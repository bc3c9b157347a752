package socklab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Threads under load: src/test/bench/threaded_echo_server.py, run by socklab as a script, serves
 * 32 concurrent clients × 1,000 connections of 20 KB each (CPython's echo_clients.py when python3
 * is there, the same load from Java otherwise), every byte comes back, and afterwards the process
 * has no handler thread and no socket left, seen from Python (active_count, the next socket's
 * descriptor number) and from Linux (/proc/PID/fd and /proc/PID/task).
 */
class ThreadedEchoLoadTest {
    private static final Path BENCH = Path.of("src", "test", "bench");
    private static final String HOST = "127.0.0.1";
    private static final int CLIENTS = 32;
    private static final int CONNECTIONS = 1000;
    private static final int SIZE = 20 * 1024;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void threadedEchoServerServesTheLoadAndLeavesNothingBehind() throws Exception {
        int port = freePort();
        int total = CLIENTS * CONNECTIONS;
        Process server = new ProcessBuilder(Engines.socklab(BENCH.resolve("threaded_echo_server.py").toString(), HOST,
                Integer.toString(port), Integer.toString(total))).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("listening 3", out.readLine(), "the server's first line");
            Path proc = Path.of("/proc", Long.toString(server.pid()));
            boolean linux = Files.isDirectory(proc.resolve("fd"));
            long fdsBefore = linux ? count(proc.resolve("fd")) : 0;
            long socketsBefore = linux ? sockets(proc.resolve("fd")) : 0;

            String clients = Engines.pythonAvailable() ? pythonClients(port) : javaClients(port);
            assertTrue(clients.startsWith("ok " + total + " " + (long) total * SIZE + " "), clients);

            String report = out.readLine();
            assertEquals("served " + total + " threads 1 next fd 3", report);
            if (linux) {
                // the listener is closed, so one socket fewer than before: no connection's socket is left
                // (a socket the JVM opened before the load, unbound, stays and is counted in both)
                assertEquals(socketsBefore - 1, sockets(proc.resolve("fd")), "sockets in the process after the load");
                // The main thread's selector (an epoll descriptor and its wake-up descriptor) may be made
                // after the first count, when accept() first waits; nothing else may remain of the load.
                long fdsAfter = count(proc.resolve("fd"));
                assertTrue(fdsAfter <= fdsBefore + 2, "descriptors after the load: " + fdsAfter + ", before: " + fdsBefore);
                assertEquals(List.of(), pythonThreads(proc.resolve("task")), "handler threads left in the JVM");
            }
            try (OutputStream in = server.getOutputStream()) {
                in.write('\n');
            }
            assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server ends after its report");
            assertEquals(0, server.exitValue());
        } finally {
            server.destroyForcibly();
        }
    }

    /** Threads of the JVM named as Python names its threads (Thread-N (target)), from /proc/PID/task/T/comm. */
    private static List<String> pythonThreads(Path tasks) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path task : all.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    if (name.startsWith("Thread-")) {
                        names.add(name);
                    }
                } catch (IOException ended) {
                    // the thread ended while the folder was listed
                }
            }
        }
        return names;
    }

    /** How many of the process's descriptors are sockets (their /proc link reads socket:[inode]). */
    private static long sockets(Path fds) throws IOException {
        try (Stream<Path> entries = Files.list(fds)) {
            return entries.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException closed) {
                    return false;
                }
            }).count();
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.count();
        }
    }

    private static String pythonClients(int port) throws Exception {
        Process p = new ProcessBuilder("python3", BENCH.resolve("echo_clients.py").toString(), HOST, Integer.toString(port),
                Integer.toString(CLIENTS), Integer.toString(CONNECTIONS), Integer.toString(SIZE)).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "CPython's clients end");
        return out;
    }

    /** The load echo_clients.py makes, from Java threads, for machines without python3; same report line. */
    private static String javaClients(int port) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int seed = c;
                results.add(pool.submit(() -> oneClient(port, seed)));
            }
            for (Future<String> r : results) {
                String failure = r.get();
                if (failure != null) {
                    return "failed " + failure;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return String.format("ok %d %d %.2f", CLIENTS * CONNECTIONS, (long) CLIENTS * CONNECTIONS * SIZE,
                (System.nanoTime() - started) / 1e9);
    }

    private static String oneClient(int port, int seed) throws IOException {
        byte[] payload = new byte[SIZE];
        new Random(seed).nextBytes(payload);
        for (int n = 0; n < CONNECTIONS; n++) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 60_000);
                s.setSoTimeout(60_000);
                s.getOutputStream().write(payload);
                s.shutdownOutput();
                byte[] back = s.getInputStream().readAllBytes();
                if (!Arrays.equals(back, payload)) {
                    return "client " + seed + " connection " + n + ": " + back.length + " bytes back of " + SIZE;
                }
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
            return s.getLocalPort();
        }
    }
}
