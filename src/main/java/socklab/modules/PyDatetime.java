package socklab.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import socklab.lang.ast.Expr.BinOperator;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;
import socklab.runtime.object.UserClasses;

/**
 * datetime.datetime: a date with a time of day and an optional tzinfo. It is a date (isinstance
 * says so) but never equal to one, as in CPython.
 */
final class PyDatetime extends PyDate {
    static final PyType TYPE = PyType.extension("datetime", "datetime", PyDate.TYPE).constructor(PyDatetime::construct);
    private static final String[] NAMES = {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"};
    private static final long DAY = 86_400_000_000L;
    /** Microseconds from 0001-01-01T00:00 to the end of 9999-12-31. */
    private static final long END = 3_652_059L * DAY;

    final PyTimeOfDay clock;

    PyDatetime(int year, int month, int day, PyTimeOfDay clock) {
        super(year, month, day);
        this.clock = clock;
    }

    static {
        UserClasses.subclassable(TYPE, (cls, a, kw) -> ((PyDate) construct(TYPE, a, kw)).owned(cls));
        for (String field : PyTimeOfDay.FIELDS) {
            TYPE.attribute(field, self -> ((PyDatetime) self).clock.field(field));
        }
        TYPE.define("min", new PyDatetime(1, 1, 1, PyTimeOfDay.MIDNIGHT));
        TYPE.define("max", new PyDatetime(9999, 12, 31, PyTimeOfDay.LAST));
        TYPE.define("resolution", PyTimedelta.ofMicros(1));
        classMethod(TYPE, "now", (a, kw) -> {
            PyObject tz = Args.keywords("now", a, kw, new String[] {"tz"}, 1, 0)[0];
            return now(tz == null ? PyNone.NONE : tz);
        });
        classMethod(TYPE, "today", (a, kw) -> {
            Args.none("datetime.today", a, kw);
            return now(PyNone.NONE);
        });
        classMethod(TYPE, "utcnow", (a, kw) -> {
            Args.none("datetime.utcnow", a, kw);
            return fromInstant(Instant.now(), ZoneOffset.UTC, null);
        });
        classMethod(TYPE, "fromtimestamp", (a, kw) -> {
            PyObject[] v = Args.keywords("fromtimestamp", a, kw, new String[] {"timestamp", "tz"}, 2, 1);
            PyObject tz = DatetimeModule.tzinfo(v[1]);
            Instant at = instant(v[0]);
            return tz == null ? fromInstant(at, ZoneId.systemDefault(), null) : inZone(fromInstant(at, ZoneOffset.UTC, null), tz);
        });
        classMethod(TYPE, "utcfromtimestamp",
                (a, kw) -> fromInstant(instant(Args.one("datetime.utcfromtimestamp", a, kw)), ZoneOffset.UTC, null));
        classMethod(TYPE, "fromordinal",
                (a, kw) -> withClock(PyDate.fromOrdinal(DatetimeArgs.cInt(Args.one("datetime.fromordinal", a, kw))), PyTimeOfDay.MIDNIGHT));
        classMethod(TYPE, "combine", (a, kw) -> {
            PyObject[] v = Args.keywords("combine", a, kw, new String[] {"date", "time", "tzinfo"}, 3, 2);
            if (!(v[0] instanceof PyDate d)) {
                throw Py.typeError("combine() argument 1 must be datetime.date, not " + Py.argTypeName(v[0]));
            }
            if (!(v[1] instanceof PyTimeOfDay t)) {
                throw Py.typeError("combine() argument 2 must be datetime.time, not " + Py.argTypeName(v[1]));
            }
            PyTimeOfDay clock = v[2] == null ? t : t.with(DatetimeModule.tzinfo(v[2]));
            return withClock(d, clock);
        });
        classMethod(TYPE, "fromisoformat", (a, kw) -> {
            String s = IsoFormat.argument(Args.one("datetime.fromisoformat", a, kw));
            return IsoFormat.datetime(s);
        });
        classMethod(TYPE, "strptime", (a, kw) -> {
            PyObject[] v = Args.expected("strptime", a, kw, 2, 2);
            Strptime.Parsed p = Strptime.parse(Py.asStr(v[0], "strptime() argument 1"), Py.asStr(v[1], "strptime() argument 2"),
                    Strptime.Caller.DATETIME);
            PyObject tz = null;
            if (p.gmtoff() != null) {
                PyTimedelta off = PyTimedelta.ofMicros(p.gmtoff() * 1_000_000 + p.gmtoffMicro());
                tz = PyTimezone.make(off, p.zone());
            }
            return make(p.year(), p.mon(), p.mday(), PyTimeOfDay.make(p.hour(), p.min(), p.sec(), p.micro(), tz, 0));
        });
        TYPE.method("date", (self, a, kw) -> {
            Args.none("datetime.date", a, kw);
            PyDatetime d = (PyDatetime) self;
            return new PyDate(d.year, d.month, d.day);
        });
        TYPE.method("time", (self, a, kw) -> {
            Args.none("datetime.time", a, kw);
            return ((PyDatetime) self).clock.with(null);
        });
        TYPE.method("timetz", (self, a, kw) -> {
            Args.none("datetime.timetz", a, kw);
            return ((PyDatetime) self).clock;
        });
        TYPE.method("isoformat", (self, a, kw) -> {
            PyObject[] v = Args.keywords("isoformat", a, kw, new String[] {"sep", "timespec"}, 2, 0);
            String sep = "T";
            if (v[0] != null) {
                if (!(v[0] instanceof PyStr s) || s.value().codePointCount(0, s.value().length()) != 1) {
                    throw Py.typeError("isoformat() argument 1 must be a unicode character, not " + Py.argTypeName(v[0]));
                }
                sep = s.value();
            }
            String spec = v[1] == null ? "auto" : Py.asStr(v[1], "isoformat() argument 2");
            PyDatetime d = (PyDatetime) self;
            return new PyStr(d.dateText() + sep + d.clock.isoText(spec, d));
        });
        TYPE.method("ctime", (self, a, kw) -> new PyStr(TimeModule.asctime(((PyDatetime) self).fields())));
        TYPE.method("timetuple", (self, a, kw) -> TimeModule.structTime(((PyDatetime) self).fields()));
        TYPE.method("utctimetuple", (self, a, kw) -> {
            PyDatetime d = (PyDatetime) self;
            PyTimedelta off = d.offset();
            PyDatetime utc = off == null ? d : d.plus(off.negative().total());
            Strftime.Fields f = utc.fields();
            return TimeModule.structTime(new Strftime.Fields(f.year(), f.mon(), f.mday(), f.hour(), f.min(), f.sec(),
                    f.wday(), f.yday(), 0, null, 0));
        });
        TYPE.method("timestamp", (self, a, kw) -> {
            Args.none("datetime.timestamp", a, kw);
            return new PyFloat(((PyDatetime) self).timestamp());
        });
        TYPE.method("utcoffset", (self, a, kw) -> {
            Args.none("datetime.utcoffset", a, kw);
            return DatetimeModule.orNone(((PyDatetime) self).offset());
        });
        TYPE.method("dst", (self, a, kw) -> {
            Args.none("datetime.dst", a, kw);
            return DatetimeModule.orNone(DatetimeModule.dst(((PyDatetime) self).clock.tzinfo, self));
        });
        TYPE.method("tzname", (self, a, kw) -> {
            Args.none("datetime.tzname", a, kw);
            return DatetimeModule.tzname(((PyDatetime) self).clock.tzinfo, self);
        });
        TYPE.method("astimezone", (self, a, kw) -> {
            PyObject tz = Args.keywords("astimezone", a, kw, new String[] {"tz"}, 1, 0)[0];
            return ((PyDatetime) self).astimezone(tz == null || tz == PyNone.NONE ? null : DatetimeModule.tzinfo(tz));
        });
        TYPE.method("replace", (self, a, kw) -> {
            PyDatetime d = (PyDatetime) self;
            PyObject[] v = DatetimeArgs.parse(a, kw, NAMES, 0, "replace()", "replace()");
            PyObject tz = v[7] == null ? d.clock.tzinfo : DatetimeModule.tzinfo(v[7]);
            PyTimeOfDay c = d.clock;
            return make(DatetimeArgs.field(v[0], d.year), DatetimeArgs.field(v[1], d.month), DatetimeArgs.field(v[2], d.day),
                    PyTimeOfDay.make(DatetimeArgs.field(v[3], c.hour), DatetimeArgs.field(v[4], c.minute),
                            DatetimeArgs.field(v[5], c.second), DatetimeArgs.field(v[6], c.micro), tz,
                            DatetimeArgs.field(v[8], c.fold))).owned(self.type());
        });
    }

    private static PyObject construct(PyType type, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] v = DatetimeArgs.parse(a, kw, NAMES, 3, "function", "this function");
        int year = DatetimeArgs.cInt(v[0]);
        int month = DatetimeArgs.cInt(v[1]);
        int day = DatetimeArgs.cInt(v[2]);
        checkDate(year, month, day);
        return make(year, month, day, PyTimeOfDay.make(DatetimeArgs.field(v[3], 0), DatetimeArgs.field(v[4], 0),
                DatetimeArgs.field(v[5], 0), DatetimeArgs.field(v[6], 0), DatetimeModule.tzinfo(v[7]),
                DatetimeArgs.field(v[8], 0)));
    }

    static PyDatetime make(int year, int month, int day, PyTimeOfDay clock) {
        checkDate(year, month, day);
        return new PyDatetime(year, month, day, clock);
    }

    private static PyDatetime withClock(PyDate d, PyTimeOfDay clock) {
        return new PyDatetime(d.year, d.month, d.day, clock);
    }

    /** A timestamp argument as an instant, rounded half-even to the microsecond as CPython rounds it. */
    private static Instant instant(PyObject t) {
        if (t instanceof PyFloat f) {
            TimeModule.timestamp(f);
            BigDecimal us = new BigDecimal(f.value()).setScale(6, RoundingMode.HALF_EVEN);
            BigInteger[] sr = us.unscaledValue().divideAndRemainder(BigInteger.valueOf(1_000_000));
            long secs = sr[0].longValue();
            long micro = sr[1].longValue();
            if (micro < 0) {
                secs--;
                micro += 1_000_000;
            }
            long whole = secs;
            long nanos = micro * 1000;
            return PyDate.checked(() -> Instant.ofEpochSecond(whole, nanos));
        }
        long secs = TimeModule.timestamp(t);
        return PyDate.checked(() -> Instant.ofEpochSecond(secs));
    }

    /** The wall time of an instant in a zone; a year beyond 1..9999 is "year N is out of range". */
    private static PyDatetime fromInstant(Instant at, ZoneId zone, PyObject tz) {
        LocalDateTime t = PyDate.checked(() -> LocalDateTime.ofInstant(at, zone));
        return make(t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                new PyTimeOfDay(t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1000, tz, 0));
    }

    private static PyDatetime now(PyObject tzArg) {
        PyObject tz = DatetimeModule.tzinfo(tzArg);
        Instant at = Instant.now();
        return tz == null ? fromInstant(at, ZoneId.systemDefault(), null) : inZone(fromInstant(at, ZoneOffset.UTC, null), tz);
    }

    /** A naive UTC wall time seen in tz, as tz.fromutc gives it. */
    private static PyDatetime inZone(PyDatetime utc, PyObject tz) {
        PyDatetime tagged = utc.withTz(tz);
        if (tz instanceof PyTimezone z) {
            return tagged.plus(z.offset.total());
        }
        PyObject r = tz.getAttr("fromutc").call(new PyObject[] {tagged}, null);
        if (!(r instanceof PyDatetime d)) {
            throw Py.typeError("fromutc: tz.fromutc() must return a datetime, not " + r.type().name());
        }
        return d;
    }

    PyDatetime withTz(PyObject tz) {
        return new PyDatetime(year, month, day, clock.with(tz));
    }

    /** Microseconds since 0001-01-01T00:00, of the wall time (offset not applied). */
    long wallMicros() {
        return (ordinal() - 1) * DAY + clock.microsOfDay();
    }

    private static PyDatetime fromWall(long micros, PyObject tz, int fold) {
        PyDate d = PyDate.fromOrdinal(Math.floorDiv(micros, DAY) + 1);
        long rest = Math.floorMod(micros, DAY);
        return new PyDatetime(d.year, d.month, d.day, PyTimeOfDay.ofMicros(rest, tz, fold));
    }

    PyDatetime plus(BigInteger delta) {
        BigInteger t = BigInteger.valueOf(wallMicros()).add(delta);
        if (t.signum() < 0 || t.compareTo(BigInteger.valueOf(END)) >= 0) {
            throw Py.overflowError("date value out of range");
        }
        return fromWall(t.longValue(), clock.tzinfo, 0);
    }

    PyTimedelta offset() {
        return DatetimeModule.utcoffset(clock.tzinfo, this);
    }

    /** The local zone's view of this naive wall time, fold choosing the later of two readings. */
    private ZonedDateTime localZoned() {
        LocalDateTime t = LocalDateTime.of(year, month, day, clock.hour, clock.minute, clock.second, clock.micro * 1000);
        ZonedDateTime z = t.atZone(ZoneId.systemDefault());
        return clock.fold == 1 ? z.withLaterOffsetAtOverlap() : z.withEarlierOffsetAtOverlap();
    }

    double timestamp() {
        PyTimedelta off = offset();
        if (off == null) {
            return localZoned().toEpochSecond() + clock.micro / 1e6;
        }
        long epochWall = (EPOCH_ORDINAL - 1) * DAY;
        BigInteger micros = BigInteger.valueOf(wallMicros() - epochWall).subtract(off.total());
        return new BigDecimal(micros).divide(BigDecimal.valueOf(1_000_000), MathContext.DECIMAL128).doubleValue();
    }

    private PyDatetime astimezone(PyObject tz) {
        PyTimedelta off = offset();
        PyDatetime utc;
        if (off == null) {
            ZonedDateTime z = localZoned();
            utc = fromInstant(z.toInstant(), ZoneOffset.UTC, null);
        } else {
            utc = new PyDatetime(year, month, day, clock.with(null)).plus(off.negative().total());
        }
        if (tz == null) {
            ZonedDateTime local = utc.withTz(null).localZonedFromUtc();
            PyTimezone here = PyTimezone.make(PyTimedelta.ofMicros(local.getOffset().getTotalSeconds() * 1_000_000L),
                    ZoneNames.of(local));
            return inZone(utc, here);
        }
        return inZone(utc, tz);
    }

    private ZonedDateTime localZonedFromUtc() {
        LocalDateTime t = LocalDateTime.of(year, month, day, clock.hour, clock.minute, clock.second, clock.micro * 1000);
        return t.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault());
    }

    @Override
    Strftime.Fields fields() {
        PyTimedelta dst = DatetimeModule.dst(clock.tzinfo, this);
        int isdst = dst == null ? -1 : dst.isTrue() ? 1 : 0;
        return new Strftime.Fields(year, month, day, clock.hour, clock.minute, clock.second, weekday(),
                local().getDayOfYear(), isdst, null, 0);
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    /** The arguments of CPython's call of a subclass (new_datetime_subclass_fold_ex): fields and tzinfo, fold by keyword. */
    @Override
    PyObject[] fieldArgs() {
        return new PyObject[] {PyInt.of(year), PyInt.of(month), PyInt.of(day), PyInt.of(clock.hour), PyInt.of(clock.minute),
            PyInt.of(clock.second), PyInt.of(clock.micro), clock.tzinfo == null ? PyNone.NONE : clock.tzinfo};
    }

    @Override
    Map<String, PyObject> fieldKeywords() {
        return clock.fold == 0 ? null : Map.of("fold", PyInt.of(1));
    }

    @Override
    String plainRepr() {
        StringBuilder b = new StringBuilder(type().name()).append("(").append(year).append(", ").append(month).append(", ")
                .append(day).append(", ").append(clock.fieldList());
        if (clock.fold == 1) {
            b.append(", fold=1");
        }
        if (clock.tzinfo != null) {
            b.append(", tzinfo=").append(clock.tzinfo.repr());
        }
        return b.append(')').toString();
    }

    @Override
    String plainStr() {
        return dateText() + " " + clock.isoText("auto", this);
    }

    @Override
    List<String> fieldNames() {
        return List.of(NAMES);
    }

    @Override
    public long pyHash() {
        PyTimedelta off = offset();
        long wall = wallMicros();
        return Long.hashCode(off == null ? wall : wall - off.totalLong()) * 31L + 7;
    }

    /** Microseconds comparable with other's, or null when one is naive and the other aware. */
    private long[] comparable(PyDatetime other) {
        if (clock.tzinfo == other.clock.tzinfo) {
            return new long[] {wallMicros(), other.wallMicros()};
        }
        PyTimedelta mine = offset();
        PyTimedelta theirs = other.offset();
        if ((mine == null) != (theirs == null)) {
            return null;
        }
        long a = wallMicros() - (mine == null ? 0 : mine.totalLong());
        long b = other.wallMicros() - (theirs == null ? 0 : theirs.totalLong());
        return new long[] {a, b};
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (!(other instanceof PyDatetime d)) {
            return false;
        }
        long[] ab = comparable(d);
        return ab != null && ab[0] == ab[1];
    }

    @Override
    public Integer compareTo(PyObject other) {
        if (other instanceof PyDatetime d) {
            long[] ab = comparable(d);
            if (ab == null) {
                throw Py.typeError("can't compare offset-naive and offset-aware datetimes");
            }
            return Long.compare(ab[0], ab[1]);
        }
        if (other instanceof PyDate) {
            throw Py.typeError("can't compare datetime.datetime to datetime.date");
        }
        return null;
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        if (other instanceof PyTimedelta d && (op == BinOperator.ADD || op == BinOperator.SUB)) {
            return plus(op == BinOperator.ADD ? d.total() : d.total().negate()).inClass(type());
        }
        if (op == BinOperator.SUB && other instanceof PyDatetime d) {
            long[] ab = comparable(d);
            if (ab == null) {
                throw Py.typeError("can't subtract offset-naive and offset-aware datetimes");
            }
            return PyTimedelta.ofMicros(ab[0] - ab[1]);
        }
        return null;
    }

    @Override
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        return op == BinOperator.ADD && other instanceof PyTimedelta d ? plus(d.total()).inClass(type()) : null;
    }
}
