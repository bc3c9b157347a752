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
    private static final int SOL_SOCKET = Constants.num("SOL_SOCKET");
    private static final int IPPROTO_IP = Constants.num("IPPROTO_IP");
    private static final int IPPROTO_TCP = Constants.num("IPPROTO_TCP");
    private static final int IPPROTO_IPV6 = Constants.num("IPPROTO_IPV6");
    private static final int IPV6_V6ONLY = Constants.num("IPV6_V6ONLY");
    private static final int IP_TOS = Constants.num("IP_TOS");
    private static final int IP_TTL = Constants.num("IP_TTL");

    private record Key(int level, int option) {
        static Key of(String level, String option) {
            return new Key(Constants.num(level), Constants.num(option));
        }
    }

    private static final Map<Key, SocketOption<?>> PASS_THROUGH = Map.of(
            Key.of("SOL_SOCKET", "SO_REUSEADDR"), StandardSocketOptions.SO_REUSEADDR,
            Key.of("SOL_SOCKET", "SO_REUSEPORT"), StandardSocketOptions.SO_REUSEPORT,
            Key.of("SOL_SOCKET", "SO_KEEPALIVE"), StandardSocketOptions.SO_KEEPALIVE,
            Key.of("SOL_SOCKET", "SO_BROADCAST"), StandardSocketOptions.SO_BROADCAST,
            Key.of("SOL_SOCKET", "SO_SNDBUF"), StandardSocketOptions.SO_SNDBUF,
            Key.of("SOL_SOCKET", "SO_RCVBUF"), StandardSocketOptions.SO_RCVBUF,
            Key.of("IPPROTO_TCP", "TCP_NODELAY"), StandardSocketOptions.TCP_NODELAY,
            Key.of("IPPROTO_TCP", "TCP_KEEPIDLE"), ExtendedSocketOptions.TCP_KEEPIDLE,
            Key.of("IPPROTO_TCP", "TCP_KEEPINTVL"), ExtendedSocketOptions.TCP_KEEPINTERVAL,
            Key.of("IPPROTO_TCP", "TCP_KEEPCNT"), ExtendedSocketOptions.TCP_KEEPCOUNT);

    /** The SOL_SOCKET options answered from the socket's own state. */
    private static final int SO_TYPE = Constants.num("SO_TYPE");
    private static final int SO_ERROR = Constants.num("SO_ERROR");
    private static final int SO_LINGER = Constants.num("SO_LINGER");
    private static final int SO_ACCEPTCONN = Constants.num("SO_ACCEPTCONN");
    private static final int SO_PROTOCOL = Constants.num("SO_PROTOCOL");
    private static final int SO_DOMAIN = Constants.num("SO_DOMAIN");

    private SockOpts() {}

    @SuppressWarnings("unchecked")
    static void set(Endpoint ep, int level, int option, int value) throws IOException {
        if (level == IPPROTO_IPV6 && option == IPV6_V6ONLY && ep.family == Inet.AF_INET6) {
            ep.v6only = value != 0;
            return;
        }
        SocketOption<?> opt = PASS_THROUGH.get(new Key(level, option));
        if (opt == null) {
            if (level == IPPROTO_IP && option == IP_TOS && ep.family == Inet.AF_INET) {
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

    /** SO_LINGER carries a struct linger {int l_onoff; int l_linger;}, not an int. */
    static boolean isLinger(int level, int option) {
        return level == SOL_SOCKET && option == SO_LINGER;
    }

    /** setsockopt(SOL_SOCKET, SO_LINGER, struct.pack('ii', onoff, seconds)); an int or a wrong size is EINVAL, as on Linux. */
    static void setLinger(Endpoint ep, byte[] linger) throws IOException {
        if (linger == null || linger.length != 8) {
            throw Errno.EINVAL.error();
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(linger).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int onoff = b.getInt();
        int seconds = b.getInt();
        ep.setOption(StandardSocketOptions.SO_LINGER, onoff != 0 ? Math.max(0, seconds) : -1);
    }

    /** The socket's struct linger as Linux returns it: on/off, then seconds. */
    static byte[] getLinger(Endpoint ep) throws IOException {
        Integer seconds = ep.supports(StandardSocketOptions.SO_LINGER) ? ep.getOption(StandardSocketOptions.SO_LINGER) : -1;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(seconds >= 0 ? 1 : 0).putInt(Math.max(0, seconds));
        return b.array();
    }

    static int get(Endpoint ep, int level, int option) throws IOException {
        if (level == SOL_SOCKET) {
            if (option == SO_TYPE) {
                return ep.type;
            } else if (option == SO_ERROR) {
                return ep.takeSocketError();
            } else if (option == SO_ACCEPTCONN) {
                return ep.isListening() ? 1 : 0;
            } else if (option == SO_PROTOCOL) {
                return ep.kernelProto();
            } else if (option == SO_DOMAIN) {
                return ep.family;
            }
        }
        if (level == IPPROTO_IPV6 && option == IPV6_V6ONLY && ep.family == Inet.AF_INET6) {
            return ep.v6only ? 1 : 0;
        }
        if (level == IPPROTO_IP && option == IP_TTL && ep.family == Inet.AF_INET) {
            return 64;
        }
        SocketOption<?> opt = PASS_THROUGH.get(new Key(level, option));
        if (opt == null && level == IPPROTO_IP && option == IP_TOS && ep.family == Inet.AF_INET) {
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
