package socklab.shell;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import socklab.lang.Lexer;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.PyError;
import socklab.runtime.object.ThreadState;
import socklab.runtime.Interpreter;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyMethod;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;
import socklab.runtime.object.UserFunction;

/**
 * Tab completion from the live session: names, keywords, attributes of what a dotted name holds
 * (socket.geth⇥, conn.re⇥), % commands and their arguments. A callable completes with "(" and,
 * when it is the only match, its signature is printed above the prompt.
 */
final class PyCompleter implements Completer {
    private final Interpreter interp;
    private final MagicCommands magics;
    private final Styles styles;
    /** Arms Ctrl-C while a dotted name is looked up: a property or __getattr__ of the learner's may loop. */
    private final Function<ThreadState, LineSource.Armed> arm;

    PyCompleter(Interpreter interp, MagicCommands magics, Styles styles, Function<ThreadState, LineSource.Armed> arm) {
        this.interp = interp;
        this.magics = magics;
        this.styles = styles;
        this.arm = arm;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word();
        String before = line.line().substring(0, line.cursor());
        Map<String, PyObject> matches = new TreeMap<>();
        String prefix;
        if (before.stripLeading().startsWith("%")) {
            completeMagic(before.stripLeading(), word, candidates);
            return;
        }
        int dot = word.lastIndexOf('.');
        if (dot >= 0) {
            PyObject base = resolveInterruptibly(word.substring(0, dot));
            if (base == null) {
                return;
            }
            prefix = word.substring(0, dot + 1);
            attributes(base, word.substring(dot + 1), matches);
        } else {
            prefix = "";
            names(word, matches);
        }
        for (Map.Entry<String, PyObject> m : matches.entrySet()) {
            boolean callable = looksLikeFunction(m.getValue());
            String value = prefix + m.getKey() + (callable ? "(" : "");
            candidates.add(new Candidate(value, m.getKey(), null, null, null, null, false));
        }
        if (matches.size() == 1) {
            showSignature(reader, matches.values().iterator().next());
        }
    }

    private void completeMagic(String typed, String word, List<Candidate> candidates) {
        int space = typed.indexOf(' ');
        if (space < 0) {
            for (MagicCommands.Command c : magics.all()) {
                candidates.add(new Candidate("%" + c.name(), "%" + c.name(), null, null, null, null, true));
            }
            return;
        }
        magics.find(typed.substring(1, space)).ifPresent(c -> {
            for (String choice : c.argumentChoices().get()) {
                candidates.add(new Candidate(choice, choice, null, null, null, null, true));
            }
        });
    }

    private void names(String start, Map<String, PyObject> out) {
        for (String k : Lexer.keywords()) {
            if (k.startsWith(start)) {
                out.put(k, null);
            }
        }
        addMatching(interp.builtins(), start, out);
        addMatching(interp.globals(), start, out);
    }

    private static void attributes(PyObject base, String start, Map<String, PyObject> out) {
        if (base instanceof PyModule m) {
            addMatching(m.dict(), start, out);
            return;
        }
        PyType type = base instanceof PyType t ? t : base.type();
        for (String name : type.attributeNames()) {
            if (visible(name, start)) {
                out.put(name, type.lookup(name));
            }
        }
        if (!(base instanceof PyType)) {
            for (String name : base.instanceAttrNames()) {
                if (visible(name, start)) {
                    out.putIfAbsent(name, null);
                }
            }
        }
    }

    private static void addMatching(Map<String, PyObject> dict, String start, Map<String, PyObject> out) {
        for (Map.Entry<String, PyObject> e : dict.entrySet()) {
            if (visible(e.getKey(), start)) {
                out.put(e.getKey(), e.getValue());
            }
        }
    }

    /** Private and dunder names only once the learner has typed the underscore. */
    private static boolean visible(String name, String start) {
        return name.startsWith(start) && (start.startsWith("_") || !name.startsWith("_"));
    }

    /** resolve with Ctrl-C armed; null (nothing to complete) when the learner interrupted it. */
    private PyObject resolveInterruptibly(String dotted) {
        ThreadState ts = ThreadState.current();
        ts.clearInterrupt();
        try (LineSource.Armed armed = arm.apply(ts)) {
            return resolve(interp, dotted);
        } catch (PyError interrupted) {
            return null;
        } finally {
            ts.clearInterrupt();
        }
    }

    /**
     * The value of a dotted name, looked up without calling anything but the attribute lookups
     * themselves; null if it has none. A KeyboardInterrupt (Ctrl-C in a looping property) passes.
     */
    static PyObject resolve(Interpreter interp, String dotted) {
        String[] parts = dotted.split("\\.", -1);
        PyObject v = interp.globals().get(parts[0]);
        if (v == null) {
            v = interp.builtins().get(parts[0]);
        }
        try {
            for (int i = 1; v != null && i < parts.length; i++) {
                v = parts[i].isEmpty() ? null : v.getAttr(parts[i]);
            }
        } catch (PyError e) {
            if (e.value().type().isSubtypeOf(ExcTypes.KeyboardInterrupt)) {
                throw e;
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
        return v;
    }

    /** What completion treats as a function (it completes with "(" and shows a signature): not every callable() object. */
    private static boolean looksLikeFunction(PyObject v) {
        return v instanceof PyBuiltinFunction || v instanceof PyMethod || v instanceof UserFunction || v instanceof PyType;
    }

    private void showSignature(LineReader reader, PyObject value) {
        if (value == null || !looksLikeFunction(value)) {
            return;
        }
        String signature = PyDocs.signature(PyDocs.keyOf(interp, value));
        if (signature != null) {
            reader.printAbove(styles.dim(signature));
        }
    }
}
