package socklab.lesson;

import java.util.Locale;

/** The two languages every lesson text and engine message exists in. */
public enum Lang {
    ZH, EN;

    /** The code used in lesson files, settings and on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "zh" or "en" (any case); null for anything else. */
    public static Lang parse(String code) {
        for (Lang l : values()) {
            if (l.code().equalsIgnoreCase(code)) {
                return l;
            }
        }
        return null;
    }

    /** Chinese when the environment's LANG asks for it, English otherwise. */
    public static Lang fromEnvironment() {
        String lang = System.getenv("LANG");
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }
}
