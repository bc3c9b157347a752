package socklab.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Attribute access and container work, the paths a class-based socket program lives on
 * (microseconds per 1000 iterations).
 */
@State(Scope.Thread)
public class ObjectBench extends PythonBench {
    /** attributes: instance attribute reads and writes; method_calls: a bound method updating an
     * attribute; new_instances: a class call with __init__; subclass_instances: item assignment and
     * methods on instances of subclasses of dict, list and str; builtin_attributes: attributes of
     * built-in objects read without a call; list_ops: indexing, slicing, len(), item assignment;
     * dict_iteration: dict.items() unpacked in a loop, and `in` on a dict of str keys. */
    @Param({"attributes", "method_calls", "new_instances", "subclass_instances", "builtin_attributes", "list_ops",
            "dict_iteration"})
    public String workload;

    @Override
    protected String workload() {
        return workload;
    }

    @Override
    protected String source() {
        return """
                class Conn:
                    def __init__(self, fd):
                        self.fd = fd
                        self.sent = 0

                    def send(self, n):
                        self.sent += n
                        return n

                def attributes(n=1000):
                    c = Conn(3)
                    t = 0
                    for i in range(n):
                        c.sent = c.sent + i
                        t += c.fd
                    return t

                def method_calls(n=1000):
                    c = Conn(3)
                    for i in range(n):
                        c.send(i)
                    return c.sent

                def new_instances(n=1000):
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

                def subclass_instances(n=1000):
                    r = Registry()
                    ls = Lines()
                    s = Name('peer')
                    for i in range(n):
                        r[i & 15] = i
                        ls.append(i)
                        s.upper()
                    return len(r) + len(ls)

                def builtin_attributes(n=1000):
                    xs = []
                    s = 'peer'
                    t = 0
                    for i in range(n):
                        t += (xs.append is not s.upper) + (1).real
                    return t

                def list_ops(n=1000):
                    xs = list(range(64))
                    t = 0
                    for i in range(n):
                        t += xs[i & 63] + len(xs[2:10])
                        xs[i & 63] = i
                    return t

                def dict_iteration(n=1000):
                    d = {str(i): i for i in range(64)}
                    t = 0
                    for i in range(n // 64):
                        for k, v in d.items():
                            t += v
                        t += 'k' in d
                    return t
                """;
    }
}
