package socklab.classroom;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The short code a teacher reads out: six letters and digits none of which look alike (no 0/O, 1/I/L). */
public final class ClassCode {
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 6;

    private ClassCode() {}

    public static String fresh(SecureRandom random) {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Whether a typed code is this one: case and spaces do not matter, and the time taken says nothing. */
    static boolean matches(String expected, String typed) {
        String t = typed == null ? "" : typed.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), t.getBytes(StandardCharsets.UTF_8));
    }
}
