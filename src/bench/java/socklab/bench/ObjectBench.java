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
 * Attribute access and container work, the paths a class-based socket program lives on: instance
 * attributes, bound method calls, instances of subclasses of built-in types, list and dict operations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ObjectBench {
    private static final String SOURCE = """
            class Conn:
                def __init__(self, fd):
                    self.fd = fd
                    self.sent = 0

                def send(self, n):
                    self.sent += n
                    return n

            def attributes(n):
                c = Conn(3)
                t = 0
                for i in range(n):
                    c.sent = c.sent + i
                    t += c.fd
                return t

            def method_calls(n):
                c = Conn(3)
                for i in range(n):
                    c.send(i)
                return c.sent

            def new_instances(n):
                last = None
                for i in range(n):
                    last = Conn(i)
                return last.fd

            class Registry(dict):
                pass

            class Lines(list):
                pass

            class Name(str):
                pass

            def subclass_instances(n):
                r = Registry()
                ls = Lines()
                s = Name('peer')
                for i in range(n):
                    r[i & 15] = i
                    ls.append(i)
                    s.upper()
                return len(r) + len(ls)

            def builtin_attributes(n):
                xs = []
                s = 'peer'
                t = 0
                for i in range(n):
                    t += (xs.append is not s.upper) + (1).real
                return t

            def list_ops(n):
                xs = list(range(64))
                t = 0
                for i in range(n):
                    t += xs[i & 63] + len(xs[2:10])
                    xs[i & 63] = i
                return t

            def dict_iteration(n):
                d = {str(i): i for i in range(64)}
                t = 0
                for i in range(n // 64):
                    for k, v in d.items():
                        t += v
                    t += 'k' in d
                return t
            """;

    private final PyObject[] thousand = {PyInt.of(1000)};
    private PyObject attributes;
    private PyObject methodCalls;
    private PyObject newInstances;
    private PyObject subclassInstances;
    private PyObject builtinAttributes;
    private PyObject listOps;
    private PyObject dictIteration;

    @Setup
    public void compile() {
        BenchSession session = new BenchSession(SOURCE);
        attributes = session.function("attributes");
        methodCalls = session.function("method_calls");
        newInstances = session.function("new_instances");
        subclassInstances = session.function("subclass_instances");
        builtinAttributes = session.function("builtin_attributes");
        listOps = session.function("list_ops");
        dictIteration = session.function("dict_iteration");
    }

    /** Reading and writing instance attributes: c.sent = c.sent + i; t += c.fd. */
    @Benchmark
    public PyObject instanceAttributes() {
        return attributes.call(thousand, null);
    }

    /** A bound method call that updates an attribute with +=. */
    @Benchmark
    public PyObject boundMethodCalls() {
        return methodCalls.call(thousand, null);
    }

    /** Making an instance: type call, __init__, two attribute stores. */
    @Benchmark
    public PyObject instanceCreation() {
        return newInstances.call(thousand, null);
    }

    /** Item assignment, a list method and a str method on instances of subclasses of dict, list and str. */
    @Benchmark
    public PyObject builtinSubclassInstances() {
        return subclassInstances.call(thousand, null);
    }

    /** Attributes of built-in objects read without a call: two bound methods and int.real per iteration. */
    @Benchmark
    public PyObject builtinAttributeReads() {
        return builtinAttributes.call(thousand, null);
    }

    /** Indexing, slicing, len() and item assignment on a list. */
    @Benchmark
    public PyObject listOperations() {
        return listOps.call(thousand, null);
    }

    /** dict.items() unpacked in a for loop, and `in` on a dict of str keys. */
    @Benchmark
    public PyObject dictIterationAndContains() {
        return dictIteration.call(thousand, null);
    }
}
