package socklab.lesson;

import socklab.i18n.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LessonTextTest {
    @Test
    void bothLanguagesHaveTheSameMessages() {
        assertEquals(LessonText.keys(Lang.EN), LessonText.keys(Lang.ZH));
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("[bind 2/6] Step 2 of 6", LessonText.get(Lang.EN, "step.counter", "[bind 2/6]", 2, 6));
        assertEquals("[bind 2/6] 第 2 步，共 6 步", LessonText.get(Lang.ZH, "step.counter", "[bind 2/6]", 2, 6));
    }
}
