package socklab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;

/**
 * The interpreter's hot paths, each a small Python function run through the real compiler and called
 * from Java, so a change to calls, names, arithmetic or method dispatch shows up as ns per Python loop.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotPathBench {
    private static final String SOURCE = """
            def add(a, b):
                return a + b

            def calls(n):
                i = 0
                while i < n:
                    add(i, 1)
                    i += 1

            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)

            def arith(n):
                acc = 0
                for i in range(n):
                    acc = (acc * 31 + i) % 1000003
                return acc

            def big(n):
                x = 1
                for i in range(n):
                    x = x * 3 + i
                return x

            LIMIT = 7

            def globals_and_builtins(n):
                t = 0
                for i in range(n):
                    t += len('abc') + LIMIT
                return t

            def str_methods(n):
                out = []
                for i in range(n):
                    out.append('msg-%d' % i if i % 3 else f'item {i}')
                return len(' '.join(out).split())

            def dict_ops(n):
                d = {}
                for i in range(n):
                    d[i & 63] = d.get(i & 63, 0) + 1
                return len(d)
            """;

    private PyObject calls;
    private PyObject fib;
    private PyObject arith;
    private PyObject big;
    private PyObject globalsAndBuiltins;
    private PyObject strMethods;
    private PyObject dictOps;
    private final PyObject[] thousand = {PyInt.of(1000)};
    private final PyObject[] fibArg = {PyInt.of(15)};

    @Setup
    public void compile() {
        BenchSession session = new BenchSession(SOURCE);
        calls = session.function("calls");
        fib = session.function("fib");
        arith = session.function("arith");
        big = session.function("big");
        globalsAndBuiltins = session.function("globals_and_builtins");
        strMethods = session.function("str_methods");
        dictOps = session.function("dict_ops");
    }

    /** 1000 calls of a two-argument function from a while loop (i < n, i += 1). */
    @Benchmark
    public PyObject functionCalls() {
        return calls.call(thousand, null);
    }

    /** Recursive calls with a conditional expression: fib(15) is 1973 calls. */
    @Benchmark
    public PyObject recursiveFib() {
        return fib.call(fibArg, null);
    }

    /** Small-int arithmetic in a for-range loop. */
    @Benchmark
    public PyObject intArithmetic() {
        return arith.call(thousand, null);
    }

    /** Arithmetic that overflows the long fast path into BigInteger. */
    @Benchmark
    public PyObject bigIntArithmetic() {
        return big.call(thousand, null);
    }

    /** A builtin call and a global read per iteration. */
    @Benchmark
    public PyObject globalAndBuiltinLookups() {
        return globalsAndBuiltins.call(thousand, null);
    }

    /** list.append, % formatting, f-strings, str.join and str.split. */
    @Benchmark
    public PyObject strAndListMethods() {
        return strMethods.call(thousand, null);
    }

    /** dict item assignment, dict.get and int & int. */
    @Benchmark
    public PyObject dictOperations() {
        return dictOps.call(thousand, null);
    }
}
