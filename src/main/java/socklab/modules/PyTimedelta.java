package socklab.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import socklab.lang.ast.Expr.BinOperator;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.UserClasses;
import socklab.runtime.object.InstanceAttrs;

/**
 * datetime.timedelta: a duration kept as CPython keeps it, days (any sign) plus seconds and
 * microseconds normalised to be non-negative, so its repr and str match.
 */
final class PyTimedelta extends PyObject {
    static final PyType TYPE = PyType.extension("datetime", "timedelta", null).constructor(PyTimedelta::construct);
    static final long MAX_DAYS = 999_999_999L;
    private static final BigInteger DAY = BigInteger.valueOf(86_400_000_000L);
    private static final String[] NAMES = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"};
    private static final long[] MICROS = {86_400_000_000L, 1_000_000L, 1L, 1_000L, 60_000_000L, 3_600_000_000L,
        604_800_000_000L};

    static final PyTimedelta ZERO = new PyTimedelta(0, 0, 0);

    final long days;
    final int seconds;
    final int micros;

    /** Set once, on a value just made for a learner's subclass (class TD(timedelta)); null for a plain one. */
    private LearnerClass own;

    private PyTimedelta(long days, int seconds, int micros) {
        this.days = days;
        this.seconds = seconds;
        this.micros = micros;
    }

    static {
        UserClasses.subclassable(TYPE, (cls, a, kw) -> {
            PyTimedelta made = (PyTimedelta) construct(TYPE, a, kw);
            made.own = LearnerClass.of(cls);
            return made;
        });
        TYPE.attribute("days", self -> PyInt.of(((PyTimedelta) self).days));
        TYPE.attribute("seconds", self -> PyInt.of(((PyTimedelta) self).seconds));
        TYPE.attribute("microseconds", self -> PyInt.of(((PyTimedelta) self).micros));
        DatetimeModule.defineStr(TYPE);
        TYPE.define("min", new PyTimedelta(-MAX_DAYS, 0, 0));
        TYPE.define("max", new PyTimedelta(MAX_DAYS, 86399, 999_999));
        TYPE.define("resolution", new PyTimedelta(0, 0, 1));
        TYPE.method("total_seconds", (self, a, kw) -> new PyFloat(((PyTimedelta) self).totalSeconds()));
        TYPE.method("__abs__", (self, a, kw) -> {
            PyTimedelta d = (PyTimedelta) self;
            return d.days < 0 ? d.negative() : d;
        });
        TYPE.method("__divmod__", (self, a, kw) -> {
            if (!(a[0] instanceof PyTimedelta other)) {
                throw Py.typeError("unsupported operand type(s) for divmod(): 'datetime.timedelta' and '"
                        + a[0].type().name() + "'");
            }
            BigInteger[] qr = floorDivMod(((PyTimedelta) self).total(), nonZero(other.total()));
            return new PyTuple(new PyObject[] {PyInt.of(qr[0]), ofMicros(qr[1])});
        });
    }

    /** A duration of exactly this many microseconds; OverflowError beyond timedelta's range. */
    static PyTimedelta ofMicros(BigInteger total) {
        BigInteger[] dr = floorDivMod(total, DAY);
        if (dr[0].bitLength() > 31) {
            throw Py.overflowError("Python int too large to convert to C int");
        }
        if (dr[0].abs().compareTo(BigInteger.valueOf(MAX_DAYS)) > 0) {
            throw Py.overflowError("days=" + dr[0] + "; must have magnitude <= " + MAX_DAYS);
        }
        long rest = dr[1].longValue();
        return new PyTimedelta(dr[0].longValue(), (int) (rest / 1_000_000), (int) (rest % 1_000_000));
    }

    static PyTimedelta ofMicros(long total) {
        return ofMicros(BigInteger.valueOf(total));
    }

    BigInteger total() {
        return BigInteger.valueOf(days).multiply(DAY).add(BigInteger.valueOf(seconds * 1_000_000L + micros));
    }

    /** The whole duration in microseconds when it fits a long (every offset a tzinfo gives does). */
    long totalLong() {
        return total().longValueExact();
    }

    double totalSeconds() {
        return new BigDecimal(total()).divide(BigDecimal.valueOf(1_000_000), MathContext.DECIMAL128).doubleValue();
    }

    private static PyObject construct(PyType type, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] v = DatetimeArgs.parse(a, kw, NAMES, 0, "__new__()", "__new__()");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < NAMES.length; i++) {
            if (v[i] == null) {
                continue;
            }
            BigDecimal unit = BigDecimal.valueOf(MICROS[i]);
            if (v[i] instanceof PyInt n) {
                sum = sum.add(new BigDecimal(n.bigValue()).multiply(unit));
            } else if (v[i] instanceof PyFloat f) {
                if (Double.isNaN(f.value())) {
                    throw Py.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(f.value())) {
                    throw Py.overflowError("cannot convert float infinity to integer");
                }
                sum = sum.add(new BigDecimal(f.value()).multiply(unit));
            } else {
                throw Py.typeError("unsupported type for timedelta " + NAMES[i] + " component: " + v[i].type().name());
            }
        }
        return ofMicros(sum.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact());
    }

    @Override
    public PyType type() {
        return own == null ? TYPE : own.type;
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
    public String repr() {
        return own == null ? plainRepr() : own.attrs.repr(this, this::plainRepr);
    }

    @Override
    public String str() {
        return own == null ? plainStr() : own.attrs.str(this, this::plainStr);
    }

    /** The repr that names the class as CPython's tp_name does: datetime.timedelta, or a subclass's bare name. */
    private String plainRepr() {
        StringBuilder b = new StringBuilder();
        if (days != 0) {
            b.append("days=").append(days);
        }
        if (seconds != 0) {
            b.append(b.length() == 0 ? "" : ", ").append("seconds=").append(seconds);
        }
        if (micros != 0) {
            b.append(b.length() == 0 ? "" : ", ").append("microseconds=").append(micros);
        }
        return type().name() + "(" + (b.length() == 0 ? "0" : b) + ")";
    }

    private String plainStr() {
        String clock = String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                + (micros != 0 ? String.format(".%06d", micros) : "");
        if (days == 0) {
            return clock;
        }
        return days + (Math.abs(days) == 1 ? " day, " : " days, ") + clock;
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (java.util.List.of("days", "seconds", "microseconds").contains(name)) {
            throw Py.error(ExcTypes.AttributeError, "readonly attribute");
        }
        if (own != null) {
            super.setAttr(name, value);
            return;
        }
        throw Py.attributeError(this, name);
    }

    @Override
    public boolean isTrue() {
        return days != 0 || seconds != 0 || micros != 0;
    }

    @Override
    public long pyHash() {
        return total().hashCode();
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyTimedelta d && d.days == days && d.seconds == seconds && d.micros == micros;
    }

    @Override
    public Integer compareTo(PyObject other) {
        return other instanceof PyTimedelta d ? total().compareTo(d.total()) : null;
    }

    @Override
    public PyTimedelta negative() {
        return ofMicros(total().negate());
    }

    @Override
    public PyObject positive() {
        return this;
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        if (other instanceof PyTimedelta d) {
            return switch (op) {
                case ADD -> ofMicros(total().add(d.total()));
                case SUB -> ofMicros(total().subtract(d.total()));
                case DIV -> {
                    BigInteger by = d.total();
                    if (by.signum() == 0) {
                        throw Py.error(ExcTypes.ZeroDivisionError, "division by zero");
                    }
                    yield new PyFloat(new BigDecimal(total()).divide(new BigDecimal(by), MathContext.DECIMAL128).doubleValue());
                }
                case FLOORDIV -> PyInt.of(floorDivMod(total(), nonZero(d.total()))[0]);
                case MOD -> ofMicros(floorDivMod(total(), nonZero(d.total()))[1]);
                default -> null;
            };
        }
        if (other instanceof PyInt n) {
            return switch (op) {
                case MUL -> ofMicros(total().multiply(n.bigValue()));
                case DIV -> ofMicros(new BigDecimal(total()).divide(new BigDecimal(nonZero(n.bigValue())), 0, RoundingMode.HALF_EVEN)
                        .toBigIntegerExact());
                case FLOORDIV -> ofMicros(floorDivMod(total(), nonZero(n.bigValue()))[0]);
                default -> null;
            };
        }
        if (other instanceof PyFloat f && (op == BinOperator.MUL || op == BinOperator.DIV)) {
            BigDecimal x = new BigDecimal(total());
            BigDecimal by = new BigDecimal(f.value());
            if (op == BinOperator.DIV && f.value() == 0.0) {
                throw Py.error(ExcTypes.ZeroDivisionError, "integer division or modulo by zero");
            }
            BigDecimal r = op == BinOperator.MUL ? x.multiply(by).setScale(0, RoundingMode.HALF_EVEN)
                    : x.divide(by, 0, RoundingMode.HALF_EVEN);
            return ofMicros(r.toBigIntegerExact());
        }
        return null;
    }

    @Override
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        if (op == BinOperator.MUL && (other instanceof PyInt || other instanceof PyFloat)) {
            return binary(op, other);
        }
        return null;
    }

    private static BigInteger nonZero(BigInteger v) {
        if (v.signum() == 0) {
            throw Py.error(ExcTypes.ZeroDivisionError, "integer division or modulo by zero");
        }
        return v;
    }

    private static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** "+05:30", "-01:00:01.000001": an offset as isoformat and str show it, with sep between fields. */
    String offsetText(String sep) {
        long total = totalLong();
        String sign = total < 0 ? "-" : "+";
        long a = Math.abs(total);
        long secs = a / 1_000_000;
        long us = a % 1_000_000;
        StringBuilder b = new StringBuilder(sign).append(String.format("%02d%s%02d", secs / 3600, sep, secs / 60 % 60));
        if (secs % 60 != 0 || us != 0) {
            b.append(sep).append(String.format("%02d", secs % 60));
        }
        if (us != 0) {
            b.append('.').append(String.format("%06d", us));
        }
        return b.toString();
    }
}
