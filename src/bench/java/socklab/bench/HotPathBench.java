package socklab.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The interpreter loop's hot paths, so a change to calls, names, arithmetic or method dispatch shows
 * up as microseconds per 1000 iterations of a small Python loop (fib(15): 1973 recursive calls).
 */
@State(Scope.Thread)
public class HotPathBench extends PythonBench {
    /** calls: a two-argument function from a while loop; fib: recursion with a conditional expression;
     * arith: small ints in a for-range loop; big: arithmetic past the long fast path (BigInteger);
     * globals_and_builtins: a builtin call and a global read; str_methods: list.append, % and
     * f-string formatting, str.join and str.split; dict_ops: item assignment, dict.get, int & int. */
    @Param({"calls", "fib", "arith", "big", "globals_and_builtins", "str_methods", "dict_ops"})
    public String workload;

    @Override
    protected String workload() {
        return workload;
    }

    @Override
    protected String source() {
        return """
                def add(a, b):
                    return a + b

                def calls(n=1000):
                    i = 0
                    while i < n:
                        add(i, 1)
                        i += 1

                def fib(n=15):
                    return n if n < 2 else fib(n - 1) + fib(n - 2)

                def arith(n=1000):
                    acc = 0
                    for i in range(n):
                        acc = (acc * 31 + i) % 1000003
                    return acc

                def big(n=1000):
                    x = 1
                    for i in range(n):
                        x = x * 3 + i
                    return x

                LIMIT = 7

                def globals_and_builtins(n=1000):
                    t = 0
                    for i in range(n):
                        t += len('abc') + LIMIT
                    return t

                def str_methods(n=1000):
                    out = []
                    for i in range(n):
                        out.append('msg-%d' % i if i % 3 else f'item {i}')
                    return len(' '.join(out).split())

                def dict_ops(n=1000):
                    d = {}
                    for i in range(n):
                        d[i & 63] = d.get(i & 63, 0) + 1
                    return len(d)
                """;
    }
}
