package socklab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.i18n.Lang;
import socklab.runtime.Interpreter;

/** The shell driven through a headless JLine terminal with raw key bytes, as a learner would use it. */
class TerminalShellTest {
    @TempDir
    Path home;

    @Test
    void welcomePromptAndCtrlDOnEmptyLineExits() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect("socklab test. Type help, or %lessons");
            sh.expect(">>> ");
            sh.type("1 + 2" + ShellHarness.ENTER);
            sh.expect("3\n>>> ");
            sh.type(ShellHarness.CTRL_D);
            assertEquals(0, sh.exitStatus());
        }
    }

    /** python3 -i on a terminal: the program runs first, Ctrl-C armed, then the line editor's prompt, without a greeting. */
    @Test
    void dashIRunsTheProgramThenTheEditingPrompt() throws Exception {
        String program = "x = 5\nprint('ready')\nimport time\ntime.sleep(30)\n";
        try (ShellHarness sh = new ShellHarness(home, Lang.EN, Map.of("NO_COLOR", "1"), s -> { }, ShellHarness.TUTORIAL,
                shell -> shell.inspect(() -> shell.repl().interpreter().run(program, "<string>", Interpreter.Mode.SCRIPT).failed() ? 1 : 0))) {
            sh.expect("ready\n");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("KeyboardInterrupt\n>>> ");
            sh.type("x + 1" + ShellHarness.ENTER);
            sh.expect("6\n>>> ");
            sh.type(ShellHarness.UP + ShellHarness.ENTER);
            sh.expect("6\n>>> ");
            sh.type(ShellHarness.CTRL_D);
            assertEquals(0, sh.exitStatus());
            assertFalse(sh.plain().contains("socklab test"), sh.plain());
        }
    }

    @Test
    void blockEntryAutoIndentsAndEndsAtBlankLine() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("def twice(x):" + ShellHarness.ENTER);
            sh.expect("...     ");
            sh.type("return x * 2" + ShellHarness.ENTER);
            sh.expect("...     ");
            sh.type(ShellHarness.ENTER);
            sh.type("twice(21)" + ShellHarness.ENTER);
            sh.expect("42\n>>> ");
        }
    }

    @Test
    void indentationTypedAsAtCPythonsPromptIsNotDoubled() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            for (String line : new String[] {"try:", "    1/0", "except ZeroDivisionError:", "    print('caught')", ""}) {
                sh.type(line + ShellHarness.ENTER);
            }
            sh.expect("caught\n>>> ");
            sh.paste("def f(x):\n    if x:\n        return 'yes'\n    return 'no'\n");
            sh.type(ShellHarness.ENTER);
            sh.type("f(1), f(0)" + ShellHarness.ENTER);
            sh.expect("('yes', 'no')\n>>> ");
            assertFalse(sh.plain().contains("SyntaxError") || sh.plain().contains("IndentationError"), sh.plain());
        }
    }

    @Test
    void outputFromAThreadGoesAboveThePromptAndKeepsTheLineBeingTyped() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("import threading" + ShellHarness.ENTER);
            sh.expect(">>> ");
            sh.type("threading.Timer(0.2, print, ('from a thread',)).start()" + ShellHarness.ENTER);
            sh.expect(">>> ");
            sh.type("half typed");
            sh.expect("from a thread\n");
            sh.type(" = 1" + ShellHarness.ENTER);
            sh.expect("SyntaxError");
            String screen = sh.plain();
            assertTrue(screen.contains("half typed = 1"), screen);
        }
    }

    @Test
    void autoIndentStepsBackForExceptAndElse() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            for (String line : new String[] {"for i in range(2):", "if i:", "print('odd', i)", "else:", "print('even', i)", ""}) {
                sh.type(line + ShellHarness.ENTER);
            }
            sh.expect("even 0\nodd 1\n>>> ");
            assertFalse(sh.plain().contains("Error"), sh.plain());
        }
    }

    @Test
    void aSkippedStepLeavesNothingBehindAndAnExpectedErrorStepPasses() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("%lesson bind" + ShellHarness.ENTER);
            sh.expect("[bind 1/6] >>> ");
            sh.type("%skip" + ShellHarness.ENTER);
            sh.expect("[bind 2/6] >>> ");
            sh.type("%skip" + ShellHarness.ENTER);
            String step3 = sh.expect("[bind 3/6] >>> ");
            String port = step3.replaceAll("(?s).*\\(\\('127\\.0\\.0\\.1', (\\d+)\\)\\).*", "$1");
            sh.type("sk.bind(('127.0.0.1', " + port + "))" + ShellHarness.ENTER);
            sh.expect("✓");
            sh.expect("[bind 4/6] >>> ");
            sh.type("sk2 = socket.socket()" + ShellHarness.ENTER);
            sh.expect("[bind 4/6] >>> ");
            sh.type("sk2.bind(('127.0.0.1', " + port + "))" + ShellHarness.ENTER);
            String verdict = sh.expect("[bind 5/6] >>> ");
            assertTrue(verdict.contains("OSError: [Errno 98] Address already in use\n"), verdict);
            assertTrue(verdict.contains("✓"), verdict);
        }
    }

    @Test
    void tabCompletesModuleAttributesAndShowsSignature() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("import time" + ShellHarness.ENTER);
            sh.type("time.sl" + ShellHarness.TAB);
            sh.expect("time.sleep(");
            sh.type("0)" + ShellHarness.ENTER);
            sh.expect(">>> ");
            sh.type("le" + ShellHarness.TAB);
            sh.expect("len(obj, /)");
            sh.type("'abc')" + ShellHarness.ENTER);
            sh.expect("3\n>>> ");
        }
    }

    @Test
    void ctrlCInterruptsSleepAndEndlessLoopAndTheShellGoesOn() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("import time" + ShellHarness.ENTER);
            sh.type("print('sleeping'); time.sleep(100)" + ShellHarness.ENTER);
            sh.expect("sleeping\n");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("KeyboardInterrupt\n>>> ");
            sh.type("n = 0" + ShellHarness.ENTER + "while True:" + ShellHarness.ENTER);
            sh.type("n += 1" + ShellHarness.ENTER + "if n == 1000: print('looping')" + ShellHarness.ENTER
                    + ShellHarness.ENTER);
            sh.expect("looping\n");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("KeyboardInterrupt\n>>> ");
            sh.type("print('still here', n > 0)" + ShellHarness.ENTER);
            sh.expect("still here True\n>>> ");
        }
    }

    @Test
    void ctrlCLeavesBlockingAcceptRecvAndInputWithTheSocketsStillUsable() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("import socket" + ShellHarness.ENTER);
            sh.type("srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen()" + ShellHarness.ENTER);
            sh.expect(">>> ");
            sh.type("print('waiting'); srv.accept()" + ShellHarness.ENTER);
            sh.expect("waiting\n");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("KeyboardInterrupt\n>>> ");
            sh.type("cli = socket.create_connection(srv.getsockname()); conn, addr = srv.accept()" + ShellHarness.ENTER);
            sh.expect(">>> ");
            sh.type("print('reading'); conn.recv(10)" + ShellHarness.ENTER);
            sh.expect("reading\n");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("KeyboardInterrupt\n>>> ");
            sh.type("cli.sendall(b'still ok'); conn.recv(10)" + ShellHarness.ENTER);
            sh.expect("b'still ok'\n>>> ");
            // The prompt is built at run time so that the echoed input does not match it.
            sh.type("name = input('na' + 'me? ')" + ShellHarness.ENTER);
            sh.expect("name? ");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("KeyboardInterrupt\n>>> ");
            sh.type("name = input('na' + 'me? ')" + ShellHarness.ENTER);
            sh.expect("name? ");
            sh.type("Ada" + ShellHarness.ENTER + "name" + ShellHarness.ENTER);
            sh.expect("'Ada'\n>>> ");
        }
    }

    @Test
    void ctrlCLeavesAConnectThatNobodyAnswers() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            // A listener whose backlog is full and never accepts: Linux drops further SYNs, so connect waits.
            sh.type("import socket" + ShellHarness.ENTER);
            sh.type("srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen(0)" + ShellHarness.ENTER);
            sh.type("queued = [socket.create_connection(srv.getsockname()) for _ in range(2)]" + ShellHarness.ENTER);
            sh.expect(">>> ");
            sh.type("c = socket.socket()" + ShellHarness.ENTER);
            sh.type("print('connecting'); c.connect(srv.getsockname())" + ShellHarness.ENTER);
            sh.expect("connecting\n");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("KeyboardInterrupt\n>>> ");
            sh.type("conn, addr = srv.accept(); conn.send(b'hi'), queued[0].recv(2)" + ShellHarness.ENTER);
            sh.expect("(2, b'hi')\n>>> ");
        }
    }

    @Test
    void ctrlDClosesEverySocket() throws Exception {
        int port;
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("import socket" + ShellHarness.ENTER);
            sh.type("srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen()" + ShellHarness.ENTER);
            sh.type("cli = socket.create_connection(srv.getsockname()); conn, _ = srv.accept()" + ShellHarness.ENTER);
            sh.type("print('PORT' + '=' + str(srv.getsockname()[1]))" + ShellHarness.ENTER);
            sh.expect("PORT=");
            port = Integer.parseInt(sh.expect("\n").strip());
            sh.type(ShellHarness.CTRL_D);
            assertEquals(0, sh.exitStatus());
        }
        try (java.net.ServerSocket again = new java.net.ServerSocket()) {
            again.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void ctrlCAtThePromptCancelsTheLine() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            // ^C is a signal, out of band with the keys: wait until the keys are on screen first.
            sh.type("half typed");
            sh.expect("half typed");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("KeyboardInterrupt\n>>> ");
            sh.type("'fine'" + ShellHarness.ENTER);
            sh.expect("'fine'\n>>> ");
        }
    }

    @Test
    void pastedTutorialLinesRunAsMeantWithOneNote() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.paste("- #>>> greeting = \u2018hello\u2018\n- #>>> greeting + '!'\n- #\u2018hello!\u2018\n");
            sh.type(ShellHarness.ENTER);
            sh.expect("(cleaned: removed >>> prompts, removed \"- \" bullets, dropped output lines, ");
            sh.expect("'hello!'\n>>> ");
        }
    }

    @Test
    void pastedBlockRunsAsABlock() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.paste(">>> total = 0\n>>> for k in [1, 2, 3]:\n...     total += k\n...\n>>> total\n6\n");
            sh.type(ShellHarness.ENTER);
            sh.expect("6\n>>> ");
        }
    }

    @Test
    void historyLastsAcrossRunsAndCtrlRSearches() throws Exception {
        try (ShellHarness first = new ShellHarness(home)) {
            first.expect(">>> ");
            first.type("answer = 40 + 2" + ShellHarness.ENTER);
            first.expect(">>> ");
            first.type("def f():" + ShellHarness.ENTER + "return 'block'" + ShellHarness.ENTER + ShellHarness.ENTER);
            first.expect(">>> ");
            first.type(ShellHarness.CTRL_D);
            assertEquals(0, first.exitStatus());
        }
        try (ShellHarness second = new ShellHarness(home)) {
            second.expect(">>> ");
            second.type(ShellHarness.UP);
            second.expect("return 'block'");
            second.type(ShellHarness.ENTER + "'recalled'" + ShellHarness.ENTER);
            second.expect("'recalled'\n");
            second.type(ShellHarness.CTRL_R + "answer =");
            second.expect("answer = 40 + 2");
            second.type(ShellHarness.ENTER + "'searched'" + ShellHarness.ENTER);
            second.expect("'searched'\n");
            second.type("f(), answer" + ShellHarness.ENTER);
            second.expect("('block', 42)\n>>> ");
        }
    }

    @Test
    void exitAndQuitEndTheShell() throws Exception {
        for (String way : new String[] {"exit", "quit()", "exit(3)"}) {
            try (ShellHarness sh = new ShellHarness(home)) {
                sh.expect(">>> ");
                sh.type(way + ShellHarness.ENTER);
                assertEquals(way.equals("exit(3)") ? 3 : 0, sh.exitStatus());
            }
        }
    }

    @Test
    void magicCommandsAndLanguageSwitch() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("%help" + ShellHarness.ENTER);
            sh.expect("%reset");
            sh.type("host = 'localhost'" + ShellHarness.ENTER + "%who" + ShellHarness.ENTER);
            sh.expect("host\n>>> ");
            sh.type("%reset" + ShellHarness.ENTER + "%who" + ShellHarness.ENTER);
            sh.expect("Interactive namespace is empty.");
            sh.type("%lang zh" + ShellHarness.ENTER);
            sh.expect("已切换为中文。");
            sh.type("'a' in b'abc'" + ShellHarness.ENTER);
            sh.expect("TypeError: a bytes-like object is required, not 'str'\n提示：socket 传送的是 bytes");
            sh.type("%nosuch" + ShellHarness.ENTER);
            sh.expect("没有命令 %nosuch");
        }
    }

    @Test
    void registeredCommandsRunAndComplete() throws Exception {
        try (ShellHarness sh = new ShellHarness(home, socklab.i18n.Lang.EN, java.util.Map.of("NO_COLOR", "1"),
                s -> s.commands().register("lesson", "magic.help.who",
                        (ctx, args) -> ctx.println("starting " + args), () -> java.util.List.of("gethostbyname")))) {
            sh.expect(">>> ");
            sh.type("%lesson geth" + ShellHarness.TAB + ShellHarness.ENTER);
            sh.expect("starting gethostbyname");
        }
    }

    @Test
    void ctrlCStopsACommandThatRunsCode() throws Exception {
        try (ShellHarness sh = new ShellHarness(home, socklab.i18n.Lang.EN, java.util.Map.of("NO_COLOR", "1"),
                s -> s.commands().register("wait", "magic.help.who", (ctx, args) -> {
                    ctx.println("waiting");
                    ctx.interpreter().run("import time\ntime.sleep(100)\n", "<stdin>", socklab.runtime.Interpreter.Mode.SCRIPT);
                }))) {
            sh.expect(">>> ");
            sh.type("%wait" + ShellHarness.ENTER);
            sh.expect("waiting\n");
            sh.type(ShellHarness.CTRL_C);
            sh.expect("KeyboardInterrupt\n>>> ");
            sh.type("'back'" + ShellHarness.ENTER);
            sh.expect("'back'\n>>> ");
        }
    }

    @Test
    void friendlyHintsFollowRealSocketMistakes() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("import socket" + ShellHarness.ENTER + "s = socket.socket()" + ShellHarness.ENTER);
            sh.type("s.send('hello')" + ShellHarness.ENTER);
            sh.expect("TypeError: a bytes-like object is required, not 'str'\nHint: sockets carry bytes, not str");
            sh.type("s.bind('127.0.0.1', 9080)" + ShellHarness.ENTER);
            sh.expect("(2 given)\nHint: an address is one tuple (host, port)");
            sh.type("s.accept()" + ShellHarness.ENTER);
            sh.expect("OSError: [Errno 22] Invalid argument\nHint: call listen() before accept()");
            sh.type("s.bind(('127.0.0.1', 0)); s.listen()" + ShellHarness.ENTER);
            sh.type("socket.socket().bind(s.getsockname())" + ShellHarness.ENTER);
            sh.expect("OSError: [Errno 98] Address already in use\nHint: that port is already taken");
        }
    }

    @Test
    void questionMarkShowsHelp() throws Exception {
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("print?" + ShellHarness.ENTER);
            sh.expect("print(*args, sep=' ', end='\\n', file=None, flush=False)");
            sh.type("nothing_here?" + ShellHarness.ENTER);
            sh.expect("Object `nothing_here` not found.");
        }
    }

    @Test
    void coloursOnlyWithoutNoColor() throws Exception {
        try (ShellHarness sh = new ShellHarness(home, socklab.i18n.Lang.EN, java.util.Map.of(), s -> { })) {
            sh.expect(">>> ");
            sh.type("1/0" + ShellHarness.ENTER);
            sh.expect("ZeroDivisionError");
            assertTrue(sh.raw().matches("(?s).*\u001b\\[[0-9;]*m>>> .*"), "coloured prompt");
            assertTrue(sh.raw().contains("\u001b[1;31mZeroDivisionError"), "coloured traceback");
        }
        try (ShellHarness sh = new ShellHarness(home)) {
            sh.expect(">>> ");
            sh.type("1/0" + ShellHarness.ENTER);
            sh.expect("ZeroDivisionError: division by zero\n>>> ");
            assertFalse(sh.raw().contains("[1;35m"), "NO_COLOR respected");
        }
    }

    @Test
    void lessonCommandsAreRegisteredAndThePromptShowsTheStep() throws Exception {
        try (ShellHarness sh = new ShellHarness(home, socklab.i18n.Lang.EN, java.util.Map.of("NO_COLOR", "1"),
                s -> { })) {
            sh.expect(">>> ");
            sh.type("%help" + ShellHarness.ENTER);
            sh.expect("%hint              a hint for this step");
            sh.expect("%lesson ID         start a lesson");
            sh.type("%lesson gethostbyn" + ShellHarness.TAB + ShellHarness.ENTER);
            sh.expect("== Lesson 3:");
            sh.expect("[gethostbyname 1/");
            sh.expect("[gethostbyname 1/");
            sh.expect(" >>> ");
            sh.type("%quit-lesson" + ShellHarness.ENTER);
            sh.expect("You left the lesson");
            sh.expect("\n>>> ");
            sh.type("%nosuch" + ShellHarness.ENTER);
            sh.expect("Unknown command %nosuch. Type %help for the list.");
        }
    }
}
