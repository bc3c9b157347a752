package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import socklab.Sessions;
import socklab.i18n.Lang;
import socklab.i18n.Messages;

/**
 * Every bundled lesson passes the --check-lessons logic: its solutions on real loopback sockets
 * with the built-in partners, and each listed wrong answer failing its check.
 */
class SocketLessonsTest {
    @TestFactory
    Stream<DynamicTest> everyBundledLessonChecksOut() {
        LessonLoader.Result loaded = LessonLoader.loadBundled();
        assertEquals(List.of(), loaded.problems());
        return loaded.lessons().stream().map(l -> DynamicTest.dynamicTest(l.file(),
                () -> assertEquals(List.of(), LessonCheck.check(Sessions.rehearsals(new Messages(Lang.EN)), l).stream().map(LessonCheck.Failure::toString).toList())));
    }
}
