package socklab.modules;

import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/** datetime.timezone: a fixed offset from UTC with an optional name; timezone.utc is its zero. */
final class PyTimezone extends PyObject {
    static final PyType TZINFO = PyType.extension("datetime", "tzinfo", null).plainBase()
            .constructor((t, a, kw) -> new Abstract());
    static final PyType TYPE = PyType.extension("datetime", "timezone", TZINFO).constructor(PyTimezone::construct);
    static final PyTimezone UTC = new PyTimezone(PyTimedelta.ZERO, null);
    private static final long DAY = 86_400_000_000L;

    final PyTimedelta offset;
    /** The name given to the constructor, or null. */
    private final String name;

    private PyTimezone(PyTimedelta offset, String name) {
        this.offset = offset;
        this.name = name;
    }

    static {
        for (String method : new String[] {"utcoffset", "dst", "tzname"}) {
            TZINFO.method(method, (self, a, kw) -> {
                throw Py.error(ExcTypes.NotImplementedError, "a tzinfo subclass must implement " + method + "()");
            });
        }
        TZINFO.method("fromutc", (self, a, kw) -> fromutc(self, Args.one("tzinfo.fromutc", a, kw)));
        DatetimeModule.defineStr(TYPE);
        TYPE.define("utc", UTC);
        TYPE.define("min", new PyTimezone(PyTimedelta.ofMicros(-DAY + 60_000_000L), null));
        TYPE.define("max", new PyTimezone(PyTimedelta.ofMicros(DAY - 60_000_000L), null));
        TYPE.method("utcoffset", (self, a, kw) -> {
            checkDt("utcoffset", Args.one("timezone.utcoffset", a, kw));
            return ((PyTimezone) self).offset;
        });
        TYPE.method("dst", (self, a, kw) -> {
            checkDt("dst", Args.one("timezone.dst", a, kw));
            return PyNone.NONE;
        });
        TYPE.method("tzname", (self, a, kw) -> {
            checkDt("tzname", Args.one("timezone.tzname", a, kw));
            return new PyStr(((PyTimezone) self).str());
        });
        TYPE.method("fromutc", (self, a, kw) -> {
            PyObject dt = Args.one("timezone.fromutc", a, kw);
            if (!(dt instanceof PyDatetime d)) {
                throw Py.typeError("fromutc: argument must be a datetime");
            }
            if (d.clock.tzinfo != self) {
                throw Py.valueError("fromutc: dt.tzinfo is not self");
            }
            return d.plus(((PyTimezone) self).offset.total());
        });
    }

    /**
     * tzinfo's own fromutc: the UTC time moved by the standard offset, then by the daylight-saving
     * offset found there, as CPython's default does for any tzinfo subclass.
     */
    private static PyObject fromutc(PyObject self, PyObject dt) {
        if (!(dt instanceof PyDatetime d)) {
            throw Py.typeError("fromutc: argument must be a datetime");
        }
        if (d.clock.tzinfo != self) {
            throw Py.valueError("fromutc: dt.tzinfo is not self");
        }
        PyTimedelta off = DatetimeModule.utcoffset(self, d);
        if (off == null) {
            throw Py.valueError("fromutc: non-None utcoffset() result required");
        }
        PyTimedelta dst = DatetimeModule.dst(self, d);
        if (dst == null) {
            throw Py.valueError("fromutc: non-None dst() result required");
        }
        PyDatetime moved = d.plus(off.total().subtract(dst.total()));
        PyTimedelta later = DatetimeModule.dst(self, moved);
        if (later == null) {
            throw Py.valueError("fromutc: tz.dst() gave inconsistent results; cannot convert");
        }
        return moved.plus(later.total());
    }

    /** An instance of tzinfo itself, whose methods all say a subclass must implement them. */
    private static final class Abstract extends PyObject {
        @Override
        public PyType type() {
            return TZINFO;
        }
    }

    private static void checkDt(String method, PyObject dt) {
        if (dt != PyNone.NONE && !(dt instanceof PyDatetime)) {
            throw Py.typeError(method + "(dt) argument must be a datetime instance or None, not " + dt.type().name());
        }
    }

    private static PyObject construct(PyType type, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] v = Args.keywords("timezone", a, kw, new String[] {"offset", "name"}, 2, 1);
        if (!(v[0] instanceof PyTimedelta off)) {
            throw Py.typeError("timezone() argument 1 must be datetime.timedelta, not " + Py.argTypeName(v[0]));
        }
        String name = v[1] == null ? null : Py.asStr(v[1], "timezone() argument 2");
        return make(off, name);
    }

    /** A timezone of this offset; zero without a name is the one timezone.utc, as CPython shares it. */
    static PyTimezone make(PyTimedelta offset, String name) {
        long us = offset.totalLong();
        if (us <= -DAY || us >= DAY) {
            throw Py.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "
                    + offset.repr() + ".");
        }
        return us == 0 && name == null ? UTC : new PyTimezone(offset, name);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        if (this == UTC) {
            return "datetime.timezone.utc";
        }
        return "datetime.timezone(" + offset.repr() + (name == null ? "" : ", " + new PyStr(name).repr()) + ")";
    }

    @Override
    public String str() {
        if (name != null) {
            return name;
        }
        return offset.isTrue() ? "UTC" + offset.offsetText(":") : "UTC";
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyTimezone z && z.offset.pyEquals(offset);
    }

    @Override
    public long pyHash() {
        return offset.pyHash();
    }
}
