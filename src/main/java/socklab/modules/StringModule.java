package socklab.modules;

import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.LibraryFrame;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;

/** The {@code string} module: the character-class constants, capwords, and $-substitution Templates. */
final class StringModule {
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String WHITESPACE = " \t\n\r\u000b\f";
    private static final Signature CAPWORDS = Signature.parse("capwords(s, sep)");

    // The lines of string.py that CPython's tracebacks quote when an error passes through them.
    private static final String FILE = "string.py";
    private static final String CAPWORDS_TEXT = "return (sep or ' ').join(map(str.capitalize, s.split(sep)))";
    private static final LibraryFrame CAPWORDS_JOIN_ATTRIBUTE = new LibraryFrame(FILE, 48, "capwords", CAPWORDS_TEXT,
            "(sep or ' ').join");
    private static final LibraryFrame CAPWORDS_SPLIT_ATTRIBUTE = new LibraryFrame(FILE, 48, "capwords", CAPWORDS_TEXT, "s.split");
    private static final LibraryFrame CAPWORDS_SPLIT = new LibraryFrame(FILE, 48, "capwords", CAPWORDS_TEXT, "s.split(sep)");
    private static final LibraryFrame CAPWORDS_JOIN = new LibraryFrame(FILE, 48, "capwords", CAPWORDS_TEXT,
            "(sep or ' ').join(map(str.capitalize, s.split(sep)))");
    private static final LibraryFrame INVALID = new LibraryFrame(FILE, 101, "_invalid",
            "raise ValueError('Invalid placeholder in string: line %d, col %d' %");
    private static final String CONVERT_TEXT = "return str(mapping[named])";
    private static final LibraryFrame SUBSTITUTE_LOOKUP = new LibraryFrame(FILE, 114, "convert", CONVERT_TEXT,
            "mapping[named]", "[named]");
    private static final LibraryFrame SUBSTITUTE_STR = new LibraryFrame(FILE, 114, "convert", CONVERT_TEXT, "str(mapping[named])");
    private static final LibraryFrame SUBSTITUTE_INVALID = new LibraryFrame(FILE, 118, "convert", "self._invalid(mo)");
    private static final String SUB_TEXT = "return self.pattern.sub(convert, self.template)";
    private static final String SUB_CARETS = "self.pattern.sub(convert, self.template)";
    private static final LibraryFrame SUBSTITUTE_SUB = new LibraryFrame(FILE, 121, "substitute", SUB_TEXT, SUB_CARETS);
    private static final LibraryFrame SAFE_LOOKUP = new LibraryFrame(FILE, 133, "convert", CONVERT_TEXT, "mapping[named]", "[named]");
    private static final LibraryFrame SAFE_STR = new LibraryFrame(FILE, 133, "convert", CONVERT_TEXT, "str(mapping[named])");
    private static final LibraryFrame SAFE_SUB = new LibraryFrame(FILE, 142, "safe_substitute", SUB_TEXT, SUB_CARETS);

    private StringModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("string");
        Map<String, PyObject> d = m.dict();
        d.put("ascii_letters", new PyStr(LOWER + UPPER));
        d.put("ascii_lowercase", new PyStr(LOWER));
        d.put("ascii_uppercase", new PyStr(UPPER));
        d.put("digits", new PyStr(DIGITS));
        d.put("hexdigits", new PyStr(DIGITS + "abcdef" + "ABCDEF"));
        d.put("octdigits", new PyStr("01234567"));
        d.put("punctuation", new PyStr(PUNCTUATION));
        d.put("printable", new PyStr(DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE));
        d.put("whitespace", new PyStr(WHITESPACE));
        d.put("capwords", new PyBuiltinFunction("capwords", StringModule::capwords));
        d.put("Template", templateType());
        return m;
    }

    /** (sep or ' ').join(word.capitalize() for word in s.split(sep)), through the str methods themselves. */
    private static PyObject capwords(PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = CAPWORDS.bind(a, kw, new PyObject[] {null, PyNone.NONE});
        PyObject sep = p[1] == PyNone.NONE || !p[1].isTrue() ? new PyStr(" ") : p[1];
        PyObject join = CAPWORDS_JOIN_ATTRIBUTE.around(() -> sep.getAttr("join"));
        PyObject split = CAPWORDS_SPLIT_ATTRIBUTE.around(() -> p[0].getAttr("split"));
        PyObject words = CAPWORDS_SPLIT.around(() -> split.call(new PyObject[] {p[1]}, null));
        return CAPWORDS_JOIN.around(() -> {
            PyObject it = words.iter();
            PyObject[] parts = new PyObject[words.len()];
            int i = 0;
            for (PyObject w = it.next(); w != null; w = it.next()) {
                parts[i++] = w.getAttr("capitalize").call(new PyObject[0], null);
            }
            return join.call(new PyObject[] {new PyList(parts)}, null);
        });
    }

    private static final Signature TEMPLATE_INIT = Signature.parse("Template.__init__(self, template)");
    private static final Signature SUBSTITUTE = Signature.parse("Template.substitute(self, mapping, /, **kws)");
    private static final Signature SAFE_SUBSTITUTE = Signature.parse("Template.safe_substitute(self, mapping, /, **kws)");

    /** A string.Template: the template text, substituted at $name, ${name}, with $$ for a dollar. */
    private static final class Template extends PyObject {
        private final PyType type;
        private PyObject template;

        Template(PyType type, PyObject template) {
            this.type = type;
            this.template = template;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            return "<string.Template object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }

        @Override
        public PyObject getAttr(String name) {
            return "template".equals(name) ? template : super.getAttr(name);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if (!"template".equals(name)) {
                throw Py.attributeError(this, name);
            }
            template = value;
        }

        String text() {
            if (!(template instanceof PyStr s)) {
                throw Py.typeError("expected string or bytes-like object, got '" + template.type().name() + "'");
            }
            return s.value();
        }
    }

    /** One $-placeholder found in a template: where it starts and ends, and its name (null for $$ or an invalid one). */
    private record Placeholder(int start, int end, String name, boolean escaped) {
        boolean invalid() {
            return name == null && !escaped;
        }
    }

    /** The placeholders of text in order; an invalid one covers just its $. */
    private static java.util.List<Placeholder> placeholders(String text) {
        java.util.List<Placeholder> out = new java.util.ArrayList<>();
        for (int i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i)) {
            int j = i + 1;
            Placeholder p;
            if (j < text.length() && text.charAt(j) == '$') {
                p = new Placeholder(i, j + 1, null, true);
            } else if (j < text.length() && text.charAt(j) == '{') {
                int end = identifierEnd(text, j + 1);
                boolean closed = end > j + 1 && end < text.length() && text.charAt(end) == '}';
                p = closed ? new Placeholder(i, end + 1, text.substring(j + 1, end), false) : new Placeholder(i, j, null, false);
            } else {
                int end = identifierEnd(text, j);
                p = end > j ? new Placeholder(i, end, text.substring(j, end), false) : new Placeholder(i, j, null, false);
            }
            out.add(p);
            i = p.end();
        }
        return out;
    }

    /** Where an ASCII identifier starting at from ends (from itself when there is none). */
    private static int identifierEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean letter = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && !(i > from && c >= '0' && c <= '9')) {
                break;
            }
            i++;
        }
        return i;
    }

    /** chained: a mapping and keywords both given, which string.py looks up through a ChainMap. */
    private static PyObject substitute(Template t, PyObject mapping, PyDict kws, boolean chained, boolean safe) {
        return (safe ? SAFE_SUB : SUBSTITUTE_SUB).around(() -> substituted(t, mapping, kws, chained, safe));
    }

    private static PyObject substituted(Template t, PyObject mapping, PyDict kws, boolean chained, boolean safe) {
        String text = t.text();
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Placeholder p : placeholders(text)) {
            out.append(text, last, p.start());
            last = p.end();
            if (p.escaped()) {
                out.append('$');
            } else if (p.invalid()) {
                if (!safe) {
                    throw SUBSTITUTE_INVALID.on(INVALID.on(invalidPlaceholder(text, p.start())));
                }
                out.append('$');
            } else {
                PyObject value = (safe ? SAFE_LOOKUP : SUBSTITUTE_LOOKUP).around(() -> lookup(mapping, kws, new PyStr(p.name()), chained, safe));
                out.append(value == null ? text.substring(p.start(), p.end()) : (safe ? SAFE_STR : SUBSTITUTE_STR).around(value::str));
            }
        }
        return new PyStr(out.append(text.substring(last)).toString());
    }

    /** kws first, then the mapping; null when safe and the name is in neither. */
    private static PyObject lookup(PyObject mapping, PyDict kws, PyStr name, boolean chained, boolean safe) {
        PyObject v = kws.get(name);
        if (v != null) {
            return v;
        }
        try {
            return mapping.getItem(name);
        } catch (socklab.runtime.object.PyError e) {
            if (!e.matches(socklab.runtime.object.ExcTypes.KeyError)) {
                throw e;
            }
            if (safe) {
                return null;
            }
            throw chained ? CollectionsModule.chainMapMissing(name) : e;
        }
    }

    private static socklab.runtime.object.PyError invalidPlaceholder(String text, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < at && text.charAt(i + 1) == '\n';
            if (crlf) {
                i++;
            }
            if (crlf || "\n\r\u000b\f\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) >= 0) {
                line++;
                lineStart = i + 1;
            }
        }
        return Py.valueError("Invalid placeholder in string: line " + line + ", col " + (at - lineStart + 1));
    }

    private static PyType templateType() {
        PyType t = new PyType("Template", "string", null);
        t.define("delimiter", new PyStr("$"));
        t.define("idpattern", new PyStr("(?a:[_a-z][_a-z0-9]*)"));
        t.define("braceidpattern", PyNone.NONE);
        t.constructor((type, a, kw) -> new Template(type, TEMPLATE_INIT.bind(withSelf(PyNone.NONE, a), kw, null)[1]));
        t.method("substitute", (self, a, kw) -> substituteCall((Template) self, SUBSTITUTE, a, kw, false));
        t.method("safe_substitute", (self, a, kw) -> substituteCall((Template) self, SAFE_SUBSTITUTE, a, kw, true));
        t.method("get_identifiers", (self, a, kw) -> {
            Args.selfOnly("Template.get_identifiers", a, kw);
            java.util.List<PyObject> ids = new java.util.ArrayList<>();
            for (Placeholder p : placeholders(((Template) self).text())) {
                PyStr name = p.name() == null ? null : new PyStr(p.name());
                if (name != null && !ids.contains(name)) {
                    ids.add(name);
                }
            }
            return new PyList(ids.toArray(new PyObject[0]));
        });
        t.method("is_valid", (self, a, kw) -> {
            Args.selfOnly("Template.is_valid", a, kw);
            return Py.bool(placeholders(((Template) self).text()).stream().noneMatch(Placeholder::invalid));
        });
        return t;
    }

    private static PyObject substituteCall(Template t, Signature sig, PyObject[] a, java.util.Map<String, PyObject> kw, boolean safe) {
        PyObject[] p = sig.bind(withSelf(t, a), kw, new PyObject[] {null, new PyDict(), null});
        // mapping is positional-only: it was given when any positional argument was
        return substitute(t, p[1], (PyDict) p[2], a.length > 0 && ((PyDict) p[2]).len() > 0, safe);
    }

    private static PyObject[] withSelf(PyObject self, PyObject[] args) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
