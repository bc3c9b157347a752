package socklab.modules;

import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.PyBuiltinFunction;
import socklab.runtime.PyModule;
import socklab.runtime.PyNone;
import socklab.runtime.PyObject;
import socklab.runtime.PyStr;
import socklab.runtime.Signature;

/** The {@code string} module: the character-class constants, and capwords. */
final class StringModule {
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String WHITESPACE = " \t\n\r\u000b\f";
    private static final Signature CAPWORDS = Signature.parse("capwords(s, sep)");

    private StringModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("string");
        Map<String, PyObject> d = m.dict();
        d.put("ascii_letters", new PyStr(LOWER + UPPER));
        d.put("ascii_lowercase", new PyStr(LOWER));
        d.put("ascii_uppercase", new PyStr(UPPER));
        d.put("digits", new PyStr(DIGITS));
        d.put("hexdigits", new PyStr(DIGITS + "abcdef" + "ABCDEF"));
        d.put("octdigits", new PyStr("01234567"));
        d.put("punctuation", new PyStr(PUNCTUATION));
        d.put("printable", new PyStr(DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE));
        d.put("whitespace", new PyStr(WHITESPACE));
        d.put("capwords", new PyBuiltinFunction("capwords", StringModule::capwords));
        return m;
    }

    /** (sep or ' ').join(word.capitalize() for word in s.split(sep)), through the str methods themselves. */
    private static PyObject capwords(PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = CAPWORDS.bind(a, kw, new PyObject[] {null, PyNone.NONE});
        PyObject words = p[0].getAttr("split").call(new PyObject[] {p[1]}, null);
        PyObject sep = p[1] == PyNone.NONE || !p[1].isTrue() ? new PyStr(" ") : p[1];
        PyObject it = words.iter();
        PyObject[] parts = new PyObject[words.len()];
        int i = 0;
        for (PyObject w = it.next(); w != null; w = it.next()) {
            parts[i++] = w.getAttr("capitalize").call(new PyObject[0], null);
        }
        return sep.getAttr("join").call(new PyObject[] {new socklab.runtime.PyList(parts)}, null);
    }
}
