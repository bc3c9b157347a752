package socklab.lesson;

import socklab.i18n.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The lesson engine's own words in zh and en, read from socklab/i18n/lesson_{zh,en}.properties
 * (UTF-8) so no engine message is written in code. {0}, {1} … are replaced by the arguments.
 */
public final class LessonText {
    private static final Map<Lang, Properties> CATALOGUE = new EnumMap<>(Lang.class);

    private LessonText() {}

    public static String get(Lang lang, String key, Object... args) {
        String text = catalogue(lang).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no lesson message " + key + " for " + lang.tag());
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The keys of one language's file (a test checks both languages have the same keys). */
    static java.util.Set<String> keys(Lang lang) {
        return catalogue(lang).stringPropertyNames();
    }

    private static synchronized Properties catalogue(Lang lang) {
        return CATALOGUE.computeIfAbsent(lang, l -> {
            String name = "/socklab/i18n/lesson_" + l.tag() + ".properties";
            Properties p = new Properties();
            try (InputStream in = LessonText.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }
}
