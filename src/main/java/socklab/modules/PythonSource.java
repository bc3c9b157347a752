package socklab.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyModule;

/**
 * The factory of a standard module socklab writes in Python rather than Java (socketserver): its
 * source is the file NAME.py among this package's resources, run on first import.
 */
final class PythonSource {
    private PythonSource() {}

    static Function<Interpreter, PyModule> of(String name) {
        return interp -> interp.moduleFromSource(name, ModuleSpec.LIBRARY + name + ".py", read(name));
    }

    /**
     * The same for a module CPython runs in C behind a Python face (pickle over _pickle): its
     * frames stay out of tracebacks, as C frames do.
     */
    static Function<Interpreter, PyModule> ofNative(String name) {
        return interp -> interp.moduleFromSource(name, ModuleSpec.LIBRARY + name + ".py", PyError.NATIVE + name + ".py", read(name));
    }

    /** The same for a module CPython freezes into its binary (abc): its frames name "<frozen abc>" and quote no line. */
    static Function<Interpreter, PyModule> ofFrozen(String name) {
        return interp -> interp.moduleFromSource(name, ModuleSpec.LIBRARY + name + ".py", "<frozen " + name + ">", read(name));
    }

    /** The same for a module CPython ships as a package (re): tracebacks name its NAME/__init__.py. */
    static Function<Interpreter, PyModule> ofPackage(String name) {
        return interp -> interp.moduleFromSource(name, ModuleSpec.LIBRARY + name + "/__init__.py", read(name));
    }

    /** A module of a package CPython writes in Python (concurrent.futures._base): its source is the resource at path. */
    static Function<Interpreter, PyModule> ofPath(String name, String path) {
        return interp -> interp.moduleFromSource(name, ModuleSpec.LIBRARY + path, read(path.substring(0, path.length() - 3)));
    }

    /** The spec of such a module, whose origin is its path in CPython's library. */
    static ModuleSpec spec(String name, String path) {
        return new ModuleSpec(name, ModuleSpec.LIBRARY + path, ofPath(name, path));
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
