package socklab.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import socklab.Sessions;
import socklab.runtime.Interpreter;
import socklab.runtime.RunResult;
import socklab.shell.StreamIo;

/** The read-only view of a session's sockets: states as ss names them, byte counts, and the events of each call. */
class SocketViewTest {
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    private final Interpreter interp = Sessions.create(new StreamIo(out, out, new BufferedReader(new StringReader(""))));
    private final SocketView view = NetModules.view(interp);

    @AfterEach
    void end() {
        interp.shutdown();
    }

    private void run(String code) {
        RunResult r = interp.run(code + "\n", "<stdin>", Interpreter.Mode.SCRIPT);
        assertFalse(r.failed(), () -> code + "\n" + output.toString(StandardCharsets.UTF_8));
    }

    private SocketInfo info(String name) {
        return view.describe(interp.globals().get(name)).orElseThrow();
    }

    private int port(String name) {
        String local = info(name).local();
        return Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
    }

    @Test
    void theViewDoesNotImportSocket() {
        assertEquals(List.of(), view.open());
        assertFalse(interp.loadedModules().containsKey("socket"));
    }

    @Test
    void tcpStatesFollowTheCallsAsSsWouldNameThem() {
        run("import socket\nsrv = socket.socket()");
        assertEquals(SocketState.UNBOUND, info("srv").state());
        run("srv.bind(('127.0.0.1', 0))");
        assertEquals(SocketState.BOUND, info("srv").state());
        run("srv.listen(4)\nc = socket.socket()\nc.settimeout(1.5)\nc.connect(srv.getsockname())\nconn, addr = srv.accept()");
        SocketInfo listener = info("srv");
        assertEquals(SocketState.LISTEN, listener.state());
        assertEquals(4, listener.backlog());
        assertEquals("127.0.0.1:" + port("srv"), listener.local());
        SocketInfo client = info("c");
        assertEquals(SocketState.ESTABLISHED, client.state());
        assertEquals(listener.local(), client.remote());
        assertEquals(1.5, client.timeout());
        assertEquals(client.local(), info("conn").remote());
        assertEquals("AF_INET", client.family());
        assertEquals("SOCK_STREAM", client.type());

        run("c.sendall(b'0123456789abcdefghijklmnop')\ngot = conn.recv(100)");
        assertEquals(26, info("c").sent());
        assertEquals(26, info("conn").received());
        assertArrayEquals("0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII), info("conn").lastReceived());

        run("c.close()");
        assertEquals(SocketState.CLOSE_WAIT, info("conn").state());
        assertEquals(SocketState.CLOSED, info("c").state());
        assertEquals(-1, info("c").fd());
        run("end = conn.recv(10)\nassert end == b''");
        assertEquals(SocketState.CLOSE_WAIT, info("conn").state());
        List<Integer> fds = view.open().stream().map(SocketInfo::fd).toList();
        assertEquals(List.of(info("srv").fd(), info("conn").fd()), fds);
    }

    @Test
    void udpIsBoundThenConnected() {
        run("import socket\nu = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\nu.setblocking(False)");
        assertEquals(SocketState.UNBOUND, info("u").state());
        assertEquals(0.0, info("u").timeout());
        run("u.bind(('127.0.0.1', 0))");
        assertEquals(SocketState.BOUND, info("u").state());
        run("u.connect(u.getsockname())\nu.send(b'ping')\nu.setblocking(True)\nu.recv(10)");
        SocketInfo i = info("u");
        assertEquals(SocketState.CONNECTED, i.state());
        assertEquals("SOCK_DGRAM", i.type());
        assertEquals(i.local(), i.remote());
        assertEquals(4, i.sent());
        assertEquals(4, i.received());
    }

    @Test
    void theEndsOfASocketpairNameEachOther() {
        run("import socket\np, q = socket.socketpair()");
        assertEquals(info("q").fd(), view.open().get(0).pairedFd());
        assertEquals(info("p").fd(), info("q").pairedFd());
        assertEquals("AF_UNIX", info("p").family());
        run("q.close()");
        assertEquals(-1, info("p").pairedFd());
    }

    @Test
    void eachCallIsToldWithItsAddressesAndCounts() {
        List<SocketEvent> events = new CopyOnWriteArrayList<>();
        view.subscribe(events::add);
        run("import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', 0))\nsrv.listen()\n"
                + "c = socket.create_connection(srv.getsockname())\nconn, addr = srv.accept()\n"
                + "c.send(b'hello')\nconn.recv(3)\nf = conn.makefile('rb')\nf.read(2)\nc.shutdown(socket.SHUT_WR)\n"
                + "try:\n    conn.settimeout(0.01)\n    conn.accept()\nexcept OSError:\n    pass\nc.close()");
        List<String> calls = events.stream().map(e -> e.kind() + " " + e.call()).toList();
        assertEquals(List.of("BIND bind", "LISTEN listen", "CONNECT connect", "ACCEPT accept", "SEND send", "RECV recv",
                "RECV recv_into", "SHUTDOWN shutdown", "FAILED accept", "CLOSE close"), calls);
        String server = info("srv").local();
        SocketEvent connect = events.get(2);
        assertEquals(server, connect.remote());
        assertEquals(connect.local(), events.get(3).remote());
        assertEquals(info("conn").fd(), events.get(3).fd());
        assertEquals(5, events.get(4).count());
        assertArrayEquals("hel".getBytes(StandardCharsets.US_ASCII), events.get(5).data());
        assertEquals(2, events.get(6).count());
        assertTrue(events.get(8).error().startsWith("OSError: [Errno 22]"), events.get(8).error());
    }
}
