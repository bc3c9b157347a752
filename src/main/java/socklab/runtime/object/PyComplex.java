package socklab.runtime.object;

import socklab.lang.ast.Expr.BinOperator;

/** Python's complex number: enough for literals like 1 + 2j, arithmetic and CPython's repr. */
public final class PyComplex extends PyObject {
    public static final PyType TYPE = new PyType("complex", null);

    private final double real;
    private final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        if (real == 0 && Math.copySign(1.0, real) > 0) {
            return part(imag) + "j";
        }
        String im = part(imag);
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + part(real) + sign + im + "j)";
    }

    /** A float as complex's repr shows it: like repr(float) but without a trailing ".0". */
    private static String part(double d) {
        String r = FloatFormat.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    @Override
    public boolean isTrue() {
        return real != 0 || imag != 0;
    }

    @Override
    public long pyHash() {
        long h = new PyFloat(real).pyHash() + 1000003L * new PyFloat(imag).pyHash();
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (other instanceof PyComplex c) {
            return real == c.real && imag == c.imag;
        }
        if (other instanceof PyInt || other instanceof PyFloat) {
            return imag == 0 && new PyFloat(real).pyEquals(other);
        }
        return false;
    }

    @Override
    public PyObject negative() {
        return new PyComplex(-real, -imag);
    }

    @Override
    public PyObject positive() {
        return this;
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "real" -> new PyFloat(real);
            case "imag" -> new PyFloat(imag);
            default -> super.getAttr(name);
        };
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }

    public double abs() {
        return Math.hypot(real, imag);
    }

    private static PyComplex of(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyInt || o instanceof PyFloat) {
            return new PyComplex(PyFloat.toDouble(o), 0);
        }
        return null;
    }

    @Override
    public PyObject binary(BinOperator op, PyObject other) {
        PyComplex o = of(other);
        return o == null ? null : arith(op, this, o);
    }

    @Override
    public PyObject binaryReflected(BinOperator op, PyObject other) {
        PyComplex o = of(other);
        return o == null ? null : arith(op, o, this);
    }

    /** CPython's c_powi: small integral exponents by repeated squaring, exact for 1j ** 2. */
    private static PyObject integerPower(PyComplex a, int n) {
        PyComplex result = new PyComplex(1, 0);
        PyComplex base = a;
        for (int k = Math.abs(n); k > 0; k >>= 1) {
            if ((k & 1) != 0) {
                result = (PyComplex) arith(BinOperator.MUL, result, base);
            }
            base = (PyComplex) arith(BinOperator.MUL, base, base);
        }
        return n < 0 ? arith(BinOperator.DIV, new PyComplex(1, 0), result) : result;
    }

    private static PyObject arith(BinOperator op, PyComplex a, PyComplex b) {
        switch (op) {
            case ADD:
                return new PyComplex(a.real + b.real, a.imag + b.imag);
            case SUB:
                return new PyComplex(a.real - b.real, a.imag - b.imag);
            case MUL:
                return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
            case DIV: {
                double d = b.real * b.real + b.imag * b.imag;
                if (d == 0) {
                    throw Py.error(ExcTypes.ZeroDivisionError, "complex division by zero");
                }
                return new PyComplex((a.real * b.real + a.imag * b.imag) / d, (a.imag * b.real - a.real * b.imag) / d);
            }
            case POW: {
                if (b.real == 0 && b.imag == 0) {
                    return new PyComplex(1, 0);
                }
                if (a.real == 0 && a.imag == 0) {
                    if (b.imag != 0 || b.real < 0) {
                        throw Py.error(ExcTypes.ZeroDivisionError, "0.0 to a negative or complex power");
                    }
                    return new PyComplex(0, 0);
                }
                if (b.imag == 0 && b.real == Math.rint(b.real) && Math.abs(b.real) <= 100) {
                    return integerPower(a, (int) b.real);
                }
                double len = Math.pow(a.abs(), b.real);
                double at = Math.atan2(a.imag, a.real);
                double phase = at * b.real;
                if (b.imag != 0) {
                    len /= Math.exp(at * b.imag);
                    phase += b.imag * Math.log(a.abs());
                }
                return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
            }
            default:
                return null;
        }
    }
}
