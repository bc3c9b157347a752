package socklab.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import socklab.Sessions;
import socklab.runtime.Interpreter;
import socklab.runtime.Sandbox;
import socklab.shell.StreamIo;

/** Code in a session reaches files only inside its sandbox folder, whichever way it tries to leave. */
class SandboxTest {
    @TempDir
    Path root;

    /** Runs a script in a session whose sandbox is root/box; returns stdout and stderr together. */
    private String run(String script) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream merged = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        StreamIo io = new StreamIo(merged, merged, new BufferedReader(new StringReader("")));
        Interpreter interp = Sessions.create(io);
        interp.setSandbox(Sandbox.folder(root.resolve("box")));
        try {
            interp.run(script, "test.py", Interpreter.Mode.SCRIPT);
        } finally {
            interp.shutdown();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Path outside() throws IOException {
        Path secret = root.resolve("secret.txt");
        Files.writeString(secret, "secret");
        return secret;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "open(SECRET)", "open(SECRET, 'rb')", "open(SECRET, 'a')", "open(OUT, 'w')", "open(OUT, 'x')",
        "open('../secret.txt')", "open('sub/../../secret.txt')", "open('link/secret.txt')", "open('filelink')",
        "open('dangling', 'w')",
        "import os; os.stat(SECRET)", "import os; os.remove(SECRET)", "import os; os.unlink('../secret.txt')",
        "import os; os.rename(SECRET, 'here.txt')", "import os; os.rename('mine.txt', OUT)",
        "import os; os.listdir('..')", "import os; os.listdir('link')", "import os; os.mkdir(OUT)",
        "import os; os.makedirs(OUT + '/a/b')", "import os; os.rmdir('..')",
        "import os; os.path.exists(SECRET)", "import os; os.path.getsize(SECRET)", "import os; os.path.realpath('link')",
        "import os; os.path.isfile(b'../secret.txt')",
        "import os; os.scandir('..')", "import os; [e.stat() for e in os.scandir() if e.name == 'filelink']",
        "import os; os.chdir('..')", "import os; os.chdir('link')", "import os; os.chdir('sub'); open('../../secret.txt')",
        "import os; os.chdir('sub'); list(os.walk('../..', onerror=print)); os.listdir('../..')",
        "import logging; logging.basicConfig(filename=OUT)",
        "import socket; socket.socket(socket.AF_UNIX).bind('/proc/self/socklab.sock')",
        "import socket; socket.socket(socket.AF_UNIX).connect(SECRET)",
        "import socket; socket.socket(socket.AF_UNIX).connect('../secret.txt')",
    })
    void everyWayOutIsPermissionError(String attempt) throws IOException {
        Path secret = outside();
        Path box = root.resolve("box");
        Files.createDirectories(box.resolve("sub"));
        Files.writeString(box.resolve("mine.txt"), "mine");
        Files.createSymbolicLink(box.resolve("link"), root);
        Files.createSymbolicLink(box.resolve("filelink"), secret);
        Files.createSymbolicLink(box.resolve("dangling"), root.resolve("created-by-link.txt"));
        String out = run("SECRET = " + pyStr(secret.toString()) + "\nOUT = " + pyStr(root.resolve("out").toString())
                + "\n" + attempt + "\n");
        assertTrue(out.contains("PermissionError: [Errno 13] Permission denied: "), out);
        assertEquals("secret", Files.readString(secret));
        assertTrue(Files.exists(box.resolve("mine.txt")));
        assertFalse(Files.exists(root.resolve("out")));
        assertFalse(Files.exists(root.resolve("created-by-link.txt")));
    }

    @Test
    void aSocketFileOfSomeoneElsesOutsideTheFolderCannotBeReached() throws IOException {
        Path foreign = root.resolve("service.sock");
        try (java.nio.channels.ServerSocketChannel service = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            service.bind(java.net.UnixDomainSocketAddress.of(foreign));
            String out = run("import socket\nc = socket.socket(socket.AF_UNIX)\ntry:\n    c.connect(" + pyStr(foreign.toString())
                    + ")\nexcept PermissionError as e:\n    print('refused', e.errno)\n");
            assertEquals("refused 13\n", out);
        }
    }

    @Test
    void aNewSocketFileInTheTemporaryFolderCanBeBoundAndReachedBySessionItself() {
        Path path = root.resolve("own.sock");
        String out = run("import socket\ns = socket.socket(socket.AF_UNIX)\ns.bind(" + pyStr(path.toString()) + ")\ns.listen()\n"
                + "c = socket.socket(socket.AF_UNIX)\nc.connect(" + pyStr(path.toString()) + ")\nprint(s.accept()[1], c.getpeername() == " + pyStr(path.toString()) + ")\n");
        assertTrue(out.endsWith("True\n"), out);
    }

    @Test
    void theErrorNamesThePathAsWritten() {
        String out = run("open('../../etc/passwd')\n");
        assertTrue(out.endsWith("PermissionError: [Errno 13] Permission denied: '../../etc/passwd'\n"), out);
    }

    @Test
    void insideTheFolderEverythingWorks() throws IOException {
        Files.createDirectories(root.resolve("box"));
        Files.createSymbolicLink(root.resolve("box/inner"), root.resolve("box"));
        String out = run("""
                import os
                with open('a.txt', 'w') as f:
                    f.write('data')
                os.mkdir('d')
                os.rename('a.txt', 'd/../inner/b.txt')
                print(open('b.txt').read(), sorted(os.listdir('.')), os.getcwd() == os.path.realpath('.'))
                """);
        assertEquals("data ['b.txt', 'd', 'inner'] True\n", out);
    }

    @Test
    void abstractUnixNamesAreNotFiles() {
        String out = run("import socket\ns = socket.socket(socket.AF_UNIX)\ntry:\n    s.bind('\\0socklab-test')\n"
                + "except PermissionError:\n    print('refused')\nexcept OSError:\n    pass\n");
        assertFalse(out.contains("refused"), out);
    }

    @Test
    void aFileSentOverLoopbackIsWrittenInsideTheSandbox() throws IOException {
        String out = run("""
                import os, socket
                data = os.urandom(20000)
                with open('original.bin', 'wb') as f:
                    f.write(data)
                srv = socket.socket()
                srv.bind(('127.0.0.1', 0))
                srv.listen()
                cli = socket.create_connection(srv.getsockname())
                conn, _ = srv.accept()
                with open('original.bin', 'rb') as f:
                    while chunk := f.read(4096):
                        cli.sendall(chunk)
                cli.close()
                with open(os.path.join('received', 'copy.bin'), 'wb') as out:
                    while chunk := conn.recv(1024):
                        out.write(chunk)
                conn.close(); srv.close()
                print(os.path.getsize('received/copy.bin'), open('received/copy.bin', 'rb').read() == data)
                """.replace("with open(os.path.join", "os.mkdir('received')\nwith open(os.path.join"));
        assertEquals("20000 True\n", out);
        Path box = root.resolve("box");
        assertEquals(-1L, Files.mismatch(box.resolve("original.bin"), box.resolve("received/copy.bin")));
    }

    @Test
    void aScriptMayReachItsOwnFolderAndTheCurrentDirectoryTree() throws IOException {
        Path scripts = Files.createDirectories(root.resolve("scripts"));
        Path work = Files.createDirectories(root.resolve("work/deep"));
        Sandbox s = Sandbox.forScript(scripts, work.getParent());
        assertEquals(work.getParent().toRealPath(), s.cwd());
        assertEquals(work.toRealPath(), s.resolve("deep", true));
        assertEquals(scripts.toRealPath().resolve("data.txt"), s.resolve(scripts + "/data.txt", true));
        assertEquals(null, s.resolve("../elsewhere.txt", true));
        assertEquals(null, s.resolve(root.toString(), true));
    }

    @Test
    void aLinkItselfMayBeRemovedWhileWhatItPointsToStaysOut() throws IOException {
        Path secret = outside();
        Files.createDirectories(root.resolve("box"));
        Files.createSymbolicLink(root.resolve("box/link"), secret);
        String out = run("import os\nos.unlink('link')\nprint(os.listdir('.'))\n");
        assertEquals("[]\n", out);
        assertEquals("secret", Files.readString(secret));
    }

    private static String pyStr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
