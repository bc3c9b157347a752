package socklab.modules;

import java.util.List;
import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * datetime.time: a time of day with an optional tzinfo; datetime keeps one of these for its clock
 * part, so the range checks, reprs and isoformat live here once.
 */
final class PyTimeOfDay extends PyObject {
    static final PyType TYPE = PyType.extension("datetime", "time", null).constructor(PyTimeOfDay::construct);
    static final List<String> FIELDS = List.of("hour", "minute", "second", "microsecond", "tzinfo", "fold");
    private static final String[] NAMES = FIELDS.toArray(new String[0]);
    static final PyTimeOfDay MIDNIGHT = new PyTimeOfDay(0, 0, 0, 0, null, 0);
    static final PyTimeOfDay LAST = new PyTimeOfDay(23, 59, 59, 999_999, null, 0);

    final int hour;
    final int minute;
    final int second;
    final int micro;
    /** The tzinfo, or null when naive. */
    final PyObject tzinfo;
    final int fold;

    PyTimeOfDay(int hour, int minute, int second, int micro, PyObject tzinfo, int fold) {
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.micro = micro;
        this.tzinfo = tzinfo;
        this.fold = fold;
    }

    static {
        for (String field : FIELDS) {
            TYPE.attribute(field, self -> ((PyTimeOfDay) self).field(field));
        }
        DatetimeModule.defineStr(TYPE);
        TYPE.define("min", MIDNIGHT);
        TYPE.define("max", LAST);
        TYPE.define("resolution", PyTimedelta.ofMicros(1));
        TYPE.define("fromisoformat", new PyBuiltinFunction("fromisoformat",
                (a, kw) -> IsoFormat.time(IsoFormat.argument(Args.one("time.fromisoformat", a, kw)))));
        TYPE.method("isoformat", (self, a, kw) -> {
            PyObject spec = Args.keywords("isoformat", a, kw, new String[] {"timespec"}, 1, 0)[0];
            return new PyStr(((PyTimeOfDay) self).isoText(spec == null ? "auto" : Py.asStr(spec, "isoformat() argument 1"), PyNone.NONE));
        });
        TYPE.method("strftime", (self, a, kw) -> new PyStr(DatetimeModule.strftime(self, a, kw)));
        TYPE.method("__format__", (self, a, kw) -> DatetimeModule.format(self, a));
        TYPE.method("utcoffset", (self, a, kw) -> {
            Args.none("time.utcoffset", a, kw);
            return DatetimeModule.orNone(DatetimeModule.utcoffset(((PyTimeOfDay) self).tzinfo, PyNone.NONE));
        });
        TYPE.method("tzname", (self, a, kw) -> {
            Args.none("time.tzname", a, kw);
            return DatetimeModule.tzname(((PyTimeOfDay) self).tzinfo, PyNone.NONE);
        });
        TYPE.method("dst", (self, a, kw) -> {
            Args.none("time.dst", a, kw);
            return DatetimeModule.orNone(DatetimeModule.dst(((PyTimeOfDay) self).tzinfo, PyNone.NONE));
        });
        TYPE.method("replace", (self, a, kw) -> {
            PyTimeOfDay t = (PyTimeOfDay) self;
            PyObject[] v = DatetimeArgs.parse(a, kw, NAMES, 0, "replace()", "replace()");
            return make(DatetimeArgs.field(v[0], t.hour), DatetimeArgs.field(v[1], t.minute), DatetimeArgs.field(v[2], t.second),
                    DatetimeArgs.field(v[3], t.micro), v[4] == null ? t.tzinfo : DatetimeModule.tzinfo(v[4]),
                    DatetimeArgs.field(v[5], t.fold));
        });
    }

    private static PyObject construct(PyType type, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] v = DatetimeArgs.parse(a, kw, NAMES, 0, "function", "this function");
        return make(DatetimeArgs.field(v[0], 0), DatetimeArgs.field(v[1], 0), DatetimeArgs.field(v[2], 0),
                DatetimeArgs.field(v[3], 0), DatetimeModule.tzinfo(v[4]), DatetimeArgs.field(v[5], 0));
    }

    static PyTimeOfDay make(int hour, int minute, int second, int micro, PyObject tzinfo, int fold) {
        range(hour, 23, "hour");
        range(minute, 59, "minute");
        range(second, 59, "second");
        range(micro, 999_999, "microsecond");
        if (fold != 0 && fold != 1) {
            throw Py.valueError("fold must be either 0 or 1");
        }
        return new PyTimeOfDay(hour, minute, second, micro, tzinfo, fold);
    }

    private static void range(int v, int max, String what) {
        if (v < 0 || v > max) {
            throw Py.valueError(what + " must be in 0.." + max);
        }
    }

    static PyTimeOfDay ofMicros(long micros, PyObject tzinfo, int fold) {
        long secs = micros / 1_000_000;
        return new PyTimeOfDay((int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60), (int) (micros % 1_000_000),
                tzinfo, fold);
    }

    PyTimeOfDay with(PyObject tz) {
        return new PyTimeOfDay(hour, minute, second, micro, tz, fold);
    }

    long microsOfDay() {
        return (hour * 3600L + minute * 60L + second) * 1_000_000L + micro;
    }

    /** "3, 4" or "3, 4, 5, 6": the fields a repr shows, dropping zero seconds and microseconds. */
    String fieldList() {
        String s = hour + ", " + minute;
        if (second != 0 || micro != 0) {
            s += ", " + second;
        }
        return micro != 0 ? s + ", " + micro : s;
    }

    /** isoformat's time part for a timespec, with the offset tzinfo gives for context (a datetime, or None). */
    String isoText(String timespec, PyObject context) {
        String text = switch (timespec) {
            case "auto" -> micro != 0 ? clockText() + String.format(".%06d", micro) : clockText();
            case "hours" -> String.format("%02d", hour);
            case "minutes" -> String.format("%02d:%02d", hour, minute);
            case "seconds" -> clockText();
            case "milliseconds" -> clockText() + String.format(".%03d", micro / 1000);
            case "microseconds" -> clockText() + String.format(".%06d", micro);
            default -> throw Py.valueError("Unknown timespec value");
        };
        PyTimedelta off = DatetimeModule.utcoffset(tzinfo, context);
        return off == null ? text : text + off.offsetText(":");
    }

    private String clockText() {
        return String.format("%02d:%02d:%02d", hour, minute, second);
    }

    /** A field of the clock by its attribute name (one of FIELDS). */
    PyObject field(String name) {
        return switch (name) {
            case "hour" -> PyInt.of(hour);
            case "minute" -> PyInt.of(minute);
            case "second" -> PyInt.of(second);
            case "microsecond" -> PyInt.of(micro);
            case "tzinfo" -> tzinfo == null ? PyNone.NONE : tzinfo;
            default -> PyInt.of(fold);
        };
    }

    /** The struct tm strftime sees for a bare time: 1900-01-01, a Monday. */
    Strftime.Fields fields() {
        return new Strftime.Fields(1900, 1, 1, hour, minute, second, 0, 1, -1, null, 0);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        StringBuilder b = new StringBuilder("datetime.time(").append(fieldList());
        if (tzinfo != null) {
            b.append(", tzinfo=").append(tzinfo.repr());
        }
        if (fold == 1) {
            b.append(", fold=1");
        }
        return b.append(')').toString();
    }

    @Override
    public String str() {
        return isoText("auto", PyNone.NONE);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        DatetimeModule.readOnly(this, name, FIELDS);
    }

    /** Microseconds since midnight UTC, or null when naive: what aware times compare by. */
    private Long utcMicros() {
        PyTimedelta off = DatetimeModule.utcoffset(tzinfo, PyNone.NONE);
        return off == null ? null : microsOfDay() - off.totalLong();
    }

    @Override
    public long pyHash() {
        Long utc = utcMicros();
        return Long.hashCode(utc == null ? microsOfDay() : utc) * 17L + 3;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (!(other instanceof PyTimeOfDay t)) {
            return false;
        }
        if (tzinfo == t.tzinfo) {
            return microsOfDay() == t.microsOfDay();
        }
        Long a = utcMicros();
        Long b = t.utcMicros();
        return a == null ? b == null && microsOfDay() == t.microsOfDay() : a.equals(b);
    }

    @Override
    public Integer compareTo(PyObject other) {
        if (!(other instanceof PyTimeOfDay t)) {
            return null;
        }
        if (tzinfo == t.tzinfo) {
            return Long.compare(microsOfDay(), t.microsOfDay());
        }
        Long a = utcMicros();
        Long b = t.utcMicros();
        if ((a == null) != (b == null)) {
            throw Py.typeError("can't compare offset-naive and offset-aware times");
        }
        return a == null ? Long.compare(microsOfDay(), t.microsOfDay()) : Long.compare(a, b);
    }
}
