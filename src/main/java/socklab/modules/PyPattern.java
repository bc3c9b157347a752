package socklab.modules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;

/**
 * re.Pattern: a compiled pattern and CPython's methods on it (match, fullmatch, search, findall,
 * finditer, sub, subn, split), each taking pos/endpos and counting positions in code points.
 */
final class PyPattern extends PyObject {
    static final PyType TYPE = PyType.extension("re", "Pattern", null);
    private static final PyType ITERATOR = new PyType("callable_iterator", null);
    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
            "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
    private static final String[] SEARCH_ARGS = {"string", "pos", "endpos"};

    /** How a search is anchored. */
    private enum Anchor { START, WHOLE, NONE }

    static {
        TYPE.method("match", (s, a, kw) -> ((PyPattern) s).one("match", Anchor.START, a, kw));
        TYPE.method("fullmatch", (s, a, kw) -> ((PyPattern) s).one("fullmatch", Anchor.WHOLE, a, kw));
        TYPE.method("search", (s, a, kw) -> ((PyPattern) s).one("search", Anchor.NONE, a, kw));
        TYPE.method("findall", (s, a, kw) -> ((PyPattern) s).findall(Args.keywords("Pattern.findall", a, kw, SEARCH_ARGS, 3, 1)));
        TYPE.method("finditer", (s, a, kw) -> ((PyPattern) s).finditer(Args.keywords("Pattern.finditer", a, kw, SEARCH_ARGS, 3, 1)));
        TYPE.method("sub", (s, a, kw) -> ((PyPattern) s).sub("sub", a, kw, false));
        TYPE.method("subn", (s, a, kw) -> ((PyPattern) s).sub("subn", a, kw, true));
        TYPE.method("split", (s, a, kw) -> {
            PyObject[] p = Args.keywords("Pattern.split", a, kw, new String[] {"string", "maxsplit"}, 2, 1);
            return ((PyPattern) s).split(p[0], p[1] == null ? 0 : Py.index(p[1]));
        });
        ReModule.immutable(TYPE);
        ITERATOR.method("__next__", (s, a, kw) -> {
            PyObject next = s.next();
            if (next == null) {
                throw Py.error(socklab.runtime.object.ExcTypes.StopIteration);
            }
            return next;
        });
    }

    private final PyObject source;
    private final int flags;
    private final Pattern compiled;
    private final int groups;
    private final Map<String, Integer> names;
    private final boolean bytes;

    PyPattern(PyObject source, int flags, RegexTranslator.Translation t, boolean bytes) {
        this.source = source;
        this.flags = flags;
        this.groups = t.groups();
        this.names = t.names();
        this.bytes = bytes;
        this.compiled = javaPattern(t.java(), flags, bytes);
    }

    private Pattern javaPattern(String java, int f, boolean isBytes) {
        boolean unicode = !isBytes && (f & RegexTranslator.ASCII) == 0;
        int jf = Pattern.UNIX_LINES;
        if (unicode) {
            jf |= Pattern.UNICODE_CHARACTER_CLASS;
        }
        if ((f & RegexTranslator.IGNORECASE) != 0) {
            jf |= Pattern.CASE_INSENSITIVE | (unicode ? Pattern.UNICODE_CASE : 0);
        }
        if ((f & RegexTranslator.MULTILINE) != 0) {
            jf |= Pattern.MULTILINE;
        }
        if ((f & RegexTranslator.DOTALL) != 0) {
            jf |= Pattern.DOTALL;
        }
        try {
            return Pattern.compile(java, jf);
        } catch (PatternSyntaxException e) {
            // what Python accepts but Java cannot express, such as a look-behind of unbounded width
            throw ReModule.error(e.getDescription().toLowerCase(), source, 0);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    Map<String, Integer> names() {
        return names;
    }

    int groups() {
        return groups;
    }

    boolean isBytes() {
        return bytes;
    }

    /** A matcher over the subject's text up to endpos, starting at pos, ^ and \A kept to the real start. */
    private Scan scan(PyObject string, PyObject pos, PyObject endpos) {
        String text = ReModule.subjectText(string, bytes);
        int length = string instanceof PyStr s ? s.length() : text.length();
        long from = pos == null ? 0 : Math.max(0, Math.min(Py.index(pos), length));
        long to = endpos == null ? length : Math.max(0, Math.min(Py.index(endpos), length));
        boolean bmp = !(string instanceof PyStr s) || s.isBmp();
        int javaTo = bmp ? (int) to : text.offsetByCodePoints(0, (int) to);
        int javaFrom = bmp ? (int) from : text.offsetByCodePoints(0, (int) from);
        Matcher m = compiled.matcher(text.substring(0, javaTo));
        m.useAnchoringBounds(false).useTransparentBounds(true);
        m.region(Math.min(javaFrom, javaTo), javaTo);
        return new Scan(string, text, m, (int) from, (int) to, from > to);
    }

    /** One search over a subject: its text, the Java matcher and the pos/endpos Python was given. */
    private record Scan(PyObject string, String text, Matcher matcher, int pos, int endpos, boolean empty) {}

    private PyObject one(String name, Anchor anchor, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = Args.keywords("Pattern." + name, a, kw, SEARCH_ARGS, 3, 1);
        Scan s = scan(p[0], p[1], p[2]);
        if (s.empty()) {
            return PyNone.NONE;
        }
        boolean found = switch (anchor) {
            case START -> s.matcher().lookingAt();
            case WHOLE -> s.matcher().matches();
            case NONE -> s.matcher().find();
        };
        return found ? new PyMatch(this, s.string(), s.text(), s.matcher(), s.pos(), s.endpos()) : PyNone.NONE;
    }

    private PyMatch next(Scan s) {
        return !s.empty() && s.matcher().find() ? new PyMatch(this, s.string(), s.text(), s.matcher(), s.pos(), s.endpos()) : null;
    }

    private PyObject findall(PyObject[] p) {
        Scan s = scan(p[0], p[1], p[2]);
        PyList out = new PyList();
        for (PyMatch m = next(s); m != null; m = next(s)) {
            if (groups == 0) {
                out.append(m.group(0));
            } else if (groups == 1) {
                out.append(orEmpty(m.group(1)));
            } else {
                PyObject[] row = new PyObject[groups];
                for (int g = 1; g <= groups; g++) {
                    row[g - 1] = orEmpty(m.group(g));
                }
                out.append(new PyTuple(row));
            }
        }
        return out;
    }

    private PyObject orEmpty(PyObject o) {
        return o == PyNone.NONE ? ReModule.piece("", bytes) : o;
    }

    private PyObject finditer(PyObject[] p) {
        Scan s = scan(p[0], p[1], p[2]);
        return new PyObject() {
            @Override
            public PyType type() {
                return ITERATOR;
            }

            @Override
            public PyObject iter() {
                return this;
            }

            @Override
            public PyObject next() {
                return PyPattern.this.next(s);
            }
        };
    }

    private PyObject sub(String name, PyObject[] a, Map<String, PyObject> kw, boolean withCount) {
        PyObject[] p = Args.keywords("Pattern." + name, a, kw, new String[] {"repl", "string", "count"}, 3, 2);
        long count = p[2] == null ? 0 : Py.index(p[2]);
        PyObject repl = p[0];
        // a template of the other kind (str for bytes) is taken as it is, and refused when joined
        boolean sameKind = bytes ? socklab.runtime.object.Buffers.isBytesLike(repl) : repl instanceof PyStr;
        boolean literal = !sameKind && (repl instanceof PyStr || socklab.runtime.object.Buffers.isBytesLike(repl));
        ReplacementTemplate template = sameKind ? ReplacementTemplate.parse(repl, this) : null;
        Scan s = scan(p[1], null, null);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int n = 0;
        // CPython joins a list of the pieces at the end; a bad piece is named by its place in that list
        int items = 0;
        while ((count <= 0 || n < count) && s.matcher().find()) {
            Matcher m = s.matcher();
            if (m.start() > last) {
                out.append(s.text(), last, m.start());
                items++;
            }
            PyMatch match = new PyMatch(this, s.string(), s.text(), m, 0, s.endpos());
            PyObject piece = template != null ? template.expand(match) : literal ? repl : repl.call(new PyObject[] {match}, null);
            if (piece != PyNone.NONE) {
                out.append(ReplacementTemplate.text(piece, bytes, items++));
            }
            last = m.end();
            n++;
        }
        out.append(s.text(), last, s.text().length());
        PyObject result = ReModule.piece(out.toString(), bytes);
        return withCount ? Py.tuple(result, PyInt.of(n)) : result;
    }

    private PyObject split(PyObject string, long maxsplit) {
        Scan s = scan(string, null, null);
        PyList out = new PyList();
        int last = 0;
        int n = 0;
        while ((maxsplit <= 0 || n < maxsplit) && s.matcher().find()) {
            Matcher m = s.matcher();
            out.append(ReModule.piece(s.text().substring(last, m.start()), bytes));
            for (int g = 1; g <= groups; g++) {
                out.append(m.start(g) < 0 ? PyNone.NONE : ReModule.piece(m.group(g), bytes));
            }
            last = m.end();
            n++;
        }
        out.append(ReModule.piece(s.text().substring(last), bytes));
        return out;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "pattern":
                return source;
            case "flags":
                return PyInt.of(flags);
            case "groups":
                return PyInt.of(groups);
            case "groupindex": {
                PyDict d = new PyDict() {
                    @Override
                    public String repr() {
                        return "mappingproxy(" + super.repr() + ")";
                    }
                };
                names.forEach((k, v) -> d.put(new PyStr(k), PyInt.of(v)));
                return d;
            }
            default:
                return super.getAttr(attr);
        }
    }

    @Override
    public String repr() {
        String shown = source.repr();
        if (shown.length() > 200) {
            shown = shown.substring(0, 200);
        }
        int f = flags;
        if ((flags & (RegexTranslator.UNICODE | RegexTranslator.LOCALE | RegexTranslator.ASCII)) == RegexTranslator.UNICODE) {
            f = flags & ~RegexTranslator.UNICODE;
        }
        if (f == 0) {
            return "re.compile(" + shown + ")";
        }
        StringBuilder names = new StringBuilder();
        for (int bit = 0; bit < FLAG_NAMES.length; bit++) {
            if ((f & (1 << bit)) != 0) {
                names.append(names.length() == 0 ? "" : "|").append(FLAG_NAMES[bit]);
                f &= ~(1 << bit);
            }
        }
        if (f != 0) {
            names.append(names.length() == 0 ? "" : "|").append("0x").append(Integer.toHexString(f));
        }
        return "re.compile(" + shown + ", " + names + ")";
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyPattern o && o.flags == flags && o.source.pyEquals(source);
    }

    @Override
    public long pyHash() {
        return source.pyHash() * 31 + flags;
    }
}
