package socklab.net;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * getaddrinfo as glibc answers it (checks in glibc's order, its socket-type table, strtoul-style
 * numeric ports, numeric hosts, /etc/hosts, then the fallback resolver, sorted loopback-first),
 * because Java has no getaddrinfo and Python code prints its exact result list.
 */
final class GetAddrInfo {
    static final int SOCK_STREAM = Constants.num("SOCK_STREAM");
    static final int SOCK_DGRAM = Constants.num("SOCK_DGRAM");
    static final int SOCK_RAW = Constants.num("SOCK_RAW");
    static final int AI_PASSIVE = Constants.num("AI_PASSIVE");
    static final int AI_CANONNAME = Constants.num("AI_CANONNAME");
    static final int AI_NUMERICHOST = Constants.num("AI_NUMERICHOST");
    static final int AI_V4MAPPED = Constants.num("AI_V4MAPPED");
    static final int AI_ALL = Constants.num("AI_ALL");
    static final int AI_NUMERICSERV = Constants.num("AI_NUMERICSERV");
    /** Every flag glibc accepts, including the deprecated IDN ones. */
    private static final int KNOWN_FLAGS = 0x7ff;

    /** A row of glibc's gaih_inet_typeproto table. */
    private record TypeProto(int type, int proto, String name, boolean byDefault, boolean anyProto) {
    }

    private static final List<TypeProto> TABLE = List.of(
            new TypeProto(SOCK_STREAM, Constants.num("IPPROTO_TCP"), "tcp", true, false),
            new TypeProto(SOCK_DGRAM, Constants.num("IPPROTO_UDP"), "udp", true, false),
            // DCCP (type 6, protocol 33) has no names in the socket module, only in glibc's table
            new TypeProto(6, 33, "dccp", false, false),
            new TypeProto(SOCK_DGRAM, Constants.num("IPPROTO_UDPLITE"), "udplite", false, false),
            new TypeProto(SOCK_STREAM, Constants.num("IPPROTO_SCTP"), "sctp", false, false),
            new TypeProto(Constants.num("SOCK_SEQPACKET"), Constants.num("IPPROTO_SCTP"), "sctp", false, false),
            new TypeProto(SOCK_RAW, 0, "raw", true, true));

    /** One socket type/protocol/port combination to report for every address. */
    private record Slot(int type, int proto, int port) {
    }

    /** One resolved address: 4 or 16 bytes, and the IPv6 scope id. */
    record Addr(byte[] bytes, int scope) {
        int family() {
            return bytes.length == 4 ? Inet.AF_INET : Inet.AF_INET6;
        }

        String text() {
            return bytes.length == 4 ? Inet.format4(bytes, 0) : Inet.format6(bytes);
        }

        /**
         * glibc sorts results by RFC 6724; on a machine used only over loopback that amounts to
         * ::1 first, then IPv4 loopback, other IPv4, other IPv6 (no global IPv6 route here).
         */
        int rank() {
            if (bytes.length == 16) {
                if (HostsFile.isMapped(bytes)) {
                    return bytes[12] == 127 ? 1 : 2;
                }
                return HostsFile.isLoopback6(bytes) ? 0 : 3;
            }
            return bytes[0] == 127 ? 1 : 2;
        }
    }

    /** The addresses for a host and the canonical name AI_CANONNAME reports. */
    record Found(List<Addr> addrs, String canonical) {
    }

    private final HostsFile hosts;
    private final Services services;
    private final Resolver fallback;

    GetAddrInfo(HostsFile hosts, Services services, Resolver fallback) {
        this.hosts = hosts;
        this.services = services;
        this.fallback = fallback;
    }

    List<AddrInfo> getaddrinfo(String host, String service, int family, int type, int proto, int flags) {
        if (host == null && service == null) {
            throw Gai.NONAME.error();
        }
        if ((flags & ~KNOWN_FLAGS) != 0 || ((flags & AI_CANONNAME) != 0 && host == null)) {
            throw Gai.BADFLAGS.error();
        }
        if (family != 0 && family != Inet.AF_INET && family != Inet.AF_INET6) {
            throw Gai.FAMILY.error();
        }
        List<Slot> slots = slots(service, type, proto, flags);
        Found found = resolve(host, family, flags);
        List<AddrInfo> out = new ArrayList<>();
        String canon = (flags & AI_CANONNAME) != 0 ? found.canonical() : "";
        for (Addr a : found.addrs()) {
            for (Slot s : slots) {
                out.add(new AddrInfo(a.family(), s.type(), s.proto(), out.isEmpty() ? canon : "", a.text(), s.port(), a.scope()));
            }
        }
        return out;
    }

    private List<Slot> slots(String service, int type, int proto, int flags) {
        TypeProto tp = null;
        if (type != 0 || proto != 0) {
            tp = TABLE.stream()
                    .filter(t -> (type == 0 || type == t.type()) && (proto == 0 || t.anyProto() || proto == t.proto()))
                    .findFirst()
                    .orElseThrow(() -> (type != 0 ? Gai.SOCKTYPE : Gai.SERVICE).error());
        }
        int port = 0;
        if (service != null && !service.isEmpty()) {
            if (tp != null && tp.anyProto()) {
                throw Gai.SERVICE.error();
            }
            Long num = strtoul(service);
            if (num == null && (flags & AI_NUMERICSERV) != 0) {
                throw Gai.NONAME.error();
            }
            if (num == null || num.intValue() < 0) {
                return byServiceName(service, tp);
            }
            port = num.intValue() & 0xffff;
        }
        if (tp != null) {
            return List.of(new Slot(tp.type(), tp.anyProto() ? proto : tp.proto(), port));
        }
        List<Slot> all = new ArrayList<>();
        for (TypeProto t : TABLE) {
            if (t.byDefault()) {
                all.add(new Slot(t.type(), t.proto(), port));
            }
        }
        return all;
    }

    private List<Slot> byServiceName(String name, TypeProto tp) {
        List<Slot> out = new ArrayList<>();
        for (TypeProto t : TABLE) {
            if ((tp == null ? t.byDefault() && !t.anyProto() : t == tp)) {
                services.entries().stream()
                        .filter(s -> s.named(name) && s.proto().equals(t.name()))
                        .findFirst()
                        .ifPresent(s -> out.add(new Slot(t.type(), t.proto(), s.port())));
            }
        }
        if (out.isEmpty()) {
            throw Gai.SERVICE.error();
        }
        return out;
    }

    /**
     * C's strtoul in base 10 over the whole string: leading whitespace and a sign allowed,
     * overflow saturates, a minus negates; null when text remains after the number.
     */
    static Long strtoul(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || (s.charAt(i) >= '\t' && s.charAt(i) <= '\r'))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digits = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return s.isEmpty() ? 0L : null;
        }
        if (i != s.length()) {
            return null;
        }
        BigInteger v = new BigInteger(s.substring(digits, i));
        if (v.bitLength() > 64) {
            return -1L;
        }
        return negative ? -v.longValue() : v.longValue();
    }

    /** The addresses for {@code host} in glibc's order; gaierror when there are none. */
    Found resolve(String host, int family, int flags) {
        List<Addr> addrs = new ArrayList<>();
        if (host == null) {
            boolean passive = (flags & AI_PASSIVE) != 0;
            if (family != Inet.AF_INET) {
                addrs.add(new Addr(passive ? new byte[16] : Inet.parse6("::1"), 0));
            }
            if (family != Inet.AF_INET6) {
                addrs.add(new Addr(passive ? new byte[4] : new byte[] {127, 0, 0, 1}, 0));
            }
            return sorted(new Found(addrs, null));
        }
        Found numeric = numeric(host, family, flags);
        if (numeric != null) {
            return numeric;
        }
        if ((flags & AI_NUMERICHOST) != 0) {
            throw Gai.NONAME.error();
        }
        HostsFile.Match m = hosts.byName(host, family);
        String canonical = m == null ? null : m.canonical();
        if (m != null) {
            m.addrs().forEach(a -> addrs.add(new Addr(a, 0)));
        }
        if (mapsV4(family, flags, m == null)) {
            HostsFile.Match m4 = hosts.byName(host, Inet.AF_INET);
            if (m4 != null) {
                canonical = canonical == null ? m4.canonical() : canonical;
                m4.addrs().forEach(a -> addrs.add(new Addr(mapped(a), 0)));
            }
        }
        if (!addrs.isEmpty()) {
            return sorted(new Found(addrs, canonical));
        }
        return sorted(new Found(lookup(host, family, flags), host));
    }

    /** A literal address, as glibc's getaddrinfo recognises it before any lookup; null if not one. */
    private static Found numeric(String host, int family, int flags) {
        byte[] v4 = Inet.parseAton(host, true);
        if (v4 != null) {
            if (family == Inet.AF_INET6) {
                if ((flags & AI_V4MAPPED) == 0) {
                    throw Gai.ADDRFAMILY.error();
                }
                v4 = mapped(v4);
            }
            return new Found(List.of(new Addr(v4, 0)), host);
        }
        int pct = host.indexOf('%');
        byte[] v6 = Inet.parse6(pct >= 0 ? host.substring(0, pct) : host);
        if (v6 == null) {
            return null;
        }
        if (family == Inet.AF_INET && !HostsFile.isMapped(v6)) {
            throw Gai.ADDRFAMILY.error();
        }
        int scope = pct >= 0 ? scope(v6, host.substring(pct + 1)) : 0;
        byte[] addr = family == Inet.AF_INET ? Arrays.copyOfRange(v6, 12, 16) : v6;
        return new Found(List.of(new Addr(addr, scope)), host);
    }

    /** A numeric scope is taken as is; an interface name only for link-local addresses. */
    private static int scope(byte[] v6, String id) {
        if (!id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            Long n = strtoul(id);
            if (n != null && n >= 0 && n <= 0xffffffffL) {
                return n.intValue();
            }
        }
        boolean linkLocal = (v6[0] == (byte) 0xfe && (v6[1] & 0xc0) == 0x80) || (v6[0] == (byte) 0xff && (v6[1] & 0x0f) == 2);
        try {
            NetworkInterface nif = linkLocal ? NetworkInterface.getByName(id) : null;
            if (nif != null) {
                return nif.getIndex();
            }
        } catch (SocketException e) {
            // an unknown interface is the same as a bad name
        }
        throw Gai.NONAME.error();
    }

    private List<Addr> lookup(String host, int family, int flags) {
        if (!Hosts.plausibleName(host)) {
            throw Gai.NONAME.error();
        }
        List<InetAddress> found;
        try {
            found = fallback.lookup(host);
        } catch (UnknownHostException | RuntimeException e) {
            if (e instanceof NetError n) {
                throw n;
            }
            throw Gai.NONAME.error();
        }
        List<Addr> v4 = new ArrayList<>();
        List<Addr> v6 = new ArrayList<>();
        for (InetAddress a : found) {
            if (a instanceof Inet4Address) {
                v4.add(new Addr(a.getAddress(), 0));
            } else if (a instanceof Inet6Address i6) {
                v6.add(new Addr(a.getAddress(), i6.getScopeId()));
            }
        }
        List<Addr> out = new ArrayList<>();
        if (family != Inet.AF_INET6) {
            out.addAll(v4);
        }
        if (family != Inet.AF_INET) {
            out.addAll(v6);
        }
        if (mapsV4(family, flags, v6.isEmpty())) {
            v4.forEach(a -> out.add(new Addr(mapped(a.bytes()), 0)));
        }
        if (out.isEmpty()) {
            throw Gai.NONAME.error();
        }
        return out;
    }

    /** AI_V4MAPPED adds IPv4 answers, as mapped addresses, to an AF_INET6 query when it found no IPv6 ones, or always with AI_ALL. */
    private static boolean mapsV4(int family, int flags, boolean noV6) {
        return family == Inet.AF_INET6 && (flags & AI_V4MAPPED) != 0 && (noV6 || (flags & AI_ALL) != 0);
    }

    private static Found sorted(Found f) {
        List<Addr> addrs = new ArrayList<>(f.addrs());
        addrs.sort(Comparator.comparingInt(Addr::rank));
        return new Found(addrs, f.canonical());
    }

    private static byte[] mapped(byte[] a) {
        if (a.length == 16) {
            return a;
        }
        byte[] m = new byte[16];
        m[10] = (byte) 0xff;
        m[11] = (byte) 0xff;
        System.arraycopy(a, 0, m, 12, 4);
        return m;
    }
}
