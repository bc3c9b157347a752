package socklab.lesson;

import socklab.i18n.Lang;
/** One piece of lesson text in Chinese and English. */
public record Text(String zh, String en) {
    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
