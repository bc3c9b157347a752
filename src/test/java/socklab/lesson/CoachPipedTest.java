package socklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.i18n.Lang;

/** A learner walks the non-socket fixture lesson on piped input, mistakes, hints and all. */
class CoachPipedTest {
    @TempDir
    Path home;

    private Fixtures.Run lesson(String lang, String... lines) {
        return Fixtures.cli(home, String.join("\n", lines) + "\n", "--lesson", "numbers", "--lessons-dir", Fixtures.dir("good").toString(), "--lang", lang);
    }

    @Test
    void walksALessonEndToEnd() {
        Fixtures.Run r = lesson("en",
                "",
                "%hint",
                "x = '42'",
                "x = six * 7",
                "x = seven * 6",
                "x = 6 *",
                "x = 6 * 7",
                "%solution",
                "n",
                "def double(n):",
                "    return n * 2",
                "",
                "y = double(x)",
                "y",
                "",
                "print('after')");
        assertEquals(0, r.status());
        String port = r.out().replaceAll("(?s).*Your port is (\\d+)\\..*", "$1");
        assertEquals("""
                == Lesson 1: Numbers and functions ==
                A lesson without sockets, for testing the engine.

                [numbers 1/5] Step 1 of 5
                Welcome! Your port is %s.
                (Press Enter to continue.)

                [numbers 2/5] Step 2 of 5
                Python can multiply.
                → Type `x = 6 * 7`.
                Hint 1/2: The multiplication sign is *.
                ✗ That is a string, not a number like %s.
                ✗ six is not defined: write the digit 6.
                Not yet. %%hint gives a hint.
                ✗ A number is missing after the *.
                ✓ Correct!

                [numbers 3/5] Step 3 of 5
                A function wraps up code.
                → Define double(n) returning n * 2.
                Show the solution? It is more fun to find it yourself. [y/n] ✓ Correct!

                [numbers 4/5] Step 4 of 5
                Call it.
                → Type `y = double(x)`, then `y`.
                So far so good: the step has more to it.
                84
                ✓ Correct!

                [numbers 5/5] Step 5 of 5
                Done!
                (Press Enter to continue.)
                ★ Lesson complete: Numbers and functions
                That was the last lesson. Well done!
                after
                """.formatted(port, port), r.out());
        assertTrue(r.err().contains("NameError: name 'seven' is not defined"), r.err());
        assertTrue(r.err().contains("SyntaxError: invalid syntax"), r.err());
        assertEquals(Set.of("welcome", "multiply", "define", "call", "bye"), Progress.open(home, Lang.EN, n -> { }).done("numbers"));
    }

    @Test
    void commandsMoveAroundTheLessonInChinese() {
        Fixtures.Run r = lesson("zh",
                "%hint",
                "%next",
                "%hint",
                "%hint",
                "%hint",
                "%solution",
                "y",
                "%skip",
                "double(4)",
                "%back",
                "%progress",
                "%quit-lesson",
                "%next",
                "%nonsense");
        assertEquals(0, r.status());
        String out = r.out();
        assertTrue(out.startsWith("== 第 1 课：数字和函数 ==\n不用 socket 的一课，用来测试课程引擎。\n\n[numbers 1/5] 第 1 步，共 5 步\n"), out);
        assertTrue(out.contains("这一步没有练习，按回车继续。\n\n[numbers 2/5] 第 2 步，共 5 步\n"), out);
        assertTrue(out.contains("提示 1/2：乘号是 *。\n提示 2/2：输入：x = 6 * 7\n没有更多提示了。%solution 可以查看答案。\n"), out);
        assertTrue(out.contains("[y/n] 答案：\n    x = 6 * 7\n替你运行答案：\n>>> x = 6 * 7\n\n[numbers 3/5]"), out);
        assertTrue(out.contains("→ 定义 double(n)，返回 n * 2。\n还不对。输入 %hint 看提示。\n\n[numbers 2/5]"), out);
        assertTrue(out.contains("numbers  0/5\n"), out);
        assertTrue(out.contains("你离开了“数字和函数”这一课，进度已保存。\n现在没有进行中的课。"), out);
        assertTrue(out.endsWith("没有命令 %nonsense。输入 %help 查看命令列表。\n"), out);
        assertTrue(r.err().contains("NameError: name 'double' is not defined"), r.err());
    }

    @Test
    void aPartlyDoneLessonResumesWithEarlierNamesAndRestartRebuildsTheStep() {
        lesson("en", "", "x = 6 * 7", "def double(n):", "    return n * 2", "", "%quit-lesson");
        Fixtures.Run r = lesson("en", "y = double(x)", "%restart", "y = 1", "y", "double(x)", "%quit-lesson");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Welcome back: resuming at step 4.\n\n[numbers 4/5] Step 4 of 5\n"), r.out());
        // %restart: a fresh session (y is gone) in which steps 1-3 ran again (x and double are back).
        assertTrue(r.out().contains("Step 4 again, in a fresh session: the earlier steps' solutions have run again, with fresh ports"
                + " and partners.\n\n[numbers 4/5] Step 4 of 5\n"), r.out());
        assertTrue(r.out().contains("\n1\nThat ran, but the step is not done yet. %hint gives a hint.\n84\n"), r.out());
        assertEquals("", Fixtures.withoutPrompts(r.err()));
    }

    @Test
    void aLessonStartsInAFreshSessionUnlessItSaysOtherwise(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Fixtures.Run fresh = Fixtures.cli(home, "secret = 1\n%lesson numbers\nsecret\n", "--lessons-dir", Fixtures.dir("good").toString(),
                "--lang", "en");
        assertTrue(fresh.err().contains("NameError: name 'secret' is not defined"), fresh.err());
        String text = java.nio.file.Files.readString(Fixtures.dir("good").resolve("01-numbers.json"));
        java.nio.file.Files.writeString(dir.resolve("01-numbers.json"), text.replaceFirst("\"order\": 1,", "\"order\": 1, \"fresh\": false,"));
        Fixtures.Run kept = Fixtures.cli(home, "secret = 1\n%lesson numbers\nsecret\n", "--lessons-dir", dir.toString(), "--lang", "en");
        assertTrue(kept.out().endsWith("\n1\n"), kept.out());
        assertEquals("", Fixtures.withoutPrompts(kept.err()));
    }

    @Test
    void nextAfterALessonsEndStartsTheFollowingLesson(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String text = java.nio.file.Files.readString(Fixtures.dir("good").resolve("01-numbers.json"));
        java.nio.file.Files.writeString(dir.resolve("01-numbers.json"), text);
        java.nio.file.Files.writeString(dir.resolve("02-again.json"),
                text.replaceFirst("\"id\": \"numbers\"", "\"id\": \"again\"").replaceFirst("\"order\": 1,", "\"order\": 2,"));
        Fixtures.Run r = Fixtures.cli(home, "%lesson numbers\n%next\n%next\n%next\n%next\n%next\n%next\n", "--lessons-dir", dir.toString(),
                "--lang", "en");
        assertTrue(r.out().contains("You reached the end of Numbers and functions, but step(s) 1, 2, 3, 4, 5 are not done yet: "
                + "%lesson numbers takes you to the first of them.\nNext: %next or %lesson again  (Numbers and functions)\n"), r.out());
        assertTrue(r.out().endsWith("== Lesson 2: Numbers and functions ==\nA lesson without sockets, for testing the engine.\n\n"
                + "[again 1/5] Step 1 of 5\nWelcome! Your port is " + r.out().replaceAll("(?s).*Your port is (\\d+)\\..*", "$1")
                + ".\n(Press Enter to continue.)\n"), r.out());
        assertTrue(!r.out().contains("That was the last lesson"), r.out());
    }
}
