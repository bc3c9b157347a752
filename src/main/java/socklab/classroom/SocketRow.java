package socklab.classroom;

import java.util.List;
import socklab.net.SocketInfo;

/** One socket as the classroom shows it: its snapshot, the names in __main__ that hold it, and whether it is a lesson's partner. */
record SocketRow(SocketInfo info, List<String> names, boolean partner) {
    SocketRow {
        names = List.copyOf(names);
    }

    /** The port of an address "host:port" ("[::1]:9080" too); -1 for none (AF_UNIX, unbound). */
    static int port(String address) {
        int colon = address.lastIndexOf(':');
        if (colon < 0 || address.endsWith("]")) {
            return -1;
        }
        try {
            return Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether a connection to {@code remote} reaches a socket listening on {@code listening} (which may be a wildcard). */
    static boolean reaches(String remote, String listening) {
        if (same(remote, listening)) {
            return true;
        }
        int port = port(listening);
        String host = listening.substring(0, Math.max(0, listening.lastIndexOf(':')));
        return port >= 0 && port == port(remote) && (host.equals("0.0.0.0") || host.equals("[::]"));
    }

    boolean connected() {
        return switch (info.state()) {
            case ESTABLISHED, CLOSE_WAIT, SYN_SENT -> info.isStream();
            default -> false;
        };
    }

    /** The other end of a connection: its local address is our remote and the other way round, or our socketpair() end. */
    boolean isPeerOf(SocketRow other) {
        if (other == this || !connected() || !other.connected()) {
            return false;
        }
        if (info.pairedFd() >= 0 || other.info.pairedFd() >= 0) {
            return !other.partner() && info.pairedFd() == other.info.fd();
        }
        return !info.remote().isEmpty() && same(info.remote(), other.info.local()) && same(info.local(), other.info.remote());
    }

    /** One address as both ends name it: an IPv6 socket calls its IPv4 peer [::ffff:a.b.c.d]. */
    private static boolean same(String a, String b) {
        return unmapped(a).equals(unmapped(b));
    }

    private static String unmapped(String address) {
        return address.startsWith("[::ffff:") && address.indexOf(']') > 0 && address.indexOf('.') > 0
                ? address.substring(8, address.indexOf(']')) + address.substring(address.indexOf(']') + 1) : address;
    }
}
