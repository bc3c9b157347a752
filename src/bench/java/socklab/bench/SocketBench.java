package socklab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;

/**
 * The socket facade's send/recv path on this machine: Python code in the session sends and receives
 * through socket objects, so each round trip pays the interpreter, the facade and its waiter.
 * Both ends live in one session and one thread, so no scheduling between threads is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SocketBench {
    private static final String SOURCE = """
            import socket

            pair = socket.socketpair()
            listener = socket.socket()
            listener.bind(('127.0.0.1', 0))
            listener.listen(1)
            client = socket.create_connection(listener.getsockname())
            server, _ = listener.accept()
            small = b'x' * 64
            large = b'y' * 65536

            def exchange(a, b, data, n):
                # b echoes what a sent; recv may return less than asked, as on a real socket
                for _ in range(n):
                    a.sendall(data)
                    got = 0
                    while got < len(data):
                        chunk = b.recv(65536)
                        got += len(chunk)
                        b.sendall(chunk)
                    got = 0
                    while got < len(data):
                        got += len(a.recv(65536))
                return got

            def pair_small(n):
                return exchange(pair[0], pair[1], small, n)

            def tcp_small(n):
                return exchange(client, server, small, n)

            def tcp_large(n):
                return exchange(client, server, large, n)

            def close_all():
                for s in (pair[0], pair[1], client, server, listener):
                    s.close()
            """;

    private final PyObject[] hundred = {PyInt.of(100)};
    private final PyObject[] ten = {PyInt.of(10)};
    private final PyObject[] none = {};
    private PyObject pairSmall;
    private PyObject tcpSmall;
    private PyObject tcpLarge;
    private PyObject closeAll;

    @Setup
    public void connect() {
        BenchSession session = new BenchSession(SOURCE);
        pairSmall = session.function("pair_small");
        tcpSmall = session.function("tcp_small");
        tcpLarge = session.function("tcp_large");
        closeAll = session.function("close_all");
    }

    @TearDown
    public void close() {
        closeAll.call(none, null);
    }

    /** 100 round trips of 64 bytes over an AF_UNIX socketpair(). */
    @Benchmark
    public PyObject socketpairRoundTrips() {
        return pairSmall.call(hundred, null);
    }

    /** 100 round trips of 64 bytes over a TCP connection on 127.0.0.1. */
    @Benchmark
    public PyObject tcpLoopbackRoundTrips() {
        return tcpSmall.call(hundred, null);
    }

    /** 10 round trips of 64 KiB over TCP on 127.0.0.1: sendall's and recv's copying, many recv calls each. */
    @Benchmark
    public PyObject tcpLoopbackLargeEcho() {
        return tcpLarge.call(ten, null);
    }
}
