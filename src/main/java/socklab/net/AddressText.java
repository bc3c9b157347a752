package socklab.net;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/** An address as ss prints it ("127.0.0.1:9080", "[::1]:9080", a path), for the socket table and events. */
final class AddressText {
    private AddressText() {}

    static String of(SocketAddress a) {
        if (a instanceof InetSocketAddress isa && isa.getAddress() != null) {
            String host = isa.getAddress() instanceof Inet6Address i6 ? "[" + Inet.format6(i6.getAddress()) + "]"
                    : Inet.format4(isa.getAddress().getAddress(), 0);
            return host + ":" + isa.getPort();
        }
        return a instanceof UnixDomainSocketAddress u ? u.getPath().toString() : "";
    }
}
