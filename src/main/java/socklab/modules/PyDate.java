package socklab.modules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import socklab.lang.ast.Expr.BinOperator;
import socklab.runtime.object.Args;
import socklab.runtime.object.Descriptors;
import socklab.runtime.object.InstanceAttrs;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.UserClasses;

/** datetime.date: a day of the proleptic Gregorian calendar, years 1 to 9999. */
class PyDate extends PyObject {
    static final PyType TYPE = PyType.extension("datetime", "date", null).constructor(PyDate::construct);
    static final PyType ISO_CALENDAR = PyType.extension("datetime", "IsoCalendarDate", PyTuple.TYPE);
    /** The ordinal of 1970-01-01, where java.time counts epoch days from. */
    static final long EPOCH_ORDINAL = 719_163;
    private static final String[] NAMES = {"year", "month", "day"};

    final int year;
    final int month;
    final int day;
    /** Set once, on a value just made for a learner's subclass; null for a plain date or datetime. */
    private LearnerClass own;

    PyDate(int year, int month, int day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    static {
        UserClasses.subclassable(TYPE, (cls, a, kw) -> ((PyDate) construct(TYPE, a, kw)).owned(cls));
        TYPE.attribute("year", self -> PyInt.of(((PyDate) self).year));
        TYPE.attribute("month", self -> PyInt.of(((PyDate) self).month));
        TYPE.attribute("day", self -> PyInt.of(((PyDate) self).day));
        DatetimeModule.defineStr(TYPE);
        TYPE.define("min", new PyDate(1, 1, 1));
        TYPE.define("max", new PyDate(9999, 12, 31));
        TYPE.define("resolution", PyTimedelta.ofMicros(86_400_000_000L));
        classMethod(TYPE, "today", (a, kw) -> {
            Args.none("date.today", a, kw);
            return of(LocalDate.now());
        });
        classMethod(TYPE, "fromtimestamp", (a, kw) -> {
            PyObject t = Args.expected("fromtimestamp", a, kw, 1, 1)[0];
            long secs = TimeModule.timestamp(t);
            return of(checked(() -> Instant.ofEpochSecond(secs).atZone(ZoneId.systemDefault()).toLocalDate()));
        });
        classMethod(TYPE, "fromordinal", (a, kw) -> fromOrdinal(DatetimeArgs.cInt(Args.one("date.fromordinal", a, kw))));
        classMethod(TYPE, "fromisoformat", (a, kw) -> {
            String s = IsoFormat.argument(Args.one("date.fromisoformat", a, kw));
            int[] d = IsoFormat.date(s, s.length());
            return make(d[0], d[1], d[2]);
        });
        classMethod(TYPE, "fromisocalendar", (a, kw) -> {
            PyObject[] v = Args.keywords("fromisocalendar", a, kw, new String[] {"year", "week", "day"}, 3, 3);
            return of(IsoFormat.isoCalendarDate(DatetimeArgs.cInt(v[0]), DatetimeArgs.cInt(v[1]), DatetimeArgs.cInt(v[2])));
        });
        TYPE.method("isoformat", (self, a, kw) -> {
            Args.none("date.isoformat", a, kw);
            return new PyStr(((PyDate) self).dateText());
        });
        TYPE.method("weekday", (self, a, kw) -> PyInt.of(((PyDate) self).weekday()));
        TYPE.method("isoweekday", (self, a, kw) -> PyInt.of(((PyDate) self).weekday() + 1));
        TYPE.method("toordinal", (self, a, kw) -> PyInt.of(((PyDate) self).ordinal()));
        TYPE.method("isocalendar", (self, a, kw) -> ((PyDate) self).isoCalendar());
        TYPE.method("ctime", (self, a, kw) -> new PyStr(TimeModule.asctime(((PyDate) self).fields())));
        TYPE.method("timetuple", (self, a, kw) -> TimeModule.structTime(((PyDate) self).fields()));
        TYPE.method("strftime", (self, a, kw) -> new PyStr(DatetimeModule.strftime(self, a, kw)));
        TYPE.method("__format__", (self, a, kw) -> DatetimeModule.format(self, a));
        TYPE.method("replace", (self, a, kw) -> {
            PyDate d = (PyDate) self;
            PyObject[] v = DatetimeArgs.parse(a, kw, NAMES, 0, "replace()", "replace()");
            return make(DatetimeArgs.field(v[0], d.year), DatetimeArgs.field(v[1], d.month), DatetimeArgs.field(v[2], d.day))
                    .owned(self.type());
        });
    }

    /**
     * An alternative constructor (date.today, datetime.now): a class method that makes its
     * value as body does, then, called on a learner's subclass, an instance of that subclass.
     */
    static void classMethod(PyType t, String name, PyBuiltinFunction.Impl body) {
        t.define(name, new Descriptors.BuiltinClassMethod(name, (cls, a, kw) -> {
            PyObject made = body.call(a, kw);
            return made instanceof PyDate d ? d.inClass(cls) : made;
        }));
    }

    /**
     * This value as an instance of the learner's class cls, as CPython's new_date_subclass_ex
     * makes it: by calling cls with the fields, so its __new__ and __init__ run.
     */
    PyObject inClass(PyType cls) {
        return cls.isUserClass() ? cls.call(fieldArgs(), fieldKeywords()) : this;
    }

    /** The arguments that rebuild this value through its class: year, month, day. */
    PyObject[] fieldArgs() {
        return new PyObject[] {PyInt.of(year), PyInt.of(month), PyInt.of(day)};
    }

    Map<String, PyObject> fieldKeywords() {
        return null;
    }

    /**
     * This value, just made, as an instance of cls without running cls's __new__ or __init__, as
     * date.replace and date.__new__(cls, …) make one; unchanged when cls is the module's own type.
     */
    PyDate owned(PyType cls) {
        own = LearnerClass.of(cls);
        return this;
    }

    /** The module's own type of this value: datetime.date here. */
    PyType baseType() {
        return TYPE;
    }

    private static PyObject construct(PyType type, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] v = DatetimeArgs.parse(a, kw, NAMES, 3, "function", "this function");
        return make(DatetimeArgs.cInt(v[0]), DatetimeArgs.cInt(v[1]), DatetimeArgs.cInt(v[2]));
    }

    static PyDate make(int year, int month, int day) {
        checkDate(year, month, day);
        return new PyDate(year, month, day);
    }

    static void checkDate(int year, int month, int day) {
        if (year < 1 || year > 9999) {
            throw Py.valueError("year " + year + " is out of range");
        }
        if (month < 1 || month > 12) {
            throw Py.valueError("month must be in 1..12");
        }
        if (day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            throw Py.valueError("day is out of range for month");
        }
    }

    static PyDate of(LocalDate d) {
        return make(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** A conversion of a timestamp beyond what the calendar holds: C's localtime fails with EOVERFLOW. */
    static <T> T checked(java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (java.time.DateTimeException e) {
            throw Py.osError(75, "Value too large for defined data type");
        }
    }

    static PyDate fromOrdinal(long ordinal) {
        if (ordinal < 1) {
            throw Py.valueError("ordinal must be >= 1");
        }
        return of(LocalDate.ofEpochDay(ordinal - EPOCH_ORDINAL));
    }

    LocalDate local() {
        return LocalDate.of(year, month, day);
    }

    long ordinal() {
        return local().toEpochDay() + EPOCH_ORDINAL;
    }

    int weekday() {
        return local().getDayOfWeek().getValue() - 1;
    }

    String dateText() {
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    private PyObject isoCalendar() {
        LocalDate d = local();
        PyObject[] items = {PyInt.of(d.get(IsoFields.WEEK_BASED_YEAR)), PyInt.of(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
            PyInt.of(weekday() + 1)};
        return new IsoCalendarDate(items);
    }

    /** The struct tm of this day at midnight, isdst unknown (-1), as date.timetuple() gives it. */
    Strftime.Fields fields() {
        return new Strftime.Fields(year, month, day, 0, 0, 0, weekday(), local().getDayOfYear(), -1, null, 0);
    }

    @Override
    public PyType type() {
        return own == null ? baseType() : own.type;
    }

    @Override
    public InstanceAttrs instanceAttrs() {
        return own == null ? null : own.attrs;
    }

    @Override
    public PyObject getAttr(String name) {
        return own == null ? super.getAttr(name) : own.attrs.get(this, name);
    }

    @Override
    public final String repr() {
        return own == null ? plainRepr() : own.attrs.repr(this, this::plainRepr);
    }

    @Override
    public final String str() {
        return own == null ? plainStr() : own.attrs.str(this, this::plainStr);
    }

    /** The repr that names the class as CPython's tp_name does: datetime.date, or a subclass's bare name. */
    String plainRepr() {
        return type().name() + "(" + year + ", " + month + ", " + day + ")";
    }

    String plainStr() {
        return dateText();
    }

    /** The attributes that are fields, whose assignment CPython refuses as "not writable". */
    List<String> fieldNames() {
        return List.of(NAMES);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (own != null && !fieldNames().contains(name)) {
            super.setAttr(name, value);
            return;
        }
        DatetimeModule.readOnly(this, name, fieldNames());
    }

    @Override
    public long pyHash() {
        return ordinal() * 1_000_003L;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other.getClass() == PyDate.class && ordinal() == ((PyDate) other).ordinal();
    }

    @Override
    public Integer compareTo(PyObject other) {
        if (other instanceof PyDatetime) {
            throw Py.typeError("can't compare datetime.datetime to datetime.date");
        }
        return other instanceof PyDate d ? Long.compare(ordinal(), d.ordinal()) : null;
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        if (other instanceof PyTimedelta d && (op == BinOperator.ADD || op == BinOperator.SUB)) {
            return plusDays(op == BinOperator.ADD ? d.days : -d.days).inClass(type());
        }
        if (op == BinOperator.SUB && other.getClass() == PyDate.class) {
            return PyTimedelta.ofMicros((ordinal() - ((PyDate) other).ordinal()) * 86_400_000_000L);
        }
        return null;
    }

    @Override
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        return op == BinOperator.ADD && other instanceof PyTimedelta d ? plusDays(d.days).inClass(type()) : null;
    }

    private PyDate plusDays(long days) {
        long ordinal = ordinal() + days;
        if (ordinal < 1 || ordinal > 3_652_059) {
            throw Py.overflowError("date value out of range");
        }
        return fromOrdinal(ordinal);
    }

    /** datetime.IsoCalendarDate, the named tuple isocalendar() returns. */
    private static final class IsoCalendarDate extends PyTuple {
        private static final List<String> FIELDS = List.of("year", "week", "weekday");

        IsoCalendarDate(PyObject[] items) {
            super(items);
        }

        @Override
        public PyType type() {
            return ISO_CALENDAR;
        }

        @Override
        public String repr() {
            return "datetime.IsoCalendarDate(year=" + items()[0].repr() + ", week=" + items()[1].repr() + ", weekday="
                    + items()[2].repr() + ")";
        }

        @Override
        public PyObject getAttr(String name) {
            int i = FIELDS.indexOf(name);
            return i >= 0 ? items()[i] : super.getAttr(name);
        }
    }
}
