package socklab.runtime.builtins;

import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyComplex;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.UserClasses;

/** complex(real=0, imag=0): from numbers, a class's __complex__/__float__/__index__, or a string like '(1-2j)', with CPython's errors. */
final class ComplexConstructor {
    private static final String[] NAMES = {"real", "imag"};

    private ComplexConstructor() {}

    static PyObject make(PyObject[] a, Map<String, PyObject> k) {
        PyObject[] v = Args.keywords("complex", a, k, NAMES, 2, 0);
        PyObject r = v[0];
        PyObject i = v[1];
        if (r instanceof PyStr s) {
            if (i != null) {
                throw Py.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s.value());
        }
        if (i instanceof PyStr) {
            throw Py.typeError("complex() second arg can't be a string");
        }
        PyComplex re = r == null ? new PyComplex(0, 0) : number(r, "first argument must be a string or a number");
        PyComplex im = i == null ? new PyComplex(0, 0) : number(i, "second argument must be a number");
        return new PyComplex(re.real() - im.imag(), re.imag() + im.real());
    }

    private static PyComplex number(PyObject x, String what) {
        if (x instanceof PyComplex c) {
            return c;
        }
        PyObject hook = UserClasses.special(x, "__complex__");
        if (hook != null) {
            PyObject r = hook.call(new PyObject[0], null);
            if (!(r instanceof PyComplex c)) {
                throw Py.typeError("__complex__ returned non-complex (type " + r.type().name() + ")");
            }
            return c;
        }
        PyFloat f = x instanceof PyBytesLike ? null : PyFloat.coerce(x);
        if (f == null) {
            throw Py.typeError("complex() " + what + ", not '" + x.type().name() + "'");
        }
        return new PyComplex(f.value(), 0);
    }

    /** '1+2j', ' (3-4.5e1J) ', 'j', '-inf': an optional real part, an optional imaginary part ending in j. */
    private static PyComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
            throw malformed();
        }
        char last = s.charAt(s.length() - 1);
        if (last != 'j' && last != 'J') {
            return new PyComplex(real(s), 0);
        }
        String body = s.substring(0, s.length() - 1);
        int split = -1;
        for (int k = body.length() - 1; k > 0; k--) {
            char c = body.charAt(k);
            char before = body.charAt(k - 1);
            if ((c == '+' || c == '-') && before != 'e' && before != 'E') {
                split = k;
                break;
            }
        }
        double re = split < 0 ? 0 : real(body.substring(0, split));
        String imag = split < 0 ? body : body.substring(split);
        double im = imag.isEmpty() || imag.equals("+") ? 1 : imag.equals("-") ? -1 : real(imag);
        return new PyComplex(re, im);
    }

    private static double real(String part) {
        Double d = TypeConstructors.parseFloat(part);
        if (d == null) {
            throw malformed();
        }
        return d;
    }

    private static socklab.runtime.object.PyError malformed() {
        return Py.valueError("complex() arg is a malformed string");
    }
}
