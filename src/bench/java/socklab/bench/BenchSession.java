package socklab.bench;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import socklab.Sessions;
import socklab.lang.Parser;
import socklab.runtime.Interpreter;
import socklab.runtime.object.PyObject;
import socklab.shell.StreamIo;

/** A silent session that has run a benchmark's Python source, so each benchmark calls its functions from Java. */
final class BenchSession {
    private final Interpreter interp;

    BenchSession(String source) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        interp = Sessions.create(new StreamIo(sink, sink, new BufferedReader(new StringReader(""))));
        interp.execute(Parser.parseModule(source), "<bench>", false);
    }

    PyObject function(String name) {
        PyObject f = interp.globals().get(name);
        if (f == null) {
            throw new IllegalStateException("the benchmark source defines no " + name);
        }
        return f;
    }
}
