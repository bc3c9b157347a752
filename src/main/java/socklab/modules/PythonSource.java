package socklab.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
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

    /** The same for a module CPython ships as a package (re): tracebacks name its NAME/__init__.py. */
    static Function<Interpreter, PyModule> ofPackage(String name) {
        return interp -> interp.moduleFromSource(name, ModuleSpec.LIBRARY + name + "/__init__.py", read(name));
    }

    private static final Pattern LINE_MARK = Pattern.compile("\\s*# cpython-line: (\\d+)");

    /**
     * The source with each "# cpython-line: N" line replaced by the blank lines that put the line
     * after it at number N: the module's tracebacks then quote CPython's line numbers.
     */
    static String aligned(String name, String source) {
        StringBuilder out = new StringBuilder(source.length());
        int next = 1;
        for (String line : source.split("\n", -1)) {
            Matcher m = LINE_MARK.matcher(line);
            if (!m.matches()) {
                out.append(line).append('\n');
                next++;
                continue;
            }
            int target = Integer.parseInt(m.group(1));
            if (target < next) {
                throw new IllegalStateException(name + ".py: line " + next + " is already past cpython-line " + target);
            }
            out.append("\n".repeat(target - next));
            next = target;
        }
        return out.substring(0, out.length() - 1);
    }

    private static String read(String name) {
        try (InputStream in = PythonSource.class.getResourceAsStream(name + ".py")) {
            if (in == null) {
                throw new IllegalStateException("socklab is missing its " + name + ".py");
            }
            return aligned(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
