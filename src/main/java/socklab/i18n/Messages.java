package socklab.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The one zh/en catalogue for every piece of user-interface text (shell, help pages, hints, lessons,
 * classroom). Keys live in socklab/i18n/messages_LANG.properties; the language can change mid-session.
 */
public final class Messages {
    private static final Map<Lang, Properties> CATALOGUES = new EnumMap<>(Lang.class);
    private volatile Lang lang;

    public Messages(Lang lang) {
        this.lang = lang;
    }

    public Lang lang() {
        return lang;
    }

    public void setLang(Lang lang) {
        this.lang = lang;
    }

    /** The text for key in lang, for code that has a language but no session (lessons, the command line). */
    public static String text(Lang lang, String key, Object... args) {
        return new Messages(lang).get(key, args);
    }

    /** True if the current language (or English, the fallback) has this key. */
    public boolean has(String key) {
        return lookup(key) != null;
    }

    /** The text for key with {0}, {1} … replaced by args; the key itself if no catalogue has it. */
    public String get(String key, Object... args) {
        String text = lookup(key);
        if (text == null) {
            return key;
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    private String lookup(String key) {
        String text = catalogue(lang).getProperty(key);
        return text != null || lang == Lang.EN ? text : catalogue(Lang.EN).getProperty(key);
    }

    private static Properties catalogue(Lang l) {
        synchronized (CATALOGUES) {
            return CATALOGUES.computeIfAbsent(l, Messages::load);
        }
    }

    private static Properties load(Lang l) {
        Properties p = new Properties();
        String name = "messages_" + l.tag() + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing catalogue " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
