package socklab.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySet;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * The {@code hashlib} module: the message digests a protocol signs or checks its data with, over
 * Java's MessageDigest, with CPython's names, sizes and refusals (a str must be encoded first).
 */
final class HashlibModule {
    private static final PyType HASH = new PyType("HASH", "_hashlib", null);

    /** One algorithm: its Python name, Java's name for it and its block size in bytes. */
    private record Algorithm(String name, String java, int blockSize) {}

    private static final List<Algorithm> ALGORITHMS = List.of(
            new Algorithm("md5", "MD5", 64), new Algorithm("sha1", "SHA-1", 64),
            new Algorithm("sha224", "SHA-224", 64), new Algorithm("sha256", "SHA-256", 64),
            new Algorithm("sha384", "SHA-384", 128), new Algorithm("sha512", "SHA-512", 128),
            new Algorithm("sha3_224", "SHA3-224", 144), new Algorithm("sha3_256", "SHA3-256", 136),
            new Algorithm("sha3_384", "SHA3-384", 104), new Algorithm("sha3_512", "SHA3-512", 72));

    static {
        HASH.method("update", (s, a, kw) -> {
            Args.noKeywords("HASH.update", kw);
            if (a.length != 1) {
                throw Py.typeError("HASH.update() takes exactly one argument (" + a.length + " given)");
            }
            ((Hash) s).digest.update(data(a[0]));
            return PyNone.NONE;
        });
        HASH.method("digest", (s, a, kw) -> {
            Args.none("HASH.digest", a, kw);
            return new PyBytes(((Hash) s).result());
        });
        HASH.method("hexdigest", (s, a, kw) -> {
            Args.none("HASH.hexdigest", a, kw);
            return new PyStr(HexFormat.of().formatHex(((Hash) s).result()));
        });
        HASH.method("copy", (s, a, kw) -> {
            Args.none("HASH.copy", a, kw);
            return ((Hash) s).copy();
        });
    }

    private HashlibModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("hashlib");
        Map<String, PyObject> d = m.dict();
        PySet names = new PySet(true);
        for (Algorithm alg : ALGORITHMS) {
            names.set().add(new PyStr(alg.name()));
            d.put(alg.name(), new PyBuiltinFunction("openssl_" + alg.name(), (a, kw) -> {
                PyObject[] p = Args.keywords("openssl_" + alg.name(), a, kw, new String[] {"string", "usedforsecurity"}, 1, 0);
                return start(alg, p[0]);
            }));
        }
        d.put("algorithms_guaranteed", names);
        d.put("algorithms_available", names);
        d.put("new", new PyBuiltinFunction("__hash_new", (a, kw) -> {
            if (a.length == 0 && (kw == null || !kw.containsKey("name"))) {
                throw Py.typeError("__hash_new() missing 1 required positional argument: 'name'");
            }
            PyObject[] p = Args.keywords("__hash_new", a, kw, new String[] {"name", "data", "usedforsecurity"}, 2, 1);
            String name = Py.asStr(p[0], "name").toLowerCase(Locale.ROOT);
            Algorithm alg = ALGORITHMS.stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> Py.valueError("unsupported hash type " + Py.asStr(p[0], "name")));
            return start(alg, p[1]);
        }));
        return m;
    }

    private static Hash start(Algorithm alg, PyObject data) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(alg.java());
        } catch (NoSuchAlgorithmException e) {
            throw Py.valueError("unsupported hash type " + alg.name());
        }
        if (data != null) {
            digest.update(data(data));
        }
        return new Hash(alg, digest);
    }

    private static byte[] data(PyObject o) {
        if (o instanceof PyStr) {
            throw Py.typeError("Strings must be encoded before hashing");
        }
        if (!Buffers.isBytesLike(o)) {
            throw Py.typeError("object supporting the buffer API required");
        }
        return Buffers.bytesOf(o, null);
    }

    /** A running digest: hashlib's HASH object. */
    private static final class Hash extends PyObject {
        private final Algorithm alg;
        private final MessageDigest digest;

        Hash(Algorithm alg, MessageDigest digest) {
            this.alg = alg;
            this.digest = digest;
        }

        /** The digest so far, leaving the object able to take more data, as CPython's does. */
        byte[] result() {
            return copy().digest.digest();
        }

        Hash copy() {
            try {
                return new Hash(alg, (MessageDigest) digest.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("Java's " + alg.java() + " digest cannot be copied", e);
            }
        }

        @Override
        public PyType type() {
            return HASH;
        }

        @Override
        public PyObject getAttr(String attr) {
            return switch (attr) {
                case "name" -> new PyStr(alg.name());
                case "digest_size" -> PyInt.of(digest.getDigestLength());
                case "block_size" -> PyInt.of(alg.blockSize());
                default -> super.getAttr(attr);
            };
        }

        @Override
        public String repr() {
            return "<" + alg.name() + " _hashlib.HASH object @ 0x" + Long.toHexString(Py.id(this)) + ">";
        }
    }
}
