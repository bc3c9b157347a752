package socklab.runtime.object;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An exception instance as Python sees it: its class, its args, and the extra attributes some
 * classes carry (errno and strerror for OSError, the cause and context of chained errors).
 */
public final class PyBaseException extends PyObject {
    private final PyType type;
    private PyTuple args;
    private final Map<String, PyObject> attrs = new LinkedHashMap<>();
    /** A message fixed by the runtime (e.g. UnicodeDecodeError) that str() shows as is. */
    private String fixedMessage;
    private PyBaseException cause;
    private PyBaseException context;
    private boolean suppressContext;
    private PyError carrier;
    /** For a SyntaxError raised by exec() or an import: the File/line/caret block its traceback ends with. */
    private String report;

    public void setReport(String report) {
        this.report = report;
    }

    /** The closing part of a traceback when it is not "Type: message" (see setReport), else null. */
    String report() {
        return report;
    }

    /** CPython's "Did you mean" text, worked out only when a traceback shows the error. */
    private java.util.function.Supplier<String> suggestion;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
        if (type.isSubtypeOf(ExcTypes.OSError)) {
            initOsError();
        } else if (isCodecError()) {
            initUnicodeError();
        }
    }

    /** A UnicodeDecodeError or UnicodeEncodeError made from its five fields, as codecs and CPython make them. */
    private boolean isCodecError() {
        return args.items().length == 5
                && (type.isSubtypeOf(ExcTypes.UnicodeDecodeError) || type.isSubtypeOf(ExcTypes.UnicodeEncodeError));
    }

    /** The fields a codec error's handler reads (e.encoding, e.object[e.start:e.end], e.reason), from its five args. */
    private void initUnicodeError() {
        PyObject[] a = args.items();
        String[] names = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < names.length; i++) {
            attrs.put(names[i], a[i]);
        }
    }

    public static PyBaseException of(PyType type, String message) {
        return new PyBaseException(type, new PyTuple(new PyObject[] {new PyStr(message)}));
    }

    public static PyBaseException oserror(PyType type, Integer errno, String strerror) {
        PyObject[] items = errno == null
                ? new PyObject[] {new PyStr(strerror)}
                : new PyObject[] {PyInt.of(errno), new PyStr(strerror)};
        return new PyBaseException(type, new PyTuple(items));
    }

    /** What calling an exception class does: OSError(errno, text) picks the PEP 3151 subclass. */
    static PyObject construct(PyType type, PyObject[] args, Map<String, PyObject> kwargs) {
        if (kwargs != null && !kwargs.isEmpty()) {
            throw Py.typeError(type.name() + "() takes no keyword arguments");
        }
        PyType actual = type;
        if (type == ExcTypes.OSError && args.length >= 2 && args.length <= 5 && args[0] instanceof PyInt code && code.fitsLong()) {
            actual = ExcTypes.forErrno((int) code.longValue());
        }
        if ((type.isSubtypeOf(ExcTypes.UnicodeDecodeError) || type.isSubtypeOf(ExcTypes.UnicodeEncodeError)) && args.length != 5) {
            throw Py.typeError("function takes exactly 5 arguments (" + args.length + " given)");
        }
        return new PyBaseException(actual, new PyTuple(args.clone()));
    }

    private void initOsError() {
        PyObject[] a = args.items();
        if (a.length >= 2 && a.length <= 5) {
            attrs.put("errno", a[0]);
            attrs.put("strerror", a[1]);
            attrs.put("filename", a.length >= 3 ? a[2] : PyNone.NONE);
            attrs.put("filename2", a.length == 5 ? a[4] : PyNone.NONE);
            // the filenames (and winerror) live in attributes only: args keeps (errno, strerror)
            args = new PyTuple(new PyObject[] {a[0], a[1]});
        } else {
            attrs.put("errno", PyNone.NONE);
            attrs.put("strerror", PyNone.NONE);
            attrs.put("filename", PyNone.NONE);
            attrs.put("filename2", PyNone.NONE);
        }
    }

    public void setSuggestion(java.util.function.Supplier<String> suggestion) {
        this.suggestion = suggestion;
    }

    /** Whether a "Did you mean" hint is set, without working it out. */
    public boolean hasSuggestion() {
        return suggestion != null;
    }

    /** The closest name for a traceback's "Did you mean" or null; str(e) never includes it. */
    public String suggestion() {
        return suggestion == null ? null : suggestion.get();
    }

    public PyTuple args() {
        return args;
    }

    public void setFixedMessage(String message) {
        this.fixedMessage = message;
    }

    public PyBaseException cause() {
        return cause;
    }

    public void setCause(PyBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public PyBaseException context() {
        return context;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    public void setContext(PyBaseException context) {
        if (context != this) {
            this.context = context;
        }
    }

    /** The Java carrier this exception travels in, made once so its traceback accumulates. */
    public PyError carrier() {
        if (carrier == null) {
            carrier = new PyError(this);
        }
        return carrier;
    }

    /** Remembers the first carrier made for this exception, so its traceback is the one a bare raise or a chained report shows. */
    void adoptCarrier(PyError first) {
        if (carrier == null) {
            carrier = first;
        }
    }

    /** Starts a fresh traceback when the same exception object is raised again. */
    public PyError freshCarrier() {
        carrier = new PyError(this);
        return carrier;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String str() {
        PyObject m = UserClasses.special(this, "__str__");
        return m != null ? UserClasses.text(m, "__str__") : baseStr();
    }

    @Override
    public String repr() {
        PyObject m = UserClasses.special(this, "__repr__");
        return m != null ? UserClasses.text(m, "__repr__") : baseRepr();
    }

    /** UnicodeDecodeError's and UnicodeEncodeError's str, from their attributes as CPython's C code builds it. */
    private String codecMessage() {
        PyObject object = attrs.get("object");
        long start = Py.index(attrs.get("start"));
        long end = Py.index(attrs.get("end"));
        String head = "'" + attrs.get("encoding").str() + "' codec can't ";
        String tail = " in position " + start + ": " + attrs.get("reason").str();
        if (type.isSubtypeOf(ExcTypes.UnicodeDecodeError)) {
            byte[] data = object instanceof PyBytes b ? b.array() : new byte[0];
            if (end == start + 1 && start >= 0 && start < data.length) {
                return head + String.format("decode byte 0x%02x", data[(int) start] & 0xff) + tail;
            }
            return head + "decode bytes in position " + start + "-" + (end - 1) + ": " + attrs.get("reason").str();
        }
        String text = object.str();
        if (end == start + 1 && start >= 0 && start < text.codePointCount(0, text.length())) {
            int cp = text.codePointAt(text.offsetByCodePoints(0, (int) start));
            String shown = cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
            return head + "encode character '" + shown + "'" + tail;
        }
        return head + "encode characters in position " + start + "-" + (end - 1) + ": " + attrs.get("reason").str();
    }

    /** BaseException.__str__, beneath any __str__ a learner's subclass defines. */
    public String baseStr() {
        if (fixedMessage != null) {
            return fixedMessage;
        }
        if (isCodecError() && attrs.containsKey("reason")) {
            return codecMessage();
        }
        PyObject[] a = args.items();
        if (type.isSubtypeOf(ExcTypes.OSError) && a.length >= 2 && attrs.get("strerror") != PyNone.NONE) {
            String base = "[Errno " + attrs.get("errno").str() + "] " + attrs.get("strerror").str();
            PyObject filename = attrs.get("filename");
            PyObject filename2 = attrs.get("filename2");
            if (filename == null || filename == PyNone.NONE) {
                return base;
            }
            return base + ": " + filename.repr() + (filename2 == null || filename2 == PyNone.NONE ? "" : " -> " + filename2.repr());
        }
        if (type.isSubtypeOf(ExcTypes.KeyError) && a.length == 1) {
            return a[0].repr();
        }
        return switch (a.length) {
            case 0 -> "";
            case 1 -> a[0].str();
            default -> args.repr();
        };
    }

    /** BaseException.__repr__, beneath any __repr__ a learner's subclass defines. */
    public String baseRepr() {
        if (fixedMessage != null && !isCodecError()) {
            return type.name() + "(" + new PyStr(fixedMessage).repr() + ")";
        }
        PyObject[] a = args.items();
        if (a.length == 1) {
            return type.name() + "(" + a[0].repr() + ")";
        }
        String tuple = args.repr();
        return type.name() + "(" + tuple.substring(1, tuple.length() - 1) + ")";
    }

    /** No shortcut: an exception's own attributes come before its class's. */
    @Override
    public PyMethod methodFor(String name) {
        return null;
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "args":
                return args;
            case "__cause__":
                return cause == null ? PyNone.NONE : cause;
            case "__context__":
                return context == null ? PyNone.NONE : context;
            case "__class__":
                return type;
            case "__suppress_context__":
                return Py.bool(suppressContext);
            case "__traceback__":
                // A traceback set by with_traceback() or assignment wins over the one the error collected.
                return attrs.containsKey(name) ? attrs.get(name) : carrier == null ? PyNone.NONE : PyTraceback.of(carrier.traceback());
            default:
                break;
        }
        PyObject v = attrs.get(name);
        if (v != null) {
            return v;
        }
        if ("value".equals(name) && type.isSubtypeOf(ExcTypes.StopIteration)
                || "code".equals(name) && type.isSubtypeOf(ExcTypes.SystemExit)) {
            return args.items().length == 0 ? PyNone.NONE : args.items()[0];
        }
        return super.getAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if ("args".equals(name)) {
            args = value instanceof PyTuple t ? t : new PyTuple(Py.toArray(value));
            return;
        }
        attrs.put(name, value);
    }

    @Override
    public java.util.Collection<String> instanceAttrNames() {
        return attrs.keySet();
    }
}
