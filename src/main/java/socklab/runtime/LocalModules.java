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
import socklab.runtime.exec.Eval;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;

/** The learner's own modules and packages: `import helper` runs helper.py from the import directory once, in its own namespace. */
final class LocalModules {
    private LocalModules() {}

    /** Where a learner's module lives: the file to run (null for a namespace package) and, for a package, its folder. */
    record Location(Path file, Path packageDir) {}

    /**
     * name in one folder, in CPython's order: a package (name/ with
     * __init__.py), then name.py, then a plain folder as a namespace package; null if none is there.
     */
    static Location find(Path directory, String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
            return null;
        }
        Path dir = directory.toAbsolutePath().normalize();
        Path pkg = dir.resolve(name);
        if (Files.isRegularFile(pkg.resolve("__init__.py"))) {
            return new Location(pkg.resolve("__init__.py"), pkg);
        }
        if (Files.isRegularFile(dir.resolve(name + ".py"))) {
            return new Location(dir.resolve(name + ".py"), null);
        }
        return Files.isDirectory(pkg) ? new Location(null, pkg) : null;
    }

    /**
     * Runs the module's file as module name. The module is importable while it runs (a circular import
     * gets it half made, as in CPython) and forgotten if running it fails, so a later import tries again.
     */
    static PyModule load(Interpreter interp, String name, Location where) {
        PyModule m = new PyModule(name);
        boolean isPackage = where.packageDir() != null;
        int dot = name.lastIndexOf('.');
        m.dict().put("__package__", new PyStr(isPackage ? name : dot < 0 ? "" : name.substring(0, dot)));
        if (isPackage) {
            m.dict().put("__path__", new PyList(new PyObject[] {new PyStr(where.packageDir().toString())}));
        }
        if (where.file() == null) {
            m.dict().put("__doc__", PyNone.NONE);
            interp.loadedModules().put(name, m);
            return m;
        }
        String path = where.file().toString();
        String source;
        try {
            source = Files.readString(where.file(), StandardCharsets.UTF_8);
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
        m.setOrigin(path, false);
        m.dict().put("__doc__", docstring(body));
        m.dict().put("__file__", new PyStr(path));
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
