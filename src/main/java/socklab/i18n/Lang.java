package socklab.i18n;

import java.util.Locale;
import java.util.Map;

/** The two languages socklab speaks, and how a session picks one. */
public enum Lang {
    ZH("zh", "中文"),
    EN("en", "English");

    private final String tag;
    private final String displayName;

    Lang(String tag, String displayName) {
        this.tag = tag;
        this.displayName = displayName;
    }

    public String tag() {
        return tag;
    }

    public String displayName() {
        return displayName;
    }

    /** The language for a tag such as "zh", "zh_CN.UTF-8" or "en-GB"; null when it is neither. */
    public static Lang fromTag(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.toLowerCase(Locale.ROOT);
        if (t.startsWith("zh")) {
            return ZH;
        }
        if (t.startsWith("en")) {
            return EN;
        }
        return null;
    }

    /**
     * --lang wins; else the locale variables in POSIX order of precedence (LC_ALL, LC_MESSAGES, LANG),
     * where the first one set decides; else English.
     */
    public static Lang detect(String option, Map<String, String> env) {
        Lang chosen = fromTag(option);
        if (chosen != null) {
            return chosen;
        }
        for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(var);
            if (value != null && !value.isEmpty()) {
                return fromTag(value) == ZH ? ZH : EN;
            }
        }
        return EN;
    }
}
