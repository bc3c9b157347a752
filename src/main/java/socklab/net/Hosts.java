package socklab.net;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The socket module's name functions (gethostname, gethostbyname[_ex], gethostbyaddr,
 * getaddrinfo) answering as CPython on glibc does: literals and /etc/hosts first, the JVM's
 * resolver only for other names, and reverse lookups from the hosts file alone, so nothing
 * but the file is consulted for loopback and unknown addresses.
 */
public final class Hosts {
    private static final byte[] BROADCAST = {-1, -1, -1, -1};
    private static volatile Hosts system;

    private final HostsFile file;
    private final Path hostnameFile;
    private final Resolver fallback;
    private final GetAddrInfo gai;

    /**
     * @param hostsFile    the hosts file (/etc/hosts)
     * @param hostnameFile where the kernel keeps the host name (/proc/sys/kernel/hostname)
     * @param services     the service database for getaddrinfo's service names
     * @param fallback     lookup for names that are neither literals nor in the hosts file
     */
    public Hosts(Path hostsFile, Path hostnameFile, Services services, Resolver fallback) {
        this.file = new HostsFile(hostsFile);
        this.hostnameFile = hostnameFile;
        this.fallback = fallback;
        this.gai = new GetAddrInfo(file, services, fallback);
    }

    /** The machine's files, with the JVM resolver abandoned after two seconds. */
    public static Hosts system() {
        Hosts h = system;
        if (h == null) {
            synchronized (Hosts.class) {
                h = system;
                if (h == null) {
                    h = new Hosts(Path.of("/etc/hosts"), Path.of("/proc/sys/kernel/hostname"),
                            Services.system(), Resolver.system(Duration.ofSeconds(2)));
                    system = h;
                }
            }
        }
        return h;
    }

    /** {@code socket.gethostname()}: the kernel's host name. */
    public String gethostname() {
        try {
            return Files.readString(hostnameFile, StandardCharsets.UTF_8).strip();
        } catch (IOException | SecurityException e) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException ex) {
                return "localhost";
            }
        }
    }

    /** {@code socket.gethostbyname(name)}: one IPv4 address as text. */
    public String gethostbyname(String name) {
        return Inet.format4(address(name, Inet.AF_INET), 0);
    }

    /**
     * {@code socket.gethostbyname_ex(name)}: CPython first resolves the name as gethostbyname
     * does (its errors win), then asks gethostbyname_r, which knows dotted decimal literals and
     * the hosts file but not '', '&lt;broadcast&gt;' (herror 3) or hex/octal or IPv6 literals (herror 1).
     */
    public HostEntry gethostbyname_ex(String name) {
        address(name, Inet.AF_INET);
        if (!name.isEmpty() && !name.endsWith(".") && name.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
            byte[] v4 = Inet.parseAton(name, true);
            if (v4 == null) {
                throw NetError.herror(1);
            }
            return new HostEntry(name, List.of(), List.of(Inet.format4(v4, 0)));
        }
        HostsFile.Match m = file.byName(name, Inet.AF_INET);
        if (m != null) {
            return new HostEntry(m.canonical(), m.aliases(), m.addrs().stream().map(a -> Inet.format4(a, 0)).toList());
        }
        if (!validSyntax(name) && name.indexOf(':') < 0) {
            throw NetError.herror(3);
        }
        if (!plausibleName(name)) {
            throw NetError.herror(1);
        }
        List<String> addrs = new ArrayList<>();
        try {
            for (InetAddress a : fallback.lookup(name)) {
                if (a instanceof Inet4Address) {
                    addrs.add(a.getHostAddress());
                }
            }
        } catch (UnknownHostException | RuntimeException e) {
            throw NetError.herror(1);
        }
        if (addrs.isEmpty()) {
            throw NetError.herror(1);
        }
        return new HostEntry(name, List.of(), addrs);
    }

    /**
     * {@code socket.gethostbyaddr(addr)}: the address (or name, resolved first) looked up in the
     * hosts file only, using its first matching line; anything else is herror 1, as it is on a
     * machine without reverse DNS.
     */
    public HostEntry gethostbyaddr(String addr) {
        byte[] a = address(addr, 0);
        HostsFile.Line line = file.byAddr(a);
        if (line == null) {
            throw NetError.herror(1);
        }
        String text = a.length == 4 ? Inet.format4(a, 0) : Inet.format6(a);
        return new HostEntry(line.canonical(), line.aliases(), List.of(text));
    }

    /**
     * {@code socket.getaddrinfo}: {@code host} and {@code service} null for None; an int port is
     * passed as its decimal text (CPython formats it with "%ld"), bytes decoded as ASCII.
     * Results are in glibc's order; the canonical name (with AI_CANONNAME) is on the first only.
     */
    public List<AddrInfo> getaddrinfo(String host, String service, int family, int type, int proto, int flags) {
        return gai.getaddrinfo(host, service, family, type, proto, flags);
    }

    /**
     * The host of a socket address tuple as CPython's setipaddr reads it for {@code family}
     * (AF_INET or AF_INET6): '' is the wildcard, literals are taken as they are, names are
     * resolved in that family (an IPv4 literal for AF_INET6 is gaierror -9, and the reverse).
     */
    public InetAddress sockaddrHost(String name, int family) {
        try {
            if (family != Inet.AF_INET6) {
                return InetAddress.getByAddress(address(name, Inet.AF_INET));
            }
            if (name.isEmpty()) {
                return InetAddress.getByAddress(new byte[16]);
            }
            GetAddrInfo.Addr a = gai.resolve(name, Inet.AF_INET6, 0).addrs().get(0);
            return Inet6Address.getByAddress(null, a.bytes(), a.scope());
        } catch (UnknownHostException e) {
            throw Gai.NONAME.error();
        }
    }

    /**
     * CPython's setipaddr: '' is the wildcard, '&lt;broadcast&gt;' 255.255.255.255, strict literals
     * are taken as they are, anything else goes through getaddrinfo and the first result wins.
     */
    private byte[] address(String name, int family) {
        if (name.isEmpty()) {
            if (family == 0) {
                throw NetError.of("OSError", "wildcard resolved to multiple address");
            }
            return new byte[4];
        }
        if (name.equals("<broadcast>") || name.equals("255.255.255.255")) {
            return BROADCAST.clone();
        }
        byte[] v4 = Inet.parse4(name);
        if (v4 != null) {
            return v4;
        }
        if (family == 0 && name.indexOf('%') < 0) {
            byte[] v6 = Inet.parse6(name);
            if (v6 != null) {
                return v6;
            }
        }
        return gai.resolve(name, family, 0).addrs().get(0).bytes();
    }

    /** Host-name characters as the resolver accepts them. */
    static boolean validSyntax(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.'));
    }

    /**
     * Whether a name is worth asking the JVM resolver about: valid syntax and not a malformed
     * number such as '08.1.1.1' or '1.2.3.', which the JVM might read as a literal but DNS never
     * resolves.
     */
    static boolean plausibleName(String name) {
        if (!validSyntax(name)) {
            return false;
        }
        boolean numberLike = Character.isDigit(name.charAt(0))
                && name.chars().allMatch(c -> c == '.' || c == 'x' || c == 'X' || Character.digit(c, 16) >= 0);
        return !numberLike;
    }
}
