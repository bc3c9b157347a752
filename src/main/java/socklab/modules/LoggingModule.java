package socklab.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.Formatting;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;
import socklab.runtime.object.ThreadState;
import socklab.runtime.object.Tracebacks;

/**
 * The common cases of {@code logging}: named loggers under one root, levels, basicConfig with a
 * %-style format to a stream or a file in the sandbox, logger.exception with the traceback, and
 * CPython's last resort (bare messages of WARNING and above on stderr) when nothing is configured.
 */
final class LoggingModule {
    private static final String DEFAULT_FORMAT = "%(levelname)s:%(name)s:%(message)s";
    private static final Map<Integer, String> LEVELS = Map.of(50, "CRITICAL", 40, "ERROR", 30, "WARNING", 20, "INFO",
            10, "DEBUG", 0, "NOTSET");
    private static final Signature BASIC_CONFIG = Signature.parse(
            "basicConfig(*, level, format, datefmt, stream, filename, filemode, style, force, encoding, errors, handlers)");
    private static final PyType LOGGER = new PyType("Logger", "logging", null);
    private static final PyType ROOT = new PyType("RootLogger", "logging", LOGGER);
    private static final PyType HANDLER = new PyType("Handler", "logging", null);
    private static final PyType STREAM_HANDLER = new PyType("StreamHandler", "logging", HANDLER);
    private static final PyType FILE_HANDLER = new PyType("FileHandler", "logging", STREAM_HANDLER);
    private static final PyType NULL_HANDLER = new PyType("NullHandler", "logging", HANDLER);
    private static final PyType FORMATTER = new PyType("Formatter", "logging", null);
    private static final Signature FORMATTER_ARGS = Signature.parse("Formatter(fmt, datefmt, style, validate)");
    private static final Signature FILE_HANDLER_ARGS = Signature.parse("FileHandler(filename, mode, encoding, delay, errors)");

    static {
        for (String[] m : new String[][] {{"debug", "10"}, {"info", "20"}, {"warning", "30"}, {"warn", "30"},
                {"error", "40"}, {"critical", "50"}, {"fatal", "50"}}) {
            int level = Integer.parseInt(m[1]);
            LOGGER.method(m[0], (s, a, kw) -> ((Logger) s).log(level, a, 0, kw, false));
        }
        LOGGER.method("exception", (s, a, kw) -> ((Logger) s).log(40, a, 0, kw, true));
        LOGGER.method("log", (s, a, kw) -> {
            if (a.length == 0) {
                throw Py.typeError("Logger.log() missing 2 required positional arguments: 'level' and 'msg'");
            }
            return ((Logger) s).log(Py.indexInt(a[0]), a, 1, kw, false);
        });
        LOGGER.method("setLevel", (s, a, kw) -> {
            ((Logger) s).level = levelOf(Args.one("setLevel", a, kw));
            return PyNone.NONE;
        });
        LOGGER.method("getEffectiveLevel", (s, a, kw) -> PyInt.of(((Logger) s).effectiveLevel()));
        LOGGER.method("addHandler", (s, a, kw) -> {
            Logger l = (Logger) s;
            Handler h = handler(Args.one("addHandler", a, kw));
            if (!l.handlers.contains(h)) {
                l.handlers.add(h);
            }
            return PyNone.NONE;
        });
        LOGGER.method("removeHandler", (s, a, kw) -> {
            ((Logger) s).handlers.remove(handler(Args.one("removeHandler", a, kw)));
            return PyNone.NONE;
        });
        LOGGER.method("hasHandlers", (s, a, kw) -> {
            for (Logger l = (Logger) s; l != null; l = l.propagate ? l.parent : null) {
                if (!l.handlers.isEmpty()) {
                    return Py.bool(true);
                }
            }
            return Py.bool(false);
        });
        HANDLER.method("setLevel", (s, a, kw) -> {
            ((Handler) s).level = levelOf(Args.one("setLevel", a, kw));
            return PyNone.NONE;
        });
        HANDLER.method("setFormatter", (s, a, kw) -> {
            PyObject f = Args.one("setFormatter", a, kw);
            if (!(f instanceof Formatter fmt)) {
                throw Py.typeError("setFormatter() expects a logging.Formatter, not " + Py.typeName(f));
            }
            ((Handler) s).setFormatter(fmt);
            return PyNone.NONE;
        });
        HANDLER.method("flush", (s, a, kw) -> PyNone.NONE);
        HANDLER.method("close", (s, a, kw) -> PyNone.NONE);
        FORMATTER.constructor((type, a, kw) -> {
            PyObject[] p = FORMATTER_ARGS.bind(a, kw, new PyObject[] {PyNone.NONE, PyNone.NONE, new PyStr("%"), Py.bool(true)});
            return new Formatter(p[0] == PyNone.NONE ? "%(message)s" : Py.asStr(p[0], "fmt"),
                    p[1] == PyNone.NONE ? null : Py.asStr(p[1], "datefmt"));
        });
        LOGGER.method("isEnabledFor", (s, a, kw) -> Py.bool(Py.indexInt(Args.one("isEnabledFor", a, kw)) >= ((Logger) s).effectiveLevel()));
    }

    private LoggingModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("logging");
        Map<String, PyObject> d = m.dict();
        Registry reg = new Registry(interp);
        LEVELS.forEach((n, name) -> d.put(name, PyInt.of(n)));
        d.put("WARN", PyInt.of(30));
        d.put("FATAL", PyInt.of(50));
        d.put("root", reg.root);
        d.put("Logger", LOGGER);
        d.put("RootLogger", ROOT);
        d.put("Handler", HANDLER);
        d.put("Formatter", FORMATTER);
        d.put("NullHandler", NULL_HANDLER);
        NULL_HANDLER.constructor((type, a, kw) -> new Handler(NULL_HANDLER, "", text -> { }));
        d.put("StreamHandler", reg.streamHandlerType());
        d.put("FileHandler", reg.fileHandlerType());
        fn(d, "getLogger", (a, kw) -> {
            PyObject name = Args.expected("getLogger", a, kw, 0, 1)[0];
            return name == null || name == PyNone.NONE || "root".equals(name.str()) ? reg.root : reg.logger(Py.asStr(name, "A logger name"));
        });
        fn(d, "getLevelName", (a, kw) -> {
            PyObject level = Args.one("getLevelName", a, kw);
            if (level instanceof PyStr s) {
                Integer n = LEVELS.entrySet().stream().filter(e -> e.getValue().equals(s.value())).map(Map.Entry::getKey).findFirst().orElse(null);
                return n != null ? PyInt.of(n) : new PyStr("Level " + s.value());
            }
            String name = LEVELS.get(Py.indexInt(level));
            return new PyStr(name != null ? name : "Level " + level.str());
        });
        fn(d, "shutdown", (a, kw) -> {
            // every handler here writes each record through at once, and a FileHandler reopens its file
            // for a later record as CPython's does, so at exit there is nothing left to flush or close
            Args.expected("shutdown", a, kw, 0, 1);
            return PyNone.NONE;
        });
        fn(d, "basicConfig", (a, kw) -> {
            PyObject[] defaults = new PyObject[12];
            java.util.Arrays.fill(defaults, PyNone.NONE);
            reg.basicConfig(BASIC_CONFIG.bind(a, kw, defaults));
            return PyNone.NONE;
        });
        for (String[] f : new String[][] {{"debug", "10"}, {"info", "20"}, {"warning", "30"}, {"warn", "30"},
                {"error", "40"}, {"critical", "50"}, {"fatal", "50"}, {"exception", "40"}}) {
            int level = Integer.parseInt(f[1]);
            boolean withTraceback = f[0].equals("exception");
            fn(d, f[0], (a, kw) -> {
                reg.configureIfBare();
                return reg.root.log(level, a, 0, kw, withTraceback);
            });
        }
        return m;
    }

    private static void fn(Map<String, PyObject> d, String name, PyBuiltinFunction.Impl impl) {
        d.put(name, new PyBuiltinFunction(name, impl));
    }

    private static Handler handler(PyObject o) {
        if (!(o instanceof Handler h)) {
            throw Py.typeError("expected a logging handler, not " + Py.typeName(o));
        }
        return h;
    }

    private static int levelOf(PyObject level) {
        if (level instanceof PyStr s) {
            return LEVELS.entrySet().stream().filter(e -> e.getValue().equals(s.value())).map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> Py.valueError("Unknown level: " + s.repr()));
        }
        return Py.indexInt(level);
    }

    /** A handler: where records go (a stream, a file in the sandbox, nowhere), its own level and its format. */
    private static final class Handler extends PyObject {
        final PyType type;
        final String shown;
        final Consumer<String> out;
        int level;
        String format = "%(message)s";
        String datefmt;

        Handler(PyType type, String shown, Consumer<String> out) {
            this.type = type;
            this.shown = shown;
            this.out = out;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            String lvl = LEVELS.getOrDefault(level, "Level " + level);
            return "<" + type.name() + (shown.isEmpty() ? "" : " " + shown) + " (" + lvl + ")>";
        }

        @Override
        public PyObject getAttr(String attr) {
            return switch (attr) {
                case "level" -> PyInt.of(level);
                case "formatter" -> formatter == null ? PyNone.NONE : formatter;
                default -> super.getAttr(attr);
            };
        }

        private Formatter formatter;

        void setFormatter(Formatter f) {
            formatter = f;
            format = f.format;
            datefmt = f.datefmt;
        }
    }

    /** logging.Formatter: a %-style record format and a date format. */
    private static final class Formatter extends PyObject {
        final String format;
        final String datefmt;

        Formatter(String format, String datefmt) {
            this.format = format;
            this.datefmt = datefmt;
        }

        @Override
        public PyType type() {
            return FORMATTER;
        }
    }

    /** One session's loggers by name, the root's handlers and the thread that counts as MainThread. */
    private static final class Registry {
        final Interpreter interp;
        final Logger root;
        final Map<String, Logger> loggers = new LinkedHashMap<>();
        final Thread mainThread = Thread.currentThread();
        final long started = System.currentTimeMillis();

        Registry(Interpreter interp) {
            this.interp = interp;
            this.root = new Logger(this, "root", null);
            root.level = 30;
        }

        Logger logger(String name) {
            return loggers.computeIfAbsent(name, n -> {
                Logger parent = root;
                for (int dot = n.lastIndexOf('.'); dot > 0; dot = n.lastIndexOf('.', dot - 1)) {
                    Logger known = loggers.get(n.substring(0, dot));
                    if (known != null) {
                        parent = known;
                        break;
                    }
                }
                return new Logger(this, n, parent);
            });
        }

        /** The module-level functions configure the root with the defaults when nobody has. */
        void configureIfBare() {
            if (root.handlers.isEmpty()) {
                basicConfig(new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE,
                        PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE});
            }
        }

        void basicConfig(PyObject[] p) {
            boolean force = p[7].isTrue();
            if (!root.handlers.isEmpty() && !force) {
                return;
            }
            root.handlers.clear();
            if (p[3] != PyNone.NONE && p[4] != PyNone.NONE) {
                throw Py.valueError("'stream' and 'filename' should not be specified together");
            }
            Handler h = p[4] != PyNone.NONE ? fileHandler(p[4], p[5] == PyNone.NONE ? new PyStr("a") : p[5]) : streamHandler(p[3]);
            h.setFormatter(new Formatter(p[1] == PyNone.NONE ? DEFAULT_FORMAT : Py.asStr(p[1], "format"),
                    p[2] == PyNone.NONE ? null : Py.asStr(p[2], "datefmt")));
            root.handlers.add(h);
            if (p[0] != PyNone.NONE) {
                root.level = levelOf(p[0]);
            }
        }

        /** A StreamHandler writing to {@code stream}'s write method, or to the session's stderr for None. */
        Handler streamHandler(PyObject stream) {
            if (stream == PyNone.NONE) {
                return new Handler(STREAM_HANDLER, "<stderr>", interp.io()::err);
            }
            String shown;
            try {
                shown = stream.getAttr("name").str();
            } catch (PyError e) {
                shown = "";
            }
            return new Handler(STREAM_HANDLER, shown, text -> stream.getAttr("write").call(new PyObject[] {new PyStr(text)}, null));
        }

        /** A FileHandler: the file opened through open(), so the sandbox decides, and flushed after each record. */
        Handler fileHandler(PyObject filename, PyObject mode) {
            PyObject file = PyFile.open(interp, new PyObject[] {filename, mode}, null);
            String shown = PosixPathModule.abspath(interp, FileSystem.text(filename, "expected str, bytes or os.PathLike object"));
            return new Handler(FILE_HANDLER, shown, text -> {
                file.getAttr("write").call(new PyObject[] {new PyStr(text)}, null);
                file.getAttr("flush").call(new PyObject[0], null);
            });
        }

        /** StreamHandler as a class; calling it makes a handler bound to this session's stderr by default. */
        PyType streamHandlerType() {
            STREAM_HANDLER.constructor((type, a, kw) -> {
                PyObject stream = Args.keywords("StreamHandler", a, kw, new String[] {"stream"}, 1, 0)[0];
                return streamHandler(stream == null ? PyNone.NONE : stream);
            });
            return STREAM_HANDLER;
        }

        PyType fileHandlerType() {
            FILE_HANDLER.constructor((type, a, kw) -> {
                PyObject[] p = FILE_HANDLER_ARGS.bind(a, kw, new PyObject[] {null, new PyStr("a"), PyNone.NONE, Py.bool(false), PyNone.NONE});
                return fileHandler(p[0], p[1]);
            });
            return FILE_HANDLER;
        }

        String threadName() {
            Thread t = Thread.currentThread();
            return t == mainThread ? "MainThread" : t.getName();
        }
    }

    /** A named logger: its own level (0 defers to its parent) and the root's handlers above it. */
    private static final class Logger extends PyObject {
        final Registry reg;
        final String name;
        final Logger parent;
        final List<Handler> handlers = new ArrayList<>();
        boolean propagate = true;
        int level;

        Logger(Registry reg, String name, Logger parent) {
            this.reg = reg;
            this.name = name;
            this.parent = parent;
        }

        @Override
        public PyType type() {
            return parent == null ? ROOT : LOGGER;
        }

        int effectiveLevel() {
            for (Logger l = this; l != null; l = l.parent) {
                if (l.level != 0) {
                    return l.level;
                }
            }
            return 0;
        }

        @Override
        public String repr() {
            String shown = LEVELS.getOrDefault(effectiveLevel(), "Level " + effectiveLevel());
            return "<" + type().name() + " " + name + " (" + shown + ")>";
        }

        @Override
        public PyObject getAttr(String attr) {
            return switch (attr) {
                case "name" -> new PyStr(name);
                case "level" -> PyInt.of(level);
                case "parent" -> parent == null ? PyNone.NONE : parent;
                case "handlers" -> new socklab.runtime.object.PyList(handlers.toArray(new PyObject[0]));
                case "propagate" -> Py.bool(propagate);
                default -> super.getAttr(attr);
            };
        }

        @Override
        public void setAttr(String attr, PyObject value) {
            switch (attr) {
                case "propagate" -> propagate = value.isTrue();
                case "level" -> level = levelOf(value);
                default -> super.setAttr(attr, value);
            }
        }

        /** Emits msg % args (args start at {@code from}) if the level passes; exception adds the handled traceback. */
        PyObject log(int at, PyObject[] a, int from, Map<String, PyObject> kw, boolean withTraceback) {
            if (a.length <= from) {
                throw Py.typeError("Logger.log() missing 1 required positional argument: 'msg'");
            }
            boolean excInfo = withTraceback;
            if (kw != null && kw.containsKey("exc_info")) {
                excInfo = kw.get("exc_info").isTrue();
            }
            if (at < effectiveLevel()) {
                return PyNone.NONE;
            }
            PyObject msg = a[from];
            PyObject[] args = java.util.Arrays.copyOfRange(a, from + 1, a.length);
            String message;
            try {
                message = message(msg, args);
            } catch (PyError e) {
                return loggingError(e, msg, args);
            }
            PyBaseException caught = excInfo ? ThreadState.current().handling() : null;
            String trace = caught == null ? "" : "\n" + reg.interp.formatTraceback(caught, null).stripTrailing();
            boolean handled = false;
            for (Logger l = this; l != null; l = l.propagate ? l.parent : null) {
                for (Handler h : l.handlers) {
                    handled = true;
                    if (at >= h.level) {
                        String line;
                        try {
                            line = Formatting.percent(h.format, record(at, message, msg, args, h));
                        } catch (PyError e) {
                            return loggingError(e, msg, args);
                        }
                        h.out.accept(line + trace + "\n");
                    }
                }
            }
            if (!handled && at >= 30) {
                // CPython's lastResort: the bare message on stderr when no handler is found anywhere.
                reg.interp.io().err(message + trace + "\n");
            }
            return PyNone.NONE;
        }

        /** CPython's Handler.handleError: logging never raises into the program; it reports on stderr and goes on. */
        private PyObject loggingError(PyError e, PyObject msg, PyObject[] args) {
            reg.interp.io().err("--- Logging error ---\n" + Tracebacks.lastLine(e.value()) + "\nMessage: " + msg.repr()
                    + "\nArguments: " + new PyTuple(args).repr() + "\n");
            return PyNone.NONE;
        }

        private static String message(PyObject msg, PyObject[] args) {
            if (args.length == 0) {
                return msg.str();
            }
            PyObject values = args.length == 1 && args[0] instanceof PyDict ? args[0] : new PyTuple(args);
            return Formatting.percent(msg.str(), values);
        }

        private PyDict record(int at, String message, PyObject msg, PyObject[] args, Handler h) {
            long now = System.currentTimeMillis();
            PyDict r = new PyDict();
            put(r, "name", new PyStr(name));
            put(r, "msg", msg);
            put(r, "args", new PyTuple(args));
            put(r, "levelname", new PyStr(LEVELS.getOrDefault(at, "Level " + at)));
            put(r, "levelno", PyInt.of(at));
            put(r, "message", new PyStr(message));
            put(r, "created", new PyFloat(now / 1000.0));
            put(r, "msecs", new PyFloat(now % 1000));
            put(r, "relativeCreated", new PyFloat(now - reg.started));
            put(r, "threadName", new PyStr(reg.threadName()));
            put(r, "thread", PyInt.of(Thread.currentThread().getId()));
            put(r, "process", PyInt.of(ProcessHandle.current().pid()));
            put(r, "processName", new PyStr("MainProcess"));
            if (h.format.contains("%(asctime)")) {
                put(r, "asctime", new PyStr(asctime(now, h.datefmt)));
            }
            return r;
        }

        private static void put(PyDict d, String key, PyObject value) {
            d.setItem(new PyStr(key), value);
        }

        /** CPython's default "2024-05-01 12:00:00,123", or time.strftime of the datefmt, in local time. */
        private static String asctime(long millis, String datefmt) {
            Strftime.Fields t = TimeModule.broken(Math.floorDiv(millis, 1000), java.time.ZoneId.systemDefault(), false);
            if (datefmt == null) {
                return Strftime.format("%Y-%m-%d %H:%M:%S", t) + String.format(",%03d", millis % 1000);
            }
            return Strftime.format(datefmt, t);
        }
    }
}
