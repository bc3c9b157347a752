package socklab.modules;

import java.security.MessageDigest;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;

/**
 * The {@code _hashlib} module, OpenSSL's side of hashlib in CPython: here its error class and
 * compare_digest, which hmac and secrets hand out, so that its refusals carry no Python frame.
 */
final class OpensslHashModule {
    private OpensslHashModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_hashlib");
        Map<String, PyObject> d = m.dict();
        d.put("UnsupportedDigestmodError", HashlibModule.UNSUPPORTED_DIGESTMOD);
        d.put("compare_digest", new PyBuiltinFunction("compare_digest", (a, kw) -> {
            Args.noKeywords("_hashlib.compare_digest", kw);
            PyObject[] p = Args.expected("compare_digest", a, kw, 2, 2);
            return Py.bool(MessageDigest.isEqual(operand(p[0], p[1]), operand(p[1], p[0])));
        }));
        return m;
    }

    /** One side as bytes: two str must be ASCII; otherwise both must be bytes-like, as CPython's _tscmp checks them. */
    private static byte[] operand(PyObject x, PyObject other) {
        if (x instanceof PyStr s && other instanceof PyStr o) {
            if (!s.value().chars().allMatch(c -> c < 128) || !o.value().chars().allMatch(c -> c < 128)) {
                throw Py.typeError("comparing strings with non-ASCII characters is not supported");
            }
            return s.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        if (!Buffers.isBytesLike(x) && !Buffers.isBytesLike(other)) {
            throw Py.typeError("unsupported operand types(s) or combination of types: '" + Py.typeName(x) + "' and '"
                    + Py.typeName(other) + "'");
        }
        return Buffers.bytesOf(x, null);
    }
}
