package socklab.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * socket.getprotobyname: Java has no protocols database, so /etc/protocols is read as glibc
 * reads it (names and aliases, case-sensitive), with a built-in table of its usual lines for
 * machines without the file.
 */
final class Protocols {
    private static final List<String> BUILT_IN = List.of(
            "ip 0 IP", "icmp 1 ICMP", "igmp 2 IGMP", "tcp 6 TCP", "udp 17 UDP", "ipv6 41 IPv6",
            "ipv6-icmp 58 IPv6-ICMP", "sctp 132 SCTP", "udplite 136 UDPLite", "raw 255 RAW");

    private final Map<String, Integer> byName = new HashMap<>();

    private Protocols(List<String> lines) {
        for (String line : lines) {
            int hash = line.indexOf('#');
            String[] f = (hash < 0 ? line : line.substring(0, hash)).trim().split("\\s+");
            if (f.length < 2 || !f[1].chars().allMatch(Character::isDigit)) {
                continue;
            }
            int number = Integer.parseInt(f[1]);
            for (int k = 0; k < f.length; k++) {
                if (k != 1) {
                    byName.putIfAbsent(f[k], number);
                }
            }
        }
    }

    /** The machine's table, or the built-in one when /etc/protocols cannot be read. */
    static Protocols system() {
        try {
            return new Protocols(Files.readAllLines(Path.of("/etc/protocols"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Protocols(BUILT_IN);
        }
    }

    /** The protocol's number; OSError "protocol not found" as CPython raises it. */
    int number(String name) {
        Integer n = byName.get(name);
        if (n == null) {
            throw NetError.of("OSError", "protocol not found");
        }
        return n;
    }
}
