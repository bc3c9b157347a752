package socklab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expectations are what python3 3.11 on glibc 2.36 printed with the same text bound over
 * /etc/hosts (in a private mount namespace), written as Python reprs for easy comparison.
 */
class HostsTest {
    private static final String DEBIAN_LIKE = """
            127.0.0.1\tlocalhost
            10.0.0.1\tFoo foo-alias
            ::1\tlocalhost ip6-localhost ip6-loopback
            10.0.0.2\tbar foo
            127.0.1.1\tvm.example vm
            """;

    private static final String MERGING = """
            10.0.0.1 a x y # comment z
            10.0.0.2 x a z y
            10.0.0.3   X\tq
            10.0.0.1 y
              10.0.0.4 w
            #10.0.0.5 x
            bogus x
            10.0.0.6
            999.1.1.1 x
            1.2.3 x
            ::1 x
            10.0.0.7 other
            10.0.0.7 third
            """;

    @TempDir
    Path dir;

    private Hosts hosts(String text, Resolver fallback) throws IOException {
        Path h = Files.createTempFile(dir, "hosts", "");
        Files.writeString(h, text);
        Path name = dir.resolve("hostname");
        Files.writeString(name, "myhost\n");
        return new Hosts(h, name, new Services(dir.resolve("no-services")), fallback);
    }

    private Hosts hosts(String text) throws IOException {
        return hosts(text, Resolver.none());
    }

    private static String py(HostEntry e) {
        return "(" + q(e.name()) + ", " + list(e.aliases()) + ", " + list(e.addresses()) + ")";
    }

    private static String py(List<AddrInfo> infos) {
        return infos.stream().map(i -> "(" + i.family() + ", " + i.type() + ", " + i.proto() + ", " + q(i.canonname()) + ", ("
                + q(i.host()) + ", " + i.port() + (i.family() == Inet.AF_INET6 ? ", 0, " + i.scopeId() : "") + "))")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String list(List<String> l) {
        return l.stream().map(HostsTest::q).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String q(String s) {
        return "'" + s + "'";
    }

    private static void fails(String type, Integer errno, String message, Runnable r) {
        NetError e = assertThrows(NetError.class, r::run);
        assertEquals(type + " " + errno + " " + message, e.pyType() + " " + e.errno() + " " + e.getMessage());
    }

    @Test
    void gethostnameReadsTheKernelFile() throws IOException {
        assertEquals("myhost", hosts("").gethostname());
    }

    @Test
    void multiOnMergesMatchingLines() throws IOException {
        Hosts h = hosts(DEBIAN_LIKE);
        assertEquals("('localhost', ['ip6-localhost', 'ip6-loopback'], ['127.0.0.1', '127.0.0.1'])", py(h.gethostbyname_ex("localhost")));
        assertEquals("('Foo', ['foo-alias', 'foo', 'bar'], ['10.0.0.1', '10.0.0.2'])", py(h.gethostbyname_ex("FOO")));
        assertEquals("('localhost', ['ip6-localhost', 'ip6-loopback'], ['127.0.0.1'])", py(h.gethostbyname_ex("ip6-localhost")));
        assertEquals("('vm.example', ['vm'], ['127.0.1.1'])", py(h.gethostbyname_ex("vm")));
        assertEquals("('bar', ['foo'], ['10.0.0.2'])", py(h.gethostbyname_ex("bar")));
        assertEquals("127.0.0.1", h.gethostbyname("localhost"));
        assertEquals("10.0.0.1", h.gethostbyname("foo"));
        assertEquals("127.0.0.1", h.gethostbyname("ip6-loopback"));
    }

    @Test
    void aliasesAreNotDeduplicatedButARepeatedCanonicalNameIs() throws IOException {
        Hosts h = hosts(MERGING);
        assertEquals("('a', ['x', 'y', 'a', 'z', 'y', 'x', 'q', 'X', 'x'], ['10.0.0.1', '10.0.0.2', '10.0.0.3', '127.0.0.1'])",
                py(h.gethostbyname_ex("x")));
        assertEquals("('a', ['x', 'y', 'a', 'z', 'y', 'x', 'y'], ['10.0.0.1', '10.0.0.2', '10.0.0.1'])", py(h.gethostbyname_ex("y")));
        assertEquals("('w', [], ['10.0.0.4'])", py(h.gethostbyname_ex("w")));
        assertEquals("('X', ['q'], ['10.0.0.3'])", py(h.gethostbyname_ex("q")));
        assertEquals("('x', ['a', 'z', 'y'], ['10.0.0.2'])", py(h.gethostbyname_ex("z")));
        assertEquals("('localhost', ['LocalHost'], ['127.0.0.1', '127.0.0.1'])",
                py(hosts("127.0.0.1 localhost\n127.0.0.1 LocalHost\n").gethostbyname_ex("localhost")));
    }

    @Test
    void gethostbyaddrUsesTheFirstMatchingLineOnly() throws IOException {
        Hosts h = hosts(MERGING);
        assertEquals("('a', ['x', 'y'], ['10.0.0.1'])", py(h.gethostbyaddr("10.0.0.1")));
        assertEquals("('other', [], ['10.0.0.7'])", py(h.gethostbyaddr("10.0.0.7")));
        fails("herror", 1, "Unknown host", () -> h.gethostbyaddr("1.2.0.3"));
        Hosts d = hosts(DEBIAN_LIKE + "::ffff:10.9.9.9 mapped\n2001:db8::1 six\n");
        assertEquals("('localhost', [], ['127.0.0.1'])", py(d.gethostbyaddr("127.0.0.1")));
        assertEquals("('localhost', ['ip6-localhost', 'ip6-loopback'], ['::1'])", py(d.gethostbyaddr("::1")));
        assertEquals("('localhost', ['ip6-localhost', 'ip6-loopback'], ['::1'])", py(d.gethostbyaddr("localhost")));
        assertEquals("('vm.example', ['vm'], ['127.0.1.1'])", py(d.gethostbyaddr("vm")));
        assertEquals("('mapped', [], ['10.9.9.9'])", py(d.gethostbyaddr("10.9.9.9")));
        assertEquals("('mapped', [], ['::ffff:10.9.9.9'])", py(d.gethostbyaddr("::ffff:10.9.9.9")));
        assertEquals("('six', [], ['2001:db8::1'])", py(d.gethostbyaddr("2001:DB8:0::1")));
    }

    /** Fixed by glibc and CPython, not by any file: literals, specials and error numbers. */
    @Test
    void literalsAndSpecialNames() throws IOException {
        Hosts h = hosts("127.0.0.1 localhost\n");
        assertEquals("0.0.0.0", h.gethostbyname(""));
        assertEquals("255.255.255.255", h.gethostbyname("<broadcast>"));
        assertEquals("1.2.0.3", h.gethostbyname("1.2.3"));
        assertEquals("127.0.0.1", h.gethostbyname("127.1"));
        assertEquals("127.0.0.1", h.gethostbyname("0x7f.1"));
        assertEquals("127.0.0.1", h.gethostbyname("0177.0.0.1"));
        assertEquals("127.0.0.1", h.gethostbyname("::ffff:127.0.0.1"));
        assertEquals("127.0.0.1", h.gethostbyname("LOCALHOST"));
        for (String bad : new String[] {"nonexistent.invalid", "256.1.1.1", " 1.2.3.4", "1.2.3.4 ", "4294967296", "1.2.3.", "08.1.1.1", "localhost."}) {
            fails("gaierror", -2, "Name or service not known", () -> h.gethostbyname(bad));
        }
        fails("gaierror", -9, "Address family for hostname not supported", () -> h.gethostbyname("::1"));
        assertEquals("('1.2.3', [], ['1.2.0.3'])", py(h.gethostbyname_ex("1.2.3")));
        assertEquals("('127.0.0.1', [], ['127.0.0.1'])", py(h.gethostbyname_ex("127.0.0.1")));
        assertEquals("('4294967295', [], ['255.255.255.255'])", py(h.gethostbyname_ex("4294967295")));
        assertEquals("('localhost', [], ['127.0.0.1'])", py(h.gethostbyname_ex("LOCALHOST")));
        fails("herror", 3, "Unknown server error", () -> h.gethostbyname_ex(""));
        fails("herror", 3, "Unknown server error", () -> h.gethostbyname_ex("<broadcast>"));
        fails("herror", 1, "Unknown host", () -> h.gethostbyname_ex("0x7f.1"));
        fails("herror", 1, "Unknown host", () -> h.gethostbyname_ex("::ffff:127.0.0.1"));
        fails("gaierror", -9, "Address family for hostname not supported", () -> h.gethostbyname_ex("::1"));
        fails("OSError", null, "wildcard resolved to multiple address", () -> h.gethostbyaddr(""));
        fails("herror", 1, "Unknown host", () -> h.gethostbyaddr("1.2.3.4"));
        fails("herror", 1, "Unknown host", () -> h.gethostbyaddr("::1"));
        fails("herror", 1, "Unknown host", () -> h.gethostbyaddr("<broadcast>"));
        fails("gaierror", -2, "Name or service not known", () -> h.gethostbyaddr("nonexistent.invalid"));
        fails("gaierror", -2, "Name or service not known", () -> h.gethostbyaddr("::1%lo"));
        assertEquals("('localhost', [], ['127.0.0.1'])", py(h.gethostbyaddr("127.1")));
    }

    @Test
    void getaddrinfoOrderIsLoopbackFirst() throws IOException {
        Hosts d = hosts(DEBIAN_LIKE);
        String both = "[(10, 1, 6, '', ('::1', 80, 0, 0)), (10, 2, 17, '', ('::1', 80, 0, 0)), (10, 3, 0, '', ('::1', 80, 0, 0)), "
                + "(2, 1, 6, '', ('127.0.0.1', 80)), (2, 2, 17, '', ('127.0.0.1', 80)), (2, 3, 0, '', ('127.0.0.1', 80))]";
        assertEquals(both, py(d.getaddrinfo("localhost", "80", 0, 0, 0, 0)));
        assertEquals(both, py(d.getaddrinfo(null, "80", 0, 0, 0, 0)));
        assertEquals(both.replaceFirst("''", "'localhost'"), py(d.getaddrinfo("localhost", "80", 0, 0, 0, 2)));
        assertEquals("[(2, 1, 6, '', ('10.0.0.1', 80)), (2, 1, 6, '', ('10.0.0.2', 80))]", py(d.getaddrinfo("foo", "80", 0, 1, 0, 0)));
        assertEquals("[(2, 1, 6, 'a', ('127.0.0.1', 0)), (2, 1, 6, '', ('10.0.0.1', 0)), (2, 1, 6, '', ('10.0.0.2', 0)), (2, 1, 6, '', ('10.0.0.3', 0))]",
                py(hosts(MERGING).getaddrinfo("x", "0", 2, 1, 0, 2)));
        assertEquals("[(10, 1, 6, '', ('::1', 0, 0, 0)), (2, 1, 6, '', ('10.0.0.1', 0)), (2, 1, 6, '', ('10.0.0.2', 0)), (2, 1, 6, '', ('10.0.0.3', 0))]",
                py(hosts(MERGING).getaddrinfo("x", "0", 0, 1, 0, 0)));
        assertEquals("[(10, 1, 6, '', ('::1', 80, 0, 0)), (10, 1, 6, '', ('::ffff:127.0.0.1', 80, 0, 0)), (10, 1, 6, '', ('::ffff:127.0.0.1', 80, 0, 0))]",
                py(d.getaddrinfo("localhost", "80", 10, 1, 0, 0x18)));
        Hosts dual = hosts("10.0.0.1 dual\n2001:db8::1 dual\n");
        assertEquals("[(2, 1, 6, '', ('10.0.0.1', 80)), (10, 1, 6, '', ('2001:db8::1', 80, 0, 0))]", py(dual.getaddrinfo("dual", "80", 0, 1, 0, 0)));
    }

    @Test
    void getaddrinfoWithTheMachinesUsualHostsFile() throws IOException {
        Hosts h = hosts("127.0.0.1 localhost\n127.0.0.1 vm\n");
        assertEquals("[(2, 1, 6, '', ('127.0.0.1', 80))]", py(h.getaddrinfo("localhost", "80", 2, 1, 0, 0)));
        assertEquals("[(2, 1, 6, '', ('127.0.0.1', 80)), (2, 2, 17, '', ('127.0.0.1', 80)), (2, 3, 0, '', ('127.0.0.1', 80))]",
                py(h.getaddrinfo("localhost", "80", 0, 0, 0, 0)));
        assertEquals("[(2, 1, 6, '', ('0.0.0.0', 80)), (10, 1, 6, '', ('::', 80, 0, 0))]", py(h.getaddrinfo(null, "http", 0, 0, 0, 1)));
        assertEquals("[(10, 1, 6, '', ('::', 80, 0, 0))]", py(h.getaddrinfo(null, "80", 10, 1, 0, 1)));
        assertEquals("[(2, 1, 6, '', ('127.0.0.1', 53)), (2, 2, 17, '', ('127.0.0.1', 53))]", py(h.getaddrinfo("localhost", "domain", 2, 0, 0, 0)));
        assertEquals("[(2, 1, 6, '', ('127.0.0.1', 80))]", py(h.getaddrinfo("localhost", "http", 0, 0, 0, 0)));
        assertEquals("[(2, 1, 6, 'vm', ('127.0.0.1', 80))]", py(h.getaddrinfo("VM", "80", 2, 1, 0, 2)));
        assertEquals("[(2, 1, 6, '0x7f.1', ('127.0.0.1', 80))]", py(h.getaddrinfo("0x7f.1", "80", 2, 1, 0, 2)));
        assertEquals("[(2, 2, 17, '', ('127.0.0.1', 80))]", py(h.getaddrinfo("localhost", "80", 0, 0, 17, 0)));
        assertEquals("[(2, 3, 99, '', ('127.0.0.1', 0))]", py(h.getaddrinfo("127.0.0.1", null, 0, 0, 99, 0)));
        assertEquals("[(2, 5, 132, '', ('127.0.0.1', 80))]", py(h.getaddrinfo("127.0.0.1", "80", 2, 5, 0, 0)));
        assertEquals("[(2, 1, 132, '', ('127.0.0.1', 80))]", py(h.getaddrinfo("127.0.0.1", "80", 2, 0, 132, 0)));
        assertEquals("[(10, 1, 6, '', ('::ffff:127.0.0.1', 80, 0, 0))]", py(h.getaddrinfo("localhost", "80", 10, 1, 0, 8)));
        assertEquals("[(10, 1, 6, '', ('fe80::1', 80, 0, 99))]", py(h.getaddrinfo("fe80::1%99", "80", 10, 1, 0, 0)));
        assertEquals("[(2, 1, 6, '', ('127.0.0.1', 80))]", py(h.getaddrinfo("::ffff:127.0.0.1", "80", 2, 1, 0, 0)));
    }

    @Test
    void getaddrinfoPortsParseLikeStrtoul() throws IOException {
        Hosts h = hosts("");
        String[][] ok = {{"80", "80"}, {" 80", "80"}, {"+80", "80"}, {"080", "80"}, {"", "0"}, {"70000", "4464"},
            {"65536", "0"}, {"4294967297", "1"}};
        for (String[] c : ok) {
            assertEquals("[(2, 1, 6, '', ('127.0.0.1', " + c[1] + "))]", py(h.getaddrinfo("127.0.0.1", c[0], 2, 1, 0, 0)), c[0]);
        }
        for (String bad : new String[] {"-1", "0x50", "80 ", "99999999999999999999", "-65536", "2147483648", "nosuch"}) {
            fails("gaierror", -8, "Servname not supported for ai_socktype", () -> h.getaddrinfo("127.0.0.1", bad, 2, 1, 0, 0));
        }
    }

    @Test
    void getaddrinfoErrorsInGlibcOrder() throws IOException {
        Hosts h = hosts("127.0.0.1 localhost\n");
        fails("gaierror", -2, "Name or service not known", () -> h.getaddrinfo(null, null, 0, 0, 0, 0));
        fails("gaierror", -2, "Name or service not known", () -> h.getaddrinfo(null, null, 0, 0, 0, 2));
        fails("gaierror", -1, "Bad value for ai_flags", () -> h.getaddrinfo(null, "80", 0, 0, 0, 2));
        fails("gaierror", -1, "Bad value for ai_flags", () -> h.getaddrinfo("localhost", "80", 2, 1, 0, 0x800));
        fails("gaierror", -6, "ai_family not supported", () -> h.getaddrinfo("localhost", "nosuch", 99, 99, 0, 0));
        fails("gaierror", -6, "ai_family not supported", () -> h.getaddrinfo("localhost", "80", 1, 0, 0, 0));
        fails("gaierror", -7, "ai_socktype not supported", () -> h.getaddrinfo("nonexistent.invalid", "80", 0, 99, 0, 0));
        fails("gaierror", -7, "ai_socktype not supported", () -> h.getaddrinfo("localhost", "80", 0, 1, 17, 0));
        fails("gaierror", -7, "ai_socktype not supported", () -> h.getaddrinfo("localhost", "80", 2, 4, 0, 0));
        fails("gaierror", -8, "Servname not supported for ai_socktype", () -> h.getaddrinfo("nonexistent.invalid", "nosuch", 0, 0, 0, 0));
        fails("gaierror", -8, "Servname not supported for ai_socktype", () -> h.getaddrinfo("localhost", "80", 0, 3, 0, 0));
        fails("gaierror", -8, "Servname not supported for ai_socktype", () -> h.getaddrinfo("localhost", "80", 0, 0, 99, 0));
        fails("gaierror", -8, "Servname not supported for ai_socktype", () -> h.getaddrinfo("localhost", "http", 2, 2, 0, 0));
        fails("gaierror", -2, "Name or service not known", () -> h.getaddrinfo("localhost", "http", 2, 1, 0, 0x400));
        fails("gaierror", -2, "Name or service not known", () -> h.getaddrinfo("localhost", "80", 2, 1, 0, 4));
        fails("gaierror", -2, "Name or service not known", () -> h.getaddrinfo("", "80", 0, 0, 0, 0));
        fails("gaierror", -2, "Name or service not known", () -> h.getaddrinfo("<broadcast>", "80", 2, 1, 0, 0));
        fails("gaierror", -2, "Name or service not known", () -> h.getaddrinfo("localhost", "80", 10, 0, 0, 0));
        fails("gaierror", -2, "Name or service not known", () -> h.getaddrinfo("::1%lo", "80", 10, 1, 0, 0));
        fails("gaierror", -9, "Address family for hostname not supported", () -> h.getaddrinfo("127.0.0.1", "80", 10, 0, 0, 0));
        fails("gaierror", -9, "Address family for hostname not supported", () -> h.getaddrinfo("::1", "80", 2, 0, 0, 8));
        fails("gaierror", -9, "Address family for hostname not supported", () -> h.getaddrinfo("::1%lo", "80", 2, 1, 0, 0));
    }

    @Test
    void otherNamesGoToTheFallbackResolverOnly() throws IOException {
        List<String> asked = new ArrayList<>();
        Resolver fake = name -> {
            asked.add(name);
            if (!name.equals("remote.example")) {
                throw new java.net.UnknownHostException(name);
            }
            return List.of(InetAddress.getByAddress(name, new byte[] {10, 1, 2, 3}),
                    InetAddress.getByAddress(name, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5}));
        };
        Hosts h = hosts("127.0.0.1 localhost\n", fake);
        assertEquals("10.1.2.3", h.gethostbyname("remote.example"));
        assertEquals("('remote.example', [], ['10.1.2.3'])", py(h.gethostbyname_ex("remote.example")));
        assertEquals("[(2, 1, 6, '', ('10.1.2.3', 7)), (10, 1, 6, '', ('::5', 7, 0, 0))]", py(h.getaddrinfo("remote.example", "7", 0, 1, 0, 0)));
        fails("herror", 1, "Unknown host", () -> h.gethostbyaddr("remote.example"));
        asked.clear();
        h.gethostbyname("localhost");
        h.gethostbyaddr("127.0.0.1");
        for (String bad : new String[] {"08.1.1.1", "1.2.3.", "a b", "<x>"}) {
            fails("gaierror", -2, "Name or service not known", () -> h.gethostbyname(bad));
        }
        fails("herror", 1, "Unknown host", () -> h.gethostbyaddr("10.9.9.9"));
        assertEquals(List.of(), asked, "hosts-file names, literals and reverse lookups never reach the resolver");
        fails("gaierror", -2, "Name or service not known", () -> h.gethostbyname("nothere.example"));
        assertEquals(List.of("nothere.example"), asked);
    }
}
