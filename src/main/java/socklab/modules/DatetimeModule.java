package socklab.modules;

import java.util.Collection;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * The {@code datetime} module (CPython's C accelerator _datetime behind datetime.py): date, time,
 * datetime, timedelta, tzinfo and timezone, plus what their classes share here: tzinfo calls,
 * strftime's %z %Z %f, and the read-only attribute message.
 */
final class DatetimeModule {
    private DatetimeModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("datetime");
        Map<String, PyObject> d = m.dict();
        d.put("MINYEAR", PyInt.of(1));
        d.put("MAXYEAR", PyInt.of(9999));
        d.put("date", PyDate.TYPE);
        d.put("datetime", PyDatetime.TYPE);
        d.put("time", PyTimeOfDay.TYPE);
        d.put("timedelta", PyTimedelta.TYPE);
        d.put("tzinfo", PyTimezone.TZINFO);
        d.put("timezone", PyTimezone.TYPE);
        d.put("UTC", PyTimezone.UTC);
        d.put("sys", interp.importModule("sys"));
        d.put("datetime_CAPI", new Capsule());
        return m;
    }

    /** The C API capsule datetime.py re-exports; Python code can only look at it. */
    private static final class Capsule extends PyObject {
        private static final PyType TYPE = new PyType("PyCapsule", null).finalType();

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<capsule object \"datetime.datetime_CAPI\" at 0x" + Long.toHexString(Py.id(this)) + ">";
        }
    }

    /** __str__ for the module's types, whose str() each class gives. */
    static void defineStr(PyType type) {
        type.method("__str__", (self, a, kw) -> {
            Args.none(type.bareName() + ".__str__", a, kw);
            return new PyStr(self.str());
        });
    }

    /** A tzinfo argument: null for None or not passed, else it must be a tzinfo. */
    static PyObject tzinfo(PyObject v) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (!v.type().isSubtypeOf(PyTimezone.TZINFO)) {
            throw Py.typeError("tzinfo argument must be None or of a tzinfo subclass, not type '" + v.type().name() + "'");
        }
        return v;
    }

    /** tz.method(context), context being the datetime asking or None. */
    private static PyObject callTz(PyObject tz, String method, PyObject context) {
        return tz.getAttr(method).call(new PyObject[] {context}, null);
    }

    /** tz.utcoffset(context) checked as CPython checks it; null when naive or the tzinfo says None. */
    static PyTimedelta utcoffset(PyObject tz, PyObject context) {
        return tz instanceof PyTimezone z ? z.offset : delta(tz, "utcoffset", context);
    }

    /** tz.dst(context); null when naive or the tzinfo says None (as timezone always does). */
    static PyTimedelta dst(PyObject tz, PyObject context) {
        return tz instanceof PyTimezone ? null : delta(tz, "dst", context);
    }

    private static PyTimedelta delta(PyObject tz, String method, PyObject context) {
        if (tz == null) {
            return null;
        }
        PyObject r = callTz(tz, method, context);
        if (r == PyNone.NONE) {
            return null;
        }
        if (!(r instanceof PyTimedelta off)) {
            throw Py.typeError("tzinfo." + method + "() must return None or timedelta, not '" + r.type().name() + "'");
        }
        if (Math.abs(off.days) > 1 || off.days == 1 || off.days == -1 && off.seconds == 0 && off.micros == 0) {
            throw Py.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
        }
        return off;
    }

    /** tz.tzname(context): a str, or None when naive or the tzinfo says None. */
    static PyObject tzname(PyObject tz, PyObject context) {
        if (tz == null) {
            return PyNone.NONE;
        }
        PyObject r = tz instanceof PyTimezone z ? new PyStr(z.str()) : callTz(tz, "tzname", context);
        if (r != PyNone.NONE && !(r instanceof PyStr)) {
            throw Py.typeError("tzinfo.tzname() must return None or a string, not '" + r.type().name() + "'");
        }
        return r;
    }

    /** An optional timedelta as the methods return it: None for null. */
    static PyObject orNone(PyTimedelta d) {
        return d == null ? PyNone.NONE : d;
    }

    /** date/time/datetime.strftime(format). */
    static String strftime(PyObject self, PyObject[] a, Map<String, PyObject> kw) {
        PyObject f = Args.keywords("strftime", a, kw, new String[] {"format"}, 1, 1)[0];
        if (!(f instanceof PyStr s)) {
            throw Py.typeError("strftime() argument 1 must be str, not " + Py.argTypeName(f));
        }
        String format = s.value();
        // CPython hands the format to C as a string, which ends at the first NUL.
        int nul = format.indexOf('\0');
        return strftime(self, nul < 0 ? format : format.substring(0, nul));
    }

    /** __format__: str() for an empty spec, else strftime. */
    static PyObject format(PyObject self, PyObject[] a) {
        String spec = Py.asStr(a[0], "format() argument 1");
        return new PyStr(spec.isEmpty() ? self.str() : strftime(self, spec));
    }

    /**
     * strftime as datetime does it: %z, %Z and %f are filled from the object first (empty when
     * naive), then the rest goes to the C strftime over the object's time tuple.
     */
    private static String strftime(PyObject self, String format) {
        PyObject tz;
        int micro;
        PyObject context;
        Strftime.Fields fields;
        if (self instanceof PyDatetime d) {
            tz = d.clock.tzinfo;
            micro = d.clock.micro;
            context = d;
            fields = d.fields();
        } else if (self instanceof PyTimeOfDay t) {
            tz = t.tzinfo;
            micro = t.micro;
            context = PyNone.NONE;
            fields = t.fields();
        } else {
            tz = null;
            micro = 0;
            context = PyNone.NONE;
            fields = ((PyDate) self).fields();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                continue;
            }
            char n = format.charAt(++i);
            switch (n) {
                case 'f' -> out.append(String.format("%06d", micro));
                case 'z' -> {
                    PyTimedelta off = utcoffset(tz, context);
                    out.append(off == null ? "" : off.offsetText(""));
                }
                case 'Z' -> {
                    PyObject name = tzname(tz, context);
                    out.append(name == PyNone.NONE ? "" : name.str().replace("%", "%%"));
                }
                default -> out.append(c).append(n);
            }
        }
        return Strftime.format(out.toString(), fields);
    }

    /** Assigning to a field of these immutable objects, worded as CPython's getset descriptors word it. */
    static void readOnly(PyObject self, String name, Collection<String> fields) {
        if (fields.contains(name)) {
            throw Py.error(ExcTypes.AttributeError,
                    "attribute '" + name + "' of '" + self.type().nearestBuiltin().name() + "' objects is not writable");
        }
        throw Py.attributeError(self, name);
    }
}
