package socklab.modules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The zone abbreviations C reports (tm_zone, tzname), read from the tz database file of the zone:
 * java.time's own short names come from CLDR and differ for many zones ("BRT" where glibc says
 * "-03"), so they serve only when no file is there.
 */
final class ZoneNames {
    private ZoneNames() {}

    private static final Path ZONEINFO = Path.of("/usr/share/zoneinfo");
    private static final DateTimeFormatter JAVA_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    /** The JVM's default zone and its abbreviations, read once: the default zone is fixed for the JVM's life. */
    private static final class Default {
        static final ZoneId ZONE = ZoneId.systemDefault();
        static final Map<String, String> NAMES = read(ZONE);
    }

    /** The abbreviation in force at t in t's zone. */
    static String of(ZonedDateTime t) {
        ZoneId zone = t.getZone();
        Map<String, String> names = zone.equals(Default.ZONE) ? Default.NAMES : read(zone);
        boolean dst = zone.getRules().isDaylightSavings(t.toInstant());
        String name = names.get(key(t.getOffset().getTotalSeconds(), dst));
        return name != null ? name : t.format(JAVA_NAME);
    }

    private static String key(int offset, boolean dst) {
        return offset + (dst ? "d" : "s");
    }

    /** Offset and DST flag to abbreviation, the latest transition's use winning; empty when unreadable. */
    private static Map<String, String> read(ZoneId zone) {
        Map<String, String> names = new HashMap<>();
        Path file = ZONEINFO.resolve(zone.getId()).normalize();
        if (!file.startsWith(ZONEINFO)) {
            return Map.of();
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
            if (b.limit() < 44 || b.getInt(0) != 0x545a6966) {
                return Map.of();
            }
            int timeSize = 4;
            int at = 0;
            if (b.get(4) >= '2') {
                at = 44 + dataLength(b, 0, 4);
                timeSize = 8;
            }
            int timecnt = b.getInt(at + 32);
            int typecnt = b.getInt(at + 36);
            int indices = at + 44 + timecnt * timeSize;
            int types = indices + timecnt;
            int chars = types + typecnt * 6;
            for (int i = 0; i < typecnt; i++) {
                put(names, b, types + i * 6, chars);
            }
            for (int i = 0; i < timecnt; i++) {
                put(names, b, types + (b.get(indices + i) & 0xff) * 6, chars);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return Map.copyOf(names);
    }

    private static void put(Map<String, String> names, ByteBuffer b, int type, int chars) {
        int offset = b.getInt(type);
        boolean dst = b.get(type + 4) != 0;
        int start = chars + (b.get(type + 5) & 0xff);
        int end = start;
        while (b.get(end) != 0) {
            end++;
        }
        byte[] text = new byte[end - start];
        b.get(start, text);
        names.put(key(offset, dst), new String(text, java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The size of a TZif data block after its 44-byte header, for times of timeSize bytes. */
    private static int dataLength(ByteBuffer b, int header, int timeSize) {
        int isut = b.getInt(header + 20);
        int isstd = b.getInt(header + 24);
        int leap = b.getInt(header + 28);
        int time = b.getInt(header + 32);
        int type = b.getInt(header + 36);
        int chars = b.getInt(header + 40);
        return time * timeSize + time + type * 6 + chars + leap * (timeSize + 4) + isstd + isut;
    }
}
