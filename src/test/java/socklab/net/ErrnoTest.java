package socklab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrnoTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /** What {@code os.strerror(n)} and {@code type(OSError(n, '')).__name__} print on this machine. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1|Operation not permitted|PermissionError", "2|No such file or directory|FileNotFoundError",
        "9|Bad file descriptor|OSError", "11|Resource temporarily unavailable|BlockingIOError",
        "13|Permission denied|PermissionError", "17|File exists|FileExistsError", "20|Not a directory|NotADirectoryError",
        "22|Invalid argument|OSError", "24|Too many open files|OSError", "32|Broken pipe|BrokenPipeError",
        "88|Socket operation on non-socket|OSError", "89|Destination address required|OSError", "90|Message too long|OSError",
        "92|Protocol not available|OSError", "93|Protocol not supported|OSError", "95|Operation not supported|OSError",
        "97|Address family not supported by protocol|OSError", "98|Address already in use|OSError",
        "99|Cannot assign requested address|OSError", "101|Network is unreachable|OSError",
        "103|Software caused connection abort|ConnectionAbortedError", "104|Connection reset by peer|ConnectionResetError",
        "106|Transport endpoint is already connected|OSError", "107|Transport endpoint is not connected|OSError",
        "108|Cannot send after transport endpoint shutdown|BrokenPipeError", "110|Connection timed out|TimeoutError",
        "111|Connection refused|ConnectionRefusedError", "113|No route to host|OSError",
        "114|Operation already in progress|BlockingIOError", "115|Operation now in progress|BlockingIOError"})
    void tableMatchesGlibcAndPep3151(int code, String text, String type) {
        Errno e = Errno.of(code);
        assertEquals(text, e.strerror());
        assertEquals(type, e.pyType());
        NetError err = e.error();
        assertEquals(type + ": [Errno " + code + "] " + text, err.toString());
    }

    /** The table is complete and agrees with the runtime's own PEP 3151 choice for OSError(n, ...). */
    @Test
    void everyLinuxErrnoOnceWithTheRuntimesExceptionClass() {
        java.util.Set<Integer> codes = new java.util.HashSet<>();
        for (Errno e : Errno.values()) {
            assertTrue(codes.add(e.code()), "one entry per number: " + e);
            assertEquals(socklab.runtime.object.ExcTypes.forErrno(e.code()).name(), e.pyType(), e.name());
        }
        assertEquals(130, codes.size());
        assertEquals(Errno.EAGAIN, Errno.ALIASES.get("EWOULDBLOCK"));
        assertEquals(95, Errno.ALIASES.get("EOPNOTSUPP").code());
        assertEquals(35, Errno.ALIASES.get("EDEADLK").code());
    }

    @Test
    void theLongestStrerrorInAMessageWins() {
        assertEquals(85, Errno.fromJava(new IOException("Interrupted system call should be restarted"), Operation.READ).errno());
        assertEquals(4, Errno.fromJava(new IOException("Interrupted system call"), Operation.READ).errno());
    }

    private static void maps(String type, Integer errno, Operation op, Executable action) {
        Throwable t = assertThrows(Throwable.class, action);
        NetError e = Errno.fromJava(t, op);
        assertEquals(type + " " + errno, e.pyType() + " " + e.errno(), () -> "from " + t);
    }

    private static int closedPort() throws IOException {
        try (ServerSocketChannel s = ServerSocketChannel.open()) {
            s.bind(new InetSocketAddress(LOOPBACK, 0));
            return ((InetSocketAddress) s.getLocalAddress()).getPort();
        }
    }

    @Test
    void refusedConnect() throws IOException {
        int port = closedPort();
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.INET)) {
            maps("ConnectionRefusedError", 111, Operation.CONNECT, () -> c.connect(new InetSocketAddress(LOOPBACK, port)));
        }
    }

    @Test
    void addressInUseAndBindTwice() throws IOException {
        try (SocketChannel a = SocketChannel.open(StandardProtocolFamily.INET);
             SocketChannel b = SocketChannel.open(StandardProtocolFamily.INET)) {
            a.bind(new InetSocketAddress(LOOPBACK, 0));
            maps("OSError", 98, Operation.BIND, () -> b.bind(a.getLocalAddress()));
            maps("OSError", 22, Operation.BIND, () -> a.bind(new InetSocketAddress(LOOPBACK, 0)));
        }
    }

    @Test
    void unconnectedAndUnboundChannels() throws IOException {
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.INET);
             DatagramChannel d = DatagramChannel.open(StandardProtocolFamily.INET);
             ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
            maps("OSError", 107, Operation.READ, () -> c.read(ByteBuffer.allocate(1)));
            maps("OSError", 107, Operation.SHUTDOWN, c::shutdownOutput);
            maps("BrokenPipeError", 32, Operation.WRITE_TCP, () -> c.write(ByteBuffer.wrap(new byte[1])));
            maps("OSError", 89, Operation.WRITE_UDP, () -> d.write(ByteBuffer.wrap(new byte[1])));
            maps("OSError", 22, Operation.ACCEPT, s::accept);
            maps("gaierror", -2, Operation.CONNECT, () -> c.connect(InetSocketAddress.createUnresolved("nonexistent.invalid", 1)));
        }
    }

    @Test
    void connectedTwiceAndClosed() throws IOException {
        try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
            s.bind(new InetSocketAddress(LOOPBACK, 0));
            try (SocketChannel c = SocketChannel.open(s.getLocalAddress())) {
                maps("OSError", 106, Operation.CONNECT, () -> c.connect(s.getLocalAddress()));
                c.close();
                maps("OSError", 9, Operation.READ, () -> c.read(ByteBuffer.allocate(1)));
                maps("OSError", 9, Operation.WRITE_TCP, () -> c.write(ByteBuffer.allocate(1)));
            }
        }
    }

    @Test
    void resetByPeerThenBrokenPipe() throws IOException {
        try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.INET);
             SocketChannel c = SocketChannel.open(StandardProtocolFamily.INET)) {
            s.bind(new InetSocketAddress(LOOPBACK, 0));
            c.connect(s.getLocalAddress());
            try (SocketChannel peer = s.accept()) {
                peer.setOption(StandardSocketOptions.SO_LINGER, 0);
            }
            maps("ConnectionResetError", 104, Operation.READ, () -> c.read(ByteBuffer.allocate(10)));
            Throwable t = assertThrows(IOException.class, () -> {
                for (int i = 0; i < 100; i++) {
                    c.write(ByteBuffer.wrap(new byte[1000]));
                }
            });
            NetError e = Errno.fromJava(t, Operation.WRITE_TCP);
            String seen = e.pyType() + " " + e.errno();
            assertTrue(seen.equals("ConnectionResetError 104") || seen.equals("BrokenPipeError 32"), () -> seen + " from " + t);
        }
    }

    @Test
    void udpToAClosedPortIsRefused() throws IOException {
        int port;
        try (DatagramChannel gone = DatagramChannel.open(StandardProtocolFamily.INET)) {
            gone.bind(new InetSocketAddress(LOOPBACK, 0));
            port = ((InetSocketAddress) gone.getLocalAddress()).getPort();
        }
        try (DatagramChannel d = DatagramChannel.open(StandardProtocolFamily.INET); Selector sel = Selector.open()) {
            d.connect(new InetSocketAddress(LOOPBACK, port));
            d.write(ByteBuffer.wrap(new byte[] {1}));
            d.configureBlocking(false);
            d.register(sel, SelectionKey.OP_READ);
            assertEquals(1, sel.select(5000), "the ICMP error should make the channel readable");
            maps("ConnectionRefusedError", 111, Operation.READ, () -> d.read(ByteBuffer.allocate(1)));
        }
    }

    @Test
    void messagesFromNativeCode() {
        assertEquals(98, Errno.fromJava(new BindException("Address already in use"), Operation.BIND).errno());
        assertEquals(99, Errno.fromJava(new BindException("Cannot assign requested address"), Operation.BIND).errno());
        NetError denied = Errno.fromJava(new BindException("Permission denied"), Operation.BIND);
        assertEquals("PermissionError 13", denied.pyType() + " " + denied.errno());
        assertEquals(104, Errno.fromJava(new SocketException("Connection reset"), Operation.READ).errno());
        assertEquals(104, Errno.fromJava(new IOException("Connection reset by peer"), Operation.WRITE_TCP).errno());
        assertEquals(32, Errno.fromJava(new IOException("Broken pipe"), Operation.WRITE_TCP).errno());
        assertEquals(101, Errno.fromJava(new ConnectException("Network is unreachable"), Operation.CONNECT).errno());
        assertEquals(113, Errno.fromJava(new java.net.NoRouteToHostException("No route to host"), Operation.CONNECT).errno());
        assertEquals(90, Errno.fromJava(new IOException("Message too long"), Operation.WRITE_UDP).errno());
        assertEquals(24, Errno.fromJava(new SocketException("Too many open files"), Operation.OPEN).errno());
        assertEquals(23, Errno.fromJava(new SocketException("Too many open files in system"), Operation.OPEN).errno());
        assertEquals(9, Errno.fromJava(new SocketException("Socket closed"), Operation.READ).errno());
        assertEquals(110, Errno.fromJava(new ConnectException("Connection timed out"), Operation.CONNECT).errno());
        assertEquals(111, Errno.fromJava(new java.net.PortUnreachableException("ICMP Port Unreachable"), Operation.READ).errno());
        assertEquals(-2, Errno.fromJava(new UnknownHostException("x"), Operation.RESOLVE).errno());
        assertEquals(-2, Errno.fromJava(new UnresolvedAddressException(), Operation.CONNECT).errno());
        NetError timeout = Errno.fromJava(new java.net.SocketTimeoutException("Read timed out"), Operation.READ);
        assertEquals("TimeoutError: timed out", timeout.toString());
        assertNull(timeout.errno());
        assertEquals(98, Errno.fromJava(new BindException("something new"), Operation.BIND).errno(), "unknown bind failures");
        assertEquals(111, Errno.fromJava(new ConnectException(), Operation.CONNECT).errno(), "no message: the operation's default");
        NetError same = Errno.EPIPE.error();
        assertEquals(same, Errno.fromJava(same, Operation.READ));
    }
}
