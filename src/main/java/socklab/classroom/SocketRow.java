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
        if (remote.equals(listening)) {
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
        return !info.remote().isEmpty() && info.remote().equals(other.info.local()) && info.local().equals(other.info.remote());
    }
}
