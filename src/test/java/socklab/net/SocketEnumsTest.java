package socklab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.Sessions;
import socklab.runtime.Interpreter;
import socklab.runtime.Sandbox;
import socklab.shell.StreamIo;

/** socket's enum classes are made per session by the standard enum module, whatever files lie beside the script. */
class SocketEnumsTest {
    @TempDir
    Path folder;

    private String run(Interpreter interp, ByteArrayOutputStream bytes, String script) {
        interp.setSandbox(Sandbox.folder(folder));
        interp.run(script, folder.resolve("main.py").toString(), Interpreter.Mode.SCRIPT);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ByteArrayOutputStream bytes() {
        return new ByteArrayOutputStream();
    }

    private static Interpreter session(ByteArrayOutputStream bytes) {
        PrintStream merged = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        return Sessions.create(new StreamIo(merged, merged, new BufferedReader(new StringReader(""))));
    }

    @Test
    void aLearnersEnumFileDoesNotShadowTheOneSocketUses() throws IOException {
        Files.writeString(folder.resolve("enum.py"), "print('the learner enum')\n");
        ByteArrayOutputStream out = bytes();
        Interpreter interp = session(out);
        try {
            // as CPython, which has enum in sys.modules before the script runs
            assertEquals("<AddressFamily.AF_INET: 2> True\n", run(interp, out,
                    "import socket, enum\nprint(repr(socket.AF_INET), isinstance(socket.AF_INET, enum.IntEnum))\n"));
        } finally {
            interp.shutdown();
        }
    }

    @Test
    void eachSessionHasItsOwnEnumClasses() {
        ByteArrayOutputStream out1 = bytes();
        ByteArrayOutputStream out2 = bytes();
        Interpreter first = session(out1);
        Interpreter second = session(out2);
        try {
            String script = "import socket\nsocket.AddressFamily.mark = 'changed'\n"
                    + "s = socket.socket(socket.AF_INET6)\nprint(s.family is socket.AF_INET6, socket.AddressFamily(2))\ns.close()\n";
            assertEquals("True 2\n", run(first, out1, script));
            // the first session's change to its class does not reach the second
            assertEquals("False\n", run(second, out2, "import socket\nprint(hasattr(socket.AddressFamily, 'mark'))\n"));
        } finally {
            first.shutdown();
            second.shutdown();
        }
    }
}
