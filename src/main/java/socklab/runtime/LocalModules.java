package socklab.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import socklab.lang.Parser;
import socklab.lang.PySyntaxError;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Stmt;

/** The learner's own modules: `import helper` runs helper.py from the import directory once, in its own namespace. */
final class LocalModules {
    private LocalModules() {}

    /** name.py in directory (the current directory when null), or null if there is none. */
    static Path find(Path directory, String name) {
        if (name.isEmpty() || name.contains(".") || name.contains("/") || name.contains("\\")) {
            return null;
        }
        Path dir = directory == null ? Path.of("").toAbsolutePath() : directory;
        Path file = dir.resolve(name + ".py");
        return Files.isRegularFile(file) ? file.toAbsolutePath().normalize() : null;
    }

    /**
     * Runs the file as module name. The module is importable while it runs (a circular import gets it
     * half made, as in CPython) and forgotten if running it fails, so a later import tries again.
     */
    static PyModule load(Interpreter interp, String name, Path file) {
        String path = file.toString();
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Py.error(ExcTypes.ImportError, "cannot read " + path + ": " + e.getMessage());
        }
        List<Stmt> body;
        try {
            body = Parser.parseModule(source);
        } catch (PySyntaxError e) {
            throw Eval.syntaxError(e, path);
        }
        interp.rememberSource(path, source);
        PyModule m = new PyModule(name);
        m.setOrigin(path);
        m.dict().put("__doc__", docstring(body));
        m.dict().put("__file__", new PyStr(path));
        m.dict().put("__package__", PyStr.EMPTY);
        m.dict().put("__builtins__", interp.globals().get("__builtins__"));
        interp.loadedModules().put(name, m);
        m.setInitializing(true);
        try {
            interp.runIn(m.dict(), body, path, false);
        } catch (PyError e) {
            interp.loadedModules().remove(name);
            throw e;
        } finally {
            m.setInitializing(false);
        }
        return m;
    }

    private static PyObject docstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt first && first.value() instanceof Expr.StrLit text
                ? new PyStr(text.value()) : PyNone.NONE;
    }
}
