package socklab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesTest {
    @TempDir
    Path dir;

    private Services file(String text) throws IOException {
        Path p = dir.resolve("services");
        Files.writeString(p, text);
        return new Services(p);
    }

    private static void notFound(String message, Runnable r) {
        NetError e = assertThrows(NetError.class, r::run);
        assertEquals("OSError", e.pyType());
        assertNull(e.errno());
        assertEquals(message, e.getMessage());
    }

    @Test
    void followsGlibcMatchingRules() throws IOException {
        Services s = file("""
                # comment line
                alpha\t100/udp\ta1 a2   # trailing comment
                alpha\t101/tcp\ta3
                beta 200/tcp Alpha
                broken 12x/tcp
                noproto 300
                beta 201/udp
                gamma 100/tcp
                """);
        assertEquals(100, s.getservbyname("alpha", null), "no protocol: first entry in file order");
        assertEquals(101, s.getservbyname("alpha", "tcp"));
        assertEquals(100, s.getservbyname("a2", "udp"), "aliases match");
        assertEquals(200, s.getservbyname("Alpha", null), "names are case-sensitive");
        assertEquals(201, s.getservbyname("beta", "udp"));
        assertEquals("alpha", s.getservbyport(100, null));
        assertEquals("gamma", s.getservbyport(100, "tcp"));
        assertEquals("beta", s.getservbyport(201, "udp"));
        notFound("service/proto not found", () -> s.getservbyname("ALPHA", null));
        notFound("service/proto not found", () -> s.getservbyname("alpha", "TCP"));
        notFound("service/proto not found", () -> s.getservbyname("alpha", ""));
        notFound("service/proto not found", () -> s.getservbyname("broken", null));
        notFound("service/proto not found", () -> s.getservbyname("noproto", null));
        notFound("port/proto not found", () -> s.getservbyport(300, null));
        notFound("port/proto not found", () -> s.getservbyport(0, null));
        notFound("port/proto not found", () -> s.getservbyport(101, "udp"));
    }

    @Test
    void portRangeChecksMatchCPython() throws IOException {
        Services s = file("");
        for (long bad : new long[] {-1, 65536, 70000, 2147483647L}) {
            NetError e = assertThrows(NetError.class, () -> s.getservbyport(bad, null));
            assertEquals("OverflowError", e.pyType());
            assertEquals("getservbyport: port must be 0-65535.", e.getMessage());
        }
        assertEquals("signed integer is greater than maximum",
                assertThrows(NetError.class, () -> s.getservbyport(2147483648L, null)).getMessage());
        assertEquals("signed integer is less than minimum",
                assertThrows(NetError.class, () -> s.getservbyport(-2147483649L, null)).getMessage());
        notFound("port/proto not found", () -> s.getservbyport(65535, null));
    }

    /** The built-in table answers as Debian 12's /etc/services does under CPython. */
    @Test
    void builtInTableWhenFileIsMissing() {
        Services s = new Services(dir.resolve("missing"));
        assertEquals(80, s.getservbyname("http", "tcp"));
        assertEquals(80, s.getservbyname("http", null));
        assertEquals(80, s.getservbyname("www", null));
        assertEquals(23, s.getservbyname("telnet", null));
        assertEquals(53, s.getservbyname("domain", "udp"));
        assertEquals(443, s.getservbyname("https", "udp"));
        assertEquals(514, s.getservbyname("syslog", null));
        assertEquals(22, s.getservbyname("ssh", null));
        assertEquals("http", s.getservbyport(80, null));
        assertEquals("domain", s.getservbyport(53, "udp"));
        assertEquals("shell", s.getservbyport(514, null));
        assertEquals("syslog", s.getservbyport(514, "udp"));
        assertEquals("tcpmux", s.getservbyport(1, null));
        notFound("service/proto not found", () -> s.getservbyname("http", "udp"));
        notFound("service/proto not found", () -> s.getservbyname("HTTP", null));
        notFound("service/proto not found", () -> s.getservbyname("nosuch", null));
        notFound("port/proto not found", () -> s.getservbyport(12345, null));
    }

    @Test
    void parsesOnceAndKeepsTheFirstReading() throws IOException {
        Services s = file("one 1/tcp\n");
        assertEquals(1, s.getservbyname("one", null));
        Files.writeString(dir.resolve("services"), "one 2/tcp\n");
        assertEquals(1, s.getservbyname("one", null));
    }
}
