package socklab.modules;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * hashlib.pbkdf2_hmac: PBKDF2 (RFC 8018) over HMAC (RFC 2104) written on MessageDigest, since
 * Java's PBKDF2 takes a char[] password and its Mac refuses an empty key, where hashlib takes any bytes.
 */
final class Pbkdf2 {
    static final PyType UNSUPPORTED = ExcTypes.subclass("_hashlib", "UnsupportedDigestmodError", ExcTypes.ValueError);

    private static final String[] NAMES = {"hash_name", "password", "salt", "iterations", "dklen"};

    private Pbkdf2() {}

    static PyObject call(PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = Args.keywords("pbkdf2_hmac", a, kw, NAMES, 5, 4);
        if (!(p[0] instanceof PyStr name)) {
            throw Py.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not " + p[0].type().name());
        }
        byte[] password = bytesLike(p[1]);
        byte[] salt = bytesLike(p[2]);
        long iterations = Py.index(p[3]);
        if (iterations < 1) {
            throw Py.valueError("iteration value must be greater than 0.");
        }
        HashlibModule.Algorithm alg = HashlibModule.ALGORITHMS.stream()
                .filter(x -> x.name().equals(name.value().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> Py.error(UNSUPPORTED, "[digital envelope routines] unsupported"));
        MessageDigest md = HashlibModule.digestOf(alg);
        long length = p[4] == null || p[4] == PyNone.NONE ? md.getDigestLength() : Py.index(p[4]);
        if (length < 1) {
            throw Py.valueError("key length must be greater than 0.");
        }
        return new PyBytes(derive(md, alg.blockSize(), password, salt, iterations, (int) length));
    }

    private static byte[] bytesLike(PyObject o) {
        if (!Buffers.isBytesLike(o)) {
            throw Py.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return Buffers.bytesOf(o, null);
    }

    /** T1 || T2 || ... cut to length, each Ti the XOR of U1..Uc, U1 = HMAC(P, S || INT(i)), Uj = HMAC(P, Uj-1). */
    private static byte[] derive(MessageDigest md, int blockSize, byte[] password, byte[] salt, long iterations, int length) {
        Hmac mac = new Hmac(md, blockSize, password);
        byte[] out = new byte[length];
        int filled = 0;
        for (int block = 1; filled < length; block++) {
            byte[] first = Arrays.copyOf(salt, salt.length + 4);
            for (int i = 0; i < 4; i++) {
                first[salt.length + i] = (byte) (block >>> (24 - 8 * i));
            }
            byte[] u = mac.of(first);
            byte[] t = u.clone();
            for (long j = 1; j < iterations; j++) {
                u = mac.of(u);
                for (int i = 0; i < t.length; i++) {
                    t[i] ^= u[i];
                }
            }
            int n = Math.min(t.length, length - filled);
            System.arraycopy(t, 0, out, filled, n);
            filled += n;
        }
        return out;
    }

    /** HMAC with one key: H((K ^ opad) || H((K ^ ipad) || message)). */
    private static final class Hmac {
        private final MessageDigest md;
        private final byte[] inner;
        private final byte[] outer;

        Hmac(MessageDigest md, int blockSize, byte[] key) {
            this.md = md;
            byte[] k = Arrays.copyOf(key.length > blockSize ? md.digest(key) : key, blockSize);
            inner = new byte[blockSize];
            outer = new byte[blockSize];
            for (int i = 0; i < blockSize; i++) {
                inner[i] = (byte) (k[i] ^ 0x36);
                outer[i] = (byte) (k[i] ^ 0x5c);
            }
        }

        byte[] of(byte[] message) {
            md.update(inner);
            byte[] h = md.digest(message);
            md.update(outer);
            return md.digest(h);
        }
    }
}
