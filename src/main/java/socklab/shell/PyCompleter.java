package socklab.shell;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import socklab.lang.Lexer;
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

    PyCompleter(Interpreter interp, MagicCommands magics, Styles styles) {
        this.interp = interp;
        this.magics = magics;
        this.styles = styles;
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
            PyObject base = resolve(interp, word.substring(0, dot));
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
            boolean callable = isCallable(m.getValue());
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

    /** The value of a dotted name, looked up without calling anything; null if it has none. */
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
        } catch (RuntimeException e) {
            return null;
        }
        return v;
    }

    private static boolean isCallable(PyObject v) {
        return v instanceof PyBuiltinFunction || v instanceof PyMethod || v instanceof UserFunction || v instanceof PyType;
    }

    private void showSignature(LineReader reader, PyObject value) {
        if (value == null || !isCallable(value)) {
            return;
        }
        String signature = PyDocs.signature(PyDocs.keyOf(interp, value));
        if (signature != null) {
            reader.printAbove(styles.dim(signature));
        }
    }
}
