package socklab.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one catalogue (shell, hints, lessons): both languages have the same keys; the language comes from --lang, then the locale. */
class MessagesTest {
    @Test
    void bothCataloguesHaveTheSameKeys() throws Exception {
        assertEquals(keys("en"), keys("zh"));
    }

    @Test
    void argumentsAreSubstitutedAndLanguageSwitches() {
        Messages m = new Messages(Lang.EN);
        assertEquals("Unknown command %x. Type %help for the list.", m.get("magic.unknown", "x"));
        m.setLang(Lang.ZH);
        assertEquals("没有命令 %x。输入 %help 查看命令列表。", m.get("magic.unknown", "x"));
        assertEquals("no.such.key", m.get("no.such.key"));
    }

    @Test
    void lessonTextLivesInTheSameCatalogue() throws Exception {
        assertTrue(keys("en").contains("lesson.step.counter"), "lesson keys are in the one catalogue");
        assertEquals("[bind 2/6] Step 2 of 6", Messages.text(Lang.EN, "lesson.step.counter", "[bind 2/6]", 2, 6));
        assertEquals("[bind 2/6] 第 2 步，共 6 步", Messages.text(Lang.ZH, "lesson.step.counter", "[bind 2/6]", 2, 6));
        assertEquals("  ✓", Messages.text(Lang.EN, "lesson.list.doneMark"), "the mark keeps its distance from the title");
    }

    @Test
    void languageFromOptionThenLocaleThenEnglish() {
        assertEquals(Lang.ZH, Lang.detect("zh", Map.of("LANG", "en_US.UTF-8")));
        assertEquals(Lang.ZH, Lang.detect(null, Map.of("LANG", "zh_CN.UTF-8")));
        assertEquals(Lang.EN, Lang.detect(null, Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8")));
        assertEquals(Lang.ZH, Lang.detect(null, Map.of("LC_MESSAGES", "zh_TW")));
        assertEquals(Lang.EN, Lang.detect(null, Map.of()));
    }

    private static TreeSet<String> keys(String tag) throws Exception {
        Properties p = new Properties();
        try (var in = Messages.class.getResourceAsStream("messages_" + tag + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
