package socklab;

import socklab.lesson.SocketTap;
import socklab.net.NetModules;
import socklab.net.SocketEvent;
import socklab.runtime.Interpreter;

/** Feeds a session's socket events to a lesson's tap: the one place that reads them for the coach and the rehearsals. */
final class SocketTaps {
    private SocketTaps() {}

    static void attach(Interpreter interp, SocketTap tap) {
        NetModules.view(interp).subscribe(e -> {
            if (e.kind() == SocketEvent.Kind.LISTEN) {
                tap.listened(port(e.local()));
            } else if (e.kind() == SocketEvent.Kind.SEND && !e.remote().isEmpty()) {
                tap.sent(e.remote(), e.count());
            }
        });
    }

    /** The port of "host:port" (an IPv6 host keeps its colons before the last one). */
    private static int port(String address) {
        String digits = address.substring(address.lastIndexOf(':') + 1);
        return digits.matches("\\d{1,5}") ? Integer.parseInt(digits) : -1;
    }
}
