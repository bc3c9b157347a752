package socklab.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import socklab.runtime.Interpreter;
import socklab.runtime.LibraryFrame;
import socklab.runtime.object.Args;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySet;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * The {@code hashlib} module: the message digests a protocol signs or checks its data with, with
 * CPython's names, sizes and refusals (a str must be encoded first). MD5, SHA-1, SHA-2 and SHA-3
 * run on Java's MessageDigest; SHAKE ({@link Keccak}) and BLAKE2 ({@link Blake2}) are socklab's own;
 * pbkdf2_hmac is {@link Pbkdf2}.
 */
final class HashlibModule {
    private static final PyType HASH = new PyType("HASH", "_hashlib", null);
    /** SHAKE's objects, whose digest() takes the length wanted. */
    private static final PyType HASHXOF = new PyType("HASHXOF", "_hashlib", HASH);
    private static final PyType BLAKE2B = new PyType("blake2b", "_blake2", null);
    private static final PyType BLAKE2S = new PyType("blake2s", "_blake2", null);

    /** One MessageDigest algorithm: its Python name, Java's name for it and its block size in bytes. */
    record Algorithm(String name, String java, int blockSize) {}

    static final List<Algorithm> ALGORITHMS = List.of(
            new Algorithm("md5", "MD5", 64), new Algorithm("sha1", "SHA-1", 64),
            new Algorithm("sha224", "SHA-224", 64), new Algorithm("sha256", "SHA-256", 64),
            new Algorithm("sha384", "SHA-384", 128), new Algorithm("sha512", "SHA-512", 128),
            new Algorithm("sha3_224", "SHA3-224", 144), new Algorithm("sha3_256", "SHA3-256", 136),
            new Algorithm("sha3_384", "SHA3-384", 104), new Algorithm("sha3_512", "SHA3-512", 72),
            new Algorithm("sha512_224", "SHA-512/224", 128), new Algorithm("sha512_256", "SHA-512/256", 128));
    /** What hashlib offers as functions of its own: sha512_224 and sha512_256 only through new(), as with OpenSSL. */
    private static final Set<String> NOT_FUNCTIONS = Set.of("sha512_224", "sha512_256");
    private static final List<String> SHAKES = List.of("shake_128", "shake_256");

    static {
        for (PyType t : new PyType[] {HASH, BLAKE2B, BLAKE2S}) {
            t.method("update", (s, a, kw) -> {
                Args.noKeywords(t.name() + ".update", kw);
                if (a.length != 1) {
                    throw Py.typeError(t.name() + ".update() takes exactly one argument (" + a.length + " given)");
                }
                ((Hash) s).state.update(data(a[0]));
                return PyNone.NONE;
            });
            t.method("copy", (s, a, kw) -> {
                Args.none(t.name() + ".copy", a, kw);
                return ((Hash) s).copy();
            });
        }
        for (PyType t : new PyType[] {HASH, BLAKE2B, BLAKE2S}) {
            t.method("digest", (s, a, kw) -> {
                Args.none(t.name() + ".digest", a, kw);
                return new PyBytes(((Hash) s).state.digest(0));
            });
            t.method("hexdigest", (s, a, kw) -> {
                Args.none(t.name() + ".hexdigest", a, kw);
                return new PyStr(HexFormat.of().formatHex(((Hash) s).state.digest(0)));
            });
        }
        HASHXOF.method("digest", (s, a, kw) -> new PyBytes(((Hash) s).state.digest(xofLength("digest", a, kw))));
        HASHXOF.method("hexdigest", (s, a, kw) -> new PyStr(HexFormat.of().formatHex(((Hash) s).state.digest(xofLength("hexdigest", a, kw)))));
        for (PyType t : new PyType[] {BLAKE2B, BLAKE2S}) {
            Blake2.Variant v = t == BLAKE2B ? Blake2.B : Blake2.S;
            t.constructor((type, a, kw) -> blake2(v, a, kw));
            t.define("SALT_SIZE", PyInt.of(v.saltSize()));
            t.define("PERSON_SIZE", PyInt.of(v.personSize()));
            t.define("MAX_KEY_SIZE", PyInt.of(v.maxDigest()));
            t.define("MAX_DIGEST_SIZE", PyInt.of(v.maxDigest()));
        }
    }

    private HashlibModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("hashlib");
        Map<String, PyObject> d = m.dict();
        PySet guaranteed = new PySet(false);
        PySet available = new PySet(false);
        for (Algorithm alg : ALGORITHMS) {
            available.set().add(new PyStr(alg.name()));
            if (!NOT_FUNCTIONS.contains(alg.name())) {
                guaranteed.set().add(new PyStr(alg.name()));
                d.put(alg.name(), new PyBuiltinFunction("openssl_" + alg.name(), (a, kw) -> {
                    PyObject[] p = Args.keywords("openssl_" + alg.name(), a, kw, new String[] {"string", "usedforsecurity"}, 1, 0);
                    return start(alg, p[0]);
                }));
            }
        }
        for (String shake : SHAKES) {
            guaranteed.set().add(new PyStr(shake));
            available.set().add(new PyStr(shake));
            d.put(shake, new PyBuiltinFunction("openssl_" + shake, (a, kw) -> {
                PyObject[] p = Args.keywords("openssl_" + shake, a, kw, new String[] {"string", "usedforsecurity"}, 1, 0);
                return shake(shake, p[0]);
            }));
        }
        for (PyType t : new PyType[] {BLAKE2B, BLAKE2S}) {
            guaranteed.set().add(new PyStr(t.name()));
            available.set().add(new PyStr(t.name()));
            d.put(t.name(), t);
        }
        d.put("algorithms_guaranteed", guaranteed);
        d.put("algorithms_available", available);
        d.put("new", new PyBuiltinFunction("__hash_new", (a, kw) -> newHash(a, kw)));
        d.put("pbkdf2_hmac", new PyBuiltinFunction("pbkdf2_hmac", Pbkdf2::call));
        return m;
    }

    /** hashlib.new(name, data=b'', **kwargs): blake2's keywords go to blake2b() and blake2s(). */
    private static final String FILE = "hashlib.py";
    static final PyType UNSUPPORTED_DIGESTMOD = ExcTypes.subclass("_hashlib", "UnsupportedDigestmodError", ExcTypes.ValueError);
    private static final LibraryFrame HASH_NEW_OPENSSL = new LibraryFrame(FILE, 160, "__hash_new",
            "return _hashlib.new(name, data, **kwargs)", "_hashlib.new(name, data, **kwargs)");
    private static final LibraryFrame HASH_NEW_BUILTIN = new LibraryFrame(FILE, 166, "__hash_new",
            "return __get_builtin_constructor(name)(data)", "__get_builtin_constructor(name)");
    private static final LibraryFrame BUILTIN_CONSTRUCTOR = new LibraryFrame(FILE, 123, "__get_builtin_constructor",
            "raise ValueError('unsupported hash type ' + name)");

    private static PyObject newHash(PyObject[] a, Map<String, PyObject> kw) {
        if (a.length == 0 && (kw == null || !kw.containsKey("name"))) {
            throw Py.typeError("__hash_new() missing 1 required positional argument: 'name'");
        }
        PyObject nameArg = a.length > 0 ? a[0] : kw.get("name");
        String name = Py.asStr(nameArg, "name").toLowerCase(Locale.ROOT);
        if (name.equals("blake2b") || name.equals("blake2s")) {
            Map<String, PyObject> rest = kw == null ? Map.of() : new java.util.HashMap<>(kw);
            rest.remove("name");
            PyObject[] data = a.length > 1 ? new PyObject[] {a[1]} : new PyObject[0];
            return blake2(name.equals("blake2b") ? Blake2.B : Blake2.S, data, rest);
        }
        PyObject[] p = Args.keywords("__hash_new", a, kw, new String[] {"name", "data", "usedforsecurity"}, 2, 1);
        if (SHAKES.contains(name)) {
            return shake(name, p[1]);
        }
        if (ALGORITHMS.stream().noneMatch(x -> x.name().equals(name))) {
            throw unsupported(nameArg);
        }
        return start(algorithm(name, nameArg), p[1]);
    }

    /**
     * hashlib.new's refusal of a name: OpenSSL's error first, then, while handling it, hashlib's own
     * constructors' ValueError, each with the lines of hashlib.py CPython shows.
     */
    private static PyError unsupported(PyObject nameArg) {
        PyError openssl = HASH_NEW_OPENSSL.on(Py.error(UNSUPPORTED_DIGESTMOD, "[digital envelope routines] unsupported"));
        PyError e = HASH_NEW_BUILTIN.on(BUILTIN_CONSTRUCTOR.on(Py.valueError("unsupported hash type " + nameArg.str())));
        e.value().setContext(openssl.value());
        return e;
    }

    static Algorithm algorithm(String name, PyObject shown) {
        return ALGORITHMS.stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> Py.valueError("unsupported hash type " + shown.str()));
    }

    /** A MessageDigest for the algorithm, fresh. */
    static MessageDigest digestOf(Algorithm alg) {
        try {
            return MessageDigest.getInstance(alg.java());
        } catch (NoSuchAlgorithmException e) {
            throw Py.valueError("unsupported hash type " + alg.name());
        }
    }

    private static Hash start(Algorithm alg, PyObject data) {
        Hash h = new Hash(HASH, alg.name(), alg.blockSize(), new JavaDigest(digestOf(alg)));
        h.feed(data);
        return h;
    }

    private static Hash shake(String name, PyObject data) {
        Keccak k = new Keccak(name.equals("shake_128") ? 168 : 136);
        Hash h = new Hash(HASHXOF, name, k.rate(), k);
        h.feed(data);
        return h;
    }

    private static int xofLength(String method, PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] p = Args.keywords(method, a, kw, new String[] {"length"}, 1, 1);
        long n = Py.index(p[0]);
        if (n < 0) {
            throw Py.error(ExcTypes.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        }
        return (int) n;
    }

    private static final List<String> BLAKE2_KEYWORDS = List.of("digest_size", "key", "salt", "person", "fanout", "depth",
            "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity");

    /** blake2b(data=b'', /, *, digest_size, key, salt, person, fanout, depth, ...) with _blake2's checks. */
    private static Hash blake2(Blake2.Variant v, PyObject[] a, Map<String, PyObject> kw) {
        if (a.length > 1) {
            throw Py.typeError(v.name() + "() takes at most 1 positional argument (" + a.length + " given)");
        }
        Map<String, PyObject> k = kw == null ? Map.of() : kw;
        for (String given : k.keySet()) {
            if (!BLAKE2_KEYWORDS.contains(given)) {
                throw Py.typeError("'" + given + "' is an invalid keyword argument for " + v.name() + "()");
            }
        }
        int digestSize = (int) number(k, "digest_size", v.maxDigest());
        if (digestSize < 1 || digestSize > v.maxDigest()) {
            throw Py.valueError("digest_size must be between 1 and " + v.maxDigest() + " bytes");
        }
        byte[] key = bytes(k, "key", "key", v.maxDigest());
        byte[] salt = bytes(k, "salt", "salt", v.saltSize());
        byte[] person = bytes(k, "person", "person", v.personSize());
        int fanout = (int) number(k, "fanout", 1);
        if (fanout < 0 || fanout > 255) {
            throw Py.valueError("fanout must be between 0 and 255");
        }
        int depth = (int) number(k, "depth", 1);
        if (depth < 1 || depth > 255) {
            throw Py.valueError("depth must be between 1 and 255");
        }
        int nodeDepth = (int) number(k, "node_depth", 0);
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw Py.valueError("node_depth must be between 0 and 255");
        }
        int innerSize = (int) number(k, "inner_size", 0);
        if (innerSize < 0 || innerSize > v.maxDigest()) {
            throw Py.valueError("inner_size must be between 0 and is " + v.maxDigest());
        }
        Blake2.Tree tree = new Blake2.Tree(fanout, depth, number(k, "leaf_size", 0), number(k, "node_offset", 0), nodeDepth,
                innerSize, k.containsKey("last_node") && k.get("last_node").isTrue());
        Blake2 b = new Blake2(v, digestSize, key, salt, person, tree);
        Hash h = new Hash(v == Blake2.B ? BLAKE2B : BLAKE2S, v.name(), v.blockBytes(), b);
        h.feed(a.length == 1 ? a[0] : null);
        return h;
    }

    private static long number(Map<String, PyObject> k, String name, long otherwise) {
        return k.containsKey(name) ? Py.index(k.get(name)) : otherwise;
    }

    private static byte[] bytes(Map<String, PyObject> k, String name, String shown, int max) {
        if (!k.containsKey(name)) {
            return new byte[0];
        }
        PyObject o = k.get(name);
        if (!Buffers.isBytesLike(o)) {
            throw Py.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        byte[] b = Buffers.bytesOf(o, null);
        if (b.length > max) {
            throw Py.valueError("maximum " + shown + " length is " + max + " bytes");
        }
        return b;
    }

    static byte[] data(PyObject o) {
        if (o instanceof PyStr) {
            throw Py.typeError("Strings must be encoded before hashing");
        }
        if (!Buffers.isBytesLike(o)) {
            throw Py.typeError("object supporting the buffer API required");
        }
        return Buffers.bytesOf(o, null);
    }

    /** Java's MessageDigest as a Digester. */
    private record JavaDigest(MessageDigest md) implements Digester {
        @Override
        public void update(byte[] data) {
            md.update(data);
        }

        @Override
        public byte[] digest(int length) {
            return ((JavaDigest) copy()).md.digest();
        }

        @Override
        public Digester copy() {
            try {
                return new JavaDigest((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("Java's " + md.getAlgorithm() + " digest cannot be copied", e);
            }
        }
    }

    /** A running digest: hashlib's HASH, HASHXOF, blake2b or blake2s object. */
    private static final class Hash extends PyObject {
        private final PyType type;
        /** hashlib's name for the algorithm and its block size in bytes. */
        private final Map.Entry<String, Integer> kind;
        private final Digester state;

        Hash(PyType type, String name, int blockSize, Digester state) {
            this(type, Map.entry(name, blockSize), state);
        }

        private Hash(PyType type, Map.Entry<String, Integer> kind, Digester state) {
            this.type = type;
            this.kind = kind;
            this.state = state;
        }

        void feed(PyObject data) {
            if (data != null) {
                state.update(data(data));
            }
        }

        Hash copy() {
            return new Hash(type, kind, state.copy());
        }

        private int digestSize() {
            if (state instanceof JavaDigest j) {
                return j.md().getDigestLength();
            }
            return state instanceof Blake2 b ? b.digestSize() : 0;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyObject getAttr(String attr) {
            return switch (attr) {
                case "name" -> new PyStr(kind.getKey());
                case "digest_size" -> PyInt.of(digestSize());
                case "block_size" -> PyInt.of(kind.getValue());
                default -> super.getAttr(attr);
            };
        }

        @Override
        public String repr() {
            String at = Long.toHexString(Py.id(this));
            return type == BLAKE2B || type == BLAKE2S ? "<_blake2." + kind.getKey() + " object at 0x" + at + ">"
                    : "<" + kind.getKey() + " _hashlib." + type.name() + " object @ 0x" + at + ">";
        }
    }
}
