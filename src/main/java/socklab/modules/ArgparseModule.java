package socklab.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socklab.lang.ast.Expr.BinOperator;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Formatting;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBool;
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
import socklab.runtime.object.Recursion;
import socklab.runtime.object.Signature;

/**
 * The {@code argparse} module for the command lines socket programs take: ArgumentParser with
 * positionals, options, the usual actions and nargs, argument and mutually exclusive groups,
 * CPython's help and usage layout, and its error messages with exit status 2.
 */
final class ArgparseModule {
    static final String SUPPRESS = "==SUPPRESS==";
    static final PyType ARGUMENT_ERROR = ExcTypes.subclass("argparse", "ArgumentError", ExcTypes.Exception);
    static final PyType ARGUMENT_TYPE_ERROR = ExcTypes.subclass("argparse", "ArgumentTypeError", ExcTypes.Exception);
    static final PyType HELP_FORMATTER = new PyType("HelpFormatter", "argparse", null);
    static final PyType RAW_DESCRIPTION = new PyType("RawDescriptionHelpFormatter", "argparse", HELP_FORMATTER);
    static final PyType RAW_TEXT = new PyType("RawTextHelpFormatter", "argparse", RAW_DESCRIPTION);
    static final PyType ARGUMENT_DEFAULTS = new PyType("ArgumentDefaultsHelpFormatter", "argparse", HELP_FORMATTER);

    private ArgparseModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("argparse");
        Map<String, PyObject> d = m.dict();
        d.put("ArgumentParser", ParserType.make(interp));
        d.put("Namespace", Namespace.TYPE);
        d.put("BooleanOptionalAction", Action.TYPES.get(Kind.BOOLEAN_OPTIONAL));
        d.put("FileType", FileType.type(interp));
        d.put("ArgumentError", ARGUMENT_ERROR);
        d.put("ArgumentTypeError", ARGUMENT_TYPE_ERROR);
        d.put("HelpFormatter", HELP_FORMATTER);
        d.put("RawDescriptionHelpFormatter", RAW_DESCRIPTION);
        d.put("RawTextHelpFormatter", RAW_TEXT);
        d.put("ArgumentDefaultsHelpFormatter", ARGUMENT_DEFAULTS);
        d.put("SUPPRESS", new PyStr(SUPPRESS));
        d.put("OPTIONAL", new PyStr("?"));
        d.put("ZERO_OR_MORE", new PyStr("*"));
        d.put("ONE_OR_MORE", new PyStr("+"));
        d.put("REMAINDER", new PyStr("..."));
        d.put("PARSER", new PyStr("A..."));
        return m;
    }

    static boolean isSuppress(PyObject o) {
        return o instanceof PyStr s && s.value().equals(SUPPRESS);
    }

    static List<PyObject> items(PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            out.add(x);
        }
        return out;
    }

    /**
     * The lines of CPython 3.11's argparse.py that a traceback quotes when add_argument fails there;
     * socklab's add_argument is Java, so it adds those frames itself.
     */
    enum Line {
        ADD_DEST_TWICE("add_argument", 1431, "raise ValueError('dest supplied twice for positional argument')", null),
        ADD_POSITIONAL("add_argument", 1432, "kwargs = self._get_positional_kwargs(*args, **kwargs)",
                "self._get_positional_kwargs(*args, **kwargs)"),
        ADD_OPTIONAL("add_argument", 1436, "kwargs = self._get_optional_kwargs(*args, **kwargs)",
                "self._get_optional_kwargs(*args, **kwargs)"),
        ADD_UNKNOWN_ACTION("add_argument", 1449, "raise ValueError('unknown action \"%s\"' % (action_class,))", null),
        ADD_MAKE_ACTION("add_argument", 1450, "action = action_class(**kwargs)", "action_class(**kwargs)"),
        ADD_NOT_CALLABLE("add_argument", 1455, "raise ValueError('%r is not callable' % (type_func,))", null),
        ADD_FILE_TYPE_CLASS("add_argument", 1458, "raise ValueError('%r is a FileType class object, instance of it'", null),
        ADD_FORMAT_ARGS("add_argument", 1464, "self._get_formatter()._format_args(action, None)", null),
        ADD_METAVAR("add_argument", 1466, "raise ValueError(\"length of metavar tuple does not match nargs\")", null),
        ADD_ACTION("add_argument", 1468, "return self._add_action(action)", "self._add_action(action)"),
        POSITIONAL_REQUIRED("_get_positional_kwargs", 1548, "raise TypeError(msg)", null),
        OPTION_PREFIX("_get_optional_kwargs", 1571, "raise ValueError(msg % args)", null),
        OPTION_DEST("_get_optional_kwargs", 1588, "raise ValueError(msg % option_string)", null),
        SUBPARSER_CONFLICT("add_parser", 1192, "raise ArgumentError(self, _('conflicting subparser: %s') % name)", null),
        SUBPARSER_ALIAS_CONFLICT("add_parser", 1195, "raise ArgumentError(", null),
        FILE_TYPE_MODE("__call__", 1292, "raise ValueError(msg)", null),
        STORE_NARGS("__init__", 938, "raise ValueError('nargs for store actions must be != 0; if you '", null),
        STORE_CONST("__init__", 942, "raise ValueError('nargs must be %r to supply const' % OPTIONAL)", null),
        APPEND_NARGS("__init__", 1030, "raise ValueError('nargs for append actions must be != 0; if arg '", null),
        APPEND_CONST("__init__", 1034, "raise ValueError('nargs must be %r to supply const' % OPTIONAL)", null),
        FORMAT_NARGS("_format_args", 625, "raise ValueError(\"invalid nargs value\") from None", null),
        CONTAINER_ADD("_add_action", 1482, "self._check_conflict(action)", null),
        CHECK_CONFLICT("_check_conflict", 1619, "conflict_handler(action, confl_optionals)", null),
        CONFLICT_ERROR("_handle_conflict_error", 1628, "raise ArgumentError(action, message % conflict_string)", null),
        GROUP_ADD("_add_action", 1670, "action = super(_ArgumentGroup, self)._add_action(action)",
                "super(_ArgumentGroup, self)._add_action(action)"),
        EXCLUSIVE_REQUIRED("_add_action", 1697, "raise ValueError(msg)", null),
        EXCLUSIVE_ADD("_add_action", 1698, "action = self._container._add_action(action)", "self._container._add_action(action)"),
        PARSER_ADD("_add_action", 1850, "self._optionals._add_action(action)", null);

        private final String function;
        private final int line;
        private final String text;
        private final String carets;

        Line(String function, int line, String text, String carets) {
            this.function = function;
            this.line = line;
            this.text = text;
            this.carets = carets;
        }
    }

    /** The error with argparse.py's frames added, innermost first. */
    static PyError at(PyError e, Line... innermostFirst) {
        for (Line l : innermostFirst) {
            e.addFrame(new PyError.Frame(ModuleSpec.LIBRARY + "argparse.py", l.line, l.function, l.text, l.carets));
        }
        return e;
    }

    static PyError systemExit(int status) {
        return new PyError(new PyBaseException(ExcTypes.SystemExit, new PyTuple(new PyObject[] {PyInt.of(status)})));
    }

    private static final Signature ARGUMENT_ERROR_INIT = Signature.parse("ArgumentError.__init__(self, argument, message)");

    static {
        ARGUMENT_ERROR.constructor((type, a, kw) -> {
            PyObject[] p = ARGUMENT_ERROR_INIT.bind(
                    new PyObject[] {PyNone.NONE, a.length > 0 ? a[0] : null, a.length > 1 ? a[1] : null}, kw, new PyObject[3]);
            return argumentException(p[1] instanceof Action action ? action : null, p[1], p[2]);
        });
    }

    /** An ArgumentError: "argument --port: message", or the bare message when there is no argument to name. */
    static PyError argumentError(Action action, String message) {
        return new PyError(argumentException(action, action == null ? PyNone.NONE : action, new PyStr(message)));
    }

    private static PyBaseException argumentException(Action action, PyObject argument, PyObject message) {
        PyBaseException e = new PyBaseException(ARGUMENT_ERROR, new PyTuple(new PyObject[] {argument, message}));
        String name = action == null ? null : action.displayName();
        e.setAttr("argument_name", name == null ? PyNone.NONE : new PyStr(name));
        e.setAttr("message", message);
        e.setFixedMessage(name == null ? message.str() : "argument " + name + ": " + message.str());
        return e;
    }

    /** argparse.FileType(mode, bufsize, encoding, errors): a type= that opens the named file, '-' meaning stdin or stdout. */
    static final class FileType extends PyObject {
        private static final Signature INIT = Signature.parse("FileType(mode, bufsize, encoding, errors)");
        private final PyType type;
        private final Interpreter interp;
        private final PyObject[] settings;

        FileType(PyType type, Interpreter interp, PyObject[] settings) {
            this.type = type;
            this.interp = interp;
            this.settings = settings;
        }

        /** The session's FileType class, one per interpreter since its instances open files through that session. */
        record Session(PyType type) {}

        static PyType type(Interpreter interp) {
            return interp.state(Session.class, () -> {
                PyType t = new PyType("FileType", "argparse", null);
                t.constructor((type, a, kw) -> new FileType(type, interp,
                        INIT.bind(a, kw, new PyObject[] {new PyStr("r"), PyInt.of(-1), PyNone.NONE, PyNone.NONE})));
                t.method("__call__", (self, a, kw) -> self.call(a, kw));
                return new Session(t);
            }).type();
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            List<String> parts = new ArrayList<>(List.of(settings[0].repr()));
            if (!settings[1].pyEquals(PyInt.of(-1))) {
                parts.add(settings[1].repr());
            }
            if (!Py.isNone(settings[2])) {
                parts.add("encoding=" + settings[2].repr());
            }
            if (!Py.isNone(settings[3])) {
                parts.add("errors=" + settings[3].repr());
            }
            return "FileType(" + String.join(", ", parts) + ")";
        }

        @Override
        public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
            String name = Py.asStr(Args.one("FileType.__call__", args, kwargs), "string");
            String mode = settings[0].str();
            if (name.equals("-")) {
                if (mode.contains("r")) {
                    return interp.importModule("sys").getAttr("stdin");
                }
                if (mode.chars().anyMatch(c -> "wax".indexOf(c) >= 0)) {
                    return interp.importModule("sys").getAttr("stdout");
                }
                throw at(Py.valueError("argument \"-\" with mode " + settings[0].repr()), Line.FILE_TYPE_MODE);
            }
            try {
                return interp.builtins().get("open").call(new PyObject[] {new PyStr(name), settings[0], settings[1], settings[2], settings[3]}, null);
            } catch (PyError e) {
                if (e.matches(ExcTypes.OSError)) {
                    throw Py.error(ARGUMENT_TYPE_ERROR, "can't open '" + name + "': " + e.value().str());
                }
                throw e;
            }
        }
    }

    /** The argparse.Namespace: attributes set by parsing, compared by their dictionary, shown as Namespace(a=1). */
    static final class Namespace extends PyObject {
        static final PyType TYPE = new PyType("Namespace", "argparse", null);

        static {
            TYPE.constructor((type, a, kw) -> {
                if (a.length > 0) {
                    throw Py.typeError("Namespace.__init__() takes 1 positional argument but " + (a.length + 1) + " were given");
                }
                Namespace n = new Namespace();
                if (kw != null) {
                    kw.forEach(n::setAttr);
                }
                return n;
            });
        }

        final PyDict attrs = new PyDict();

        @Override
        public PyType type() {
            return TYPE;
        }

        boolean has(String name) {
            return attrs.get(new PyStr(name)) != null;
        }

        PyObject get(String name) {
            return attrs.get(new PyStr(name));
        }

        @Override
        public PyObject getAttr(String name) {
            PyObject own = get(name);
            if (own != null) {
                return own;
            }
            if (name.equals("__dict__")) {
                return attrs;
            }
            if (name.equals("__class__")) {
                return TYPE;
            }
            PyObject found = TYPE.lookup(name);
            if (found != null) {
                return found.bindTo(this);
            }
            throw missing(name);
        }

        private PyError missing(String name) {
            return Py.suggesting(ExcTypes.AttributeError, "'Namespace' object has no attribute '" + name + "'", name,
                    this::instanceAttrNames);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            attrs.put(new PyStr(name), value);
        }

        @Override
        public void delAttr(String name) {
            if (attrs.map().remove(new PyStr(name)) == null) {
                throw missing(name);
            }
        }

        @Override
        public Collection<String> instanceAttrNames() {
            return attrs.map().keySet().stream().map(PyObject::str).toList();
        }

        @Override
        public boolean contains(PyObject item) {
            return attrs.contains(item);
        }

        /** Identifier names as name=value, the rest gathered into one **{...} at the end, as _AttributeHolder does. */
        @Override
        public String repr() {
            if (!Recursion.enter(this)) {
                return "Namespace(...)";
            }
            try {
                List<String> parts = new ArrayList<>();
                PyDict odd = new PyDict();
                for (Map.Entry<PyObject, PyObject> e : attrs.map().entrySet()) {
                    String key = e.getKey().str();
                    if (e.getKey().getAttr("isidentifier").call(new PyObject[0], null).isTrue()) {
                        parts.add(key + "=" + e.getValue().repr());
                    } else {
                        odd.put(e.getKey(), e.getValue());
                    }
                }
                if (odd.len() > 0) {
                    parts.add("**" + odd.repr());
                }
                return "Namespace(" + String.join(", ", parts) + ")";
            } finally {
                Recursion.exit(this);
            }
        }

        @Override
        public boolean pyEquals(PyObject other) {
            return other instanceof Namespace n && attrs.pyEquals(n.attrs);
        }

        @Override
        public long pyHash() {
            throw Py.typeError("unhashable type: 'Namespace'");
        }
    }

    /** What an action does with its values; each kind is a class of its own in CPython, named here for reprs and errors. */
    enum Kind {
        STORE("store", "_StoreAction", "nargs const default type choices required help metavar"),
        STORE_CONST("store_const", "_StoreConstAction", "const default required help metavar"),
        STORE_TRUE("store_true", "_StoreTrueAction", "default required help"),
        STORE_FALSE("store_false", "_StoreFalseAction", "default required help"),
        APPEND("append", "_AppendAction", "nargs const default type choices required help metavar"),
        APPEND_CONST("append_const", "_AppendConstAction", "const default required help metavar"),
        COUNT("count", "_CountAction", "default required help"),
        HELP("help", "_HelpAction", "default help"),
        VERSION("version", "_VersionAction", "version default help"),
        EXTEND("extend", "_ExtendAction", "nargs const default type choices required help metavar"),
        BOOLEAN_OPTIONAL(null, "BooleanOptionalAction", "default type choices required help metavar"),
        PARSERS(null, "_SubParsersAction", "required help metavar"),
        CHOICE(null, "_ChoicesPseudoAction", "help metavar");

        final String word;
        final String className;
        final List<String> keywords;

        Kind(String word, String className, String keywords) {
            this.word = word;
            this.className = className;
            this.keywords = List.of(("dest " + keywords).split(" "));
        }

        /** The kind action= names: a registered word such as 'store_true', or the BooleanOptionalAction class. */
        static Kind of(PyObject action) {
            if (action == Action.TYPES.get(BOOLEAN_OPTIONAL)) {
                return BOOLEAN_OPTIONAL;
            }
            for (Kind k : values()) {
                if (action instanceof PyStr s && s.value().equals(k.word)) {
                    return k;
                }
            }
            return null;
        }

        /** The class whose __init__ an unexpected keyword is reported against (extend inherits append's). */
        String initName() {
            return (this == EXTEND ? APPEND.className : className) + ".__init__()";
        }

        boolean takesValues() {
            return this == STORE || this == APPEND || this == EXTEND;
        }
    }

    /** One argument the parser knows: its option strings (none for a positional), where it stores, and how. */
    static final class Action extends PyObject {
        static final Map<Kind, PyType> TYPES = new EnumMap<>(Kind.class);

        static {
            for (Kind k : Kind.values()) {
                TYPES.put(k, new PyType(k.className, "argparse", null));
            }
            TYPES.get(Kind.PARSERS).method("add_parser", (self, a, kw) -> ((Action) self).addParser(a, kw));
        }

        final Kind kind;
        final List<String> optionStrings;
        String dest;
        PyObject nargs = PyNone.NONE;
        PyObject constant = PyNone.NONE;
        PyObject dflt = PyNone.NONE;
        PyObject type = PyNone.NONE;
        PyObject choices = PyNone.NONE;
        boolean required;
        PyObject help = PyNone.NONE;
        PyObject metavar = PyNone.NONE;
        PyObject version = PyNone.NONE;
        /** For add_subparsers' action: one line of help per subcommand given help=, the class making them, their prog's start. */
        final List<Action> choiceActions = new ArrayList<>();
        PyObject parserClass;
        String progPrefix;

        Action(Kind kind, List<String> optionStrings, String dest) {
            this.kind = kind;
            this.optionStrings = optionStrings;
            this.dest = dest;
        }

        @Override
        public PyType type() {
            return TYPES.get(kind);
        }

        boolean positional() {
            return optionStrings.isEmpty();
        }

        boolean nargsIs(String code) {
            return nargs instanceof PyStr s && s.value().equals(code);
        }

        boolean takesNothing() {
            return nargs instanceof PyInt i && i.longValue() == 0;
        }

        boolean helpSuppressed() {
            return isSuppress(help);
        }

        /** How errors name this argument: its option strings, else its metavar, dest or choices. */
        String displayName() {
            if (!optionStrings.isEmpty()) {
                return String.join("/", optionStrings);
            }
            if (!Py.isNone(metavar) && !isSuppress(metavar)) {
                return metavar.str();
            }
            if (dest != null && !dest.equals(SUPPRESS)) {
                return dest;
            }
            if (!Py.isNone(choices) && choices.isTrue()) {
                return "{" + String.join(",", items(choices).stream().map(PyObject::str).toList()) + "}";
            }
            return null;
        }

        private PyObject field(String name) {
            return switch (name) {
                case "option_strings" -> new PyList(optionStrings.stream().map(PyStr::new).toArray(PyObject[]::new));
                case "dest" -> new PyStr(dest);
                case "nargs" -> nargs;
                case "const" -> constant;
                case "default" -> dflt;
                case "type" -> type;
                case "choices" -> choices;
                case "required" -> Py.bool(required);
                case "help" -> help;
                case "metavar" -> metavar;
                case "version" -> kind == Kind.VERSION ? version : null;
                default -> null;
            };
        }

        @Override
        public PyObject getAttr(String name) {
            PyObject f = field(name);
            return f != null ? f : super.getAttr(name);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            switch (name) {
                case "dest" -> dest = Py.asStr(value, "dest");
                case "nargs" -> nargs = value;
                case "const" -> constant = value;
                case "default" -> dflt = value;
                case "type" -> type = value;
                case "choices" -> choices = value;
                case "required" -> required = value.isTrue();
                case "help" -> help = value;
                case "metavar" -> metavar = value;
                case "version" -> version = value;
                default -> super.setAttr(name, value);
            }
        }

        @Override
        public String repr() {
            StringBuilder b = new StringBuilder(kind.className).append('(');
            String sep = "";
            for (String name : List.of("option_strings", "dest", "nargs", "const", "default", "type", "choices", "required",
                    "help", "metavar")) {
                b.append(sep).append(name).append('=').append(field(name).repr());
                sep = ", ";
            }
            return b.append(')').toString();
        }

        /** add_parser(name, aliases=..., help=..., **ArgumentParser keywords): a subcommand's own parser. */
        PyObject addParser(PyObject[] a, Map<String, PyObject> kwargs) {
            if (a.length != 1) {
                throw Py.typeError(a.length == 0 ? "_SubParsersAction.add_parser() missing 1 required positional argument: 'name'"
                        : "_SubParsersAction.add_parser() takes 2 positional arguments but " + (a.length + 1) + " were given");
            }
            String name = Py.asStr(a[0], "name");
            Map<String, PyObject> kw = new LinkedHashMap<>(kwargs == null ? Map.of() : kwargs);
            if (Py.isNone(kw.getOrDefault("prog", PyNone.NONE))) {
                kw.put("prog", new PyStr(progPrefix + " " + name));
            }
            List<PyObject> aliases = kw.containsKey("aliases") ? items(kw.remove("aliases")) : List.of();
            PyDict parsers = (PyDict) choices;
            if (parsers.get(new PyStr(name)) != null) {
                throw at(argumentError(this, "conflicting subparser: " + name), Line.SUBPARSER_CONFLICT);
            }
            for (PyObject alias : aliases) {
                if (parsers.get(alias) != null) {
                    throw at(argumentError(this, "conflicting subparser alias: " + alias.str()), Line.SUBPARSER_ALIAS_CONFLICT);
                }
            }
            if (kw.containsKey("help")) {
                Action line = new Action(Kind.CHOICE, new ArrayList<>(), name);
                line.help = kw.remove("help");
                line.metavar = new PyStr(aliases.isEmpty() ? name
                        : name + " (" + String.join(", ", aliases.stream().map(PyObject::str).toList()) + ")");
                choiceActions.add(line);
            }
            PyObject parser = parserClass.call(new PyObject[0], kw);
            parsers.put(new PyStr(name), parser);
            aliases.forEach(alias -> parsers.put(alias, parser));
            return parser;
        }

        /** The keywords of add_argument that apply after the action is built, with CPython's checks of them. */
        void configure(Map<String, PyObject> kw) {
            for (Map.Entry<String, PyObject> e : kw.entrySet()) {
                if (!kind.keywords.contains(e.getKey())) {
                    throw Py.typeError(kind.initName() + " got an unexpected keyword argument '" + e.getKey() + "'");
                }
                setAttr(e.getKey(), e.getValue());
            }
            if (kind.takesValues()) {
                boolean store = kind == Kind.STORE;
                if (takesNothing()) {
                    throw at(Py.valueError(store
                            ? "nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate"
                            : "nargs for append actions must be != 0; if arg strings are not supplying the value to append, the append const action may be more appropriate"),
                            store ? Line.STORE_NARGS : Line.APPEND_NARGS);
                }
                if (!Py.isNone(constant) && !nargsIs("?")) {
                    throw at(Py.valueError("nargs must be '?' to supply const"), store ? Line.STORE_CONST : Line.APPEND_CONST);
                }
            }
        }
    }

    /** Sets the defaults each kind of action has before add_argument's keywords apply. */
    static Action newAction(Kind kind, List<String> optionStrings, String dest) {
        Action a = new Action(kind, optionStrings, dest);
        switch (kind) {
            case STORE_TRUE, STORE_FALSE -> {
                a.nargs = PyInt.of(0);
                a.constant = Py.bool(kind == Kind.STORE_TRUE);
                a.dflt = Py.bool(kind != Kind.STORE_TRUE);
            }
            case STORE_CONST, APPEND_CONST, COUNT -> a.nargs = PyInt.of(0);
            case PARSERS -> {
                a.nargs = new PyStr("A...");
                a.choices = new PyDict();
            }
            case BOOLEAN_OPTIONAL -> {
                a.nargs = PyInt.of(0);
                for (int i = optionStrings.size() - 1; i >= 0; i--) {
                    if (optionStrings.get(i).startsWith("--")) {
                        optionStrings.add(i + 1, "--no-" + optionStrings.get(i).substring(2));
                    }
                }
            }
            case HELP, VERSION -> {
                a.nargs = PyInt.of(0);
                a.dflt = new PyStr(SUPPRESS);
                if (kind == Kind.VERSION) {
                    a.help = new PyStr("show program's version number and exit");
                }
            }
            default -> { }
        }
        return a;
    }

    /** An argument group (shown as a section of the help) or a mutually exclusive group. */
    static final class Group extends PyObject {
        static final PyType ARGUMENT_GROUP = new PyType("_ArgumentGroup", "argparse", null);
        static final PyType EXCLUSIVE_GROUP = new PyType("_MutuallyExclusiveGroup", "argparse", ARGUMENT_GROUP);

        static {
            ARGUMENT_GROUP.method("add_argument", (self, a, kw) -> ((Group) self).parser.addArgument((Group) self, a, kw));
            ARGUMENT_GROUP.method("add_mutually_exclusive_group",
                    (self, a, kw) -> ParserType.exclusive(((Group) self).parser, (Group) self, a, kw));
        }

        final Parser parser;
        final Group container;
        final boolean exclusive;
        final boolean required;
        final PyObject title;
        final PyObject description;
        final List<Action> actions = new ArrayList<>();

        Group(Parser parser, Group container, boolean exclusive, boolean required, PyObject title, PyObject description) {
            this.parser = parser;
            this.container = container;
            this.exclusive = exclusive;
            this.required = required;
            this.title = title;
            this.description = description;
        }

        @Override
        public PyType type() {
            return exclusive ? EXCLUSIVE_GROUP : ARGUMENT_GROUP;
        }

        @Override
        public String repr() {
            return "<argparse." + type().name() + " object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }

        @Override
        public PyObject getAttr(String name) {
            return switch (name) {
                case "title" -> title;
                case "description" -> description;
                case "required" -> Py.bool(required);
                default -> super.getAttr(name);
            };
        }

        /** The section an action added through this group is shown in. */
        Group section(Action a) {
            if (!exclusive) {
                return this;
            }
            return container != null ? container.section(a) : parser.defaultSection(a);
        }
    }

    /** The state of one ArgumentParser: its arguments, groups and settings. */
    static final class Parser extends PyObject {
        final Interpreter interp;
        final PyType type;
        String prog = "";
        PyObject usage = PyNone.NONE;
        PyObject description = PyNone.NONE;
        PyObject epilog = PyNone.NONE;
        PyObject formatterClass = HELP_FORMATTER;
        String prefixChars = "-";
        PyObject argumentDefault = PyNone.NONE;
        PyObject fromfilePrefixChars = PyNone.NONE;
        String conflictHandler = "error";
        boolean addHelp = true;
        boolean allowAbbrev = true;
        boolean exitOnError = true;
        final List<Action> actions = new ArrayList<>();
        final Map<String, Action> optionMap = new LinkedHashMap<>();
        final List<Group> sections = new ArrayList<>();
        final List<Group> exclusiveGroups = new ArrayList<>();
        final Map<String, PyObject> defaults = new LinkedHashMap<>();
        boolean negativeNumberOptions;
        Action subparsers;
        /** Attributes a learner's subclass sets on its instances. */
        final Map<String, PyObject> own = new LinkedHashMap<>();

        Parser(Interpreter interp, PyType type) {
            this.interp = interp;
            this.type = type;
            sections.add(new Group(this, null, false, false, new PyStr("positional arguments"), PyNone.NONE));
            sections.add(new Group(this, null, false, false, new PyStr("options"), PyNone.NONE));
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            return type.name() + "(prog=" + PyStr.repr(prog) + ", usage=" + usage.repr() + ", description=" + description.repr()
                    + ", formatter_class=" + formatterClass.repr() + ", conflict_handler=" + PyStr.repr(conflictHandler)
                    + ", add_help=" + (addHelp ? "True" : "False") + ")";
        }

        @Override
        public PyObject getAttr(String name) {
            return switch (name) {
                case "prog" -> new PyStr(prog);
                case "usage" -> usage;
                case "description" -> description;
                case "epilog" -> epilog;
                case "formatter_class" -> formatterClass;
                case "prefix_chars" -> new PyStr(prefixChars);
                case "argument_default" -> argumentDefault;
                case "conflict_handler" -> new PyStr(conflictHandler);
                case "add_help" -> Py.bool(addHelp);
                case "allow_abbrev" -> Py.bool(allowAbbrev);
                case "exit_on_error" -> Py.bool(exitOnError);
                default -> own.containsKey(name) ? own.get(name) : super.getAttr(name);
            };
        }

        @Override
        public void setAttr(String name, PyObject value) {
            switch (name) {
                case "prog" -> prog = value.str();
                case "usage" -> usage = value;
                case "description" -> description = value;
                case "epilog" -> epilog = value;
                default -> {
                    if (!type.isUserClass()) {
                        super.setAttr(name, value);
                    }
                    own.put(name, value);
                }
            }
        }

        /**
         * parser.error(message) as CPython's methods call it, through self, so that a subclass's error()
         * is the one used; when that returns instead of raising, parsing carries on as CPython's does.
         */
        void fail(String message) {
            if (!type.isUserClass()) {
                throw error(message);
            }
            getAttr("error").call(new PyObject[] {new PyStr(message)}, null);
        }

        Group defaultSection(Action a) {
            return sections.get(a.positional() ? 0 : 1);
        }

        boolean isPrefix(char c) {
            return prefixChars.indexOf(c) >= 0;
        }

        /** add_argument, reached from the parser or one of its groups. */
        Action addArgument(Group via, PyObject[] args, Map<String, PyObject> kwargs) {
            Map<String, PyObject> kw = new LinkedHashMap<>(kwargs == null ? Map.of() : kwargs);
            List<String> names = new ArrayList<>();
            for (PyObject a : args) {
                names.add(Py.asStr(a, "option string"));
            }
            boolean positional = names.isEmpty() || names.size() == 1 && (names.get(0).isEmpty() || !isPrefix(names.get(0).charAt(0)));
            String dest;
            List<String> optionStrings = new ArrayList<>();
            if (positional) {
                if (!names.isEmpty() && kw.containsKey("dest")) {
                    throw at(Py.valueError("dest supplied twice for positional argument"), Line.ADD_DEST_TWICE);
                }
                if (names.isEmpty() && !kw.containsKey("dest")) {
                    throw at(Py.typeError("_ActionsContainer._get_positional_kwargs() missing 1 required positional argument: 'dest'"),
                            Line.ADD_POSITIONAL);
                }
                if (kw.containsKey("required")) {
                    throw at(Py.typeError("'required' is an invalid argument for positionals"), Line.POSITIONAL_REQUIRED, Line.ADD_POSITIONAL);
                }
                dest = names.isEmpty() ? Py.asStr(kw.remove("dest"), "dest") : names.get(0);
                String n = kw.get("nargs") instanceof PyStr s ? s.value() : null;
                boolean optionalNargs = "?".equals(n) || "*".equals(n);
                if (!optionalNargs || "*".equals(n) && !kw.containsKey("default")) {
                    kw.put("required", PyBool.TRUE);
                }
            } else {
                String longName = null;
                for (String s : names) {
                    if (s.isEmpty() || !isPrefix(s.charAt(0))) {
                        throw at(Py.valueError("invalid option string " + PyStr.repr(s) + ": must start with a character "
                                + PyStr.repr(prefixChars)), Line.OPTION_PREFIX, Line.ADD_OPTIONAL);
                    }
                    optionStrings.add(s);
                    if (longName == null && s.length() > 1 && isPrefix(s.charAt(1))) {
                        longName = s;
                    }
                }
                PyObject given = kw.remove("dest");
                if (given != null && !Py.isNone(given)) {
                    dest = Py.asStr(given, "dest");
                } else {
                    String from = longName != null ? longName : optionStrings.get(0);
                    int i = 0;
                    while (i < from.length() && isPrefix(from.charAt(i))) {
                        i++;
                    }
                    if (i == from.length()) {
                        throw at(Py.valueError("dest= is required for options like " + PyStr.repr(from)), Line.OPTION_DEST, Line.ADD_OPTIONAL);
                    }
                    dest = from.substring(i).replace('-', '_');
                }
            }
            if (!kw.containsKey("default")) {
                if (defaults.containsKey(dest)) {
                    kw.put("default", defaults.get(dest));
                } else if (!Py.isNone(argumentDefault)) {
                    kw.put("default", argumentDefault);
                }
            }
            PyObject actionName = kw.remove("action");
            Kind kind = actionName == null || Py.isNone(actionName) ? Kind.STORE
                    : Kind.of(actionName);
            if (kind == null) {
                throw at(Py.valueError("unknown action \"" + actionName.str() + "\""), Line.ADD_UNKNOWN_ACTION);
            }
            Action action = newAction(kind, optionStrings, dest);
            try {
                action.configure(kw);
            } catch (PyError e) {
                throw at(e, Line.ADD_MAKE_ACTION);
            }
            if (!Py.isNone(action.type) && !callable(action.type)) {
                throw at(Py.valueError(action.type.repr() + " is not callable"), Line.ADD_NOT_CALLABLE);
            }
            if (action.type == FileType.type(interp)) {
                throw at(Py.valueError(action.type.repr() + " is a FileType class object, instance of it must be passed"),
                        Line.ADD_FILE_TYPE_CLASS);
            }
            checkNargs(action);
            if (via != null && via.exclusive && action.required) {
                throw at(Py.valueError("mutually exclusive arguments must be optional"), Line.EXCLUSIVE_REQUIRED, Line.ADD_ACTION);
            }
            try {
                register(action, via == null ? defaultSection(action) : via.section(action));
            } catch (PyError e) {
                throw at(e, addActionChain(via));
            }
            for (Group g = via; g != null; g = g.container) {
                if (g.exclusive) {
                    g.actions.add(action);
                }
            }
            return action;
        }

        /** The _add_action calls an action passes through from add_argument, innermost first, as CPython nests them. */
        private static Line[] addActionChain(Group via) {
            List<Line> chain = new ArrayList<>(List.of(Line.GROUP_ADD));
            Group outermost = via;
            for (Group g = via; g != null; g = g.container) {
                outermost = g;
            }
            if (outermost == null || outermost.exclusive) {
                chain.add(Line.PARSER_ADD);
            }
            for (Group g = via; g != null && g.exclusive; g = g.container) {
                chain.add(Line.EXCLUSIVE_ADD);
            }
            chain.add(Line.ADD_ACTION);
            return chain.toArray(new Line[0]);
        }

        boolean callable(PyObject o) {
            return interp.builtins().get("callable").call(new PyObject[] {o}, null).isTrue();
        }

        private void checkNargs(Action a) {
            PyObject n = a.nargs;
            boolean known = Py.isNone(n) || n instanceof PyInt && !(n instanceof PyBool)
                    || n instanceof PyStr s && List.of("?", "*", "+", "...", "A...", SUPPRESS).contains(s.value());
            if (!known) {
                throw at(Py.valueError("invalid nargs value"), Line.FORMAT_NARGS, Line.ADD_FORMAT_ARGS);
            }
            if (a.metavar instanceof PyTuple t && !a.takesNothing()) {
                int size = t.size();
                boolean fits = a.nargsIs("*") ? size == 1 || size == 2
                        : a.nargsIs("+") ? size == 2
                        : n instanceof PyInt i ? size == i.longValue()
                        : size == 1;
                if (!fits) {
                    throw at(Py.valueError("length of metavar tuple does not match nargs"), Line.ADD_METAVAR);
                }
            }
        }

        private void register(Action action, Group section) {
            List<String> clashes = action.optionStrings.stream().filter(optionMap::containsKey).toList();
            if (!clashes.isEmpty()) {
                if (conflictHandler.equals("resolve")) {
                    resolve(clashes);
                } else {
                    throw at(argumentError(action, (clashes.size() == 1 ? "conflicting option string: " : "conflicting option strings: ")
                            + String.join(", ", clashes)), Line.CONFLICT_ERROR, Line.CHECK_CONFLICT, Line.CONTAINER_ADD);
                }
            }
            actions.add(action);
            section.actions.add(action);
            for (String s : action.optionStrings) {
                optionMap.put(s, action);
                if (NEGATIVE_NUMBER.matcher(s).matches()) {
                    negativeNumberOptions = true;
                }
            }
        }

        /** conflict_handler='resolve': older actions lose the clashing strings, and vanish when none are left. */
        private void resolve(List<String> clashes) {
            for (String s : clashes) {
                Action old = optionMap.remove(s);
                old.optionStrings.remove(s);
                if (old.optionStrings.isEmpty()) {
                    actions.remove(old);
                    sections.forEach(g -> g.actions.remove(old));
                    exclusiveGroups.forEach(g -> g.actions.remove(old));
                }
            }
        }

        /** fromfile_prefix_chars: an argument such as @args.txt stands for the lines of that file, read in turn the same way. */
        private List<String> readArgsFromFiles(List<String> argv) {
            List<String> out = new ArrayList<>();
            for (String arg : argv) {
                if (arg.isEmpty() || fromfilePrefixChars.str().indexOf(arg.charAt(0)) < 0) {
                    out.add(arg);
                    continue;
                }
                String text;
                try {
                    PyObject file = interp.builtins().get("open").call(new PyObject[] {new PyStr(arg.substring(1))}, null);
                    text = file.getAttr("read").call(new PyObject[0], null).str();
                    file.getAttr("close").call(new PyObject[0], null);
                } catch (PyError e) {
                    if (e.matches(ExcTypes.OSError)) {
                        fail(e.value().str());
                        continue;
                    }
                    throw e;
                }
                out.addAll(readArgsFromFiles(items(new PyStr(text).getAttr("splitlines").call(new PyObject[0], null))
                        .stream().map(PyObject::str).toList()));
            }
            return out;
        }

        // ---- output ----

        void write(PyObject file, String text) {
            if (!text.isEmpty()) {
                PyObject target = file == null || Py.isNone(file) ? interp.importModule("sys").getAttr("stdout") : file;
                target.getAttr("write").call(new PyObject[] {new PyStr(text)}, null);
            }
        }

        PyObject stderr() {
            return interp.importModule("sys").getAttr("stderr");
        }

        PyError exit(int status, String message) {
            if (message != null && !message.isEmpty()) {
                write(stderr(), message);
            }
            return systemExit(status);
        }

        /** parser.error(): the usage and "prog: error: message" on stderr, then exit status 2. */
        PyError error(String message) {
            write(stderr(), format(false));
            return exit(2, prog + ": error: " + message + "\n");
        }

        String format(boolean fullHelp) {
            return new HelpFormatter(this).format(fullHelp);
        }

        // ---- parsing ----

        PyObject[] parseKnownArgs(PyObject args, PyObject namespace) {
            List<String> argv = new ArrayList<>();
            List<PyObject> source = args == null || Py.isNone(args)
                    ? items(interp.importModule("sys").getAttr("argv")).stream().skip(1).toList()
                    : items(args);
            for (PyObject a : source) {
                if (!(a instanceof PyStr s)) {
                    throw Py.typeError("'" + a.type().name() + "' object is not subscriptable");
                }
                argv.add(s.value());
            }
            PyObject ns = namespace == null || Py.isNone(namespace) ? new Namespace() : namespace;
            for (Action a : actions) {
                if (!a.dest.equals(SUPPRESS) && !hasAttr(ns, a.dest) && !isSuppress(a.dflt)) {
                    ns.setAttr(a.dest, a.dflt);
                }
            }
            defaults.forEach((k, v) -> {
                if (!hasAttr(ns, k)) {
                    ns.setAttr(k, v);
                }
            });
            try {
                List<String> strings = Py.isNone(fromfilePrefixChars) ? argv : readArgsFromFiles(argv);
                List<String> extras = new ArrayList<>(new Parse(this, strings, ns).run());
                if (hasAttr(ns, UNRECOGNIZED)) {
                    items(ns.getAttr(UNRECOGNIZED)).forEach(x -> extras.add(x.str()));
                    ns.delAttr(UNRECOGNIZED);
                }
                return new PyObject[] {ns, new PyList(extras.stream().map(PyStr::new).toArray(PyObject[]::new))};
            } catch (PyError e) {
                if (exitOnError && e.matches(ARGUMENT_ERROR)) {
                    fail(e.value().str());
                    return new PyObject[] {ns, new PyList(argv.stream().map(PyStr::new).toArray(PyObject[]::new))};
                }
                throw e;
            }
        }
    }

    static boolean hasAttr(PyObject o, String name) {
        if (o instanceof Namespace n) {
            return n.has(name);
        }
        try {
            o.getAttr(name);
            return true;
        } catch (PyError e) {
            if (e.matches(ExcTypes.AttributeError)) {
                return false;
            }
            throw e;
        }
    }

    /** Where a subcommand's parser leaves the strings it did not recognise, for the parser above to report. */
    static final String UNRECOGNIZED = "_unrecognized_args";

    static final Pattern NEGATIVE_NUMBER = Pattern.compile("^-\\d+$|^-\\d*\\.\\d+$");

    /** An option string found on the command line: its action (null when unknown) and any text after '='. */
    record OptionMatch(Action action, String optionString, String explicit) {}

    /** One run of parse_known_args: classifies the strings, consumes options and positionals in turn, checks what was required. */
    static final class Parse {
        private final Parser p;
        private final List<String> argv;
        private final PyObject ns;
        private final Map<Integer, OptionMatch> options = new HashMap<>();
        private final String pattern;
        private final List<Action> positionals;
        private final List<String> extras = new ArrayList<>();
        private final Set<Action> seen = new HashSet<>();
        private final Set<Action> seenNonDefault = new HashSet<>();
        private final Map<Action, List<Action>> conflicts = new HashMap<>();

        Parse(Parser p, List<String> argv, PyObject ns) {
            this.p = p;
            this.argv = argv;
            this.ns = ns;
            for (Group g : p.exclusiveGroups) {
                for (Action a : g.actions) {
                    List<Action> others = conflicts.computeIfAbsent(a, k -> new ArrayList<>());
                    g.actions.stream().filter(o -> o != a).forEach(others::add);
                }
            }
            StringBuilder b = new StringBuilder();
            boolean afterDashes = false;
            for (int i = 0; i < argv.size(); i++) {
                String s = argv.get(i);
                if (afterDashes) {
                    b.append('A');
                } else if (s.equals("--")) {
                    b.append('-');
                    afterDashes = true;
                } else {
                    OptionMatch m = classify(s);
                    if (m == null) {
                        b.append('A');
                    } else {
                        options.put(i, m);
                        b.append('O');
                    }
                }
            }
            pattern = b.toString();
            positionals = new ArrayList<>(p.actions.stream().filter(Action::positional).toList());
        }

        /** Whether a string is an option (and which), or null for a positional value. */
        private OptionMatch classify(String s) {
            if (s.isEmpty() || !p.isPrefix(s.charAt(0))) {
                return null;
            }
            if (p.optionMap.containsKey(s)) {
                return new OptionMatch(p.optionMap.get(s), s, null);
            }
            if (s.length() == 1) {
                return null;
            }
            int eq = s.indexOf('=');
            if (eq >= 0 && p.optionMap.containsKey(s.substring(0, eq))) {
                return new OptionMatch(p.optionMap.get(s.substring(0, eq)), s.substring(0, eq), s.substring(eq + 1));
            }
            List<OptionMatch> candidates = prefixMatches(s);
            if (candidates.size() > 1) {
                p.fail("ambiguous option: " + s + " could match "
                        + String.join(", ", candidates.stream().map(OptionMatch::optionString).toList()));
            } else if (candidates.size() == 1) {
                return candidates.get(0);
            }
            if (NEGATIVE_NUMBER.matcher(s).find() && !p.negativeNumberOptions) {
                return null;
            }
            if (s.contains(" ")) {
                return null;
            }
            return new OptionMatch(null, s, null);
        }

        /** Abbreviated long options (--po for --port), and a short option with its value attached (-p80). */
        private List<OptionMatch> prefixMatches(String s) {
            List<OptionMatch> out = new ArrayList<>();
            if (p.isPrefix(s.charAt(1))) {
                if (p.allowAbbrev) {
                    int eq = s.indexOf('=');
                    String prefix = eq >= 0 ? s.substring(0, eq) : s;
                    String explicit = eq >= 0 ? s.substring(eq + 1) : null;
                    p.optionMap.forEach((o, a) -> {
                        if (o.startsWith(prefix)) {
                            out.add(new OptionMatch(a, o, explicit));
                        }
                    });
                }
            } else {
                String shortPrefix = s.substring(0, 2);
                p.optionMap.forEach((o, a) -> {
                    if (o.equals(shortPrefix)) {
                        out.add(new OptionMatch(a, o, s.substring(2)));
                    } else if (o.startsWith(s)) {
                        out.add(new OptionMatch(a, o, null));
                    }
                });
            }
            return out;
        }

        List<String> run() {
            int max = options.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            int start = 0;
            while (start <= max) {
                final int from = start;
                int nextOption = options.keySet().stream().mapToInt(Integer::intValue).filter(i -> i >= from).min().getAsInt();
                if (start != nextOption) {
                    int end = consumePositionals(start);
                    if (end > start) {
                        start = end;
                        continue;
                    }
                    start = end;
                }
                if (!options.containsKey(start)) {
                    extras.addAll(argv.subList(start, nextOption));
                    start = nextOption;
                }
                start = consumeOption(start);
            }
            int stop = consumePositionals(start);
            extras.addAll(argv.subList(stop, argv.size()));
            checkRequired();
            return extras;
        }

        private void checkRequired() {
            List<String> missing = new ArrayList<>();
            for (Action a : p.actions) {
                if (seen.contains(a)) {
                    continue;
                }
                if (a.required) {
                    missing.add(a.displayName());
                } else if (a.dflt instanceof PyStr && hasAttr(ns, a.dest) && ns.getAttr(a.dest) == a.dflt) {
                    ns.setAttr(a.dest, convert(a, a.dflt.str()));
                }
            }
            if (!missing.isEmpty()) {
                p.fail("the following arguments are required: " + String.join(", ", missing));
            }
            for (Group g : p.exclusiveGroups) {
                if (g.required && g.actions.stream().noneMatch(seenNonDefault::contains)) {
                    List<String> names = g.actions.stream().filter(a -> !a.helpSuppressed()).map(Action::displayName).toList();
                    p.fail("one of the arguments " + String.join(" ", names) + " is required");
                }
            }
        }

        private int consumeOption(int start) {
            OptionMatch m = options.get(start);
            Action action = m.action();
            String optionString = m.optionString();
            String explicit = m.explicit();
            List<Object[]> taken = new ArrayList<>();
            int stop;
            while (true) {
                if (action == null) {
                    extras.add(argv.get(start));
                    return start + 1;
                }
                if (explicit != null) {
                    int count = matchCount(action, "A");
                    if (count == 0 && !p.isPrefix(optionString.charAt(1)) && !explicit.isEmpty()) {
                        taken.add(new Object[] {action, List.of(), optionString});
                        optionString = optionString.charAt(0) + explicit.substring(0, 1);
                        String rest = explicit.length() > 1 ? explicit.substring(1) : null;
                        if (!p.optionMap.containsKey(optionString)) {
                            throw argumentError(action, "ignored explicit argument " + PyStr.repr(explicit));
                        }
                        action = p.optionMap.get(optionString);
                        explicit = rest;
                    } else if (count == 1) {
                        stop = start + 1;
                        taken.add(new Object[] {action, List.of(explicit), optionString});
                        break;
                    } else {
                        throw argumentError(action, "ignored explicit argument " + PyStr.repr(explicit));
                    }
                } else {
                    int begin = start + 1;
                    int count = matchCount(action, pattern.substring(begin));
                    stop = begin + count;
                    taken.add(new Object[] {action, argv.subList(begin, stop), optionString});
                    break;
                }
            }
            for (Object[] t : taken) {
                @SuppressWarnings("unchecked")
                List<String> values = (List<String>) t[1];
                take((Action) t[0], values, (String) t[2]);
            }
            return stop;
        }

        private int consumePositionals(int start) {
            List<Integer> counts = matchPartial(positionals, pattern.substring(start));
            int at = start;
            for (int i = 0; i < counts.size(); i++) {
                take(positionals.get(i), argv.subList(at, at + counts.get(i)), null);
                at += counts.get(i);
            }
            positionals.subList(0, counts.size()).clear();
            return at;
        }

        private int matchCount(Action a, String patternLeft) {
            Matcher m = Pattern.compile(nargsPattern(a)).matcher(patternLeft);
            if (!m.lookingAt()) {
                String msg;
                if (Py.isNone(a.nargs)) {
                    msg = "expected one argument";
                } else if (a.nargsIs("?")) {
                    msg = "expected at most one argument";
                } else if (a.nargsIs("+")) {
                    msg = "expected at least one argument";
                } else {
                    long n = ((PyInt) a.nargs).longValue();
                    msg = "expected " + n + (n == 1 ? " argument" : " arguments");
                }
                throw argumentError(a, msg);
            }
            return m.group(1).length();
        }

        /** As many of the positionals as can be matched at once, each with how many strings it takes. */
        private List<Integer> matchPartial(List<Action> list, String patternLeft) {
            for (int n = list.size(); n > 0; n--) {
                StringBuilder b = new StringBuilder();
                list.subList(0, n).forEach(a -> b.append(nargsPattern(a)));
                Matcher m = Pattern.compile(b.toString()).matcher(patternLeft);
                if (m.lookingAt()) {
                    List<Integer> out = new ArrayList<>();
                    for (int g = 1; g <= m.groupCount(); g++) {
                        out.add(m.group(g).length());
                    }
                    return out;
                }
            }
            return List.of();
        }

        /** The regular expression over the A/O/- pattern that an action's nargs accepts. */
        private static String nargsPattern(Action a) {
            String pat;
            if (Py.isNone(a.nargs)) {
                pat = "(-*A-*)";
            } else if (a.nargs instanceof PyInt n) {
                pat = "(-*" + String.join("-*", Collections.nCopies((int) n.longValue(), "A")) + "-*)";
            } else {
                pat = switch (a.nargs.str()) {
                    case "?" -> "(-*A?-*)";
                    case "*" -> "(-*[A-]*)";
                    case "+" -> "(-*A[A-]*)";
                    case "..." -> "([-AO]*)";
                    case "A..." -> "(-*A[-AO]*)";
                    default -> "(-*-*)";
                };
            }
            return a.positional() ? pat : pat.replace("-*", "").replace("-", "");
        }

        private void take(Action a, List<String> strings, String optionString) {
            seen.add(a);
            PyObject values = values(a, new ArrayList<>(strings));
            if (values != a.dflt) {
                seenNonDefault.add(a);
                for (Action other : conflicts.getOrDefault(a, List.of())) {
                    if (seenNonDefault.contains(other)) {
                        throw argumentError(a, "not allowed with argument " + other.displayName());
                    }
                }
            }
            if (!isSuppress(values)) {
                perform(a, values, optionString);
            }
        }

        private PyObject values(Action a, List<String> strings) {
            if (!a.nargsIs("A...") && !a.nargsIs("...")) {
                strings.remove("--");
            }
            if (strings.isEmpty() && a.nargsIs("?")) {
                PyObject v = a.positional() ? a.dflt : a.constant;
                if (v instanceof PyStr s) {
                    v = convert(a, s.value());
                    check(a, v);
                }
                return v;
            }
            if (strings.isEmpty() && a.nargsIs("*") && a.positional()) {
                PyObject v = Py.isNone(a.dflt) ? new PyList() : a.dflt;
                check(a, v);
                return v;
            }
            if (strings.size() == 1 && (Py.isNone(a.nargs) || a.nargsIs("?"))) {
                PyObject v = convert(a, strings.get(0));
                check(a, v);
                return v;
            }
            if (a.nargsIs("...")) {
                return new PyList(strings.stream().map(s -> convert(a, s)).toArray(PyObject[]::new));
            }
            if (a.nargsIs(SUPPRESS)) {
                return new PyStr(SUPPRESS);
            }
            PyObject[] vs = strings.stream().map(s -> convert(a, s)).toArray(PyObject[]::new);
            if (a.nargsIs("A...")) {
                check(a, vs[0]);
            } else {
                for (PyObject v : vs) {
                    check(a, v);
                }
            }
            return new PyList(vs);
        }

        private PyObject convert(Action a, String text) {
            if (Py.isNone(a.type)) {
                return new PyStr(text);
            }
            if (!p.callable(a.type)) {
                throw argumentError(a, a.type.repr() + " is not callable");
            }
            try {
                return a.type.call(new PyObject[] {new PyStr(text)}, null);
            } catch (PyError e) {
                if (e.matches(ARGUMENT_TYPE_ERROR)) {
                    throw argumentError(a, e.value().str());
                }
                if (e.matches(ExcTypes.TypeError) || e.matches(ExcTypes.ValueError)) {
                    String name;
                    try {
                        name = a.type.getAttr("__name__").str();
                    } catch (PyError noName) {
                        name = a.type.repr();
                    }
                    throw argumentError(a, "invalid " + name + " value: " + PyStr.repr(text));
                }
                throw e;
            }
        }

        private void check(Action a, PyObject v) {
            if (!Py.isNone(a.choices) && !a.choices.contains(v)) {
                String choices = String.join(", ", items(a.choices).stream().map(PyObject::repr).toList());
                throw argumentError(a, "invalid choice: " + v.repr() + " (choose from " + choices + ")");
            }
        }

        private void perform(Action a, PyObject values, String optionString) {
            switch (a.kind) {
                case STORE -> ns.setAttr(a.dest, values);
                case STORE_CONST, STORE_TRUE, STORE_FALSE -> ns.setAttr(a.dest, a.constant);
                case APPEND, APPEND_CONST, EXTEND -> {
                    PyList list = copied(a.dest);
                    if (a.kind == Kind.EXTEND) {
                        items(values).forEach(list::append);
                    } else {
                        list.append(a.kind == Kind.APPEND ? values : a.constant);
                    }
                    ns.setAttr(a.dest, list);
                }
                case COUNT -> {
                    PyObject old = hasAttr(ns, a.dest) ? ns.getAttr(a.dest) : PyNone.NONE;
                    ns.setAttr(a.dest, Py.isNone(old) ? PyInt.of(1)
                            : Ops.binary(BinOperator.ADD, old, PyInt.of(1)));
                }
                case HELP -> {
                    p.write(null, p.format(true));
                    throw p.exit(0, null);
                }
                case PARSERS -> runSubcommand(a, items(values));
                case CHOICE -> { }
                case BOOLEAN_OPTIONAL -> ns.setAttr(a.dest, Py.bool(!optionString.startsWith("--no-")));
                case VERSION -> {
                    p.write(null, new HelpFormatter(p).versionText(a.version));
                    throw p.exit(0, null);
                }
            }
        }

        /** The chosen subcommand's parser takes the rest; what it sets joins this namespace, what it leaves is unrecognised here. */
        private void runSubcommand(Action a, List<PyObject> values) {
            PyObject name = values.get(0);
            if (!a.dest.equals(SUPPRESS)) {
                ns.setAttr(a.dest, name);
            }
            PyObject sub = ((PyDict) a.choices).get(name);
            if (sub == null) {
                String known = String.join(", ", ((PyDict) a.choices).map().keySet().stream().map(PyObject::str).toList());
                throw argumentError(a, "unknown parser " + name.repr() + " (choices: " + known + ")");
            }
            PyObject rest = new PyList(values.subList(1, values.size()).toArray(new PyObject[0]));
            PyObject result = sub.getAttr("parse_known_args").call(new PyObject[] {rest, PyNone.NONE}, null);
            PyObject subNamespace = result.getItem(PyInt.of(0));
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) subNamespace.getAttr("__dict__")).map().entrySet()) {
                ns.setAttr(e.getKey().str(), e.getValue());
            }
            List<PyObject> left = items(result.getItem(PyInt.of(1)));
            if (!left.isEmpty()) {
                if (!hasAttr(ns, UNRECOGNIZED)) {
                    ns.setAttr(UNRECOGNIZED, new PyList());
                }
                left.forEach(((PyList) ns.getAttr(UNRECOGNIZED))::append);
            }
        }

        /** The list stored so far, copied so that a list default is never changed in place. */
        private PyList copied(String dest) {
            PyObject old = hasAttr(ns, dest) ? ns.getAttr(dest) : PyNone.NONE;
            return Py.isNone(old) ? new PyList() : new PyList(items(old).toArray(new PyObject[0]));
        }
    }

    /** Lays out usage and help as CPython's HelpFormatter does, at the width COLUMNS allows. */
    static final class HelpFormatter {
        private static final Pattern USAGE_PART = Pattern.compile("\\(.*?\\)+(?=\\s|$)|\\[.*?\\]+(?=\\s|$)|\\S+");
        private final Parser p;
        private final int width;
        private final int maxHelpPosition;
        private final boolean rawDescription;
        private final boolean rawText;
        private final boolean showDefaults;
        private int actionMaxLength;

        HelpFormatter(Parser p) {
            this.p = p;
            this.width = columns(p.interp) - 2;
            this.maxHelpPosition = Math.min(24, Math.max(width - 20, 4));
            PyType style = p.formatterClass instanceof PyType t ? t : HELP_FORMATTER;
            this.rawDescription = style.isSubtypeOf(RAW_DESCRIPTION);
            this.rawText = style.isSubtypeOf(RAW_TEXT);
            this.showDefaults = style.isSubtypeOf(ARGUMENT_DEFAULTS);
        }

        /** shutil.get_terminal_size's answer without a terminal: $COLUMNS when it is a positive number, else 80. */
        private static int columns(Interpreter interp) {
            try {
                PyObject v = interp.importModule("os").getAttr("environ").getItem(new PyStr("COLUMNS"));
                int n = Integer.parseInt(v.str().trim());
                return n > 0 ? n : 80;
            } catch (PyError | NumberFormatException e) {
                return 80;
            }
        }

        String format(boolean fullHelp) {
            StringBuilder out = new StringBuilder();
            if (!isSuppress(p.usage)) {
                out.append(usage("usage: ", p.actions));
            }
            if (fullHelp) {
                out.append(text(p.description, 0));
                for (Group g : p.sections) {
                    for (Action a : g.actions) {
                        if (!a.helpSuppressed()) {
                            int longest = invocation(a).length();
                            for (Action sub : a.choiceActions) {
                                longest = Math.max(longest, invocation(sub).length());
                            }
                            actionMaxLength = Math.max(actionMaxLength, longest + 2);
                        }
                    }
                }
                for (Group g : p.sections) {
                    out.append(section(g));
                }
                out.append(text(p.epilog, 0));
            }
            String help = out.toString().replaceAll("\n\n\n+", "\n\n");
            return strip(help) + "\n";
        }

        String versionText(PyObject version) {
            return strip(text(version, 0)) + "\n";
        }

        private static String strip(String s) {
            int b = 0;
            int e = s.length();
            while (b < e && s.charAt(b) == '\n') {
                b++;
            }
            while (e > b && s.charAt(e - 1) == '\n') {
                e--;
            }
            return s.substring(b, e);
        }

        private String section(Group g) {
            StringBuilder items = new StringBuilder(text(g.description, 2));
            for (Action a : g.actions) {
                if (!a.helpSuppressed()) {
                    items.append(action(a, 2));
                }
            }
            if (items.isEmpty()) {
                return "";
            }
            String heading = Py.isNone(g.title) || isSuppress(g.title) ? "" : g.title.str() + ":\n";
            return "\n" + heading + items + "\n";
        }

        private String withProg(String text) {
            return text.contains("%(prog)") ? Formatting.percent(text, progMap()) : text;
        }

        private PyDict progMap() {
            PyDict d = new PyDict();
            d.put(new PyStr("prog"), new PyStr(p.prog));
            return d;
        }

        private String text(PyObject t, int indent) {
            if (Py.isNone(t) || isSuppress(t)) {
                return "";
            }
            String s = withProg(t.str());
            String pad = " ".repeat(indent);
            if (rawDescription) {
                StringBuilder b = new StringBuilder();
                for (String line : s.split("(?<=\n)")) {
                    b.append(pad).append(line);
                }
                return b + "\n\n";
            }
            return String.join("\n", TextWrap.wrap(collapse(s), Math.max(width - indent, 11), pad)) + "\n\n";
        }

        private static String collapse(String s) {
            return s.replaceAll("[ \\t\\n\\r\\f\\x0B]+", " ").strip();
        }

        private String action(Action a, int indent) {
            int helpPosition = Math.min(actionMaxLength + 2, maxHelpPosition);
            int helpWidth = Math.max(width - helpPosition, 11);
            int actionWidth = helpPosition - indent - 2;
            String header = invocation(a);
            String pad = " ".repeat(indent);
            boolean hasHelp = !Py.isNone(a.help) && a.help.isTrue();
            StringBuilder b = new StringBuilder();
            int indentFirst;
            if (!hasHelp) {
                b.append(pad).append(header).append('\n');
                indentFirst = 0;
            } else if (header.length() <= actionWidth) {
                b.append(pad).append(header).append(" ".repeat(actionWidth - header.length())).append("  ");
                indentFirst = 0;
            } else {
                b.append(pad).append(header).append('\n');
                indentFirst = helpPosition;
            }
            String helpText = !hasHelp || a.help.str().strip().isEmpty() ? "" : expandHelp(a);
            if (!helpText.isEmpty()) {
                List<String> lines = rawText ? splitLines(helpText) : TextWrap.wrap(collapse(helpText), helpWidth, "");
                if (lines.isEmpty()) {
                    lines = List.of("");
                }
                b.append(" ".repeat(indentFirst)).append(lines.get(0)).append('\n');
                for (String line : lines.subList(1, lines.size())) {
                    b.append(" ".repeat(helpPosition)).append(line).append('\n');
                }
            } else if (b.charAt(b.length() - 1) != '\n') {
                b.append('\n');
            }
            for (Action sub : a.choiceActions) {
                b.append(action(sub, indent + 2));
            }
            return b.toString();
        }

        /** str.splitlines(): the text cut at each line break, with no empty line for a final break. */
        private static List<String> splitLines(String text) {
            String breaks = "\r\n|[\n\r\u000b\f\u001c\u001d\u001e\u0085\u2028\u2029]";
            return List.of(text.replaceFirst("(" + breaks + ")$", "").split(breaks, -1));
        }

        /** The help text with %(default)s, %(prog)s and the action's other fields filled in. */
        private String expandHelp(Action a) {
            String help = a.help.str();
            if (showDefaults && !help.contains("%(default)") && !isSuppress(a.dflt)
                    && (!a.positional() || a.nargsIs("?") || a.nargsIs("*"))) {
                help += " (default: %(default)s)";
            }
            if (help.indexOf('%') < 0) {
                return help;
            }
            PyDict params = new PyDict();
            for (String name : List.of("option_strings", "dest", "nargs", "const", "default", "type", "choices", "required",
                    "help", "metavar")) {
                PyObject v = a.getAttr(name);
                if (isSuppress(v)) {
                    continue;
                }
                if (hasAttr(v, "__name__")) {
                    v = v.getAttr("__name__");
                }
                params.put(new PyStr(name), v);
            }
            if (!Py.isNone(a.choices)) {
                params.put(new PyStr("choices"),
                        new PyStr(String.join(", ", items(a.choices).stream().map(PyObject::str).toList())));
            }
            params.put(new PyStr("prog"), new PyStr(p.prog));
            return Formatting.percent(help, params);
        }

        private List<String> metavars(Action a, String dflt, int size) {
            PyObject m = a.metavar;
            if (m instanceof PyTuple t) {
                return Arrays.stream(t.items()).map(PyObject::str).toList();
            }
            String one;
            if (!Py.isNone(m)) {
                one = m.str();
            } else if (!Py.isNone(a.choices)) {
                one = "{" + String.join(",", items(a.choices).stream().map(PyObject::str).toList()) + "}";
            } else {
                one = dflt;
            }
            return Collections.nCopies(size, one);
        }

        private String formatArgs(Action a, String dflt) {
            if (Py.isNone(a.nargs)) {
                return metavars(a, dflt, 1).get(0);
            }
            if (a.nargs instanceof PyInt n) {
                return String.join(" ", metavars(a, dflt, (int) n.longValue()));
            }
            return switch (a.nargs.str()) {
                case "?" -> "[" + metavars(a, dflt, 1).get(0) + "]";
                case "*" -> {
                    List<String> m = metavars(a, dflt, 1);
                    yield m.size() == 2 ? "[" + m.get(0) + " [" + m.get(1) + " ...]]" : "[" + m.get(0) + " ...]";
                }
                case "+" -> {
                    List<String> m = metavars(a, dflt, 2);
                    yield m.get(0) + " [" + m.get(1) + " ...]";
                }
                case "..." -> "...";
                case "A..." -> metavars(a, dflt, 1).get(0) + " ...";
                default -> "";
            };
        }

        private String invocation(Action a) {
            if (a.positional()) {
                return metavars(a, a.dest, 1).get(0);
            }
            if (a.takesNothing()) {
                return String.join(", ", a.optionStrings);
            }
            String args = formatArgs(a, a.dest.toUpperCase(Locale.ROOT));
            return String.join(", ", a.optionStrings.stream().map(o -> o + " " + args).toList());
        }

        /** What a subcommand's prog starts with: this parser's usage of its positionals alone, unprefixed. */
        String subcommandProg() {
            return usage("", p.actions.stream().filter(Action::positional).toList()).strip();
        }

        private String usage(String prefix, List<Action> actions) {
            String text;
            if (!Py.isNone(p.usage)) {
                text = withProg(p.usage.str());
            } else if (actions.isEmpty()) {
                text = p.prog;
            } else {
                List<Action> optionals = actions.stream().filter(a -> !a.positional()).toList();
                List<Action> positionals = actions.stream().filter(Action::positional).toList();
                List<Action> all = new ArrayList<>(optionals);
                all.addAll(positionals);
                String actionUsage = actionsUsage(all);
                text = actionUsage.isEmpty() ? p.prog : p.prog + " " + actionUsage;
                if (prefix.length() + text.length() > width) {
                    text = wrappedUsage(prefix, parts(actionsUsage(optionals)), parts(actionsUsage(positionals)));
                }
            }
            return prefix + text + "\n\n";
        }

        private static List<String> parts(String usage) {
            List<String> out = new ArrayList<>();
            Matcher m = USAGE_PART.matcher(usage);
            while (m.find()) {
                out.add(m.group());
            }
            return out;
        }

        /** A usage too long for one line: options and positionals on lines of their own, aligned after the prog when it is short. */
        private String wrappedUsage(String prefix, List<String> opt, List<String> pos) {
            List<String> lines;
            if (prefix.length() + p.prog.length() <= 0.75 * width) {
                String indent = " ".repeat(prefix.length() + p.prog.length() + 1);
                List<String> first = new ArrayList<>(List.of(p.prog));
                if (!opt.isEmpty()) {
                    first.addAll(opt);
                    lines = new ArrayList<>(usageLines(first, indent, prefix));
                    lines.addAll(usageLines(pos, indent, null));
                } else if (!pos.isEmpty()) {
                    first.addAll(pos);
                    lines = usageLines(first, indent, prefix);
                } else {
                    lines = first;
                }
            } else {
                String indent = " ".repeat(prefix.length());
                List<String> all = new ArrayList<>(opt);
                all.addAll(pos);
                lines = new ArrayList<>(usageLines(all, indent, null));
                if (lines.size() > 1) {
                    lines = new ArrayList<>(usageLines(opt, indent, null));
                    lines.addAll(usageLines(pos, indent, null));
                }
                lines.add(0, p.prog);
            }
            return String.join("\n", lines);
        }

        private List<String> usageLines(List<String> parts, String indent, String prefix) {
            List<String> lines = new ArrayList<>();
            List<String> line = new ArrayList<>();
            int lineLen = (prefix != null ? prefix.length() : indent.length()) - 1;
            for (String part : parts) {
                if (lineLen + 1 + part.length() > width && !line.isEmpty()) {
                    lines.add(indent + String.join(" ", line));
                    line.clear();
                    lineLen = indent.length() - 1;
                }
                line.add(part);
                lineLen += part.length() + 1;
            }
            if (!line.isEmpty()) {
                lines.add(indent + String.join(" ", line));
            }
            if (prefix != null && !lines.isEmpty()) {
                lines.set(0, lines.get(0).substring(indent.length()));
            }
            return lines;
        }

        /** The usage of a run of actions, with [...] or (...|...) around the mutually exclusive groups found contiguous in it. */
        private String actionsUsage(List<Action> list) {
            Set<Action> grouped = new HashSet<>();
            Map<Integer, String> inserts = new HashMap<>();
            for (Group g : p.exclusiveGroups) {
                if (g.actions.isEmpty()) {
                    throw Py.valueError("empty group " + g.repr());
                }
                int start = list.indexOf(g.actions.get(0));
                int end = start + g.actions.size();
                if (start < 0 || end > list.size() || !list.subList(start, end).equals(g.actions)) {
                    continue;
                }
                grouped.addAll(g.actions);
                long exposed = g.actions.stream().filter(a -> !a.helpSuppressed()).count();
                if (!g.required) {
                    inserts.merge(start, "[", (x, y) -> x + " " + y);
                    inserts.merge(end, "]", String::concat);
                } else if (exposed > 1) {
                    inserts.merge(start, "(", (x, y) -> x + " " + y);
                    inserts.merge(end, ")", String::concat);
                }
                for (int i = start + 1; i < end; i++) {
                    inserts.put(i, "|");
                }
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Action a = list.get(i);
                String part;
                if (a.helpSuppressed()) {
                    part = null;
                    if ("|".equals(inserts.get(i))) {
                        inserts.remove(i);
                    } else if ("|".equals(inserts.get(i + 1))) {
                        inserts.remove(i + 1);
                    }
                } else if (a.positional()) {
                    part = formatArgs(a, a.dest);
                    if (grouped.contains(a) && part.startsWith("[") && part.endsWith("]")) {
                        part = part.substring(1, part.length() - 1);
                    }
                } else {
                    String first = a.optionStrings.get(0);
                    part = !a.takesNothing() ? first + " " + formatArgs(a, a.dest.toUpperCase(Locale.ROOT))
                            : a.kind == Kind.BOOLEAN_OPTIONAL ? String.join(" | ", a.optionStrings) : first;
                    if (!a.required && !grouped.contains(a)) {
                        part = "[" + part + "]";
                    }
                }
                parts.add(part);
            }
            List<Integer> at = new ArrayList<>(inserts.keySet());
            at.sort(Comparator.reverseOrder());
            for (int i : at) {
                parts.add(i, inserts.get(i));
            }
            String text = String.join(" ", parts.stream().filter(Objects::nonNull).toList());
            text = text.replaceAll("([\\[(]) ", "$1").replaceAll(" ([\\])])", "$1").replaceAll("[\\[(] *[\\])]", "");
            return text.strip();
        }
    }

    /** textwrap.wrap as argparse uses it: words split after hyphens, greedy lines, over-long words broken. */
    static final class TextWrap {
        private TextWrap() {}

        static List<String> wrap(String text, int width, String indent) {
            List<String> chunks = chunks(text);
            List<String> lines = new ArrayList<>();
            int at = 0;
            while (at < chunks.size()) {
                List<String> line = new ArrayList<>();
                int len = 0;
                int room = width - indent.length();
                if (!lines.isEmpty() && chunks.get(at).equals(" ")) {
                    at++;
                }
                while (at < chunks.size() && len + chunks.get(at).length() <= room) {
                    len += chunks.get(at).length();
                    line.add(chunks.get(at++));
                }
                if (at < chunks.size() && chunks.get(at).length() > room) {
                    String chunk = chunks.get(at);
                    int space = Math.max(room - len, 1);
                    int end = space;
                    int hyphen = chunk.lastIndexOf('-', space - 1);
                    if (hyphen > 0 && !chunk.substring(0, hyphen).chars().allMatch(c -> c == '-')) {
                        end = hyphen + 1;
                    }
                    line.add(chunk.substring(0, end));
                    chunks.set(at, chunk.substring(end));
                }
                if (!line.isEmpty() && line.get(line.size() - 1).equals(" ")) {
                    line.remove(line.size() - 1);
                }
                if (!line.isEmpty()) {
                    lines.add(indent + String.join("", line));
                }
            }
            return lines;
        }

        /** Words and single spaces; a hyphenated word (two letters, a hyphen, a letter) splits after its hyphen. */
        private static List<String> chunks(String text) {
            List<String> out = new ArrayList<>();
            for (String word : text.split(" ", -1)) {
                if (!out.isEmpty()) {
                    out.add(" ");
                }
                int from = 0;
                for (int i = 2; i < word.length() - 1; i++) {
                    boolean split = word.charAt(i) == '-' && Character.isLetter(word.charAt(i - 1)) && Character.isLetter(word.charAt(i - 2))
                            && Character.isLetter(word.charAt(i + 1));
                    if (split) {
                        out.add(word.substring(from, i + 1));
                        from = i + 1;
                    }
                }
                if (from < word.length()) {
                    out.add(word.substring(from));
                }
            }
            out.removeIf(String::isEmpty);
            return out;
        }
    }

    /** The ArgumentParser class and the methods of parsers and their groups. */
    static final class ParserType {
        private static final Signature INIT = Signature.parse("ArgumentParser.__init__(self, prog, usage, description, epilog, "
                + "parents, formatter_class, prefix_chars, fromfile_prefix_chars, argument_default, conflict_handler, add_help, "
                + "allow_abbrev, exit_on_error)");
        private static final Signature PARSE = Signature.parse("parse_args(self, args, namespace)");
        private static final Signature PRINT = Signature.parse("print_help(self, file)");
        private static final Signature EXIT = Signature.parse("exit(self, status, message)");
        private static final Signature GROUP = Signature.parse("add_argument_group(self, title, description)");
        private static final Signature EXCLUSIVE = Signature.parse("add_mutually_exclusive_group(self, *, required)");

        private ParserType() {}

        static PyType make(Interpreter interp) {
            PyType t = new PyType("ArgumentParser", "argparse", null);
            t.instances((cls, a, kw) -> new Parser(interp, cls));
            t.method("__init__", (self, a, kw) -> init((Parser) self, a, kw));
            t.method("add_argument", (self, a, kw) -> ((Parser) self).addArgument(null, a, kw));
            t.method("parse_known_args", (self, a, kw) -> {
                PyObject[] v = PARSE.bind(withSelf(self, a), kw, new PyObject[] {null, PyNone.NONE, PyNone.NONE});
                return new PyTuple(((Parser) self).parseKnownArgs(v[1], v[2]));
            });
            t.method("parse_args", (self, a, kw) -> {
                Parser p = (Parser) self;
                PyObject[] v = PARSE.bind(withSelf(self, a), kw, new PyObject[] {null, PyNone.NONE, PyNone.NONE});
                PyObject[] r = p.parseKnownArgs(v[1], v[2]);
                List<PyObject> extras = items(r[1]);
                if (!extras.isEmpty()) {
                    p.fail("unrecognized arguments: " + String.join(" ", extras.stream().map(PyObject::str).toList()));
                }
                return r[0];
            });
            t.method("format_help", (self, a, kw) -> new PyStr(((Parser) self).format(true)));
            t.method("format_usage", (self, a, kw) -> new PyStr(((Parser) self).format(false)));
            t.method("print_help", (self, a, kw) -> print((Parser) self, a, kw, true));
            t.method("print_usage", (self, a, kw) -> print((Parser) self, a, kw, false));
            t.method("error", (self, a, kw) -> {
                throw ((Parser) self).error(Py.asStr(Args.one("error", a, kw), "message"));
            });
            t.method("exit", (self, a, kw) -> {
                PyObject[] v = EXIT.bind(withSelf(self, a), kw, new PyObject[] {null, PyInt.of(0), PyNone.NONE});
                Parser p = (Parser) self;
                if (!Py.isNone(v[2])) {
                    p.write(p.stderr(), v[2].str());
                }
                throw new PyError(new PyBaseException(ExcTypes.SystemExit, new PyTuple(new PyObject[] {v[1]})));
            });
            t.method("set_defaults", (self, a, kw) -> {
                Args.expected("set_defaults", a, null, 0, 0);
                Parser p = (Parser) self;
                if (kw != null) {
                    kw.forEach((k, v) -> {
                        p.defaults.put(k, v);
                        p.actions.stream().filter(x -> x.dest.equals(k)).forEach(x -> x.dflt = v);
                    });
                }
                return PyNone.NONE;
            });
            t.method("get_default", (self, a, kw) -> {
                Parser p = (Parser) self;
                String dest = Py.asStr(Args.one("get_default", a, kw), "dest");
                for (Action x : p.actions) {
                    if (x.dest.equals(dest) && !Py.isNone(x.dflt)) {
                        return x.dflt;
                    }
                }
                return p.defaults.getOrDefault(dest, PyNone.NONE);
            });
            t.method("add_argument_group", (self, a, kw) -> {
                Parser p = (Parser) self;
                PyObject[] v = GROUP.bind(withSelf(self, a), kw, new PyObject[] {null, PyNone.NONE, PyNone.NONE});
                Group g = new Group(p, null, false, false, v[1], v[2]);
                p.sections.add(g);
                return g;
            });
            t.method("add_mutually_exclusive_group", (self, a, kw) -> exclusive((Parser) self, null, a, kw));
            t.method("add_subparsers", (self, a, kw) -> addSubparsers((Parser) self, a, kw));
            return t;
        }

        /** add_subparsers(): one positional taking a subcommand name and handing the rest to that subcommand's parser. */
        private static PyObject addSubparsers(Parser p, PyObject[] a, Map<String, PyObject> kwargs) {
            if (a.length > 0) {
                throw Py.typeError("ArgumentParser.add_subparsers() takes 1 positional argument but " + (a.length + 1) + " were given");
            }
            if (p.subparsers != null) {
                p.fail("cannot have multiple subparser arguments");
            }
            Map<String, PyObject> kw = new LinkedHashMap<>(kwargs == null ? Map.of() : kwargs);
            PyObject parserClass = kw.containsKey("parser_class") ? kw.remove("parser_class") : p.type;
            Group section = p.sections.get(0);
            if (kw.containsKey("title") || kw.containsKey("description")) {
                PyObject title = kw.containsKey("title") ? kw.remove("title") : new PyStr("subcommands");
                section = new Group(p, null, false, false, title, Args.or(kw.remove("description"), PyNone.NONE));
                p.sections.add(section);
            }
            PyObject prog = kw.remove("prog");
            PyObject dest = kw.remove("dest");
            Action action = newAction(Kind.PARSERS, new ArrayList<>(), dest == null || Py.isNone(dest) ? SUPPRESS : dest.str());
            action.configure(kw);
            action.parserClass = parserClass;
            action.progPrefix = prog == null || Py.isNone(prog) ? new HelpFormatter(p).subcommandProg() : prog.str();
            p.register(action, section);
            p.subparsers = action;
            return action;
        }

        static PyObject exclusive(Parser p, Group container, PyObject[] a, Map<String, PyObject> kw) {
            PyObject[] v = EXCLUSIVE.bind(withSelf(p, a), kw, new PyObject[] {null, PyBool.FALSE});
            Group g = new Group(p, container, true, v[1].isTrue(), PyNone.NONE, PyNone.NONE);
            p.exclusiveGroups.add(g);
            return g;
        }

        private static PyObject print(Parser p, PyObject[] a, Map<String, PyObject> kw, boolean help) {
            PyObject[] v = PRINT.bind(withSelf(p, a), kw, new PyObject[] {null, PyNone.NONE});
            p.write(v[1], p.format(help));
            return PyNone.NONE;
        }

        /** ArgumentParser.__init__, also reached through super().__init__() from a learner's subclass. */
        private static PyObject init(Parser p, PyObject[] a, Map<String, PyObject> kw) {
            Interpreter interp = p.interp;
            PyObject[] v = INIT.bind(withSelf(p, a), kw, new PyObject[] {null, PyNone.NONE, PyNone.NONE, PyNone.NONE,
                    PyNone.NONE, new PyList(), HELP_FORMATTER, new PyStr("-"), PyNone.NONE, PyNone.NONE, new PyStr("error"),
                    PyBool.TRUE, PyBool.TRUE, PyBool.TRUE});
            p.prog = Py.isNone(v[1]) ? defaultProg(interp) : v[1].str();
            p.usage = v[2];
            p.description = v[3];
            p.epilog = v[4];
            p.formatterClass = v[6];
            p.prefixChars = Py.asStr(v[7], "prefix_chars");
            p.fromfilePrefixChars = v[8];
            p.argumentDefault = v[9];
            p.conflictHandler = Py.asStr(v[10], "conflict_handler");
            if (!p.conflictHandler.equals("error") && !p.conflictHandler.equals("resolve")) {
                throw Py.valueError("invalid conflict_resolution value: " + PyStr.repr(p.conflictHandler));
            }
            p.addHelp = v[11].isTrue();
            p.allowAbbrev = v[12].isTrue();
            p.exitOnError = v[13].isTrue();
            if (p.addHelp) {
                char c = p.prefixChars.indexOf('-') >= 0 ? '-' : p.prefixChars.charAt(0);
                Map<String, PyObject> helpKw = new LinkedHashMap<>();
                helpKw.put("action", new PyStr("help"));
                helpKw.put("default", new PyStr(SUPPRESS));
                helpKw.put("help", new PyStr("show this help message and exit"));
                p.addArgument(null, new PyObject[] {new PyStr(c + "h"), new PyStr(c + "" + c + "help")}, helpKw);
            }
            for (PyObject parent : items(v[5])) {
                inherit(p, (Parser) parent);
            }
            return PyNone.NONE;
        }

        /** parents=[...]: the parent's arguments, groups and defaults join this parser. */
        private static void inherit(Parser p, Parser parent) {
            Map<Group, Group> copies = new HashMap<>();
            for (int i = 0; i < parent.sections.size(); i++) {
                Group g = parent.sections.get(i);
                Group mine = i < 2 ? p.sections.get(i) : new Group(p, null, false, false, g.title, g.description);
                if (i >= 2) {
                    p.sections.add(mine);
                }
                copies.put(g, mine);
                for (Action a : g.actions) {
                    p.register(a, mine);
                }
            }
            for (Group g : parent.exclusiveGroups) {
                Group mine = new Group(p, g.container == null ? null : copies.get(g.container), true, g.required, g.title, g.description);
                mine.actions.addAll(g.actions);
                p.exclusiveGroups.add(mine);
            }
            p.defaults.putAll(parent.defaults);
        }

        /** os.path.basename(sys.argv[0]), as CPython names the program. */
        private static String defaultProg(Interpreter interp) {
            List<PyObject> argv = items(interp.importModule("sys").getAttr("argv"));
            String first = argv.isEmpty() ? "" : argv.get(0).str();
            return first.substring(first.lastIndexOf('/') + 1);
        }

        private static PyObject[] withSelf(PyObject self, PyObject[] args) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return all;
        }
    }
}
