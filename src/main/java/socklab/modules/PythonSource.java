package socklab.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.PyModule;

/**
 * The factory of a standard module socklab writes in Python rather than Java (socketserver): its
 * source is the file NAME.py among this package's resources, run on first import.
 */
final class PythonSource {
    private PythonSource() {}

    /** A module of its own (socketserver) or a package's module (asyncio.tasks, the resource asyncio/tasks.py). */
    static Function<Interpreter, PyModule> of(String name) {
        String path = name.replace('.', '/');
        return interp -> interp.moduleFromSource(name, ModuleSpec.LIBRARY + path + ".py", read(path));
    }

    /** The same for a module CPython ships as a package (re): tracebacks name its NAME/__init__.py. */
    static Function<Interpreter, PyModule> ofPackage(String name) {
        return interp -> interp.moduleFromSource(name, ModuleSpec.LIBRARY + name + "/__init__.py", read(name));
    }

    private static String read(String name) {
        try (InputStream in = PythonSource.class.getResourceAsStream(name + ".py")) {
            if (in == null) {
                throw new IllegalStateException("socklab is missing its " + name + ".py");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
