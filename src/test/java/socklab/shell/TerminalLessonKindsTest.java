package socklab.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.i18n.Lang;

/**
 * A learner walks the lesson with a step of every kind in JLine's headless terminal, getting things
 * wrong first as learners do: a wrong prediction, a choice that is no choice and a wrong one, the
 * broken code of a fix step typed unchanged, a str where bytes belong. Each attempt gets its reply,
 * and right answers move the lesson on to its end.
 */
class TerminalLessonKindsTest {
    private static final Path ENGINE = ShellHarness.fixture("engine");

    @TempDir
    Path home;

    private static void line(ShellHarness sh, String text) throws Exception {
        sh.type(text + ShellHarness.ENTER);
    }

    @Test
    void everyKindOfStepWithWrongAnswersFirst() throws Exception {
        try (ShellHarness sh = new ShellHarness(home, Lang.EN, Map.of("NO_COLOR", "1"), s -> { }, null, ENGINE)) {
            sh.expect(">>> ");
            line(sh, "%lesson every-kind");
            sh.expect("[every-kind 1/8] >>> ");
            line(sh, "");
            sh.expect("[every-kind 2/8] >>> ");
            line(sh, "import sockt");
            sh.expect("Not yet: The step waits for the name socket to exist.");
            line(sh, "import socket");
            sh.expect("✓ Correct!");

            String predict = sh.expect("[every-kind 3/8] >>> ");
            assertTrue(predict.contains("    len('你好'.encode())"), predict);
            line(sh, "2");
            String wrong = sh.expect("[every-kind 3/8] >>> ");
            assertTrue(wrong.contains("You said: 2\nIt printed:\n    6\n✗ Two characters, yes, but UTF-8 spends three bytes on each of these."),
                    wrong);
            line(sh, "6");
            sh.expect("✓ Well predicted!\nEach of those characters takes 3 bytes in UTF-8.");

            sh.expect("[every-kind 4/8] >>> ");
            line(sh, "OSError: [Errno 22] Invalid argument");
            String raised = sh.expect("[every-kind 5/8] >>> ");
            assertTrue(raised.contains("It raised OSError: [Errno 22] Invalid argument\n✓ Well predicted!"), raised);
            assertTrue(raised.contains("  1. SOCK_DGRAM\n  2. SOCK_STREAM\nAnswer with the number of your choice (1 to 2)."), raised);

            line(sh, "stream");
            sh.expect("Answer with one number from 1 to 2.");
            line(sh, "1");
            sh.expect("✗ Not that one. That one is UDP's datagrams.");
            line(sh, "2");
            sh.expect("✓ Right. A byte stream is TCP.");

            String fix = sh.expect("[every-kind 6/8] >>> ");
            Matcher given = Pattern.compile("    (c = socket\\.create_connection\\('127\\.0\\.0\\.1', (\\d+)\\))").matcher(fix);
            assertTrue(given.find(), fix);
            line(sh, given.group(1));
            sh.expect("That is the broken code exactly as given: change it before you run it.");
            line(sh, "c = socket.create_connection(('127.0.0.1', " + given.group(2) + "))");
            sh.expect("partner: connected from 127.0.0.1:");
            sh.expect("✓ Correct!");

            sh.expect("[every-kind 7/8] >>> ");
            line(sh, "c.sendall('你好')");
            sh.expect("✗ Sockets carry bytes, not text.");
            line(sh, "c.sendall('你好'.encode())");
            sh.expect("So far so good: the step has more to it.");
            line(sh, "c.recv(1)");
            sh.expect("Not yet: The step waits for recv() to read the bytes of 你好 back.");
            line(sh, "c.recv(100)");
            sh.expect("b'\\xbd\\xa0\\xe5\\xa5\\xbd'\n");
            line(sh, "c.sendall('你好'.encode())");
            line(sh, "c.recv(100)");
            sh.expect("b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd'\n✓ Correct!");

            sh.expect("[every-kind 8/8] >>> ");
            line(sh, "");
            String end = sh.expect("That was the last lesson. Well done!");
            assertTrue(end.contains("★ Lesson complete: Every kind of step"), end);
            sh.expect(">>> ");
            line(sh, "6 * 7");
            String python = sh.expect("42\n>>> ");
            assertFalse(python.contains("You said"), "after the lesson, lines are Python again: " + python);
        }
    }

    @Test
    void skippedStepsKeepTheLessonFromCompletingAndRestartRebuildsTheStep() throws Exception {
        try (ShellHarness sh = new ShellHarness(home, Lang.ZH, Map.of("NO_COLOR", "1"), s -> { }, "%lesson every-kind", ENGINE)) {
            sh.expect("[every-kind 1/8] >>> ");
            line(sh, "");
            sh.expect("[every-kind 2/8] >>> ");
            line(sh, "import socket");
            sh.expect("[every-kind 3/8] >>> ");
            line(sh, "%skip");
            sh.expect("[every-kind 4/8] >>> ");
            line(sh, "%skip");
            sh.expect("OSError: [Errno 22] Invalid argument");
            sh.expect("[every-kind 5/8] >>> ");
            line(sh, "%skip");
            sh.expect("[every-kind 6/8] >>> ");
            line(sh, "c = 1");
            line(sh, "%recover");
            sh.expect("如果变量乱了，输入 %restart 重做这一步。");
            line(sh, "%restart");
            sh.expect("重做第 6 步");
            sh.expect("[every-kind 6/8] >>> ");
            line(sh, "c");
            sh.expect("NameError: name 'c' is not defined");
            line(sh, "%skip");
            sh.expect("伙伴：收到来自 127.0.0.1:");
            sh.expect("[every-kind 7/8] >>> ");
            line(sh, "c.sendall(b'hi')");
            line(sh, "c.recv(100)");
            sh.expect("b'hi'");
            line(sh, "%skip");
            sh.expect("[every-kind 8/8] >>> ");
            line(sh, "");
            String end = sh.expect("但第 3, 4, 5, 6, 7 步还没完成：输入 %lesson every-kind 回到其中的第一步。");
            assertFalse(end.contains("本课完成"), end);
            assertFalse(end.contains("这是最后一课了"), "the last lesson was not finished: " + end);
            line(sh, "%next");
            sh.expect("这是最后一课了，做得好！");
        }
    }
}
