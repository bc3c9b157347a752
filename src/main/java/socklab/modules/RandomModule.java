package socklab.modules;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import socklab.lang.ast.Expr.BinOperator;
import socklab.lang.ast.Expr.CmpOperator;
import socklab.runtime.Interpreter;
import socklab.runtime.LibraryFrame;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyByteArray;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyRange;
import socklab.runtime.object.PySequence;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;

/**
 * The {@code random} module: CPython's Mersenne Twister, seeded and consumed exactly as CPython's
 * random.py does, so a program seeded with the same value draws the same numbers as under python3.
 */
final class RandomModule {
    private RandomModule() {}

    // The lines of random.py that CPython's tracebacks quote when an error passes through them.
    private static final String FILE = "random.py";
    private static final LibraryFrame INIT_SEED = new LibraryFrame(FILE, 125, "__init__", "self.seed(x)");
    private static final LibraryFrame SEED_TYPE = new LibraryFrame(FILE, 160, "seed",
            "raise TypeError('The only supported seed types are: None,\\n'");
    private static final LibraryFrame RANDBYTES_BITS = new LibraryFrame(FILE, 279, "randbytes",
            "return self.getrandbits(n * 8).to_bytes(n, 'little')", "self.getrandbits(n * 8)");
    private static final LibraryFrame RANGE_START = new LibraryFrame(FILE, 301, "randrange",
            "raise ValueError(\"non-integer arg 1 for randrange()\")");
    private static final LibraryFrame RANGE_NO_STOP = new LibraryFrame(FILE, 310, "randrange",
            "raise TypeError('Missing a non-None stop argument')");
    private static final LibraryFrame RANGE_EMPTY_BELOW = new LibraryFrame(FILE, 313, "randrange",
            "raise ValueError(\"empty range for randrange()\")");
    private static final LibraryFrame RANGE_STOP = new LibraryFrame(FILE, 323, "randrange",
            "raise ValueError(\"non-integer stop for randrange()\")");
    private static final LibraryFrame RANGE_STEP = new LibraryFrame(FILE, 336, "randrange",
            "raise ValueError(\"non-integer step for randrange()\")");
    private static final LibraryFrame RANGE_EMPTY_WIDTH = new LibraryFrame(FILE, 345, "randrange",
            "raise ValueError(\"empty range for randrange() (%d, %d, %d)\" % (istart, istop, width))");
    private static final LibraryFrame RANGE_ZERO_STEP = new LibraryFrame(FILE, 353, "randrange",
            "raise ValueError(\"zero step for randrange()\")");
    private static final LibraryFrame RANGE_EMPTY_STEPS = new LibraryFrame(FILE, 355, "randrange",
            "raise ValueError(\"empty range for randrange()\")");
    private static final LibraryFrame RANDINT_RANGE = new LibraryFrame(FILE, 362, "randint", "return self.randrange(a, b+1)",
            "self.randrange(a, b+1)");
    private static final LibraryFrame RANDINT_STOP = new LibraryFrame(FILE, 362, "randint", "return self.randrange(a, b+1)",
            "b+1", "+");
    private static final LibraryFrame CHOICE_LEN = new LibraryFrame(FILE, 372, "choice", "if not len(seq):", "len(seq)");
    private static final LibraryFrame CHOICE_EMPTY = new LibraryFrame(FILE, 373, "choice",
            "raise IndexError('Cannot choose from an empty sequence')");
    private static final LibraryFrame CHOICE_ITEM = new LibraryFrame(FILE, 374, "choice", "return seq[self._randbelow(len(seq))]",
            "seq[self._randbelow(len(seq))]", "[self._randbelow(len(seq))]");
    private static final LibraryFrame SHUFFLE_LEN = new LibraryFrame(FILE, 380, "shuffle", "for i in reversed(range(1, len(x))):",
            "len(x)");
    private static final LibraryFrame SHUFFLE_SWAP = new LibraryFrame(FILE, 383, "shuffle", "x[i], x[j] = x[j], x[i]", "x[i]", "[i]");
    private static final LibraryFrame SAMPLE_SEQUENCE = new LibraryFrame(FILE, 439, "sample",
            "raise TypeError(\"Population must be a sequence.  \"");
    private static final LibraryFrame SAMPLE_ACCUMULATE = new LibraryFrame(FILE, 443, "sample",
            "cum_counts = list(_accumulate(counts))", "list(_accumulate(counts))");
    private static final LibraryFrame SAMPLE_COUNTS = new LibraryFrame(FILE, 445, "sample",
            "raise ValueError('The number of counts does not match the population')");
    private static final LibraryFrame SAMPLE_COUNTS_INT = new LibraryFrame(FILE, 448, "sample",
            "raise TypeError('Counts must be integers')");
    private static final LibraryFrame SAMPLE_COUNTS_TOTAL = new LibraryFrame(FILE, 450, "sample",
            "raise ValueError('Total of counts must be greater than zero')");
    private static final LibraryFrame SAMPLE_SIZE = new LibraryFrame(FILE, 456, "sample",
            "raise ValueError(\"Sample larger than population or is negative\")");
    private static final LibraryFrame CHOICES_K = new LibraryFrame(FILE, 500, "choices", "raise TypeError(");
    private static final LibraryFrame CHOICES_BOTH = new LibraryFrame(FILE, 504, "choices",
            "raise TypeError('Cannot specify both weights and cumulative weights')");
    private static final LibraryFrame CHOICES_COUNT = new LibraryFrame(FILE, 506, "choices",
            "raise ValueError('The number of weights does not match the population')");
    private static final LibraryFrame CHOICES_COMPARE = new LibraryFrame(FILE, 508, "choices", "if total <= 0.0:", "total <= 0.0");
    private static final LibraryFrame CHOICES_TOTAL = new LibraryFrame(FILE, 509, "choices",
            "raise ValueError('Total of weights must be greater than zero')");
    private static final LibraryFrame CHOICES_FINITE = new LibraryFrame(FILE, 511, "choices",
            "raise ValueError('Total of weights must be finite')");
    private static final LibraryFrame UNIFORM_WIDTH = new LibraryFrame(FILE, 522, "uniform",
            "return a + (b - a) * self.random()", "b - a", "-");
    private static final LibraryFrame TRIANGULAR_WIDTH = new LibraryFrame(FILE, 542, "triangular",
            "return low + (high - low) * _sqrt(u * c)", "high - low", "-");
    private static final LibraryFrame GAUSS_RESULT = new LibraryFrame(FILE, 601, "gauss", "return mu + z * sigma",
            "mu + z * sigma", "+");
    private static final LibraryFrame LOGNORMAL_EXP = new LibraryFrame(FILE, 611, "lognormvariate",
            "return _exp(self.normalvariate(mu, sigma))", "_exp(self.normalvariate(mu, sigma))");
    private static final LibraryFrame EXPO_DIVIDE = new LibraryFrame(FILE, 628, "expovariate",
            "return -_log(1.0 - self.random()) / lambd", "-_log(1.0 - self.random()) / lambd", "/");
    private static final LibraryFrame PARETO_EXPONENT = new LibraryFrame(FILE, 769, "paretovariate",
            "return u ** (-1.0 / alpha)", "-1.0 / alpha", "/");
    private static final LibraryFrame SYSTEM_RANDBYTES_URANDOM = new LibraryFrame(FILE, 812, "randbytes",
            "return _urandom(n)", "_urandom(n)");
    private static final LibraryFrame SYSTEM_NO_STATE = new LibraryFrame(FILE, 820, "_notimplemented",
            "raise NotImplementedError('System entropy source does not have state.')");

    private static final String[] FUNCTIONS = {"seed", "random", "uniform", "triangular", "randint", "choice",
        "randrange", "sample", "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate",
        "paretovariate", "weibullvariate", "gauss", "gammavariate", "betavariate", "vonmisesvariate", "getstate",
        "setstate", "getrandbits", "randbytes"};

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("random");
        PyType type = randomType();
        Generator inst = new Generator(type, false);
        inst.seed(PyNone.NONE);
        Map<String, PyObject> d = m.dict();
        d.put("Random", type);
        // random.py's constants, which its distributions use
        d.put("NV_MAGICCONST", new PyFloat(NV_MAGICCONST));
        d.put("LOG4", new PyFloat(LOG4));
        d.put("SG_MAGICCONST", new PyFloat(SG_MAGICCONST));
        d.put("TWOPI", new PyFloat(TWOPI));
        d.put("BPF", PyInt.of(53));
        d.put("RECIP_BPF", new PyFloat(0x1p-53));
        d.put("SystemRandom", systemRandomType(type));
        for (String name : FUNCTIONS) {
            d.put(name, inst.getAttr(name));
        }
        return m;
    }

    /** The state of one Mersenne Twister (MT19937), as CPython's _random.Random keeps it. */
    private static final class Twister {
        private static final int N = 624;
        private static final int M = 397;
        private final int[] mt = new int[N];
        private int index = N + 1;

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        /** The next tempered 32-bit output, as an unsigned value. */
        long next32() {
            if (index >= N) {
                regenerate();
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y & 0xffffffffL;
        }

        private void regenerate() {
            for (int kk = 0; kk < N; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % N] & 0x7fffffff);
                mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0df);
            }
            index = 0;
        }

        /** random(): 53 random bits from two outputs, in [0, 1). */
        double nextDouble() {
            long a = next32() >>> 5;
            long b = next32() >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** k random bits, filled 32 at a time from the least significant word up. */
        BigInteger bits(long k) {
            if (k <= 32) {
                return k == 0 ? BigInteger.ZERO : BigInteger.valueOf(next32() >>> (32 - k));
            }
            int words = (int) ((k - 1) / 32 + 1);
            byte[] bigEndian = new byte[words * 4];
            for (int i = 0; i < words; i++, k -= 32) {
                long r = next32();
                if (k < 32) {
                    r >>>= 32 - k;
                }
                int at = (words - 1 - i) * 4;
                bigEndian[at] = (byte) (r >>> 24);
                bigEndian[at + 1] = (byte) (r >>> 16);
                bigEndian[at + 2] = (byte) (r >>> 8);
                bigEndian[at + 3] = (byte) r;
            }
            return new BigInteger(1, bigEndian);
        }

        PyTuple state() {
            PyObject[] words = new PyObject[N + 1];
            for (int i = 0; i < N; i++) {
                words[i] = PyInt.of(mt[i] & 0xffffffffL);
            }
            words[N] = PyInt.of(index);
            return new PyTuple(words);
        }

        void restore(PyObject state) {
            if (!(state instanceof PyTuple t) || t.size() != N + 1) {
                throw Py.valueError("state vector is the wrong size");
            }
            long pos = Py.index(t.get(N));
            if (pos < 0 || pos > N) {
                throw Py.valueError("invalid state");
            }
            for (int i = 0; i < N; i++) {
                mt[i] = (int) Py.index(t.get(i));
            }
            index = (int) pos;
        }
    }

    /**
     * A random.Random instance: a twister plus the spare normal deviate gauss() keeps; or, for
     * random.SystemRandom, the operating system's entropy in place of the twister.
     */
    private static final class Generator extends PyObject {
        private final PyType type;
        private final Twister twister = new Twister();
        private final SecureRandom system;
        private PyObject gaussNext = PyNone.NONE;

        Generator(PyType type, boolean system) {
            this.type = type;
            this.system = system ? new SecureRandom() : null;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            return "<" + type.module() + "." + type.name() + " object at 0x" + Long.toHexString(Py.id(this)) + ">";
        }

        void seed(PyObject a) {
            if (system != null) {
                return;
            }
            BigInteger n;
            if (a == PyNone.NONE) {
                byte[] fresh = new byte[624 * 4];
                new SecureRandom().nextBytes(fresh);
                n = new BigInteger(1, fresh);
            } else if (a instanceof PyInt i) {
                n = i.bigValue().abs();
            } else if (a instanceof PyStr || a instanceof PyBytesLike) {
                byte[] raw = a instanceof PyStr s ? s.value().getBytes(StandardCharsets.UTF_8) : ((PyBytesLike) a).toByteArray();
                byte[] digest = sha512(raw);
                byte[] all = new byte[raw.length + digest.length];
                System.arraycopy(raw, 0, all, 0, raw.length);
                System.arraycopy(digest, 0, all, raw.length, digest.length);
                n = new BigInteger(1, all);
            } else if (a instanceof PyFloat) {
                n = BigInteger.valueOf(a.pyHash()).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
            } else {
                throw SEED_TYPE.on(Py.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray."));
            }
            twister.initByArray(words(n));
            gaussNext = PyNone.NONE;
        }

        /** The 32-bit words of n, least significant first; zero is one zero word. */
        private static int[] words(BigInteger n) {
            int count = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[count];
            for (int i = 0; i < count; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            return key;
        }

        /** A uniform int in [0, n): draw bit_length(n) bits until they fall below n. */
        BigInteger below(BigInteger n) {
            int k = n.bitLength();
            BigInteger r = bits(k);
            while (r.compareTo(n) >= 0) {
                r = bits(k);
            }
            return r;
        }

        int below(int n) {
            return below(BigInteger.valueOf(n)).intValue();
        }

        double random() {
            if (system != null) {
                byte[] seven = new byte[7];
                system.nextBytes(seven);
                return (new BigInteger(1, seven).longValue() >>> 3) * 0x1p-53;
            }
            return twister.nextDouble();
        }

        BigInteger bits(long k) {
            if (k > Integer.MAX_VALUE) {
                throw Py.error(ExcTypes.MemoryError);
            }
            return system != null ? new BigInteger((int) k, system) : twister.bits(k);
        }
    }

    private static byte[] sha512(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-512", e);
        }
    }

    private static final Signature SEED = Signature.parse("Random.seed(self, a, version)");
    private static final Signature RANDRANGE = Signature.parse("Random.randrange(self, start, stop, step)");
    private static final Signature RANDINT = Signature.parse("Random.randint(self, a, b)");
    private static final Signature UNIFORM = Signature.parse("Random.uniform(self, a, b)");
    private static final Signature TRIANGULAR = Signature.parse("Random.triangular(self, low, high, mode)");
    private static final Signature CHOICE = Signature.parse("Random.choice(self, seq)");
    private static final Signature CHOICES = Signature.parse("Random.choices(self, population, weights, *, cum_weights, k)");
    private static final Signature SHUFFLE = Signature.parse("Random.shuffle(self, x)");
    private static final Signature SAMPLE = Signature.parse("Random.sample(self, population, k, *, counts)");
    private static final Signature GAUSS = Signature.parse("Random.gauss(self, mu, sigma)");
    private static final Signature NORMAL = Signature.parse("Random.normalvariate(self, mu, sigma)");
    private static final Signature EXPO = Signature.parse("Random.expovariate(self, lambd)");
    private static final Signature LOGNORMAL = Signature.parse("Random.lognormvariate(self, mu, sigma)");
    private static final Signature PARETO = Signature.parse("Random.paretovariate(self, alpha)");
    private static final Signature WEIBULL = Signature.parse("Random.weibullvariate(self, alpha, beta)");
    private static final Signature GAMMA = Signature.parse("Random.gammavariate(self, alpha, beta)");
    private static final Signature BETA = Signature.parse("Random.betavariate(self, alpha, beta)");
    private static final Signature VONMISES = Signature.parse("Random.vonmisesvariate(self, mu, kappa)");
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
    private static final double LOG4 = Math.log(4.0);
    private static final double SG_MAGICCONST = 1.0 + Math.log(4.5);
    private static final double TWOPI = 2.0 * Math.PI;
    private static final Signature INIT = Signature.parse("Random.__init__(self, x)");
    private static final Signature RANDBYTES = Signature.parse("Random.randbytes(self, n)");
    private static final Signature SYSTEM_RANDBYTES = Signature.parse("SystemRandom.randbytes(self, n)");
    private static final Signature SETSTATE = Signature.parse("Random.setstate(self, state)");

    private static PyType randomType() {
        PyType t = new PyType("Random", "random", null);
        t.constructor((type, a, kw) -> {
            PyObject[] p = INIT.bind(withSelf(PyNone.NONE, a), kw, new PyObject[] {null, PyNone.NONE});
            Generator g = new Generator(type, false);
            INIT_SEED.around(() -> g.seed(p[1]));
            return g;
        });
        method(t, "seed", SEED, new PyObject[] {PyNone.NONE, PyInt.of(2)}, (g, p) -> {
            PyObject a = p[0];
            if (a instanceof PyStr || a instanceof PyBytes || a instanceof PyByteArray) {
                a = Py.index(p[1]) == 1 ? versionOneSeed(a) : a;
            }
            g.seed(a);
            return PyNone.NONE;
        });
        t.method("random", (self, a, kw) -> {
            Args.none("Random.random", a, kw);
            return new PyFloat(gen(self).random());
        });
        t.method("getrandbits", (self, a, kw) -> {
            long k = Py.index(Args.one("Random.getrandbits", a, kw));
            if (k < 0) {
                throw Py.valueError("number of bits must be non-negative");
            }
            return PyInt.of(gen(self).bits(k));
        });
        method(t, "randbytes", RANDBYTES, null, (g, p) -> {
            long n = Py.index(p[0]);
            if (n < 0) {
                throw RANDBYTES_BITS.on(Py.valueError("number of bits must be non-negative"));
            }
            byte[] big = g.bits(n > Integer.MAX_VALUE ? n : n * 8).toByteArray();
            byte[] little = new byte[(int) n];
            for (int i = 0; i < n && i < big.length; i++) {
                little[i] = big[big.length - 1 - i];
            }
            return new PyBytes(little);
        });
        method(t, "randrange", RANDRANGE, new PyObject[] {null, PyNone.NONE, PyInt.of(1)},
                (g, p) -> randrange(g, p[0], p[1], p[2]));
        method(t, "randint", RANDINT, null,
                (g, p) -> {
                    PyObject stop = RANDINT_STOP.around(() -> Ops.binary(BinOperator.ADD, p[1], PyInt.of(1)));
                    return RANDINT_RANGE.around(() -> randrange(g, p[0], stop, PyInt.of(1)));
                });
        method(t, "uniform", UNIFORM, null,
                (g, p) -> add(p[0], mul(UNIFORM_WIDTH.around(() -> sub(p[1], p[0])), new PyFloat(g.random()))));
        method(t, "triangular", TRIANGULAR, new PyObject[] {new PyFloat(0.0), new PyFloat(1.0), PyNone.NONE}, (g, p) -> {
            PyObject low = p[0];
            PyObject high = p[1];
            PyObject u = new PyFloat(g.random());
            PyObject c;
            try {
                c = p[2] == PyNone.NONE ? new PyFloat(0.5) : div(sub(p[2], low), sub(high, low));
            } catch (PyError e) {
                if (e.matches(ExcTypes.ZeroDivisionError)) {
                    return low;
                }
                throw e;
            }
            if (Ops.lt(c, u)) {
                u = sub(new PyFloat(1.0), u);
                c = sub(new PyFloat(1.0), c);
                PyObject swap = low;
                low = high;
                high = swap;
            }
            double root = Math.sqrt(real(mul(u, c)));
            PyObject top = high;
            PyObject bottom = low;
            return add(low, mul(TRIANGULAR_WIDTH.around(() -> sub(top, bottom)), new PyFloat(root)));
        });
        method(t, "choice", CHOICE, null, (g, p) -> {
            int n = CHOICE_LEN.around(p[0]::len);
            if (n == 0) {
                throw CHOICE_EMPTY.on(Py.error(ExcTypes.IndexError, "Cannot choose from an empty sequence"));
            }
            return CHOICE_ITEM.around(() -> p[0].getItem(PyInt.of(g.below(n))));
        });
        method(t, "choices", CHOICES, new PyObject[] {null, PyNone.NONE, PyNone.NONE, PyInt.of(1)},
                (g, p) -> choices(g, p[0], p[1], p[2], p[3]));
        method(t, "shuffle", SHUFFLE, null, (g, p) -> {
            PyObject x = p[0];
            for (int i = SHUFFLE_LEN.around(x::len) - 1; i > 0; i--) {
                PyInt here = PyInt.of(i);
                PyInt there = PyInt.of(g.below(i + 1));
                PyObject a = x.getItem(there);
                PyObject b = x.getItem(here);
                SHUFFLE_SWAP.around(() -> {
                    x.setItem(here, a);
                    x.setItem(there, b);
                });
            }
            return PyNone.NONE;
        });
        method(t, "sample", SAMPLE, new PyObject[] {null, null, PyNone.NONE}, (g, p) -> sample(g, p[0], p[1], p[2]));
        method(t, "gauss", GAUSS, new PyObject[] {new PyFloat(0.0), new PyFloat(1.0)}, (g, p) -> {
            PyObject z = g.gaussNext;
            g.gaussNext = PyNone.NONE;
            if (z == PyNone.NONE) {
                double x2pi = g.random() * 2 * Math.PI;
                double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - g.random()));
                z = new PyFloat(Math.cos(x2pi) * g2rad);
                g.gaussNext = new PyFloat(Math.sin(x2pi) * g2rad);
            }
            PyObject draw = z;
            return GAUSS_RESULT.around(() -> add(p[0], mul(draw, p[1])));
        });
        method(t, "normalvariate", NORMAL, new PyObject[] {new PyFloat(0.0), new PyFloat(1.0)},
                (g, p) -> normal(g, p[0], p[1]));
        method(t, "lognormvariate", LOGNORMAL, null,
                (g, p) -> {
                    PyObject normal = normal(g, p[0], p[1]);
                    return new PyFloat(Math.exp(LOGNORMAL_EXP.around(() -> real(normal))));
                });
        method(t, "paretovariate", PARETO, null,
                (g, p) -> Ops.power(new PyFloat(1.0 - g.random()), PARETO_EXPONENT.around(() -> div(new PyFloat(-1.0), p[0])),
                        PyNone.NONE));
        method(t, "weibullvariate", WEIBULL, null, (g, p) -> {
            PyFloat draw = new PyFloat(-Math.log(1.0 - g.random()));
            return mul(p[0], Ops.power(draw, div(new PyFloat(1.0), p[1]), PyNone.NONE));
        });
        method(t, "expovariate", EXPO, null,
                (g, p) -> {
                    PyFloat draw = new PyFloat(-Math.log(1.0 - g.random()));
                    return EXPO_DIVIDE.around(() -> div(draw, p[0]));
                });
        method(t, "gammavariate", GAMMA, null, (g, p) -> new PyFloat(gamma(g, real(p[0]), real(p[1]))));
        method(t, "betavariate", BETA, null, (g, p) -> {
            double y = gamma(g, real(p[0]), 1.0);
            return new PyFloat(y != 0 ? y / (y + gamma(g, real(p[1]), 1.0)) : 0.0);
        });
        method(t, "vonmisesvariate", VONMISES, null, (g, p) -> new PyFloat(vonMises(g, real(p[0]), real(p[1]))));
        t.method("getstate", (self, a, kw) -> {
            Args.selfOnly("Random.getstate", a, kw);
            Generator g = gen(self);
            return Py.tuple(PyInt.of(3), g.twister.state(), g.gaussNext);
        });
        method(t, "setstate", SETSTATE, null, (g, p) -> {
            PyObject state = p[0];
            PyObject version = state.getItem(PyInt.of(0));
            if (!(version instanceof PyInt v) || v.longValue() != 3) {
                throw Py.valueError("state with version " + version.repr() + " passed to Random.setstate() of version 3");
            }
            g.twister.restore(state.getItem(PyInt.of(1)));
            g.gaussNext = state.getItem(PyInt.of(2));
            return PyNone.NONE;
        });
        return t;
    }

    /** random.SystemRandom: Random's methods over the system's entropy, which has no state to save. */
    private static PyType systemRandomType(PyType random) {
        PyType t = new PyType("SystemRandom", "random", random);
        t.constructor((type, a, kw) -> {
            INIT.bind(withSelf(PyNone.NONE, a), kw, new PyObject[] {null, PyNone.NONE});
            return new Generator(type, true);
        });
        for (String name : new String[] {"getstate", "setstate"}) {
            t.method(name, (self, a, kw) -> {
                throw SYSTEM_NO_STATE.on(Py.error(ExcTypes.NotImplementedError, "System entropy source does not have state."));
            });
        }
        method(t, "randbytes", SYSTEM_RANDBYTES, null, (g, p) -> {
            long n = Py.index(p[0]);
            if (n < 0) {
                throw SYSTEM_RANDBYTES_URANDOM.on(Py.valueError("negative argument not allowed"));
            }
            if (n > Integer.MAX_VALUE) {
                throw Py.error(ExcTypes.MemoryError);
            }
            byte[] out = new byte[(int) n];
            g.system.nextBytes(out);
            return new PyBytes(out);
        });
        return t;
    }

    /** The body of a method written in Python in random.py, given its bound parameters after self. */
    private interface Body {
        PyObject call(Generator g, PyObject[] params);
    }

    private static void method(PyType t, String name, Signature sig, PyObject[] defaults, Body body) {
        int n = sig.slotCount();
        PyObject[] allDefaults = new PyObject[n];
        if (defaults != null) {
            System.arraycopy(defaults, 0, allDefaults, n - defaults.length, defaults.length);
        }
        t.method(name, (self, a, kw) -> {
            PyObject[] p = sig.bind(withSelf(self, a), kw, allDefaults);
            return body.call(gen(self), java.util.Arrays.copyOfRange(p, 1, p.length));
        });
    }

    /** Kinderman and Monahan's ratio-of-uniforms method, drawing as random.py does: two randoms per try. */
    private static PyObject normal(Generator g, PyObject mu, PyObject sigma) {
        double magic = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
        while (true) {
            double u1 = g.random();
            double u2 = 1.0 - g.random();
            double z = magic * (u1 - 0.5) / u2;
            if (z * z / 4.0 <= -Math.log(u2)) {
                return add(mu, mul(new PyFloat(z), sigma));
            }
        }
    }

    /** random.py's gammavariate, step for step, so a seeded generator gives CPython's numbers. */
    private static double gamma(Generator g, double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw Py.valueError("gammavariate: alpha and beta must be > 0.0");
        }
        if (alpha > 1.0) {
            double ainv = Math.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - LOG4;
            double ccc = alpha + ainv;
            while (true) {
                double u1 = g.random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - g.random();
                double v = Math.log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Math.exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= Math.log(z)) {
                    return x * beta;
                }
            }
        }
        if (alpha == 1.0) {
            return -Math.log(1.0 - g.random()) * beta;
        }
        while (true) {
            double u = g.random();
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            double x = p <= 1.0 ? Math.pow(p, 1.0 / alpha) : -Math.log((b - p) / alpha);
            double u1 = g.random();
            if (p > 1.0 ? u1 <= Math.pow(x, alpha - 1.0) : u1 <= Math.exp(-x)) {
                return x * beta;
            }
        }
    }

    /** random.py's vonmisesvariate. */
    private static double vonMises(Generator g, double mu, double kappa) {
        if (kappa <= 1e-6) {
            return TWOPI * g.random();
        }
        double s = 0.5 / kappa;
        double r = s + Math.sqrt(1.0 + s * s);
        double z;
        while (true) {
            double u1 = g.random();
            z = Math.cos(Math.PI * u1);
            double d = z / (r + z);
            double u2 = g.random();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.exp(d)) {
                break;
            }
        }
        double q = 1.0 / r;
        double f = (q + z) / (1.0 + q * z);
        double theta = g.random() > 0.5 ? mu + Math.acos(f) : mu - Math.acos(f);
        double m = theta % TWOPI;
        return m != 0 && m < 0 ? m + TWOPI : m;
    }

    /** A result that math's functions take, with math's complaint about anything else. */
    private static double real(PyObject x) {
        if (x instanceof PyFloat || x instanceof PyInt) {
            return PyFloat.toDouble(x);
        }
        throw Py.typeError("must be real number, not " + x.type().name());
    }

    /** Python arithmetic, so mixed int/float arguments and wrong types behave as in random.py. */
    private static PyObject add(PyObject a, PyObject b) {
        return Ops.binary(BinOperator.ADD, a, b);
    }

    private static PyObject sub(PyObject a, PyObject b) {
        return Ops.binary(BinOperator.SUB, a, b);
    }

    private static PyObject mul(PyObject a, PyObject b) {
        return Ops.binary(BinOperator.MUL, a, b);
    }

    private static PyObject div(PyObject a, PyObject b) {
        return Ops.binary(BinOperator.DIV, a, b);
    }

    private static PyObject[] withSelf(PyObject self, PyObject[] args) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    private static Generator gen(PyObject self) {
        if (self instanceof Generator g) {
            return g;
        }
        throw Py.typeError("descriptor requires a 'random.Random' object but received a '" + self.type().name() + "'");
    }

    /** random.py's version 1 string hash, kept for seeds recorded by old programs. */
    private static PyObject versionOneSeed(PyObject a) {
        String s = a instanceof PyStr str ? str.value()
                : new String(((PyBytesLike) a).toByteArray(), StandardCharsets.ISO_8859_1);
        int[] cps = s.codePoints().toArray();
        BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        BigInteger x = cps.length == 0 ? BigInteger.ZERO : BigInteger.valueOf(cps[0]).shiftLeft(7);
        for (int c : cps) {
            x = x.multiply(BigInteger.valueOf(1000003)).xor(BigInteger.valueOf(c)).and(mask);
        }
        return PyInt.of(x.xor(BigInteger.valueOf(cps.length)));
    }

    /**
     * An argument of randrange as an int; a float must be integral (CPython 3.11 still accepts it),
     * else refusal is the line that says so.
     */
    private static BigInteger rangeArg(PyObject x, String which, LibraryFrame refusal) {
        if (x instanceof PyInt i) {
            return i.bigValue();
        }
        PyObject asInt = PyInt.TYPE.call(new PyObject[] {x}, null);
        if (!Ops.eq(asInt, x)) {
            throw refusal.on(Py.valueError("non-integer " + which + " for randrange()"));
        }
        return ((PyInt) asInt).bigValue();
    }

    private static PyObject randrange(Generator g, PyObject start, PyObject stop, PyObject step) {
        BigInteger istart = rangeArg(start, "arg 1", RANGE_START);
        if (stop == PyNone.NONE) {
            if (!(step instanceof PyInt s && s.fitsLong() && s.longValue() == 1)) {
                throw RANGE_NO_STOP.on(Py.typeError("Missing a non-None stop argument"));
            }
            if (istart.signum() > 0) {
                return PyInt.of(g.below(istart));
            }
            throw RANGE_EMPTY_BELOW.on(Py.valueError("empty range for randrange()"));
        }
        BigInteger istop = rangeArg(stop, "stop", RANGE_STOP);
        BigInteger width = istop.subtract(istart);
        BigInteger istep = rangeArg(step, "step", RANGE_STEP);
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return PyInt.of(istart.add(g.below(width)));
            }
            throw RANGE_EMPTY_WIDTH.on(Py.valueError("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")"));
        }
        BigInteger n;
        if (istep.signum() > 0) {
            n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        } else {
            throw RANGE_ZERO_STEP.on(Py.valueError("zero step for randrange()"));
        }
        if (n.signum() <= 0) {
            throw RANGE_EMPTY_STEPS.on(Py.valueError("empty range for randrange()"));
        }
        return PyInt.of(istart.add(istep.multiply(g.below(n))));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static PyObject choices(Generator g, PyObject population, PyObject weights, PyObject cumWeights, PyObject kObj) {
        int n = population.len();
        List<PyObject> cum;
        if (cumWeights == PyNone.NONE) {
            if (weights == PyNone.NONE) {
                List<PyObject> out = new ArrayList<>();
                for (long i = 0, k = Py.index(kObj); i < k; i++) {
                    out.add(population.getItem(PyInt.of((long) Math.floor(g.random() * n))));
                }
                return new PyList(out.toArray(new PyObject[0]));
            }
            if (weights instanceof PyInt) {
                throw CHOICES_K.on(Py.typeError("The number of choices must be a keyword argument: k=" + weights.repr()));
            }
            cum = new ArrayList<>();
            PyObject acc = null;
            for (PyObject w : items(weights)) {
                acc = acc == null ? w : Ops.binary(BinOperator.ADD, acc, w);
                cum.add(acc);
            }
        } else if (weights != PyNone.NONE) {
            throw CHOICES_BOTH.on(Py.typeError("Cannot specify both weights and cumulative weights"));
        } else {
            cum = items(cumWeights);
        }
        if (cum.size() != n) {
            throw CHOICES_COUNT.on(Py.valueError("The number of weights does not match the population"));
        }
        PyObject totalObj = Ops.binary(BinOperator.ADD, cum.get(n - 1), new PyFloat(0.0));
        if (CHOICES_COMPARE.around(() -> Ops.compare(CmpOperator.LE, totalObj, new PyFloat(0.0)))) {
            throw CHOICES_TOTAL.on(Py.valueError("Total of weights must be greater than zero"));
        }
        double total = real(totalObj);
        if (!Double.isFinite(total)) {
            throw CHOICES_FINITE.on(Py.valueError("Total of weights must be finite"));
        }
        List<PyObject> out = new ArrayList<>();
        for (long i = 0, k = Py.index(kObj); i < k; i++) {
            out.add(population.getItem(PyInt.of(bisectRight(cum, new PyFloat(g.random() * total), n - 1))));
        }
        return new PyList(out.toArray(new PyObject[0]));
    }

    /** bisect.bisect_right over cum[0:hi]. */
    private static int bisectRight(List<PyObject> cum, PyObject x, int hi) {
        int lo = 0;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (Ops.lt(x, cum.get(mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static PyObject sample(Generator g, PyObject population, PyObject kObj, PyObject counts) {
        if (!isSequence(population)) {
            throw SAMPLE_SEQUENCE.on(Py.typeError("Population must be a sequence.  For dicts or sets, use sorted(d)."));
        }
        int n = population.len();
        if (counts != PyNone.NONE) {
            return sampleCounted(g, population, n, kObj, counts);
        }
        if (Ops.lt(kObj, PyInt.of(0)) || Ops.lt(PyInt.of(n), kObj)) {
            throw SAMPLE_SIZE.on(Py.valueError("Sample larger than population or is negative"));
        }
        if (!(kObj instanceof PyInt)) {
            throw Py.typeError("can't multiply sequence by non-int of type '" + kObj.type().name() + "'");
        }
        int k = (int) Py.index(kObj);
        PyObject[] result = new PyObject[k];
        int setsize = 21;
        if (k > 5) {
            setsize += (int) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        }
        if (n <= setsize) {
            List<PyObject> pool = items(population);
            for (int i = 0; i < k; i++) {
                int j = g.below(n - i);
                result[i] = pool.get(j);
                pool.set(j, pool.get(n - i - 1));
            }
        } else {
            java.util.Set<Integer> selected = new java.util.HashSet<>();
            for (int i = 0; i < k; i++) {
                int j = g.below(n);
                while (selected.contains(j)) {
                    j = g.below(n);
                }
                selected.add(j);
                result[i] = population.getItem(PyInt.of(j));
            }
        }
        return new PyList(result);
    }

    /** isinstance(x, collections.abc.Sequence) for the types socklab has. */
    private static boolean isSequence(PyObject x) {
        return x instanceof PySequence || x instanceof PyStr || x instanceof PyBytesLike || x instanceof PyRange
                || "collections.deque".equals(x.type().qualifiedName());
    }

    /** sample(..., counts=): draws positions in the repeated population, then maps them back. */
    private static PyObject sampleCounted(Generator g, PyObject population, int n, PyObject kObj, PyObject counts) {
        List<PyObject> cum = new ArrayList<>();
        SAMPLE_ACCUMULATE.around(() -> {
            PyObject acc = null;
            for (PyObject c : items(counts)) {
                acc = acc == null ? c : Ops.binary(BinOperator.ADD, acc, c);
                cum.add(acc);
            }
        });
        if (cum.size() != n) {
            throw SAMPLE_COUNTS.on(Py.valueError("The number of counts does not match the population"));
        }
        PyObject total = cum.remove(cum.size() - 1);
        if (!(total instanceof PyInt t)) {
            throw SAMPLE_COUNTS_INT.on(Py.typeError("Counts must be integers"));
        }
        if (t.signum() <= 0) {
            throw SAMPLE_COUNTS_TOTAL.on(Py.valueError("Total of counts must be greater than zero"));
        }
        PyObject range = PyRange.TYPE.call(new PyObject[] {total}, null);
        PyList picks = (PyList) sample(g, range, kObj, PyNone.NONE);
        PyObject[] out = new PyObject[picks.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = population.getItem(PyInt.of(bisectRight(cum, picks.get(i), cum.size())));
        }
        return new PyList(out);
    }

    private static List<PyObject> items(PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            out.add(x);
        }
        return out;
    }
}
