package socklab.modules;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySequence;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.ThreadState;
import socklab.runtime.object.Timestamps;

/**
 * The {@code time} module: clocks, a sleep that Ctrl-C can cut short, and broken-down times
 * (struct_time, strftime, strptime) in the JVM's default zone, which follows TZ as C's does.
 */
final class TimeModule {
    private TimeModule() {}

    static final PyType STRUCT_TIME = PyType.extension("time", "struct_time", PyTuple.TYPE)
            .constructor(TimeModule::newStructTime);
    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
        "tm_wday", "tm_yday", "tm_isdst"};

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("time");
        Map<String, PyObject> d = m.dict();
        long origin = System.nanoTime();
        clock(d, "time", () -> {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
        clock(d, "monotonic", () -> System.nanoTime() - origin);
        clock(d, "perf_counter", () -> System.nanoTime() - origin);
        clock(d, "process_time", TimeModule::processCpuNanos);
        clock(d, "thread_time", () -> ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        d.put("sleep", new PyBuiltinFunction("sleep", (a, kw) -> {
            PyObject secs = Args.one("time.sleep", a, kw);
            double s = Timestamps.seconds(secs, 1, "'" + secs.type().name() + "' object cannot be interpreted as an integer");
            if (s < 0) {
                throw Py.valueError("sleep length must be non-negative");
            }
            ThreadState.current().sleep(s);
            return PyNone.NONE;
        }));
        d.put("struct_time", STRUCT_TIME);
        d.put("gmtime", new PyBuiltinFunction("gmtime",
                (a, kw) -> structTime(broken(seconds("gmtime", a, kw), ZoneOffset.UTC, true))));
        d.put("localtime", new PyBuiltinFunction("localtime",
                (a, kw) -> structTime(broken(seconds("localtime", a, kw), ZoneId.systemDefault(), false))));
        d.put("mktime", new PyBuiltinFunction("mktime", (a, kw) -> {
            Strftime.Fields t = timeTuple("mktime", Args.one("time.mktime", a, kw), false);
            return new PyFloat((double) localSeconds(t));
        }));
        d.put("asctime", new PyBuiltinFunction("asctime", (a, kw) -> {
            PyObject[] v = Args.takes("asctime", a, kw, 0, 1);
            return new PyStr(asctime(v[0] == null ? localNow() : timeTuple("asctime", v[0], true)));
        }));
        d.put("ctime", new PyBuiltinFunction("ctime",
                (a, kw) -> new PyStr(asctime(broken(seconds("ctime", a, kw), ZoneId.systemDefault(), false)))));
        d.put("strftime", new PyBuiltinFunction("strftime", (a, kw) -> {
            PyObject[] v = Args.takes("strftime", a, kw, 1, 2);
            if (!(v[0] instanceof PyStr f)) {
                throw Py.typeError("strftime() argument 1 must be str, not " + Py.argTypeName(v[0]));
            }
            if (f.value().indexOf('\0') >= 0) {
                throw Py.valueError("embedded null character");
            }
            return new PyStr(Strftime.format(f.value(), v[1] == null ? localNow() : timeTuple("strftime", v[1], true)));
        }));
        d.put("strptime", new PyBuiltinFunction("strptime", (a, kw) -> {
            PyObject[] v = Args.takes("strptime", a, kw, 1, 2);
            PyObject format = v[1] == null ? new PyStr("%a %b %d %H:%M:%S %Y") : v[1];
            Strptime.Parsed p = Strptime.parseArgs(v[0], format, Strptime.Caller.TIME);
            return new StructTime(new PyObject[] {PyInt.of(p.year()), PyInt.of(p.mon()), PyInt.of(p.mday()),
                PyInt.of(p.hour()), PyInt.of(p.min()), PyInt.of(p.sec()), PyInt.of(p.wday()), PyInt.of(p.yday()),
                PyInt.of(p.isdst())},
                    p.zone() == null ? PyNone.NONE : new PyStr(p.zone()),
                    p.gmtoff() == null ? PyNone.NONE : PyInt.of(p.gmtoff()));
        }));
        LocalZone zone = LocalZone.now();
        d.put("timezone", PyInt.of(zone.timezone));
        d.put("altzone", PyInt.of(zone.altzone));
        d.put("daylight", PyInt.of(zone.daylight ? 1 : 0));
        d.put("tzname", new PyTuple(new PyObject[] {new PyStr(zone.names[0]), new PyStr(zone.names[1])}));
        return m;
    }

    /** A clock as CPython offers each one: name() in float seconds and name_ns() in integer nanoseconds. */
    private static void clock(Map<String, PyObject> d, String name, java.util.function.LongSupplier nanos) {
        d.put(name, new PyBuiltinFunction(name, (a, kw) -> {
            Args.none("time." + name, a, kw);
            return new PyFloat(nanos.getAsLong() / 1e9);
        }));
        d.put(name + "_ns", new PyBuiltinFunction(name + "_ns", (a, kw) -> {
            Args.none("time." + name + "_ns", a, kw);
            return PyInt.of(nanos.getAsLong());
        }));
    }

    /** C's timezone, altzone, daylight and tzname, found as CPython does from January and July of this year. */
    private record LocalZone(long timezone, long altzone, boolean daylight, String[] names) {
        static LocalZone now() {
            ZoneId z = ZoneId.systemDefault();
            int year = LocalDateTime.now(z).getYear();
            ZonedDateTime jan = LocalDateTime.of(year, 1, 1, 0, 0).atZone(z);
            ZonedDateTime jul = LocalDateTime.of(year, 7, 1, 0, 0).atZone(z);
            long janoff = jan.getOffset().getTotalSeconds();
            long juloff = jul.getOffset().getTotalSeconds();
            String janName = ZoneNames.of(jan);
            String julName = ZoneNames.of(jul);
            if (janoff < juloff) {
                return new LocalZone(-janoff, -juloff, true, new String[] {janName, julName});
            }
            if (janoff > juloff) {
                return new LocalZone(-juloff, -janoff, true, new String[] {julName, janName});
            }
            return new LocalZone(-janoff, -janoff, false, new String[] {janName, janName});
        }
    }

    /** The local zone's standard and daylight-saving names, as time.tzname holds them. */
    static String[] tzname() {
        return LocalZone.now().names;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The seconds argument of gmtime/localtime/ctime: now when absent or None, else floored to whole seconds. */
    private static long seconds(String name, PyObject[] a, Map<String, PyObject> kw) {
        PyObject v = Args.takes(name, a, kw, 0, 1)[0];
        if (v == null || v == PyNone.NONE) {
            return Instant.now().getEpochSecond();
        }
        return timestamp(v);
    }

    /** A timestamp as C's time_t, floored as CPython's conversion does. */
    static long timestamp(PyObject v) {
        if (v instanceof PyFloat f) {
            double x = f.value();
            if (Double.isNaN(x)) {
                throw Py.valueError("Invalid value NaN (not a number)");
            }
            if (x >= 0x1p63 || x < -0x1p63) {
                throw Py.overflowError("timestamp out of range for platform time_t");
            }
            return (long) Math.floor(x);
        }
        if (v instanceof PyInt i) {
            if (!i.fitsLong()) {
                throw Py.overflowError("timestamp out of range for platform time_t");
            }
            return i.longValue();
        }
        throw Py.typeError("'" + Py.typeName(v) + "' object cannot be interpreted as an integer");
    }

    /** The broken-down time of an instant in a zone; gmtime's zone is named GMT, as glibc names it. */
    static Strftime.Fields broken(long secs, ZoneId zone, boolean gmt) {
        ZonedDateTime t;
        try {
            t = Instant.ofEpochSecond(secs).atZone(zone);
        } catch (java.time.DateTimeException e) {
            throw Py.osError(75, "Value too large for defined data type");
        }
        boolean dst = !gmt && zone.getRules().isDaylightSavings(t.toInstant());
        return new Strftime.Fields(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getDayOfWeek().getValue() - 1, t.getDayOfYear(), dst ? 1 : 0,
                gmt ? "GMT" : ZoneNames.of(t), t.getOffset().getTotalSeconds());
    }

    private static Strftime.Fields localNow() {
        return broken(Instant.now().getEpochSecond(), ZoneId.systemDefault(), false);
    }

    static StructTime structTime(Strftime.Fields t) {
        return new StructTime(new PyObject[] {PyInt.of(t.year()), PyInt.of(t.mon()), PyInt.of(t.mday()),
            PyInt.of(t.hour()), PyInt.of(t.min()), PyInt.of(t.sec()), PyInt.of(t.wday()), PyInt.of(t.yday()),
            PyInt.of(t.isdst())}, new PyStr(t.zone()), PyInt.of(t.gmtoff()));
    }

    static String asctime(Strftime.Fields t) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", Strftime.DAYS[t.wday()].substring(0, 3),
                Strftime.MONTHS[t.mon() - 1].substring(0, 3), t.mday(), t.hour(), t.min(), t.sec(), t.year());
    }

    /**
     * A time tuple argument as CPython's gettmarg reads it; checked (CPython's checktm, with its
     * out-of-range messages) for strftime and asctime, left to normalise for mktime.
     */
    private static Strftime.Fields timeTuple(String fn, PyObject arg, boolean check) {
        if (!(arg instanceof PyTuple tuple)) {
            throw Py.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw Py.typeError(fn + "(): illegal time tuple argument");
        }
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) {
            v[i] = DatetimeArgs.cInt(tuple.items()[i]);
        }
        if ((long) v[0] - 1900 < Integer.MIN_VALUE) {
            throw Py.overflowError("year out of range");
        }
        int sunday = (v[6] + 1) % 7;
        if (check) {
            rangeCheck(sunday, 0, 6, "day of week out of range");
            rangeCheck(v[1] == 0 ? 1 : v[1], 1, 12, "month out of range");
            rangeCheck(v[2] == 0 ? 1 : v[2], 1, 31, "day of month out of range");
            rangeCheck(v[3], 0, 23, "hour out of range");
            rangeCheck(v[4], 0, 59, "minute out of range");
            rangeCheck(v[5], 0, 61, "seconds out of range");
            rangeCheck(v[7] == 0 ? 1 : v[7], 1, 366, "day of year out of range");
        }
        PyObject zone = tuple instanceof StructTime st ? st.zone : PyNone.NONE;
        PyObject gmtoff = tuple instanceof StructTime st ? st.gmtoff : PyNone.NONE;
        LocalZone local = LocalZone.now();
        boolean dst = v[8] > 0 && local.daylight;
        int floor = check ? 1 : Integer.MIN_VALUE;
        return new Strftime.Fields(v[0], Math.max(v[1], floor), Math.max(v[2], floor), v[3], v[4], v[5],
                Math.floorMod(sunday + 6, 7), Math.max(v[7], floor),
                v[8], zone instanceof PyStr s ? s.value() : local.names[dst ? 1 : 0],
                gmtoff instanceof PyInt g ? g.longValue() : 0);
    }

    private static void rangeCheck(int v, int lo, int hi, String message) {
        if (v < lo || v > hi) {
            throw Py.valueError(message);
        }
    }

    /**
     * mktime (and strftime's %s): the fields read as local time, out-of-range fields carried over
     * as C normalises them. Years beyond java.time's range are moved by whole 400-year cycles,
     * which repeat the calendar exactly, and moved back.
     */
    static long localSeconds(Strftime.Fields t) {
        long cycles = Math.floorDiv(t.year() - 2000L, 400);
        int year = (int) (t.year() - cycles * 400);
        LocalDateTime local = LocalDateTime.of(year, 1, 1, 0, 0).plusMonths(t.mon() - 1L).plusDays(t.mday() - 1L)
                .plusHours(t.hour()).plusMinutes(t.min()).plusSeconds(t.sec());
        long shift = cycles * 146_097L * 86_400L;
        java.time.zone.ZoneRules rules = ZoneId.systemDefault().getRules();
        java.time.zone.ZoneOffsetTransition gap = rules.getTransition(local);
        if (gap != null && gap.isGap()) {
            // A wall time the clocks skipped: read with the offset tm_isdst names, standard unless it says DST.
            return local.toEpochSecond(t.isdst() > 0 ? gap.getOffsetAfter() : gap.getOffsetBefore()) + shift;
        }
        ZonedDateTime zoned = local.atZone(ZoneId.systemDefault());
        long secs = zoned.toEpochSecond() + shift;
        // Like glibc, a tm_isdst that contradicts the zone moves the result by the DST amount (an hour if none).
        boolean dst = rules.isDaylightSavings(zoned.toInstant());
        if (t.isdst() > 0 && !dst) {
            secs -= 3600;
        } else if (t.isdst() == 0 && dst) {
            secs += rules.getDaylightSavings(zoned.toInstant()).getSeconds();
        }
        return secs;
    }

    private static PyObject newStructTime(PyType type, PyObject[] a, Map<String, PyObject> kw) {
        PyObject seq = Args.takes("struct_time", a, kw, 1, 2)[0];
        if (!(seq instanceof PySequence s)) {
            throw Py.typeError("constructor requires a sequence");
        }
        PyObject[] items = s.items();
        if (items.length < 9) {
            throw Py.typeError("time.struct_time() takes an at least 9-sequence (" + items.length + "-sequence given)");
        }
        if (items.length > 11) {
            throw Py.typeError("time.struct_time() takes an at most 11-sequence (" + items.length + "-sequence given)");
        }
        return new StructTime(java.util.Arrays.copyOf(items, 9), items.length > 9 ? items[9] : PyNone.NONE,
                items.length > 10 ? items[10] : PyNone.NONE);
    }

    /** time.struct_time: a 9-tuple whose fields also have names, plus the zone name and offset it hides. */
    static final class StructTime extends PyTuple {
        private final PyObject zone;
        private final PyObject gmtoff;

        StructTime(PyObject[] nine, PyObject zone, PyObject gmtoff) {
            super(nine);
            this.zone = zone;
            this.gmtoff = gmtoff;
        }

        @Override
        public PyType type() {
            return STRUCT_TIME;
        }

        @Override
        public String repr() {
            StringBuilder b = new StringBuilder("time.struct_time(");
            for (int i = 0; i < FIELDS.length; i++) {
                b.append(i == 0 ? "" : ", ").append(FIELDS[i]).append('=').append(items()[i].repr());
            }
            return b.append(')').toString();
        }

        @Override
        public PyObject getAttr(String name) {
            for (int i = 0; i < FIELDS.length; i++) {
                if (FIELDS[i].equals(name)) {
                    return items()[i];
                }
            }
            return switch (name) {
                case "tm_zone" -> zone;
                case "tm_gmtoff" -> gmtoff;
                case "n_fields" -> PyInt.of(11);
                case "n_sequence_fields" -> PyInt.of(9);
                case "n_unnamed_fields" -> PyInt.of(0);
                default -> super.getAttr(name);
            };
        }

        @Override
        public java.util.Collection<String> instanceAttrNames() {
            java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(FIELDS));
            names.addAll(java.util.List.of("tm_zone", "tm_gmtoff", "n_fields", "n_sequence_fields", "n_unnamed_fields"));
            return names;
        }

        @Override
        public void setAttr(String name, PyObject value) {
            throw Py.error(ExcTypes.AttributeError, "readonly attribute");
        }
    }
}
