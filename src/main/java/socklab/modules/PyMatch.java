package socklab.modules;

import java.util.Map;
import java.util.regex.Matcher;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;

/**
 * re.Match: one successful match, its groups' spans kept in Python's code-point positions (a Java
 * matcher counts UTF-16 units), with CPython's methods, attributes and repr.
 */
final class PyMatch extends PyObject {
    static final PyType TYPE = PyType.extension("re", "Match", null);

    static {
        TYPE.method("group", (s, a, kw) -> {
            Args.noKeywords("Match.group", kw);
            PyMatch m = (PyMatch) s;
            if (a.length == 0) {
                return m.group(0);
            }
            if (a.length == 1) {
                return m.group(m.index(a[0]));
            }
            PyObject[] out = new PyObject[a.length];
            for (int k = 0; k < a.length; k++) {
                out[k] = m.group(m.index(a[k]));
            }
            return new PyTuple(out);
        });
        TYPE.method("__getitem__", (s, a, kw) -> {
            PyMatch m = (PyMatch) s;
            return m.group(m.index(Args.one("Match.__getitem__", a, kw)));
        });
        TYPE.method("groups", (s, a, kw) -> {
            PyObject dflt = Args.keywords("Match.groups", a, kw, new String[] {"default"}, 1, 0)[0];
            PyMatch m = (PyMatch) s;
            PyObject[] out = new PyObject[m.starts.length - 1];
            for (int g = 1; g < m.starts.length; g++) {
                out[g - 1] = m.starts[g] < 0 ? ReModule.noneOr(dflt) : m.group(g);
            }
            return new PyTuple(out);
        });
        TYPE.method("groupdict", (s, a, kw) -> {
            PyObject dflt = Args.keywords("Match.groupdict", a, kw, new String[] {"default"}, 1, 0)[0];
            PyMatch m = (PyMatch) s;
            PyDict out = new PyDict();
            for (Map.Entry<String, Integer> e : m.pattern.names().entrySet()) {
                int g = e.getValue();
                out.put(new PyStr(e.getKey()), m.starts[g] < 0 ? ReModule.noneOr(dflt) : m.group(g));
            }
            return out;
        });
        TYPE.method("start", (s, a, kw) -> PyInt.of(((PyMatch) s).starts[((PyMatch) s).optionalGroup("start", a, kw)]));
        TYPE.method("end", (s, a, kw) -> PyInt.of(((PyMatch) s).ends[((PyMatch) s).optionalGroup("end", a, kw)]));
        TYPE.method("span", (s, a, kw) -> ((PyMatch) s).span(((PyMatch) s).optionalGroup("span", a, kw)));
        TYPE.method("expand", (s, a, kw) -> {
            PyMatch m = (PyMatch) s;
            PyObject template = Args.keywords("Match.expand", a, kw, new String[] {"template"}, 1, 1)[0];
            return ReplacementTemplate.parse(template, m.pattern).expand(m);
        });
        ReModule.immutable(TYPE);
    }

    private final PyPattern pattern;
    private final PyObject string;
    private final String text;
    private final int pos;
    private final int endpos;
    /** Each group's start and end in code points, -1 for a group that did not take part. */
    private final int[] starts;
    private final int[] ends;

    PyMatch(PyPattern pattern, PyObject string, String text, Matcher m, int pos, int endpos) {
        this.pattern = pattern;
        this.string = string;
        this.text = text;
        this.pos = pos;
        this.endpos = endpos;
        int n = m.groupCount() + 1;
        starts = new int[n];
        ends = new int[n];
        boolean bmp = !(string instanceof PyStr s) || s.isBmp();
        for (int g = 0; g < n; g++) {
            starts[g] = m.start(g) < 0 ? -1 : bmp ? m.start(g) : text.codePointCount(0, m.start(g));
            ends[g] = m.end(g) < 0 ? -1 : bmp ? m.end(g) : text.codePointCount(0, m.end(g));
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    int groupCount() {
        return starts.length - 1;
    }

    /** Group g as str or bytes, or None when it did not take part. */
    PyObject group(int g) {
        if (starts[g] < 0) {
            return PyNone.NONE;
        }
        if (string instanceof PyStr s) {
            return new PyStr(s.substring(starts[g], ends[g]));
        }
        return ReModule.piece(text.substring(starts[g], ends[g]), true);
    }

    /** A group given by number or by name, as CPython resolves it: "no such group" otherwise. */
    int index(PyObject g) {
        if (g instanceof PyInt) {
            long k = Py.index(g);
            if (k >= 0 && k < starts.length) {
                return (int) k;
            }
        } else if (g instanceof PyStr name) {
            Integer k = pattern.names().get(name.value());
            if (k != null) {
                return k;
            }
        }
        throw new PyError(socklab.runtime.object.PyBaseException.of(socklab.runtime.object.ExcTypes.IndexError, "no such group"));
    }

    private int optionalGroup(String name, PyObject[] a, Map<String, PyObject> kw) {
        PyObject g = Args.keywords("Match." + name, a, kw, new String[] {"group"}, 1, 0)[0];
        return g == null ? 0 : index(g);
    }

    private PyTuple span(int g) {
        return Py.tuple(PyInt.of(starts[g]), PyInt.of(ends[g]));
    }

    /** The group that closed last, as CPython's lastindex (the match's outermost group at a tie). */
    private int lastIndex() {
        int best = -1;
        for (int g = 1; g < starts.length; g++) {
            if (starts[g] >= 0 && (best < 0 || ends[g] > ends[best] || ends[g] == ends[best] && starts[g] < starts[best])) {
                best = g;
            }
        }
        return best;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "string":
                return string;
            case "re":
                return pattern;
            case "pos":
                return PyInt.of(pos);
            case "endpos":
                return PyInt.of(endpos);
            case "lastindex": {
                int last = lastIndex();
                return last < 0 ? PyNone.NONE : PyInt.of(last);
            }
            case "lastgroup": {
                int last = lastIndex();
                for (Map.Entry<String, Integer> e : pattern.names().entrySet()) {
                    if (e.getValue() == last) {
                        return new PyStr(e.getKey());
                    }
                }
                return PyNone.NONE;
            }
            case "regs": {
                PyObject[] regs = new PyObject[starts.length];
                for (int g = 0; g < starts.length; g++) {
                    regs[g] = span(g);
                }
                return new PyTuple(regs);
            }
            default:
                return super.getAttr(attr);
        }
    }

    @Override
    public PyObject getItem(PyObject key) {
        return group(index(key));
    }

    @Override
    public boolean isTrue() {
        return true;
    }

    @Override
    public String repr() {
        String shown = group(0).repr();
        return "<re.Match object; span=(" + starts[0] + ", " + ends[0] + "), match="
                + (shown.codePointCount(0, shown.length()) > 50 ? shown.substring(0, shown.offsetByCodePoints(0, 50)) : shown) + ">";
    }
}
