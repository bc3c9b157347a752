package socklab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run modes as a user meets them: a real JVM process, its exit status, stdout and stderr. */
class MainTest {
    @TempDir
    Path dir;

    /** What one run of socklab printed and returned. */
    record Run(int status, String out, String err) {}

    private Run socklab(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "socklab.Main"));
        cmd.addAll(List.of(args));
        return run(cmd, stdin);
    }

    /** Runs a command in dir with stdin fed and closed: its status, stdout and stderr. */
    private Run run(List<String> cmd, String stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("SOCKLAB_HOME", dir.resolve("home").toString());
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        int status = p.waitFor();
        return new Run(status, Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void pipedSessionEchoesValuesAndEndsWithStatusZero() throws Exception {
        Run r = socklab("x = 6 * 7\nx\nprint('你好', x)\nundefined\n'still here'\n");
        assertEquals(0, r.status());
        assertEquals("42\n你好 42\n'still here'\n", r.out());
        assertTrue(r.err().contains(">>> Traceback (most recent call last):\n"), r.err());
        assertTrue(r.err().endsWith("NameError: name 'undefined' is not defined\n>>> >>> \n"), r.err());
    }

    @Test
    void scriptGetsArgvAndAnUncaughtErrorExitsOne() throws Exception {
        Files.writeString(dir.resolve("s.py"), "import sys\nprint(sys.argv)\nraise ValueError('bad ' + sys.argv[1])\n");
        Run r = socklab("", "s.py", "one", "two");
        assertEquals(1, r.status());
        assertEquals("['s.py', 'one', 'two']\n", r.out());
        String script = dir.resolve("s.py").toAbsolutePath().normalize().toString();
        assertTrue(r.err().contains("  File \"" + script + "\", line 3, in <module>\n    raise ValueError('bad ' + sys.argv[1])\n"),
                r.err());
        assertTrue(r.err().endsWith("ValueError: bad one\n"), r.err());
    }

    @Test
    void scriptExitStatusComesFromSysExit() throws Exception {
        Files.writeString(dir.resolve("e.py"), "import sys\nsys.exit(3)\nprint('not reached')\n");
        Run r = socklab("", "e.py");
        assertEquals(3, r.status());
        assertEquals("", r.out());
    }

    @Test
    void scriptWithSyntaxErrorExitsOneBeforeRunningAnything() throws Exception {
        Files.writeString(dir.resolve("bad.py"), "print('first')\nx = = 1\n");
        Run r = socklab("", "bad.py");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().endsWith("SyntaxError: invalid syntax\n"), r.err());
    }

    @Test
    void missingScriptAndUnknownOptionAreUsageErrors() throws Exception {
        Run missing = socklab("", "nope.py");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("[Errno 2] No such file or directory"), missing.err());
        Run unknown = socklab("", "--frobnicate");
        assertEquals(2, unknown.status());
    }

    @Test
    void helpAndVersionSucceed() throws Exception {
        Run help = socklab("", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("usage: socklab"), help.out());
        Run version = socklab("", "--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("socklab "), version.out());
    }

    /** A socklab process started in dir with pipes left open, for tests that talk to it while it runs. */
    private Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "socklab.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("SOCKLAB_HOME", dir.resolve("home").toString());
        return pb.start();
    }

    @Test
    void ctrlCInAScriptBlockedInAcceptRaisesKeyboardInterruptRunsFinallyAndExits130() throws Exception {
        Files.writeString(dir.resolve("server.py"), """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 0))
                s.listen()
                print('listening', flush=True)
                try:
                    try:
                        s.accept()
                    finally:
                        print('finally ran')
                except KeyboardInterrupt:
                    print('caught', type(s.fileno()).__name__)
                    raise
                """);
        Process p = start("server.py");
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("listening", out.readLine());
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
        String rest = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(130, p.waitFor());
        String script = dir.resolve("server.py").toAbsolutePath().normalize().toString();
        assertEquals("finally ran\ncaught int\nTraceback (most recent call last):\n  File \"" + script + "\", line 8, in <module>\n"
                + "    s.accept()\n", rest.substring(0, rest.indexOf("    s.accept()\n") + "    s.accept()\n".length()));
        assertTrue(rest.endsWith("\nKeyboardInterrupt\n"), rest);
    }

    /**
     * How a parent process sees a run end: python3's subprocess gives -N for death by signal N,
     * which no exit status can fake (Java's Process reports both as 128 + N).
     */
    private String parentSees(List<String> cmd) throws IOException, InterruptedException {
        List<String> parent = new ArrayList<>(List.of("python3", "-c",
                "import subprocess, sys; print(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode)"));
        parent.addAll(cmd);
        Run r = run(parent, "");
        assertEquals(0, r.status(), r.err());
        return r.out();
    }

    @Test
    void anUncaughtKeyboardInterruptEndsTheProcessBySigintAsCPythonDoes() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Engines.pythonAvailable(), "python3 is the parent that reads the signal");
        Files.writeString(dir.resolve("ki.py"), "print('before')\nraise KeyboardInterrupt\n");
        assertEquals("before\n-2\n", parentSees(Engines.socklab("ki.py")));
        assertEquals("before\n-2\n", parentSees(List.of("python3", "ki.py")), "CPython agrees");
        assertEquals("-2\n", parentSees(Engines.socklab("-c", "raise KeyboardInterrupt")));
        assertEquals("130\n", parentSees(Engines.socklab("-c", "raise SystemExit(130)")), "an exit status is not a signal");
        assertEquals("0\n", parentSees(Engines.socklab("-c", "try:\n    raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n    pass")));
    }

    @Test
    void inputInAScriptReturnsAtEnterWhileStdinStaysOpen() throws Exception {
        Files.writeString(dir.resolve("ask.py"), "name = input('name? ')\nprint('hello', name, flush=True)\nprint(input())\n");
        Process p = start("ask.py");
        p.getOutputStream().write("Ada\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("name? hello Ada", out.readLine());
        p.getOutputStream().write("bye\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertEquals("bye", out.readLine());
        assertEquals(0, p.waitFor());
    }

    /** python3 -i: the program's SystemExit is printed as a traceback and the prompt follows; the status is the prompt's. */
    @Test
    void systemExitUnderDashIGoesOnToThePrompt() throws Exception {
        Run expected = new Run(0, "after\n", "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
                + "SystemExit: bye\n>>> >>> \n");
        String[] args = {"-i", "-c", "import sys; sys.exit('bye')"};
        assertEquals(expected, socklab("print('after')\n", args));
        if (Engines.pythonAvailable()) {
            List<String> python = new ArrayList<>(List.of("python3"));
            python.addAll(List.of(args));
            assertEquals(expected, run(python, "print('after')\n"), "CPython agrees");
        }
    }

    @Test
    void exitInPipedSessionStopsReadingAndSetsTheStatus() throws Exception {
        Run r = socklab("print('a')\nexit(4)\nprint('b')\n");
        assertEquals(4, r.status());
        assertEquals("a\n", r.out());
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void scriptReportsAThreadsErrorWaitsForNonDaemonThreadsAndLeavesDaemonsBehind() throws Exception {
        Files.writeString(dir.resolve("t.py"), """
                import threading, time
                def fail():
                    raise ValueError('boom')

                t = threading.Thread(target=fail)
                t.start()
                t.join()
                stuck = threading.Event()
                threading.Thread(target=stuck.wait, daemon=True).start()
                def late():
                    time.sleep(0.2)
                    print('late thread done')
                threading.Thread(target=late).start()
                print('main done')
                """);
        Run r = socklab("", "t.py");
        String script = dir.resolve("t.py").toAbsolutePath().normalize().toString();
        assertEquals(0, r.status());
        assertEquals("main done\nlate thread done\n", r.out());
        assertEquals("""
                Exception in thread Thread-1 (fail):
                Traceback (most recent call last):
                  File "/usr/lib/python3.11/threading.py", line 1045, in _bootstrap_inner
                    self.run()
                  File "/usr/lib/python3.11/threading.py", line 982, in run
                    self._target(*self._args, **self._kwargs)
                  File "%s", line 3, in fail
                    raise ValueError('boom')
                ValueError: boom
                """.formatted(script), r.err());
    }
}
