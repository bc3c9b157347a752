package socklab.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.Io;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyModule;

/**
 * A thread whose code fails inside Java (a bug of socklab's, not a Python exception) is reported
 * as CPython's threading.excepthook reports an uncaught error, naming no Java class, and the
 * session goes on. No learner input is known to fail that way any more, so the failure comes from
 * a module registered the way every standard module is, whose Java body throws.
 */
class ThreadInternalFailureTest {
    private static final Pattern JAVA_NAME = Pattern.compile("java\\.|jdk\\.|sun\\.|socklab\\.|IllegalState|[A-Z][a-z]+Exception\\b");

    private final StringBuilder out = new StringBuilder();

    private String run(String source) {
        Interpreter interp = new Interpreter(new Io() {
            @Override
            public synchronized void out(String text) {
                out.append(text);
            }

            @Override
            public synchronized void err(String text) {
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
        StandardModules.registerAll(interp);
        interp.registerModule(ModuleSpec.builtin("broken", i -> {
            PyModule m = new PyModule("broken");
            m.dict().put("fail", new PyBuiltinFunction("fail", (a, kw) -> {
                throw new IllegalStateException("a socklab bug");
            }));
            return m;
        }));
        interp.run(source, "<test>", Interpreter.Mode.SCRIPT);
        return out.toString();
    }

    @Test
    void aTargetFailingInJavaIsReportedAsExcepthookDoesAndTheSessionGoesOn() {
        String got = run("""
                import threading, broken
                t = threading.Thread(target=broken.fail)
                t.start()
                t.join()
                print('after', t.is_alive())
                """);
        assertTrue(got.startsWith("Exception in thread Thread-1 (fail):\nTraceback (most recent call last):\n"
                + "  File \"/usr/lib/python3.11/threading.py\", line 1045, in _bootstrap_inner\n"), got);
        assertTrue(got.contains("\nSystemError: "), got);
        assertTrue(got.endsWith("\nafter False\n"), got);
        assertFalse(JAVA_NAME.matcher(got).find(), got);
    }

    @Test
    void theFailureUnwindsThroughTheThreadsFinallyAndExceptClauses() {
        String got = run("""
                import threading, broken
                def work():
                    try:
                        try:
                            broken.fail()
                        except SystemError as e:
                            print('caught', type(e).__name__)
                            raise
                    finally:
                        print('finally ran')
                t = threading.Thread(target=work)
                t.start()
                t.join()
                print('next thread')
                t = threading.Thread(target=print, args=('second',))
                t.start()
                t.join()
                """);
        assertTrue(got.startsWith("caught SystemError\nfinally ran\nException in thread Thread-1 (work):\n"), got);
        assertTrue(got.contains("  File \"<test>\", line 5, in work\n"), got);
        assertTrue(got.endsWith("\nnext thread\nsecond\n"), got);
        assertFalse(JAVA_NAME.matcher(got).find(), got);
    }

    @Test
    void aReplacedExcepthookReceivesTheFailureAsAPythonError() {
        String got = run("""
                import threading, broken
                seen = []
                threading.excepthook = lambda args: seen.append((args.exc_type.__name__, args.thread.name))
                t = threading.Thread(target=broken.fail, name='worker')
                t.start()
                t.join()
                print(seen)
                """);
        assertEquals("[('SystemError', 'worker')]\n", got);
    }
}
