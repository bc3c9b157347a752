package socklab.shell;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C reaches learner code on every path that runs it at the terminal, not only the inputs
 * the prompt runs: the lookup behind `x.foo?`, the lookup behind completing `x.foo.`, a lesson
 * check that calls the learner's __eq__, and a lock that can never be acquired.
 */
class TerminalInterruptTest {
    @TempDir
    Path home;

    private static void define(ShellHarness sh, String source) throws Exception {
        sh.type("exec(" + pythonString(source) + ")" + ShellHarness.ENTER);
        sh.expect(">>> ");
    }

    /** A one-line Python literal for source, so the editor's auto-indent cannot touch it. */
    private static String pythonString(String source) {
        return "'" + source.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    @Test
    void helpOnALoopingPropertyStopsOnCtrlC() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            define(sh, "import sys\nclass C:\n    @property\n    def foo(self):\n        print('computing'); sys.stdout.flush()\n        while True: pass\nx = C()");
            sh.type("x.foo?" + ShellHarness.ENTER);
            sh.expect("computing\n");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("KeyboardInterrupt\n");
            sh.expect(">>> ");
            sh.type("print('alive')" + ShellHarness.ENTER);
            sh.expect("alive\n>>> ");
        }
    }

    @Test
    void completingThroughALoopingGetattrStopsOnCtrlC() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            define(sh, "import sys\nclass D:\n    def __getattr__(self, name):\n        try:\n            print('looking up', name); sys.stdout.flush()\n            while True: pass\n        finally:\n            print('gave up', name); sys.stdout.flush()\nd = D()");
            sh.type("d.foo." + ShellHarness.TAB);
            sh.expect("looking up foo\n");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("gave up foo\n");
            // The completion gave up and the line is still being edited: a key typed now shows once
            // the editor is back, and then a second Ctrl-C drops the line.
            sh.type("z");
            sh.expect("z");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("KeyboardInterrupt\n>>> ");
            sh.type("print('alive')" + ShellHarness.ENTER);
            sh.expect("alive\n>>> ");
        }
    }

    @Test
    void aLessonCheckCallingALoopingEqStopsOnCtrlCAndTheLessonGoesOn() throws Exception {
        try (ShellHarness sh = new ShellHarness(home, socklab.i18n.Lang.EN, java.util.Map.of("NO_COLOR", "1"), s -> { },
                null, Path.of("src/test/resources/lessons-fixture/good"))) {
            sh.expect(">>> ");
            sh.type("%lesson numbers" + ShellHarness.ENTER);
            sh.expect("(Press Enter to continue.)");
            sh.type(ShellHarness.ENTER);
            sh.expect("[numbers 2/5] >>> ");
            define(sh, "import sys\nclass Stubborn:\n    def __eq__(self, other):\n        print('comparing'); sys.stdout.flush()\n        while True: pass");
            // The step's check is x == 42: it calls the learner's __eq__, which never returns.
            sh.type("x = Stubborn()" + ShellHarness.ENTER);
            sh.expect("comparing\n");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("[numbers 2/5] >>> ");
            sh.type("x = 6 * 7" + ShellHarness.ENTER);
            sh.expect(socklab.i18n.Messages.text(socklab.i18n.Lang.EN, "lesson.check.correct"));
            sh.expect("[numbers 3/5] >>> ");
        }
    }

    @Test
    void aDeadlockAtThePromptIsLeftWithCtrlC() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("import threading" + ShellHarness.ENTER);
            sh.type("l = threading.Lock(); l.acquire(); print('waiting'); l.acquire()" + ShellHarness.ENTER);
            sh.expect("True\nwaiting\n");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n>>> ");
            sh.type("l.locked()" + ShellHarness.ENTER);
            sh.expect("True\n>>> ");
        }
    }
}
