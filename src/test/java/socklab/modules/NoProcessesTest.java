package socklab.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import socklab.Sessions;
import socklab.runtime.Interpreter;
import socklab.shell.StreamIo;

/** The README's claim that Python code starts no process and reaches no Java: each way in, tried. */
class NoProcessesTest {
    private static String run(String source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Interpreter interp = Sessions.create(new StreamIo(out, out, new BufferedReader(new StringReader(""))));
        interp.run(source, "<test>", Interpreter.Mode.SCRIPT);
        interp.io().flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void osHasNoProcessControlAndThereIsNoSubprocess() {
        String probe = String.join("\n",
                "import os",
                "for name in ['system', 'fork', 'forkpty', 'execv', 'execve', 'execl', 'execvp', 'spawnv', 'spawnl',",
                "             'posix_spawn', 'kill', 'killpg', 'popen', 'startfile']:",
                "    print(name, hasattr(os, name))",
                "for module in ['subprocess', 'ctypes', 'multiprocessing', 'pty']:",
                "    try:",
                "        __import__(module)",
                "        print(module, 'imported')",
                "    except ImportError as e:",
                "        print(type(e).__name__, e)",
                "");
        String expected = String.join("\n",
                "system False", "fork False", "forkpty False", "execv False", "execve False", "execl False",
                "execvp False", "spawnv False", "spawnl False", "posix_spawn False", "kill False", "killpg False",
                "popen False", "startfile False",
                "ModuleNotFoundError No module named 'subprocess'", "ModuleNotFoundError No module named 'ctypes'",
                "ModuleNotFoundError No module named 'multiprocessing'", "ModuleNotFoundError No module named 'pty'",
                "");
        assertEquals(expected, run(probe));
    }

    @Test
    void objectsShowNoJavaSide() {
        String probe = String.join("\n",
                "names = set()",
                "for obj in [1, 'a', b'', [], {}, object(), print, len, type, open, __import__('socket').socket]:",
                "    names.update(n for n in dir(obj) if 'java' in n.lower() or n.startswith('get') and n[3:4].isupper())",
                "print(sorted(names))",
                "print(any('java' in c.__name__.lower() or 'socklab' in c.__module__",
                "          for obj in [1, 'a', print, open, __import__('socket').socket()] for c in type(obj).__mro__))",
                "");
        assertEquals("[]\nFalse\n", run(probe));
    }
}
