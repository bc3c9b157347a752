package socklab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * io.TextIOWrapper's constructor belongs to the class itself, not to `import io`: in a JVM that has
 * never imported io, the class of sock.makefile('r') builds wrappers and is io.TextIOWrapper.
 * A fresh process, because the test JVM may already have imported io for another test.
 */
class TextWrapperFreshJvmTest {
    @TempDir
    Path dir;

    @Test
    void makefileTypeWrapsBeforeAndIsIoTextIOWrapperAfterImport() throws Exception {
        Path script = dir.resolve("wrap.py");
        Files.writeString(script, String.join("\n",
                "import socket",
                "a, b = socket.socketpair()",
                "T = type(a.makefile('r'))",
                "print(T)",
                "w = T(a.makefile('rb'), encoding='utf-8')",
                "b.sendall('héllo\\nwörld\\n'.encode())",
                "print(repr(w.readline()))",
                "print(repr(w.readline()))",
                "b.close()",
                "print(repr(w.read()))",
                "import io",
                "print(T is io.TextIOWrapper, type(w) is io.TextIOWrapper, isinstance(a.makefile('r'), io.TextIOWrapper))",
                ""), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(Engines.socklab(script.toString())).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        p.getOutputStream().close();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        // recorded from CPython 3.11
        assertEquals("<class '_io.TextIOWrapper'>\n'héllo\\n'\n'wörld\\n'\n''\nTrue True True\n",
                Files.readString(out, StandardCharsets.UTF_8));
    }
}
