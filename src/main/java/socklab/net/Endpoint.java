package socklab.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One OS socket as Linux keeps it, built from java.nio channels: Python's order of events
 * (bind reserves, listen listens), its states and its errno for each misuse. Every channel is
 * non-blocking; blocking and timeouts are the {@link Waiter}'s. Knows nothing of Python objects,
 * so the fd table can close it after the Python socket object is gone.
 */
final class Endpoint {
    static final int AF_UNIX = Constants.num("AF_UNIX");
    static final int SOCK_STREAM = Constants.num("SOCK_STREAM");
    static final int SOCK_DGRAM = Constants.num("SOCK_DGRAM");
    static final int IPPROTO_TCP = Constants.num("IPPROTO_TCP");
    static final int IPPROTO_UDP = Constants.num("IPPROTO_UDP");
    private static final int SHUT_RD = Constants.num("SHUT_RD");
    private static final int SHUT_WR = Constants.num("SHUT_WR");
    private static final int SHUT_RDWR = Constants.num("SHUT_RDWR");
    /** The flags socket() accepts or-ed into its type. */
    private static final int TYPE_FLAGS = Constants.num("SOCK_NONBLOCK") | Constants.num("SOCK_CLOEXEC");
    /** How much peerClosed moves to the pushback at most to find the end of a stream. */
    private static final int MAX_PUSHBACK = 1 << 20;
    /** The largest UDP payload: a datagram is read whole so that MSG_PEEK can keep it. */
    private static final int MAX_DATAGRAM = 65536;
    /** Linux's inet_create rejects protocol numbers outside [0, IPPROTO_MAX) as invalid, not unsupported. */
    private static final int IPPROTO_MAX = 263;

    final int family;
    final int type;
    final int proto;
    /** IPV6_V6ONLY as set; Java's IPv6 sockets are always dual-stack, so it is remembered, not enforced. */
    boolean v6only;

    private SocketChannel stream;
    private ServerSocketChannel server;
    private DatagramChannel datagram;
    private final Map<SocketOption<Object>, Object> options = new LinkedHashMap<>();
    private boolean reuseAddr;
    private boolean connecting;
    private boolean readShut;
    private boolean writeShut;
    /** NIO reports a reset on every read; Linux once, then end of stream. */
    private boolean resetSeen;
    private SocketAddress shownLocal;
    /** The address a pending connect was made from; a failed connect keeps its port. */
    private SocketAddress attemptLocal;
    /** How a non-blocking connect ended badly: Linux's sk_err, reported once by SO_ERROR, recv or send. */
    private Errno pendingError;
    /** A non-blocking connect failed: Linux's socket is reset, readable (EOF) until it connects again. */
    private boolean connectFailed;
    /** A non-blocking connect said EINPROGRESS and no connect() since has told how it ended (Linux tells once). */
    private boolean connectUnreported;
    private volatile boolean closed;
    /** The epoll objects' selectors holding this socket's channel, to be released before it closes. */
    private final Set<KeptSelector> keptBy = ConcurrentHashMap.newKeySet();
    /** Stream bytes a MSG_PEEK read, which the next recv returns first. */
    private byte[] pushback = new byte[0];
    /** The datagram a MSG_PEEK read, whole, with its sender; the next recv takes it. */
    private Received peekedDatagram;
    /** Born by socketpair(): no name on either side, as Linux's unnamed AF_UNIX pairs. */
    private boolean unnamed;
    /** The other end of a socketpair(), whose close an emulated AF_UNIX datagram send must notice. */
    private Endpoint pairedWith;
    /** A socket holds no OS descriptor until first used, so a learner's fd limit counts only socket objects. */
    private boolean materialized;
    /** A read met the end of the stream: the peer has closed its side. */
    private volatile boolean eofSeen;
    /** The backlog listen() was given, for the socket table. */
    private volatile int backlog;
    private final Traffic traffic = new Traffic();

    private Endpoint(int family, int type, int proto) {
        this.family = family;
        this.type = type;
        this.proto = proto;
    }

    /** socket(family, type, proto) with Linux's checks in its order. */
    static Endpoint open(int family, int type, int proto) throws IOException {
        if (family != Inet.AF_INET && family != Inet.AF_INET6 && family != AF_UNIX) {
            throw Errno.EAFNOSUPPORT.error();
        }
        int base = type & ~TYPE_FLAGS;
        if (base != SOCK_STREAM && base != SOCK_DGRAM) {
            throw (base == Constants.num("SOCK_RAW") ? Errno.EPROTONOSUPPORT
                    : base == Constants.num("SOCK_SEQPACKET") || base == Constants.num("SOCK_RDM") ? Errno.ESOCKTNOSUPPORT
                    : Errno.EINVAL).error();
        }
        if (family != AF_UNIX && (proto < 0 || proto >= IPPROTO_MAX)) {
            throw Errno.EINVAL.error();
        }
        boolean protoOk = proto == 0 || (family == AF_UNIX ? proto == AF_UNIX : proto == (base == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP));
        if (!protoOk || (family == AF_UNIX && base == SOCK_DGRAM)) {
            throw Errno.EPROTONOSUPPORT.error();
        }
        return new Endpoint(family, type, proto);
    }

    /** Opens the Java channel on first use; socket() itself only checks its arguments. */
    private void materialize() throws IOException {
        if (materialized || closed) {
            return;
        }
        if (isStream()) {
            stream = freshStream();
        } else {
            DatagramChannel ch = DatagramChannel.open(protocolFamily());
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, false);
            datagram = ch;
        }
        materialized = true;
    }

    /** An accepted connection, which inherits the listener's options as Linux's accept does. */
    private static Endpoint accepted(Endpoint listener, SocketChannel ch) throws IOException {
        Endpoint e = new Endpoint(listener.family, listener.type, listener.proto);
        ch.configureBlocking(false);
        e.stream = ch;
        e.materialized = true;
        e.reuseAddr = listener.reuseAddr;
        return e;
    }

    /**
     * socketpair(): Java has no such call, so a stream pair is a connection over a listener at a
     * temporary path, removed at once; both ends then show no name, as Linux's pairs do. Java
     * has no AF_UNIX datagrams either: a datagram pair is two loopback UDP channels connected
     * to each other, shown as AF_UNIX, nameless, whose senders are None.
     */
    static Endpoint[] pair(int family, int type, int proto) throws IOException {
        boolean unixDatagrams = family == AF_UNIX && (type & ~TYPE_FLAGS) == SOCK_DGRAM && (proto == 0 || proto == AF_UNIX);
        Endpoint a = unixDatagrams ? new Endpoint(family, type, proto) : open(family, type, proto);
        if (family != AF_UNIX) {
            throw Errno.ENOTSUP.error();
        }
        Endpoint b = unixDatagrams ? new Endpoint(family, type, proto) : open(family, type, proto);
        if (unixDatagrams) {
            connectDatagrams(a, b);
        } else {
            connectStreams(a, b);
        }
        for (Endpoint e : new Endpoint[] {a, b}) {
            e.materialized = true;
            e.unnamed = true;
        }
        a.pairedWith = b;
        b.pairedWith = a;
        return new Endpoint[] {a, b};
    }

    private static void connectStreams(Endpoint a, Endpoint b) throws IOException {
        Path dir = Files.createTempDirectory("socklab-pair");
        UnixDomainSocketAddress at = UnixDomainSocketAddress.of(dir.resolve("s"));
        try (ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            listener.bind(at);
            a.stream = SocketChannel.open(at);
            b.stream = listener.accept();
        } finally {
            Files.deleteIfExists(at.getPath());
            Files.deleteIfExists(dir);
        }
        a.stream.configureBlocking(false);
        b.stream.configureBlocking(false);
    }

    private static void connectDatagrams(Endpoint a, Endpoint b) throws IOException {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        for (Endpoint e : new Endpoint[] {a, b}) {
            e.datagram = DatagramChannel.open(StandardProtocolFamily.INET);
            e.datagram.configureBlocking(false);
            e.datagram.bind(loopback);
        }
        a.datagram.connect(b.datagram.getLocalAddress());
        b.datagram.connect(a.datagram.getLocalAddress());
    }

    private ProtocolFamily protocolFamily() {
        return family == AF_UNIX ? StandardProtocolFamily.UNIX
                : family == Inet.AF_INET6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    private SocketChannel freshStream() throws IOException {
        SocketChannel ch = SocketChannel.open(protocolFamily());
        ch.configureBlocking(false);
        applyOptions(ch);
        return ch;
    }

    /** SO_PROTOCOL: the protocol the kernel chose when socket() was given 0. */
    int kernelProto() {
        return proto != 0 ? proto : family == AF_UNIX ? 0 : isStream() ? IPPROTO_TCP : IPPROTO_UDP;
    }

    boolean isStream() {
        return (type & ~TYPE_FLAGS) == SOCK_STREAM;
    }

    boolean isClosed() {
        return closed;
    }

    boolean isListening() {
        return server != null;
    }

    SelectableChannel channel() throws IOException {
        materialize();
        return server != null ? server : datagram != null ? datagram : stream;
    }

    private NetworkChannel network() throws IOException {
        return (NetworkChannel) channel();
    }

    /** The readiness a select() for reading waits for on this socket. */
    int readOps() {
        return server != null ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
    }

    int writeOps() {
        return connecting ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
    }

    // ---- bind, listen, accept, connect ----

    void bind(SocketAddress addr) throws IOException {
        materialize();
        if (server != null || network().getLocalAddress() != null) {
            throw Errno.EINVAL.error();
        }
        network().bind(addr);
        shownLocal = null;
    }

    void listen(int backlog) throws IOException {
        materialize();
        if (datagram != null) {
            throw Errno.ENOTSUP.error();
        }
        if (server != null) {
            return;
        }
        if (stream.isConnected() || connecting) {
            throw Errno.EINVAL.error();
        }
        SocketAddress local = stream.getLocalAddress();
        if (local == null) {
            if (family == AF_UNIX) {
                throw Errno.EINVAL.error();
            }
            local = new InetSocketAddress(wildcard(), 0);
        }
        ServerSocketChannel ssc = ServerSocketChannel.open(protocolFamily());
        try {
            ssc.configureBlocking(false);
            applyOptions(ssc);
            stream.close();
            if (local instanceof UnixDomainSocketAddress u) {
                Files.deleteIfExists(u.getPath());
            }
            ssc.bind(local, Math.max(1, Math.min(backlog, Constants.num("SOMAXCONN"))));
        } catch (IOException | RuntimeException e) {
            ssc.close();
            stream = freshStream();
            throw e;
        }
        server = ssc;
        this.backlog = backlog;
    }

    private InetAddress wildcard() throws IOException {
        return InetAddress.getByAddress(new byte[family == Inet.AF_INET6 ? 16 : 4]);
    }

    Endpoint accept(Waiter.Mode mode) throws IOException {
        materialize();
        if (datagram != null) {
            if (mode.timeout() > 0) {
                // CPython polls for readability before the first accept() when a timeout is set
                boolean[] polled = {false};
                Waiter.await(datagram, SelectionKey.OP_READ, mode, () -> {
                    if (polled[0]) {
                        mode.millisLeft(); // woken by the deadline rather than by data: timed out
                        return Boolean.TRUE;
                    }
                    polled[0] = true;
                    return null;
                });
            }
            throw Errno.ENOTSUP.error();
        }
        if (server == null) {
            throw Errno.EINVAL.error();
        }
        SocketChannel ch = Waiter.await(server, SelectionKey.OP_ACCEPT, mode, server::accept);
        return accepted(this, ch);
    }

    /** connect(); a refused or failed attempt leaves a fresh, usable socket, as on Linux. */
    void connect(SocketAddress addr, Waiter.Mode mode) throws IOException {
        materialize();
        if (datagram != null) {
            datagram.connect(addr);
            return;
        }
        if (connectUnreported) {
            reportConnect();
            return;
        }
        if (server != null || stream.isConnected()) {
            throw Errno.EISCONN.error();
        }
        connectFailed = false;
        try {
            if (connecting) {
                if (stream.finishConnect()) {
                    connecting = false;
                    throw Errno.EISCONN.error();
                }
                throw Errno.EALREADY.error();
            }
            if (family != AF_UNIX && stream.getLocalAddress() == null) {
                // Java learns the port of an implicit bind only once connected; a failed connect must still show it
                stream.bind(new InetSocketAddress(wildcard(), 0));
            }
            attemptLocal = stream.getLocalAddress();
            if (!stream.connect(addr)) {
                connecting = true;
                if (mode.nonBlocking()) {
                    connectUnreported = true;
                    throw Errno.EINPROGRESS.error();
                }
                Waiter.await(stream, SelectionKey.OP_CONNECT, mode, () -> stream.finishConnect() ? Boolean.TRUE : null);
                connecting = false;
            }
        } catch (IOException e) {
            connecting = false;
            replaceFailedStream();
            throw e;
        }
    }

    /**
     * The connect() after EINPROGRESS, as Linux answers it: success once the connection is made (only
     * later calls say EISCONN), EALREADY while it is still on its way, and after a failure its error,
     * or ECONNABORTED when SO_ERROR has already taken that error.
     */
    private void reportConnect() throws IOException {
        settle();
        if (connecting) {
            throw Errno.EALREADY.error();
        }
        connectUnreported = false;
        if (connectFailed) {
            Errno e = pendingError == null ? Errno.ECONNABORTED : pendingError;
            pendingError = null;
            throw e.error();
        }
    }

    /** Java closes a channel whose connect failed; Linux keeps the socket and its port number. */
    private void replaceFailedStream() throws IOException {
        SocketAddress was = attemptLocal;
        attemptLocal = null;
        stream.close();
        stream = freshStream();
        if (was instanceof InetSocketAddress isa && isa.getPort() != 0) {
            shownLocal = new InetSocketAddress(wildcard(), isa.getPort());
        }
    }

    /** Completes a non-blocking connect that has finished; a failure becomes the pending error. */
    private void settle() throws IOException {
        if (!connecting) {
            return;
        }
        try {
            if (stream.finishConnect()) {
                connecting = false;
            }
        } catch (IOException e) {
            connecting = false;
            Integer code = Errno.fromJava(e, Operation.CONNECT).errno();
            Errno known = code == null ? null : Errno.of(code);
            pendingError = known == null ? Errno.ECONNREFUSED : known;
            connectFailed = true;
            replaceFailedStream();
        }
    }

    /** SO_ERROR: the pending error's number, cleared by reading it. */
    int takeSocketError() throws IOException {
        settle();
        Errno e = pendingError;
        pendingError = null;
        return e == null ? 0 : e.code();
    }

    /** recv and send first report a failed non-blocking connect, and find one in progress unready. */
    private void checkConnectState(Waiter.Mode mode) throws IOException {
        settle();
        if (pendingError != null) {
            Errno e = pendingError;
            pendingError = null;
            throw e.error();
        }
        if (connecting) {
            if (mode.nonBlocking()) {
                throw Errno.EAGAIN.error();
            }
            Waiter.await(stream, SelectionKey.OP_CONNECT, mode, () -> stream.finishConnect() ? Boolean.TRUE : null);
            connecting = false;
        }
    }

    // ---- data ----

    /** recv: bytes read (possibly none at end of stream), or for datagrams the sender too. */
    Received receive(int n, Waiter.Mode mode) throws IOException {
        return receive(n, mode, false);
    }

    /**
     * recv with MSG_PEEK honoured: channels cannot peek, so what a peek read stays in this
     * endpoint's pushback, served (and topped up with what has arrived since) by the next recv.
     */
    Received receive(int n, Waiter.Mode mode, boolean peek) throws IOException {
        Received r = take(n, mode, peek);
        if (!peek) {
            traffic.received(r.data());
        }
        return r;
    }

    private Received take(int n, Waiter.Mode mode, boolean peek) throws IOException {
        materialize();
        if (datagram != null) {
            return receiveDatagram(n, mode, peek);
        }
        if (pushback.length == 0) {
            Received r = readStream(n, mode);
            if (peek) {
                pushback = r.data();
            }
            return r;
        }
        if (pushback.length < n && !resetSeen) {
            topUpPushback(n);
        }
        byte[] out = Arrays.copyOf(pushback, Math.min(n, pushback.length));
        if (!peek) {
            pushback = Arrays.copyOfRange(pushback, out.length, pushback.length);
        }
        return new Received(out, null);
    }

    /**
     * The poll events Linux reports for this socket that its channel cannot show: a failed
     * non-blocking connect (POLLERR until SO_ERROR is read, and the reset socket's POLLIN and
     * POLLRDHUP), data kept by a peek, a read side shut down, a stream neither connected nor
     * listening (POLLOUT and POLLHUP at once, as tcp_poll says of a closed-state socket).
     */
    int eventsBesidesChannel() {
        int bits = 0;
        try {
            settle();
        } catch (IOException e) {
            // settle keeps a failed connect's error for SO_ERROR, recv and send; here only its events count
        }
        if (pendingError != null) {
            bits |= Readiness.POLLERR;
        }
        if (connectFailed) {
            bits |= Readiness.POLLIN | Readiness.POLLRDNORM | Readiness.POLLRDHUP;
        }
        if (pushback.length > 0 || peekedDatagram != null) {
            bits |= Readiness.POLLIN | Readiness.POLLRDNORM;
        }
        if (readShut) {
            bits |= Readiness.POLLIN | Readiness.POLLRDNORM | Readiness.POLLRDHUP;
        }
        if (unconnectedStream()) {
            bits |= Readiness.POLLOUT | Readiness.POLLWRNORM | Readiness.POLLHUP;
        }
        return bits;
    }

    /** A stream socket that has neither connected nor started to, nor listens: its channel says nothing useful. */
    boolean unconnectedStream() {
        return isStream() && server == null && !connecting && (!materialized || !stream.isConnected());
    }

    /** Appends to the pushback what has arrived since the peek, without waiting; an error waits for the next recv. */
    private void topUpPushback(int n) {
        ByteBuffer more = ByteBuffer.allocate(n - pushback.length);
        try {
            if (stream.read(more) > 0) {
                addToPushback(bytesOf(more));
            }
        } catch (IOException e) {
            // the bytes already peeked come first; the failure shows on a later recv
        }
    }

    private void addToPushback(byte[] add) {
        byte[] joined = Arrays.copyOf(pushback, pushback.length + add.length);
        System.arraycopy(add, 0, joined, pushback.length, add.length);
        pushback = joined;
    }

    /**
     * Whether the peer has closed its side (poll's POLLRDHUP): Java sees the end of a stream only
     * by reading, so what has arrived is moved to the pushback, where the next recv finds it.
     */
    boolean peerClosed() {
        if (!materialized || stream == null || server != null || !stream.isConnected() || readShut || resetSeen) {
            return false;
        }
        ByteBuffer buf = ByteBuffer.allocate(8192);
        try {
            while (pushback.length < MAX_PUSHBACK) {
                buf.clear();
                int k = stream.read(buf);
                if (k < 0) {
                    eofSeen = true;
                }
                if (k <= 0) {
                    return k < 0;
                }
                addToPushback(bytesOf(buf));
            }
        } catch (IOException e) {
            // a reset shows at the next recv, as its error
        }
        return false;
    }

    boolean writeShutDown() {
        return writeShut;
    }

    /** A datagram is read whole so that a peek keeps all of it; recv then returns its first n bytes. */
    private Received receiveDatagram(int n, Waiter.Mode mode, boolean peek) throws IOException {
        Received whole = peekedDatagram;
        if (whole == null) {
            // read and copied out in one attempt: a signal handler run while waiting may recv too
            whole = Waiter.await(datagram, SelectionKey.OP_READ, mode, () -> {
                ByteBuffer buf = ReadBuffers.upTo(MAX_DATAGRAM);
                SocketAddress from = datagram.receive(buf);
                return from == null ? null : new Received(bytesOf(buf), unnamed ? null : from);
            });
        }
        peekedDatagram = peek ? whole : null;
        byte[] data = whole.data();
        return new Received(data.length <= n ? data : Arrays.copyOf(data, n), whole.from());
    }

    private Received readStream(int n, Waiter.Mode mode) throws IOException {
        checkConnectState(mode);
        if (connectFailed) {
            return new Received(new byte[0], null);
        }
        if (server != null || !stream.isConnected()) {
            throw Errno.ENOTCONN.error();
        }
        if (resetSeen || n == 0) {
            return new Received(new byte[0], null);
        }
        try {
            if (readShut) {
                // Linux's SHUT_RD only stops recv from waiting: what has arrived, or arrives later, is still read
                byte[] got = readArrived(n);
                return new Received(got == null ? new byte[0] : got, null);
            }
            // read and copied out in one attempt: a signal handler run while waiting may recv too
            return new Received(Waiter.await(stream, SelectionKey.OP_READ, mode, () -> readArrived(n)), null);
        } catch (IOException e) {
            if (Integer.valueOf(Errno.ECONNRESET.code()).equals(Errno.fromJava(e, Operation.READ).errno())) {
                resetSeen = true;
            }
            throw e;
        }
    }

    /** One read of what the stream holds now (the channel never blocks): null if nothing, b'' at its end. */
    private byte[] readArrived(int n) throws IOException {
        // a recv larger than the thread's buffer (up to MAX_READ) reads in one go, as the kernel's recv does
        ByteBuffer buf = n <= ReadBuffers.SIZE ? ReadBuffers.upTo(n) : ByteBuffer.allocate(n);
        int k = stream.read(buf);
        if (k < 0) {
            eofSeen = true;
            return new byte[0];
        }
        return k == 0 ? null : bytesOf(buf);
    }

    private static byte[] bytesOf(ByteBuffer buf) {
        buf.flip();
        byte[] out = new byte[buf.remaining()];
        buf.get(out);
        return out;
    }

    /** send: how many bytes went out; datagrams go to {@code to} when given. */
    int send(byte[] data, int off, SocketAddress to, Waiter.Mode mode) throws IOException {
        int k = transmit(data, off, to, mode);
        traffic.sent(data, off, k);
        return k;
    }

    private int transmit(byte[] data, int off, SocketAddress to, Waiter.Mode mode) throws IOException {
        materialize();
        ByteBuffer buf = ByteBuffer.wrap(data, off, data.length - off);
        if (datagram != null) {
            if (unnamed && (to != null || pairedWith.isClosed())) {
                // an emulated AF_UNIX pair has no other address to send to, and a closed peer refuses
                throw (to != null ? Errno.ENOENT : Errno.ECONNREFUSED).error();
            }
            if (to == null && !datagram.isConnected()) {
                throw Errno.EDESTADDRREQ.error();
            }
            if (!buf.hasRemaining() && datagram.isConnected()) {
                return sendEmptyDatagram();
            }
            if (to == null) {
                return Waiter.await(datagram, SelectionKey.OP_WRITE, mode, () -> {
                    int k = datagram.write(buf);
                    return k == 0 && buf.hasRemaining() ? null : k;
                });
            }
            return Waiter.await(datagram, SelectionKey.OP_WRITE, mode, () -> {
                int k = datagram.send(buf, to);
                return k == 0 && buf.hasRemaining() ? null : k;
            });
        }
        if (server == null) {
            checkConnectState(mode);
        }
        if (server != null || !stream.isConnected() || writeShut || resetSeen) {
            throw Errno.EPIPE.error();
        }
        if (!buf.hasRemaining()) {
            return 0;
        }
        try {
            return Waiter.await(stream, SelectionKey.OP_WRITE, mode, () -> {
                int k = stream.write(buf);
                return k == 0 ? null : k;
            });
        } catch (IOException e) {
            resetSeen = true;
            throw e;
        }
    }

    /**
     * A connected DatagramChannel silently drops zero-length writes, but Linux sends an empty
     * datagram; briefly disconnecting lets send() deliver it, and the port is kept.
     */
    private int sendEmptyDatagram() throws IOException {
        SocketAddress peer = datagram.getRemoteAddress();
        datagram.disconnect();
        try {
            datagram.send(ByteBuffer.allocate(0), peer);
        } finally {
            datagram.connect(peer);
        }
        return 0;
    }

    void shutdown(int how) throws IOException {
        if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR) {
            throw Errno.EINVAL.error();
        }
        if (!materialized) {
            throw Errno.ENOTCONN.error();
        }
        if (server != null) {
            if (how != SHUT_WR) {
                stopListening();
            }
            return;
        }
        if (datagram != null ? !datagram.isConnected() : !stream.isConnected()) {
            throw Errno.ENOTCONN.error();
        }
        if (datagram != null) {
            return;
        }
        if (how != SHUT_WR) {
            // not the channel's shutdownInput: Java would then read nothing more, Linux still delivers data
            readShut = true;
        }
        if (how != SHUT_RD && !writeShut) {
            stream.shutdownOutput();
            writeShut = true;
        }
    }

    /**
     * Linux's shutdown of a listener disconnects it: pending connections are reset and accept
     * fails with EINVAL, yet the socket keeps its address and may listen again.
     */
    private void stopListening() throws IOException {
        SocketAddress local = server.getLocalAddress();
        server.close();
        server = null;
        stream = freshStream();
        if (local instanceof InetSocketAddress) {
            stream.bind(local);
        }
    }

    // ---- names and options ----

    /** The local address; null when unbound (the caller prints the family's empty address). */
    SocketAddress localAddress() throws IOException {
        if (!materialized || unnamed) {
            return null;
        }
        SocketAddress a = network().getLocalAddress();
        return a != null ? a : shownLocal;
    }

    SocketAddress remoteAddress() throws IOException {
        if (unnamed && !closed) {
            return UnixDomainSocketAddress.of("");
        }
        SocketAddress a = !materialized ? null : datagram != null ? datagram.getRemoteAddress()
                : server != null || !stream.isConnected() ? null : stream.getRemoteAddress();
        if (a == null) {
            throw Errno.ENOTCONN.error();
        }
        return a;
    }

    boolean reuseAddr() {
        return reuseAddr;
    }

    /** Sets an option now and on every channel this socket opens later (listen swaps channels). */
    @SuppressWarnings("unchecked")
    <T> void setOption(SocketOption<T> opt, T value) throws IOException {
        materialize();
        if (opt == StandardSocketOptions.SO_REUSEADDR) {
            reuseAddr = (Boolean) value;
            if (family == AF_UNIX) {
                // Linux keeps the flag on a Unix socket (it changes nothing there); the JDK refuses it
                return;
            }
        }
        network().setOption(opt, value);
        options.put((SocketOption<Object>) opt, value);
    }

    @SuppressWarnings("unchecked")
    <T> T getOption(SocketOption<T> opt) throws IOException {
        materialize();
        if (opt == StandardSocketOptions.SO_REUSEADDR && family == AF_UNIX) {
            return (T) Boolean.valueOf(reuseAddr);
        }
        return network().getOption(opt);
    }

    boolean supports(SocketOption<?> opt) throws IOException {
        materialize();
        return opt == StandardSocketOptions.SO_REUSEADDR && family == AF_UNIX
                || network().supportedOptions().contains(opt);
    }

    private void applyOptions(NetworkChannel ch) throws IOException {
        if (ch.supportedOptions().contains(StandardSocketOptions.SO_REUSEADDR)) {
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, reuseAddr);
        }
        for (Map.Entry<SocketOption<Object>, Object> e : options.entrySet()) {
            if (ch.supportedOptions().contains(e.getKey())) {
                ch.setOption(e.getKey(), e.getValue());
            }
        }
    }

    // ---- what the socket table shows ----

    Traffic traffic() {
        return traffic;
    }

    /** The other end of a socketpair(), or null. */
    Endpoint pairedWith() {
        return pairedWith;
    }

    int backlog() {
        return backlog;
    }

    /** A snapshot for the socket table; a socket object already closed shows no addresses. */
    SocketInfo info(int fd, double timeout, boolean objectClosed, int pairedFd) {
        return new SocketInfo(fd, Constants.memberName("AddressFamily", family), Constants.memberName("SocketKind", type),
                objectClosed ? SocketState.CLOSED : state(), objectClosed ? "" : AddressText.of(family, quietLocal()),
                objectClosed ? "" : AddressText.of(family, quietRemote()), traffic.sent(), traffic.received(), timeout, backlog,
                !objectClosed && readyNow(), traffic.lastSent(), traffic.lastReceived(), pairedFd);
    }

    /** The local address, or null when there is none or it cannot be read (the socket is closing). */
    SocketAddress quietLocal() {
        try {
            return localAddress();
        } catch (IOException | NetError e) {
            return null;
        }
    }

    /** The peer's address, or null when not connected. */
    SocketAddress quietRemote() {
        try {
            return remoteAddress();
        } catch (IOException | NetError e) {
            return null;
        }
    }

    /** The state ss would show, read without disturbing what a later call returns. */
    SocketState state() {
        if (closed) {
            return SocketState.CLOSED;
        }
        try {
            if (!isStream()) {
                return datagram != null && datagram.isConnected() ? SocketState.CONNECTED
                        : localAddress() != null ? SocketState.BOUND : SocketState.UNBOUND;
            }
            if (server != null) {
                return SocketState.LISTEN;
            }
            if (connecting) {
                return SocketState.SYN_SENT;
            }
            if (materialized && stream.isConnected()) {
                return peerHasClosed() ? SocketState.CLOSE_WAIT : SocketState.ESTABLISHED;
            }
            return localAddress() != null ? SocketState.BOUND : SocketState.UNBOUND;
        } catch (IOException e) {
            return SocketState.CLOSED;
        }
    }

    /**
     * Whether the peer has closed its side: a read met the end, or the kernel says the socket is
     * readable with nothing to read. Asked with a selector of its own and FIONREAD (available()),
     * so no byte is taken from the socket; Java offers no FIONREAD for AF_UNIX, whose sockets show
     * the peer's close once a read has met it.
     */
    private boolean peerHasClosed() {
        if (eofSeen || resetSeen) {
            return true;
        }
        try {
            return pushback.length == 0 && readyNow() && stream.socket().getInputStream().available() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * What select() would say of reading now: a connection waits to be accepted, or data (or the
     * end of the stream) waits to be read. Asked with a selector of its own, so nothing is taken.
     */
    boolean readyNow() {
        if (closed || !materialized) {
            return false;
        }
        if (pushback.length > 0 || peekedDatagram != null) {
            return true;
        }
        try (Selector probe = Selector.open()) {
            channel().register(probe, readOps());
            return probe.selectNow() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Closes the OS socket; a second call does nothing. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        keptBy.forEach(kept -> kept.release(this));
        for (SelectableChannel ch : new SelectableChannel[] {stream, server, datagram}) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException e) {
                    // close errors are not reported by Python's close() either
                }
            }
        }
    }

    /** An epoll object's selector now holds this socket's channel: closing must make it let go first. */
    void keep(KeptSelector kept) {
        keptBy.add(kept);
    }

    void unkeep(KeptSelector kept) {
        keptBy.remove(kept);
    }

    /** What a recv call got: the bytes, and the sender for datagram sockets. */
    record Received(byte[] data, SocketAddress from) {
    }
}
