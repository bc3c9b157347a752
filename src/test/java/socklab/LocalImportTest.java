package socklab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Io;

/**
 * `import name` finds name.py beside the script (even when started from elsewhere), or in the
 * directory a session is given; it runs once with its own globals. Expected texts come from python3.
 */
class LocalImportTest {
    @TempDir
    Path dir;

    private static final String PROTOCOL = """
            \"""Framing helpers.\"""
            print('protocol loaded as', __name__)
            HEADER = 4
            def frame(data):
                return len(data).to_bytes(HEADER, 'big') + data
            if __name__ == '__main__':
                print('never when imported')
            """;

    private static final String CLIENT = """
            import protocol
            import protocol as again
            from protocol import frame, HEADER
            print(frame(b'hi'), HEADER, again is protocol, protocol.__doc__, __name__)
            print(protocol.__file__.endswith('proj/protocol.py'), repr(protocol).startswith("<module 'protocol' from '"))
            try:
                from protocol import missing
            except ImportError as e:
                print(str(e).split(' (')[0])
            try:
                import not_a_module
            except ModuleNotFoundError as e:
                print(e, e.name)
            if __name__ == '__main__':
                print('client main', __file__.endswith('proj/client.py'))
            import broken
            """;

    private static final String BROKEN = """
            def fail():
                return {}['key']
            fail()
            """;

    @Test
    void scriptImportsModulesFromItsOwnFolder() throws Exception {
        Path proj = Files.createDirectories(dir.resolve("proj"));
        Files.writeString(proj.resolve("protocol.py"), PROTOCOL);
        Files.writeString(proj.resolve("client.py"), CLIENT);
        Files.writeString(proj.resolve("broken.py"), BROKEN);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "socklab.Main", "proj/client.py");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        p.getOutputStream().close();
        assertEquals(1, p.waitFor());
        assertEquals("""
                protocol loaded as protocol
                b'\\x00\\x00\\x00\\x02hi' 4 True Framing helpers. __main__
                True True
                cannot import name 'missing' from 'protocol'
                No module named 'not_a_module' not_a_module
                client main True
                """, Files.readString(dir.resolve("out.txt")));
        String err = Files.readString(dir.resolve("err.txt"));
        String broken = proj.resolve("broken.py").toRealPath().toString();
        assertTrue(err.contains("  File \"" + broken + "\", line 3, in <module>\n    fail()\n"
                + "  File \"" + broken + "\", line 2, in fail\n    return {}['key']\n"), err);
        assertTrue(err.endsWith("KeyError: 'key'\n"), err);
    }

    @Test
    void sessionImportsFromItsDirectoryOnceAndRetriesAfterAFailure() throws Exception {
        Files.writeString(dir.resolve("counter.py"), "print('running counter')\nCOUNT = 1\n");
        Files.writeString(dir.resolve("halfway.py"), "import halfway\nprint(halfway.later)\nlater = 1\n");
        Files.writeString(dir.resolve("bad.py"), "x = 1\ny = = 2\n");
        String bad = dir.resolve("bad.py").toAbsolutePath().normalize().toString();
        assertEquals("running counter\n1\n"
                + "partially initialized module 'halfway' has no attribute 'later' (most likely due to a circular import)\n"
                + "partially initialized module 'halfway' has no attribute 'later' (most likely due to a circular import)\n"
                + "Traceback (most recent call last):\n  File \"<test>\", line 10, in <module>\n"
                + "  File \"" + bad + "\", line 2\n    y = = 2\n        ^\nSyntaxError: invalid syntax\n", runIn(dir, SESSION));
    }

    private static final String SESSION = """
            import counter
            import counter
            from counter import COUNT
            print(COUNT)
            for attempt in range(2):
                try:
                    import halfway
                except AttributeError as e:
                    print(e)
            import bad
            """;

    /** Runs source as a script whose imports look in directory; returns what it printed, tracebacks included. */
    private static String runIn(Path directory, String source) {
        StringBuilder out = new StringBuilder();
        Interpreter interp = new Interpreter(new Io() {
            @Override
            public void out(String text) {
                out.append(text);
            }

            @Override
            public void err(String text) {
                out.append(text);
            }

            @Override
            public void flush() {
            }

            @Override
            public String readLine(String prompt) {
                return null;
            }
        });
        interp.setImportDirectory(directory);
        interp.run(source, "<test>", Interpreter.Mode.SCRIPT);
        return out.toString();
    }

    @Test
    void packagesAndTheirModules() throws Exception {
        Path proto = Files.createDirectories(dir.resolve("app/proto"));
        Files.createDirectories(dir.resolve("ns"));
        Files.writeString(dir.resolve("app/__init__.py"), "print('app init', __name__)\nVERSION = 1\n");
        Files.writeString(proto.resolve("__init__.py"), "print('proto init', __name__, __package__)\n");
        Files.writeString(proto.resolve("codec.py"), "def enc(x):\n    return x.encode()\n");
        Files.writeString(dir.resolve("app/util.py"), "A = 1\n");
        Files.writeString(dir.resolve("ns/mod.py"), "N = 5\n");
        String source = """
                import app.proto.codec
                print(app.VERSION, app.proto.codec.enc('x'), app.__name__, app.proto.__name__, app.proto.codec.__name__)
                from app import util
                print(util.A, app.util is util)
                from app.proto import codec as c2
                print(c2 is app.proto.codec, app.__file__.endswith('app/__init__.py'), app.__package__, app.proto.codec.__package__)
                import app.util as u
                print(u.A)
                for name in ['app.nothere', 'app.util.x', 'nothere.x']:
                    try:
                        __import__(name)
                    except ModuleNotFoundError as e:
                        print(e)
                try:
                    from app import nope
                except ImportError as e:
                    print(str(e).split(' (')[0])
                import ns.mod
                print(ns.mod.N, app.__path__[0].endswith('app'))
                """;
        assertEquals("""
                app init app
                proto init app.proto app.proto
                1 b'x' app app.proto app.proto.codec
                1 True
                True True app app.proto
                1
                No module named 'app.nothere'
                No module named 'app.util.x'; 'app.util' is not a package
                No module named 'nothere'
                cannot import name 'nope' from 'app'
                5 True
                """, runIn(dir, source));
    }
}
