package socklab.modules;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import socklab.runtime.Args;
import socklab.runtime.Formatting;
import socklab.runtime.Interpreter;
import socklab.runtime.Py;
import socklab.runtime.PyBaseException;
import socklab.runtime.PyBuiltinFunction;
import socklab.runtime.PyDict;
import socklab.runtime.PyError;
import socklab.runtime.PyFloat;
import socklab.runtime.PyInt;
import socklab.runtime.PyModule;
import socklab.runtime.PyNone;
import socklab.runtime.PyObject;
import socklab.runtime.PyStr;
import socklab.runtime.PyTuple;
import socklab.runtime.PyType;
import socklab.runtime.Signature;
import socklab.runtime.ThreadState;
import socklab.runtime.Tracebacks;

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

    private static int levelOf(PyObject level) {
        if (level instanceof PyStr s) {
            return LEVELS.entrySet().stream().filter(e -> e.getValue().equals(s.value())).map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> Py.valueError("Unknown level: " + s.repr()));
        }
        return Py.indexInt(level);
    }

    /** Where one configured output goes: a format, a date format and a writer. */
    private record Handler(String format, String datefmt, Consumer<String> out) {}

    /** One session's loggers by name, the root's handlers and the thread that counts as MainThread. */
    private static final class Registry {
        final Interpreter interp;
        final Logger root;
        final Map<String, Logger> loggers = new LinkedHashMap<>();
        final List<Handler> handlers = new ArrayList<>();
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
            if (handlers.isEmpty()) {
                basicConfig(new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE,
                        PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE});
            }
        }

        void basicConfig(PyObject[] p) {
            boolean force = p[7].isTrue();
            if (!handlers.isEmpty() && !force) {
                return;
            }
            handlers.clear();
            if (p[3] != PyNone.NONE && p[4] != PyNone.NONE) {
                throw Py.valueError("'stream' and 'filename' should not be specified together");
            }
            String format = p[1] == PyNone.NONE ? DEFAULT_FORMAT : Py.asStr(p[1], "format");
            String datefmt = p[2] == PyNone.NONE ? null : Py.asStr(p[2], "datefmt");
            Consumer<String> out;
            if (p[4] != PyNone.NONE) {
                PyObject mode = p[5] == PyNone.NONE ? new PyStr("a") : p[5];
                PyObject file = PyFile.open(interp, new PyObject[] {p[4], mode}, null);
                out = text -> {
                    file.getAttr("write").call(new PyObject[] {new PyStr(text)}, null);
                    file.getAttr("flush").call(new PyObject[0], null);
                };
            } else if (p[3] != PyNone.NONE) {
                PyObject stream = p[3];
                out = text -> stream.getAttr("write").call(new PyObject[] {new PyStr(text)}, null);
            } else {
                out = interp.io()::err;
            }
            handlers.add(new Handler(format, datefmt, out));
            if (p[0] != PyNone.NONE) {
                root.level = levelOf(p[0]);
            }
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
                case "handlers" -> new socklab.runtime.PyList();
                default -> super.getAttr(attr);
            };
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
                reg.interp.io().err("--- Logging error ---\n" + Tracebacks.lastLine(e.value()) + "\nMessage: " + msg.repr()
                        + "\nArguments: " + new PyTuple(args).repr() + "\n");
                return PyNone.NONE;
            }
            PyBaseException handled = excInfo ? ThreadState.current().handling() : null;
            String trace = handled == null ? "" : "\n" + reg.interp.formatTraceback(handled).stripTrailing();
            if (reg.handlers.isEmpty()) {
                if (at >= 30) {
                    reg.interp.io().err(message + trace + "\n");
                }
                return PyNone.NONE;
            }
            for (Handler h : reg.handlers) {
                h.out().accept(Formatting.percent(h.format(), record(at, message, msg, args, h)) + trace + "\n");
            }
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
            if (h.format().contains("%(asctime)")) {
                put(r, "asctime", new PyStr(asctime(now, h.datefmt())));
            }
            return r;
        }

        private static void put(PyDict d, String key, PyObject value) {
            d.setItem(new PyStr(key), value);
        }

        /** CPython's default "2024-05-01 12:00:00,123", or time.strftime of the datefmt. */
        private static String asctime(long millis, String datefmt) {
            LocalDateTime t = LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(millis), java.time.ZoneId.systemDefault());
            if (datefmt == null) {
                return t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)) + String.format(",%03d", millis % 1000);
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < datefmt.length(); i++) {
                char c = datefmt.charAt(i);
                if (c != '%' || i + 1 == datefmt.length()) {
                    b.append(c);
                    continue;
                }
                char k = datefmt.charAt(++i);
                String pattern = switch (k) {
                    case 'Y' -> "yyyy";
                    case 'y' -> "yy";
                    case 'm' -> "MM";
                    case 'd' -> "dd";
                    case 'H' -> "HH";
                    case 'I' -> "hh";
                    case 'M' -> "mm";
                    case 'S' -> "ss";
                    case 'p' -> "a";
                    case 'b' -> "MMM";
                    case 'B' -> "MMMM";
                    case 'a' -> "EEE";
                    case 'A' -> "EEEE";
                    case 'j' -> "DDD";
                    default -> null;
                };
                b.append(pattern == null ? (k == '%' ? "%" : "%" + k) : t.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)));
            }
            return b.toString();
        }
    }
}
