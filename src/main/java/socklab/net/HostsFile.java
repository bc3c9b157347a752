package socklab.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * /etc/hosts read with glibc's nss_files rules ({@code multi on}), because Java's InetAddress
 * neither merges lines nor reports aliases nor answers reverse lookups from the file.
 * The file is re-read on every lookup, as glibc does, so edits show up at once.
 */
final class HostsFile {
    /** One usable line: an address that inet_pton accepts and at least one name. */
    record Line(byte[] addr, String canonical, List<String> aliases) {
        boolean named(String name) {
            return canonical.equalsIgnoreCase(name) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(name));
        }
    }

    /** The merged answer to a by-name lookup; addresses are 4 or 16 bytes. */
    record Match(String canonical, List<String> aliases, List<byte[]> addrs) {
    }

    private static final byte[] LOOPBACK4 = {127, 0, 0, 1};

    private final Path file;

    HostsFile(Path file) {
        this.file = file;
    }

    /**
     * All lines naming {@code name} (case-insensitively), merged: canonical name from the first;
     * aliases are the first line's, then each later line's aliases and its canonical name unless
     * that equals the first canonical name exactly; addresses in file order, duplicates kept.
     * {@code family} 0, AF_INET or AF_INET6 selects and converts addresses as {@link #convert}.
     */
    Match byName(String name, int family) {
        Match m = null;
        for (Line line : lines()) {
            byte[] a = convert(line.addr(), family);
            if (a == null || !line.named(name)) {
                continue;
            }
            if (m == null) {
                m = new Match(line.canonical(), new ArrayList<>(line.aliases()), new ArrayList<>());
            } else {
                m.aliases().addAll(line.aliases());
                if (!line.canonical().equals(m.canonical())) {
                    m.aliases().add(line.canonical());
                }
            }
            m.addrs().add(a);
        }
        return m;
    }

    /** The first line whose address equals {@code addr} (4 or 16 bytes); null if none. */
    Line byAddr(byte[] addr) {
        int family = addr.length == 4 ? Inet.AF_INET : Inet.AF_INET6;
        for (Line line : lines()) {
            byte[] a = convert(line.addr(), family);
            if (a != null && Arrays.equals(a, addr)) {
                return new Line(a, line.canonical(), line.aliases());
            }
        }
        return null;
    }

    /**
     * glibc's per-family view of a line: AF_INET takes IPv4 lines, IPv4-mapped lines as IPv4 and
     * {@code ::1} as 127.0.0.1; AF_INET6 takes only IPv6 lines; 0 takes everything as written.
     */
    static byte[] convert(byte[] addr, int family) {
        if (family == 0 || (family == Inet.AF_INET6 && addr.length == 16)) {
            return addr;
        }
        if (family != Inet.AF_INET) {
            return null;
        }
        if (addr.length == 4) {
            return addr;
        }
        if (isMapped(addr)) {
            return Arrays.copyOfRange(addr, 12, 16);
        }
        return isLoopback6(addr) ? LOOPBACK4.clone() : null;
    }

    static boolean isMapped(byte[] a) {
        for (int k = 0; k < 10; k++) {
            if (a[k] != 0) {
                return false;
            }
        }
        return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    }

    static boolean isLoopback6(byte[] a) {
        for (int k = 0; k < 15; k++) {
            if (a[k] != 0) {
                return false;
            }
        }
        return a[15] == 1;
    }

    private List<Line> lines() {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException | SecurityException e) {
            return List.of();
        }
        List<Line> out = new ArrayList<>();
        for (String raw : text) {
            int hash = raw.indexOf('#');
            String[] f = (hash >= 0 ? raw.substring(0, hash) : raw).trim().split("\\s+");
            if (f.length < 2) {
                continue;
            }
            byte[] addr = f[0].indexOf(':') >= 0 ? Inet.parse6(f[0]) : Inet.parse4(f[0]);
            if (addr != null) {
                out.add(new Line(addr, f[1], List.of(f).subList(2, f.length)));
            }
        }
        return out;
    }
}
