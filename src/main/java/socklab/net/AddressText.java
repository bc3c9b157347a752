package socklab.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/**
 * An address as ss prints it ("127.0.0.1:9080", "[::1]:9080", a path), for the socket table and
 * events; an IPv6 socket's IPv4 peer is "[::ffff:127.0.0.1]:9080", as getpeername() shows it.
 */
final class AddressText {
    private AddressText() {}

    static String of(int family, SocketAddress a) {
        if (a instanceof InetSocketAddress isa && isa.getAddress() != null) {
            String host = isa.getAddress() instanceof Inet6Address i6 ? "[" + Inet.format6(i6.getAddress()) + "]"
                    : family == Inet.AF_INET6 && isa.getAddress() instanceof Inet4Address ? "[::ffff:" + ip4(isa) + "]"
                    : ip4(isa);
            return host + ":" + isa.getPort();
        }
        return a instanceof UnixDomainSocketAddress u ? u.getPath().toString() : "";
    }

    private static String ip4(InetSocketAddress isa) {
        return Inet.format4(isa.getAddress().getAddress(), 0);
    }
}
