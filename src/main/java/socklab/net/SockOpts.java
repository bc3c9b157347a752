package socklab.net;

import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.util.Map;
import jdk.net.ExtendedSocketOptions;

/**
 * setsockopt/getsockopt by Linux (level, option) numbers: the options Java exposes pass through
 * to the kernel (so SO_RCVBUF comes back doubled, as on Linux), the read-only ones are answered
 * from the socket's state, anything else is Errno 92 as Linux reports it.
 */
final class SockOpts {
    private static final int SOL_SOCKET = 1;
    private static final int IPPROTO_IP = 0;
    private static final int IPPROTO_TCP = 6;
    private static final int IPPROTO_IPV6 = 41;
    private static final int IPV6_V6ONLY = 26;

    private record Key(int level, int option) {
    }

    private static final Map<Key, SocketOption<?>> PASS_THROUGH = Map.of(
            new Key(SOL_SOCKET, 2), StandardSocketOptions.SO_REUSEADDR,
            new Key(SOL_SOCKET, 15), StandardSocketOptions.SO_REUSEPORT,
            new Key(SOL_SOCKET, 9), StandardSocketOptions.SO_KEEPALIVE,
            new Key(SOL_SOCKET, 6), StandardSocketOptions.SO_BROADCAST,
            new Key(SOL_SOCKET, 7), StandardSocketOptions.SO_SNDBUF,
            new Key(SOL_SOCKET, 8), StandardSocketOptions.SO_RCVBUF,
            new Key(IPPROTO_TCP, 1), StandardSocketOptions.TCP_NODELAY,
            new Key(IPPROTO_TCP, 4), ExtendedSocketOptions.TCP_KEEPIDLE,
            new Key(IPPROTO_TCP, 5), ExtendedSocketOptions.TCP_KEEPINTERVAL,
            new Key(IPPROTO_TCP, 6), ExtendedSocketOptions.TCP_KEEPCOUNT);

    private SockOpts() {}

    @SuppressWarnings("unchecked")
    static void set(Endpoint ep, int level, int option, int value) throws IOException {
        if (level == IPPROTO_IPV6 && option == IPV6_V6ONLY && ep.family == Inet.AF_INET6) {
            ep.v6only = value != 0;
            return;
        }
        SocketOption<?> opt = PASS_THROUGH.get(new Key(level, option));
        if (opt == null) {
            if (level == IPPROTO_IP && option == 1 && ep.family == Inet.AF_INET) {
                ep.setOption(StandardSocketOptions.IP_TOS, value);
                return;
            }
            throw Errno.ENOPROTOOPT.error();
        }
        if (!ep.supports(opt)) {
            throw mismatch(level);
        }
        if (opt.type() == Boolean.class) {
            ep.setOption((SocketOption<Boolean>) opt, value != 0);
        } else {
            ep.setOption((SocketOption<Integer>) opt, value);
        }
    }

    static int get(Endpoint ep, int level, int option) throws IOException {
        if (level == SOL_SOCKET) {
            switch (option) {
                case 3: return ep.type;
                case 4: return ep.takeSocketError();
                case 13: return 0;
                case 30: return ep.isListening() ? 1 : 0;
                case 38: return ep.kernelProto();
                case 39: return ep.family;
                default: break;
            }
        }
        if (level == IPPROTO_IPV6 && option == IPV6_V6ONLY && ep.family == Inet.AF_INET6) {
            return ep.v6only ? 1 : 0;
        }
        if (level == IPPROTO_IP && option == 2 && ep.family == Inet.AF_INET) {
            return 64;
        }
        SocketOption<?> opt = PASS_THROUGH.get(new Key(level, option));
        if (opt == null && level == IPPROTO_IP && option == 1 && ep.family == Inet.AF_INET) {
            opt = StandardSocketOptions.IP_TOS;
        }
        if (opt == null) {
            throw (level == IPPROTO_IPV6 ? Errno.ENOTSUP : Errno.ENOPROTOOPT).error();
        }
        if (!ep.supports(opt)) {
            throw mismatch(level);
        }
        Object v = ep.getOption(opt);
        if (opt == StandardSocketOptions.SO_RCVBUF || opt == StandardSocketOptions.SO_SNDBUF) {
            // the JDK halves the kernel's answer to report what was set; Linux reports it doubled
            return 2 * (Integer) v;
        }
        return v instanceof Boolean b ? (b ? 1 : 0) : (Integer) v;
    }

    /** A TCP option on a datagram socket is "not supported"; other mismatches "not available". */
    private static NetError mismatch(int level) {
        return (level == IPPROTO_TCP ? Errno.ENOTSUP : Errno.ENOPROTOOPT).error();
    }
}
