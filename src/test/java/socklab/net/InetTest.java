package socklab.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expectations are CPython 3.11 / glibc outputs, which do not depend on the machine. */
class InetTest {
    private static void assertError(String type, Integer errno, String message, Runnable r) {
        NetError e = assertThrows(NetError.class, r::run);
        assertEquals(type, e.pyType());
        assertEquals(errno, e.errno());
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.2.3|1.2.0.3", "127.1|127.0.0.1", "0x7f.1|127.0.0.1", "1.2.3.4|1.2.3.4", "1.2.3.4 x|1.2.3.4",
        "'1.2.3.4 '|1.2.3.4", "4294967295|255.255.255.255", "0|0.0.0.0", "00|0.0.0.0", "0X1F|0.0.0.31",
        "1.2.3.0377|1.2.3.255", "1.0xffffff|1.255.255.255", "017777777777|127.255.255.255", "1.2.65535|1.2.255.255",
        "255.255.255.255|255.255.255.255"})
    void inetAtonAcceptsGlibcForms(String in, String out) {
        assertEquals(out, Inet.inetNtoa(Inet.inetAton(in)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "256.1.1.1", " 1.2.3.4", "4294967296", "08", "1.2.3.4.", "1.2.3.", "a", "0x", "<broadcast>",
        "1..2", ".1", "1.2.3.0400", "1.0x1000000", "0x100000000", "040000000000", "1.2.65536", "09", "0x.1", "1.-2"})
    void inetAtonRejects(String in) {
        assertError("OSError", null, "illegal IP address string passed to inet_aton", () -> Inet.inetAton(in));
    }

    @Test
    void inetAtonIgnoresTextAfterAnyWhitespace() {
        assertArrayEquals(new byte[] {1, 2, 3, 4}, Inet.inetAton("1.2.3.4\tz"));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, Inet.inetAton("1.2.3.4\n"));
        assertNull(Inet.parseAton("1.2.3.4 x", true), "getaddrinfo's exact variant rejects trailing text");
    }

    @Test
    void inetNtoaNeedsFourBytes() {
        assertEquals("127.0.0.1", Inet.inetNtoa(new byte[] {127, 0, 0, 1}));
        for (int len : new int[] {0, 3, 5}) {
            assertError("OSError", null, "packed IP wrong length for inet_ntoa", () -> Inet.inetNtoa(new byte[len]));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "01.2.3.4", "1.2.3.04", "256.0.0.0", "0x1.2.3.4", " 1.2.3.4", "", "1.2.3.4 "})
    void inetPtonV4IsStrict(String in) {
        assertError("OSError", null, "illegal IP address string passed to inet_pton", () -> Inet.inetPton(Inet.AF_INET, in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "::1|::1", "::|::", "1::|1::", "::ffff:1.2.3.4|::ffff:1.2.3.4", "1:2:3:4:5:6:7:8|1:2:3:4:5:6:7:8",
        "::1.2.3.4|::1.2.3.4", "ABCD::|abcd::", "1:2:3:4:5:6:1.2.3.4|1:2:3:4:5:6:102:304",
        "1:2:3:4:5:6:7::|1:2:3:4:5:6:7:0", "::2:3:4:5:6:7:8|0:2:3:4:5:6:7:8", "0001:02:3::|1:2:3::",
        "1:0:0:2:0:0:0:3|1:0:0:2::3", "1:0:0:2:0:0:3:4|1::2:0:0:3:4", "0:0:1:0:0:1:0:0|::1:0:0:1:0:0",
        "1:0:2:3:4:5:6:7|1:0:2:3:4:5:6:7", "::ffff:0:0|::ffff:0.0.0.0", "::0.0.1.0|::100", "::fffe:1.2.3.4|::fffe:102:304",
        "::1:0:0:0|::1:0:0:0", "0:1::|0:1::", "::1.0.0.0|::1.0.0.0", "::0.1.0.0|::0.1.0.0", "64:ff9b::1.2.3.4|64:ff9b::102:304",
        "::ffff:ffff:ffff|::ffff:255.255.255.255"})
    void inetPtonNtopRoundTripLikeGlibc(String in, String out) {
        assertEquals(out, Inet.inetNtop(Inet.AF_INET6, Inet.inetPton(Inet.AF_INET6, in)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:2:3:4:5:6:7:8:9", "fe80::1%eth0", ":::", "1::2::3", "12345::", "::ffff:256.1.1.1", "::g",
        ":1::", "1::2:", "1:2:3:4::5:6:7:8", "1.2.3.4::", "::1.2.3.4:5", "00001::", "1:2:3:4:5:6::1.2.3.4", "", ":",
        "1:2:3:4:5:6:7", "::01.2.3.4", "1:2:3:4:5:6:7:1.2.3.4"})
    void inetPtonV6Rejects(String in) {
        assertError("OSError", null, "illegal IP address string passed to inet_pton", () -> Inet.inetPton(Inet.AF_INET6, in));
    }

    @Test
    void familyAndLengthErrors() {
        assertError("OSError", 97, "Address family not supported by protocol", () -> Inet.inetPton(99, "1.2.3.4"));
        assertError("OSError", 97, "Address family not supported by protocol", () -> Inet.inetPton(1, "1.2.3.4"));
        assertError("ValueError", null, "unknown address family 99", () -> Inet.inetNtop(99, new byte[4]));
        assertError("ValueError", null, "invalid length of packed IP address string", () -> Inet.inetNtop(Inet.AF_INET, new byte[3]));
        assertError("ValueError", null, "invalid length of packed IP address string", () -> Inet.inetNtop(Inet.AF_INET6, new byte[15]));
        assertEquals("1.2.3.4", Inet.inetNtop(Inet.AF_INET, new byte[] {1, 2, 3, 4}));
    }

    @Test
    void byteOrderHelpers() {
        assertEquals(256, Inet.htons(1));
        assertEquals(13330, Inet.ntohs(0x1234));
        assertEquals(65535, Inet.htons(65535));
        assertEquals(16777216L, Inet.htonl(1));
        assertEquals(2018915346L, Inet.ntohl(0x12345678));
        assertEquals(128L, Inet.htonl(2147483648L));
        assertEquals(4294967295L, Inet.htonl(4294967295L));
        assertError("OverflowError", null, "htons: can't convert negative Python int to C 16-bit unsigned integer", () -> Inet.htons(-1));
        assertError("OverflowError", null, "ntohs: Python int too large to convert to C 16-bit unsigned integer", () -> Inet.ntohs(70000));
        assertError("OverflowError", null, "signed integer is greater than maximum", () -> Inet.htons(2147483648L));
        assertError("OverflowError", null, "signed integer is less than minimum", () -> Inet.htons(-2147483649L));
        assertError("OverflowError", null, "can't convert negative value to unsigned int", () -> Inet.htonl(-1));
        assertError("OverflowError", null, "int larger than 32 bits", () -> Inet.ntohl(4294967296L));
    }
}
