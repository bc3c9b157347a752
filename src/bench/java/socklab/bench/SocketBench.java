package socklab.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import socklab.runtime.object.PyObject;

/**
 * The socket facade's send/recv path on this machine: Python code in the session sends and receives
 * through socket objects, so each round trip pays the interpreter, the facade and its waiter. Both
 * ends live in one session and one thread, so no scheduling between threads is measured.
 */
@State(Scope.Thread)
public class SocketBench extends PythonBench {
    /** pair_small: 100 round trips of 64 bytes over socketpair(); tcp_small: the same over TCP on
     * 127.0.0.1; tcp_large: 10 round trips of 64 KiB over TCP, many recv calls each. */
    @Param({"pair_small", "tcp_small", "tcp_large"})
    public String workload;

    @Override
    protected String workload() {
        return workload;
    }

    @TearDown
    public void close() {
        session().function("close_all").call(new PyObject[0], null);
    }

    @Override
    protected String source() {
        return """
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

                def pair_small(n=100):
                    return exchange(pair[0], pair[1], small, n)

                def tcp_small(n=100):
                    return exchange(client, server, small, n)

                def tcp_large(n=10):
                    return exchange(client, server, large, n)

                def close_all():
                    for s in (pair[0], pair[1], client, server, listener):
                        s.close()
                """;
    }
}
