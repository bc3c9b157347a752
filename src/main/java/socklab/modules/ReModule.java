package socklab.modules;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;

/**
 * The {@code _sre} module behind re.py: compiles a pattern (through {@link RegexTranslator}) into
 * a {@link PyPattern}, and owns re.error. CPython's _sre has another interface; only re uses it.
 */
final class ReModule {
    static final PyType ERROR = ExcTypes.subclass("re", "error", ExcTypes.Exception);

    private ReModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_sre");
        Map<String, PyObject> d = m.dict();
        d.put("compile", new PyBuiltinFunction("compile", (a, kw) -> {
            PyObject[] p = Args.expected("compile", a, kw, 2, 2);
            return compile(p[0], Py.indexInt(p[1]));
        }));
        d.put("error", ERROR);
        d.put("Pattern", PyPattern.TYPE);
        d.put("Match", PyMatch.TYPE);
        d.put("MAXREPEAT", PyInt.of(Integer.MAX_VALUE));
        return m;
    }

    static PyPattern compile(PyObject pattern, int flags) {
        boolean bytes = !(pattern instanceof PyStr);
        String text = bytes ? new String(Buffers.bytesOf(pattern, null), StandardCharsets.ISO_8859_1) : ((PyStr) pattern).value();
        if (bytes && (flags & RegexTranslator.UNICODE) != 0) {
            throw Py.valueError("cannot use UNICODE flag with a bytes pattern");
        }
        if (!bytes && (flags & RegexTranslator.LOCALE) != 0) {
            throw Py.valueError("cannot use LOCALE flag with a str pattern");
        }
        RegexTranslator.Translation t = RegexTranslator.translate(text, pattern, flags, bytes);
        int all = flags | t.inlineFlags();
        if ((all & RegexTranslator.ASCII) != 0 && (all & RegexTranslator.UNICODE) != 0) {
            throw Py.valueError("ASCII and UNICODE flags are incompatible");
        }
        if (!bytes && (all & RegexTranslator.ASCII) == 0) {
            all |= RegexTranslator.UNICODE;
        }
        return new PyPattern(pattern, all, t, bytes);
    }

    /**
     * re.error(msg, pattern, pos) with its attributes and "msg at position N", as sre_constants builds
     * it; a negative pos stands for None, as for the compiler's errors, which name no pattern either.
     */
    static PyError error(String message, PyObject pattern, int pos) {
        if (pos < 0) {
            PyBaseException e = new PyBaseException(ERROR, new PyTuple(new PyObject[] {new PyStr(message)}));
            e.setAttr("msg", new PyStr(message));
            for (String none : new String[] {"pattern", "pos", "lineno", "colno"}) {
                e.setAttr(none, PyNone.NONE);
            }
            return new PyError(e);
        }
        String text = pattern instanceof PyStr s ? s.value() : new String(Buffers.bytesOf(pattern, null), StandardCharsets.ISO_8859_1);
        String before = text.substring(0, Math.min(pos, text.length()));
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int col = pos - (before.lastIndexOf('\n') + 1) + 1;
        String shown = message + " at position " + pos + (line > 1 ? " (line " + line + ", column " + col + ")" : "");
        PyBaseException e = new PyBaseException(ERROR, new PyTuple(new PyObject[] {new PyStr(shown)}));
        e.setAttr("msg", new PyStr(message));
        e.setAttr("pattern", pattern);
        e.setAttr("pos", PyInt.of(pos));
        e.setAttr("lineno", PyInt.of(line));
        e.setAttr("colno", PyInt.of(col));
        return new PyError(e);
    }

    /** The text a subject argument is matched as, refusing a str for a bytes pattern and the reverse. */
    static String subjectText(PyObject subject, boolean bytesPattern) {
        if (subject instanceof PyStr s) {
            if (bytesPattern) {
                throw Py.typeError("cannot use a bytes pattern on a string-like object");
            }
            return s.value();
        }
        if (!Buffers.isBytesLike(subject)) {
            throw Py.typeError("expected string or bytes-like object, got '" + Py.typeName(subject) + "'");
        }
        if (!bytesPattern) {
            throw Py.typeError("cannot use a string pattern on a bytes-like object");
        }
        return new String(Buffers.bytesOf(subject, null), StandardCharsets.ISO_8859_1);
    }

    /** A piece of the subject as Python sees it: str, or bytes for a bytes pattern. */
    static PyObject piece(String text, boolean bytes) {
        return bytes ? new PyBytes(text.getBytes(StandardCharsets.ISO_8859_1)) : new PyStr(text);
    }

    /** Pattern and Match: repr() as methods too, and, being immutable, copies that are the object itself. */
    static void immutable(PyType t) {
        t.method("__repr__", (s, a, kw) -> new PyStr(s.repr()));
        t.method("__copy__", (s, a, kw) -> {
            Args.none("__copy__", a, kw);
            return s;
        });
        t.method("__deepcopy__", (s, a, kw) -> {
            Args.one("__deepcopy__", a, kw);
            return s;
        });
    }

    static PyObject noneOr(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
