package socklab.runtime.exec;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import socklab.lang.Parser;
import socklab.lang.PySyntaxError;
import socklab.lang.ast.Expr;
import socklab.lang.ast.Stmt;
import socklab.runtime.builtins.Builtins;
import socklab.runtime.object.Args;
import socklab.runtime.object.Context;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Namespaces;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.ThreadState;
import socklab.runtime.object.Tracebacks;

/**
 * The builtins that run source text or look at the caller's namespace: exec, eval, compile,
 * globals, locals, vars, dir and __import__.
 */
public final class Eval {
    private Eval() {}

    /**
     * What compile() returns: source compiled at once, as CPython's compile() does, so a nesting
     * limit is refused there and not at the first exec().
     */
    static final class CodeObject extends PyObject {
        static final PyType TYPE = new PyType("code", PyType.OBJECT).finalType();
        final Code compiled;
        final String filename;
        final String mode;
        private final Context interp;
        private final List<Stmt> statements;

        CodeObject(Context interp, List<Stmt> statements, String filename, String mode) {
            // The frame calling compile(), exec() or eval() is running too: CPython counts it.
            this.compiled = Compiler.compileModule(interp, statements, filename, "single".equals(mode),
                    ThreadState.current().callDepth() + 1);
            this.filename = filename;
            this.mode = mode;
            this.interp = interp;
            this.statements = statements;
        }

        /** The code to run where global names fall back to these builtins (compiled again when they are not the usual ones). */
        Code compiledFor(Map<String, PyObject> builtins) {
            return builtins == interp.builtins() ? compiled
                    : Compiler.compileModule(interp, statements, filename, "single".equals(mode),
                            ThreadState.current().callDepth() + 1, builtins);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<code object <module> at 0x" + Long.toHexString(Py.id(this)) + ", file \"" + filename + "\", line 1>";
        }
    }

    public static void install(Context interp, Map<String, PyObject> b) {
        frame(b, "globals", (f, a, kw) -> {
            Args.none("globals", a, kw);
            return Namespaces.asDict(globalsOf(interp, f));
        });
        frame(b, "locals", (f, a, kw) -> {
            Args.none("locals", a, kw);
            return localsOf(interp, f);
        });
        frame(b, "vars", (f, a, kw) -> a.length == 0 && (kw == null || kw.isEmpty()) ? localsOf(interp, f) : Builtins.vars(a, kw));
        frame(b, "dir", (f, a, kw) -> a.length == 0 && (kw == null || kw.isEmpty()) ? sortedNames(localsOf(interp, f)) : Builtins.dir(a, kw));
        frame(b, "exec", (f, a, kw) -> {
            run(interp, f, "exec", Args.expected("exec", a, kw, 1, 3));
            return PyNone.NONE;
        });
        frame(b, "eval", (f, a, kw) -> run(interp, f, "eval", Args.expected("eval", a, kw, 1, 3)));
        b.put("compile", new PyBuiltinFunction("compile", (a, kw) -> {
            PyObject[] p = Args.keywords("compile", a, kw,
                    new String[] {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 6, 3);
            String mode = Py.asStr(p[2], "compile() mode");
            if (!List.of("exec", "eval", "single").contains(mode)) {
                throw Py.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            String filename = p[1] instanceof PyBytesLike bl ? new String(bl.toByteArray(), StandardCharsets.UTF_8) : Py.asStr(p[1], "compile() filename");
            return new CodeObject(interp, parse(text(p[0], "compile"), filename, mode), filename, mode);
        }));
        b.put("__import__", new PyBuiltinFunction("__import__", (a, kw) -> {
            PyObject[] p = Args.keywords("__import__", a, kw, new String[] {"name", "globals", "locals", "fromlist", "level"}, 5, 1);
            String name = Py.asStr(p[0], "__import__() argument 1");
            PyModule m = interp.importModule(name);
            // __import__('a.b') gives the top package, as `import a.b` binds it, unless a fromlist asks for names.
            boolean fromlist = p[3] != null && p[3] != PyNone.NONE && p[3].isTrue();
            return fromlist || !name.contains(".") ? m : interp.importModule(name.substring(0, name.indexOf('.')));
        }));
    }

    private static void frame(Map<String, PyObject> b, String name, FrameBuiltin.Impl impl) {
        b.put(name, new FrameBuiltin(name, impl));
    }

    private static Map<String, PyObject> globalsOf(Context interp, Frame f) {
        return f == null ? interp.globals() : f.globals;
    }

    /** locals(): the globals at module level; in a function, the frame's one dict refreshed from its variables. */
    private static PyDict localsOf(Context interp, Frame f) {
        if (f == null || f.code.slotIndex == null) {
            return Namespaces.asDict(globalsOf(interp, f));
        }
        if (f.localsDict == null) {
            f.localsDict = new PyDict();
        }
        PyDict d = f.localsDict;
        f.code.slotIndex.forEach((name, slot) -> refresh(d, name, slot < f.fast.length ? f.fast[slot] : null));
        f.code.cellIndex.forEach((name, cell) -> refresh(d, name, cell < f.cells.length && f.cells[cell] != null ? f.cells[cell].value : null));
        return d;
    }

    private static void refresh(PyDict d, String name, PyObject value) {
        if (value != null) {
            d.put(new PyStr(name), value);
        } else {
            d.map().remove(new PyStr(name));
        }
    }

    private static PyObject sortedNames(PyDict d) {
        TreeSet<String> names = new TreeSet<>();
        d.map().keySet().forEach(k -> names.add(k.str()));
        PyList out = new PyList();
        names.forEach(n -> out.append(new PyStr(n)));
        return out;
    }

    /** exec(source, globals, locals) and eval(…): parse unless given a code object, pick the namespaces, run. */
    private static PyObject run(Context interp, Frame caller, String who, PyObject[] p) {
        CodeObject code = p[0] instanceof CodeObject c ? c : new CodeObject(interp, parse(text(p[0], who), "<string>", who), "<string>", who);
        PyObject g = p[1] == null ? PyNone.NONE : p[1];
        PyObject l = p[2] == null ? PyNone.NONE : p[2];
        if (g != PyNone.NONE && !(g instanceof PyDict)) {
            throw Py.typeError(l == PyNone.NONE && "exec".equals(who) ? "exec() globals must be a dict, not " + g.type().name() : "globals must be a dict");
        }
        if (l != PyNone.NONE && !(l instanceof PyDict)) {
            throw Py.typeError("locals must be a mapping or None, not " + l.type().name());
        }
        Map<String, PyObject> globals;
        Map<String, PyObject> builtins = interp.builtins();
        if (g instanceof PyDict gd) {
            globals = Namespaces.asNamespace(gd);
            PyObject given = globals.get("__builtins__");
            if (given == null) {
                // CPython puts in the builtins dict itself, which the learner may then print or change.
                globals.put("__builtins__", Namespaces.asDict(builtins));
            } else {
                builtins = builtinsFrom(interp, given);
            }
        } else {
            globals = globalsOf(interp, caller);
            if (l == PyNone.NONE && caller != null && caller.code.slotIndex != null) {
                l = localsOf(interp, caller);
            }
        }
        Code compiled = code.compiledFor(builtins);
        if (l instanceof PyDict ld && ld != g) {
            return runWithLocals(code, compiled, globals, Namespaces.asNamespace(ld));
        }
        return runIn(code, compiled, globals);
    }

    /**
     * The names behind a globals dict's __builtins__: a module's or a dict's own (so {} leaves no
     * builtins at all); anything else fails every lookup as CPython's does, by subscripting it.
     */
    private static Map<String, PyObject> builtinsFrom(Context interp, PyObject given) {
        if (given instanceof PyModule m) {
            return m.dict() == interp.builtins() ? interp.builtins() : m.dict();
        }
        if (given instanceof PyDict d) {
            Map<String, PyObject> names = Namespaces.asNamespace(d);
            return names == interp.builtins() ? interp.builtins() : names;
        }
        return new AbstractMap<>() {
            @Override
            public PyObject get(Object name) {
                throw Py.typeError("'" + given.type().name() + "' object is not subscriptable");
            }

            @Override
            public Set<Map.Entry<String, PyObject>> entrySet() {
                return Set.of();
            }
        };
    }

    /** Separate locals: names are read from them first and bound in them, as a class body's are. */
    private static PyObject runWithLocals(CodeObject code, Code compiled, Map<String, PyObject> globals,
            Map<String, PyObject> locals) {
        Map<String, PyObject> merged = new LinkedHashMap<>(globals);
        merged.putAll(locals);
        try {
            return runIn(code, compiled, merged);
        } finally {
            merged.forEach((k, v) -> {
                if (globals.get(k) != v || locals.containsKey(k)) {
                    locals.put(k, v);
                }
            });
        }
    }

    private static PyObject runIn(CodeObject code, Code compiled, Map<String, PyObject> globals) {
        boolean value = "eval".equals(code.mode);
        Frame f = new Frame(compiled, new PyObject[0], new Cell[0], globals, ThreadState.current());
        try {
            StmtNode.run(compiled.body, f);
        } catch (PyError e) {
            e.addFrame(code.filename, f.line, "<module>");
            throw e;
        }
        return value && f.returnValue != null ? f.returnValue : PyNone.NONE;
    }

    /** The source text of exec/eval/compile's first argument. */
    private static String text(PyObject source, String who) {
        if (source instanceof PyStr s) {
            return s.value();
        }
        if (source instanceof PyBytesLike b) {
            return new String(b.toByteArray(), StandardCharsets.UTF_8);
        }
        throw Py.typeError(who + "() arg 1 must be a string, bytes or code object");
    }

    /** Parses source for a mode; eval's expression becomes a return statement so running it yields the value. */
    private static List<Stmt> parse(String source, String filename, String mode) {
        try {
            if ("eval".equals(mode)) {
                Expr e = Parser.parseExpression(source);
                return List.of(new Stmt.Return(e.pos(), e));
            }
            return Parser.parseModule(source);
        } catch (PySyntaxError e) {
            throw syntaxError(e, filename);
        } catch (StackOverflowError e) {
            // Nesting too deep for the parser is CPython's MemoryError, as at the prompt.
            throw Py.error(ExcTypes.MemoryError);
        }
    }

    /** A SyntaxError raised while running, carrying the report a traceback ends with (file, line, caret, message). */
    public static PyError syntaxError(PySyntaxError e, String filename) {
        PyType type = ExcTypes.ALL.stream().filter(t -> t.name().equals(e.typeName())).findFirst().orElse(ExcTypes.SyntaxError);
        PyObject text = e.lineText() == null ? PyNone.NONE : new PyStr(e.lineText() + "\n");
        PyObject location = Py.tuple(new PyStr(filename), PyInt.of(e.pos().line()), PyInt.of(e.pos().col()), text,
                PyInt.of(e.pos().line()), PyInt.of(e.endCol()));
        PyBaseException err = new PyBaseException(type, new PyTuple(new PyObject[] {new PyStr(e.getMessage()), location}));
        err.setAttr("msg", new PyStr(e.getMessage()));
        err.setAttr("filename", new PyStr(filename));
        err.setAttr("lineno", PyInt.of(e.pos().line()));
        err.setAttr("offset", PyInt.of(e.pos().col()));
        err.setAttr("text", text);
        err.setFixedMessage(e.getMessage() + " (" + filename + ", line " + e.pos().line() + ")");
        err.setReport(Tracebacks.syntaxError(e, filename));
        return err.carrier();
    }
}
