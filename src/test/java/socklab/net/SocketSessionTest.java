package socklab.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The socket module on real loopback sockets, against peers written in plain Java. */
@Timeout(60)
class SocketSessionTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final byte[] HELLO = "你好, socket".getBytes(StandardCharsets.UTF_8);

    @Test
    void socklabServerServesAPlainJavaClientByteForByte() throws Exception {
        try (LiveSession py = new LiveSession()) {
            py.type("import socket").type("srv = socket.socket()").type("srv.bind(('127.0.0.1', 0))")
                    .type("srv.listen()").type("srv.getsockname()[1]");
            int port = Integer.parseInt(py.next());
            try (Socket client = new Socket(LOOPBACK, port)) {
                py.type("conn, addr = srv.accept()").type("addr[1] == conn.getpeername()[1]");
                assertEquals("True", py.next());
                py.type("addr[1]");
                assertEquals(client.getLocalPort(), Integer.parseInt(py.next()));
                client.getOutputStream().write(HELLO);
                py.type("data = conn.recv(1024)").type("data == b'" + escaped(HELLO) + "'");
                assertEquals("True", py.next());
                py.type("conn.sendall(data)");
                assertArrayEquals(HELLO, client.getInputStream().readNBytes(HELLO.length));
                py.type("conn.close()");
                assertEquals(-1, client.getInputStream().read());
            }
            py.type("srv.close()").type("srv");
            assertEquals("<socket.socket [closed] fd=-1, family=2, type=1, proto=0>", py.next());
        }
    }

    @Test
    void socklabClientTalksToAPlainJavaServer() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, LOOPBACK); LiveSession py = new LiveSession()) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try (Socket s = server.accept()) {
                    byte[] got = s.getInputStream().readNBytes(HELLO.length);
                    s.getOutputStream().write(got);
                    s.shutdownOutput();
                    return got;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            py.type("import socket").type("c = socket.create_connection(('127.0.0.1', " + server.getLocalPort() + "))");
            py.type("c.sendall(b'" + escaped(HELLO) + "')");
            assertArrayEquals(HELLO, received.get(20, TimeUnit.SECONDS));
            py.type("c.recv(100) == b'" + escaped(HELLO) + "'");
            assertEquals("True", py.next());
            py.type("c.recv(100)").type("c.getpeername()[1]");
            assertEquals("b''", py.next());
            assertEquals(Integer.toString(server.getLocalPort()), py.next());
            py.type("c.close()");
        }
    }

    @Test
    void timeoutsNonBlockingAndBlockingModes() throws Exception {
        try (LiveSession py = new LiveSession()) {
            py.type("import socket").type("s = socket.socket()").type("s.bind(('127.0.0.1', 0))").type("s.listen()");
            py.type("s.settimeout(0.1)").type("s.accept()");
            assertEquals("TimeoutError: timed out", py.nextResult());
            py.type("s.setblocking(False)").type("s.accept()");
            assertEquals("BlockingIOError: [Errno 11] Resource temporarily unavailable", py.nextResult());
            py.type("s.setblocking(True)").type("c = socket.socket()").type("c.connect(s.getsockname())")
                    .type("conn, addr = s.accept()").type("conn.settimeout(0.1)").type("conn.recv(5)");
            assertEquals("TimeoutError: timed out", py.nextResult());
            py.type("conn.setblocking(False)").type("conn.recv(5)");
            assertEquals("BlockingIOError: [Errno 11] Resource temporarily unavailable", py.nextResult());
            py.type("c.send(b'abc')").type("conn.settimeout(5)").type("conn.recv(5)");
            assertEquals("3", py.next());
            assertEquals("b'abc'", py.next());
            py.type("c.close()").type("conn.recv(5)").type("conn.close(); s.close()");
            assertEquals("b''", py.next());
        }
    }

    @Test
    void ctrlCInterruptsABlockingAcceptAndTheSocketStaysUsable() throws Exception {
        try (LiveSession py = new LiveSession()) {
            py.type("import socket").type("s = socket.socket()").type("s.bind(('127.0.0.1', 0))").type("s.listen()")
                    .type("print('waiting'); s.accept()");
            assertEquals("waiting", py.next());
            py.interrupt();
            assertEquals("KeyboardInterrupt", py.nextResult());
            py.type("c = socket.create_connection(s.getsockname())").type("conn, addr = s.accept()")
                    .type("c.send(b'still here')").type("print('recv'); conn.recv(100)");
            assertEquals("10", py.next());
            assertEquals("recv", py.next());
            assertEquals("b'still here'", py.next());
            py.type("print('again'); conn.recv(100)");
            assertEquals("again", py.next());
            py.interrupt();
            assertEquals("KeyboardInterrupt", py.nextResult());
            py.type("c.send(b'x')").type("conn.recv(100)");
            assertEquals("1", py.next());
            assertEquals("b'x'", py.next());
        }
    }

    @Test
    void udpWithAPlainJavaPeer() throws Exception {
        try (DatagramSocket peer = new DatagramSocket(0, LOOPBACK); LiveSession py = new LiveSession()) {
            py.type("import socket").type("u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)")
                    .type("u.sendto(b'" + escaped(HELLO) + "', ('127.0.0.1', " + peer.getLocalPort() + "))");
            assertEquals(Integer.toString(HELLO.length), py.next());
            DatagramPacket p = new DatagramPacket(new byte[100], 100);
            peer.receive(p);
            assertArrayEquals(HELLO, java.util.Arrays.copyOf(p.getData(), p.getLength()));
            peer.send(new DatagramPacket(HELLO, HELLO.length, p.getSocketAddress()));
            py.type("data, addr = u.recvfrom(5)").type("data, addr == ('127.0.0.1', " + peer.getLocalPort() + ")");
            assertEquals("(b'\\xe4\\xbd\\xa0\\xe5\\xa5', True)", py.next());
            py.type("u.close()");
        }
    }

    @Test
    void droppedSocketsAreClosedAndTheirPortsAndNumbersReused() throws Exception {
        try (LiveSession py = new LiveSession()) {
            py.type("import socket").type("s = socket.socket()").type("s.bind(('127.0.0.1', 0))")
                    .type("port = s.getsockname()[1]").type("s = socket.socket()").type("s.bind(('127.0.0.1', port))")
                    .type("s.fileno()");
            assertEquals("4", py.next());
            py.type("socket.socket().fileno()");
            assertEquals("3", py.next());
            py.type("i = 0").type("while i < 3000: t = socket.socket(); i += 1").type("").type("t.fileno() < 100");
            assertEquals("True", py.nextResult());
        }
    }

    @Test
    void tenThousandConnectAcceptCloseCyclesLeakNoDescriptorsOrThreads() throws Exception {
        long fdsBefore = openDescriptors();
        int threadsBefore = Thread.activeCount();
        try (LiveSession py = new LiveSession()) {
            py.type("import socket").type("srv = socket.socket()").type("srv.bind(('127.0.0.1', 0))")
                    .type("srv.listen(128)").type("addr = srv.getsockname()").type("n = 0");
            py.type("while n < 10000:").type("    c = socket.socket()").type("    c.connect(addr)")
                    .type("    conn, _ = srv.accept()").type("    conn.close()").type("    c.close()")
                    .type("    n += 1").type("");
            py.type("n, c.fileno(), srv.fileno()");
            assertEquals("(10000, -1, 3)", py.nextResult());
            py.type("srv.close()");
        }
        assertTrue(openDescriptors() <= fdsBefore + 2, "descriptors: before " + fdsBefore + ", after " + openDescriptors());
        assertTrue(Thread.activeCount() <= threadsBefore + 1, "threads: before " + threadsBefore + ", after " + Thread.activeCount());
    }

    @Test
    void shutdownOfTheReadSideStillDeliversDataAsLinuxDoes() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, LOOPBACK); LiveSession py = new LiveSession()) {
            py.type("import socket, select").type("c = socket.create_connection(('127.0.0.1', " + server.getLocalPort() + "))");
            try (Socket peer = server.accept()) {
                peer.getOutputStream().write("pending".getBytes(StandardCharsets.US_ASCII));
                // wait until the bytes have arrived, then shut the read side: Linux keeps them for recv
                py.type("select.select([c], [], [], 20)[0] == [c]").type("c.shutdown(socket.SHUT_RD)");
                assertEquals("True", py.next());
                py.type("c.recv(3), c.recv(100), c.recv(100)");
                assertEquals("(b'pen', b'ding', b'')", py.next());
                peer.getOutputStream().write("later".getBytes(StandardCharsets.US_ASCII));
                // recv no longer waits (b'' at once), yet what arrives later is still delivered
                py.type("got = b''").type("while not got:").type("    got = c.recv(100)").type("").type("got");
                assertEquals("b'later'", py.next());
                py.type("c.sendall(b'write side open')");
                assertEquals("write side open", new String(peer.getInputStream().readNBytes(15), StandardCharsets.US_ASCII));
                py.type("c.close()");
            }
        }
    }

    private static long openDescriptors() throws java.io.IOException {
        try (var s = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    private static String escaped(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("\\x%02x", x & 0xff));
        }
        return sb.toString();
    }

}
