package socklab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import socklab.runtime.object.PyObject;

/**
 * What every benchmark of Python code shares: the subclass's source runs once in a silent session
 * through the real compiler, and each operation calls, from Java and with no arguments, the function
 * that the subclass's {@code workload} parameter names (its own defaults say how much work it does).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public abstract class PythonBench {
    private static final PyObject[] NO_ARGS = {};

    private BenchSession session;
    private PyObject function;

    /** The module the workloads live in: their functions and the state they share. */
    protected abstract String source();

    /** The function this run calls: the subclass's {@code @Param} field. */
    protected abstract String workload();

    @Setup
    public void compile() {
        session = new BenchSession(source());
        function = session.function(workload());
    }

    @Benchmark
    public PyObject run() {
        return function.call(NO_ARGS, null);
    }

    protected final BenchSession session() {
        return session;
    }
}
