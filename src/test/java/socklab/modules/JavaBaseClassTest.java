package socklab.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.Args;
import socklab.runtime.object.Io;
import socklab.runtime.object.PyInstance;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyType;

/**
 * A class a module defines in Java (as threading.Thread or socketserver.BaseRequestHandler will be)
 * can be subclassed in Python: the instance keeps the Java state, has a __dict__, and Java code that
 * calls a method by name reaches the learner's override.
 */
class JavaBaseClassTest {
    /** The Java state of a counter: what a subclass instance must carry too. */
    static final class Counter extends PyInstance {
        long count;

        Counter(PyType type) {
            super(type);
        }
    }

    static final PyType COUNTER = new PyType("Counter", "counters", null)
            .instances((type, args, kwargs) -> new Counter(type));

    static {
        COUNTER.method("__init__", (self, a, kw) -> {
            PyObject[] v = Args.expected("Counter", a, kw, 0, 1);
            ((Counter) self).count = v[0] == null ? 0 : ((PyInt) v[0]).longValue();
            return PyNone.NONE;
        });
        COUNTER.method("step", (self, a, kw) -> PyInt.of(1));
        COUNTER.method("bump", (self, a, kw) -> {
            Counter c = (Counter) self;
            c.count += ((PyInt) self.getAttr("step").call(new PyObject[0], null)).longValue();
            return PyInt.of(c.count);
        });
    }

    private final StringBuilder out = new StringBuilder();

    private String run(String source) {
        Interpreter interp = new Interpreter(new Io() {
            @Override
            public void out(String text) {
                out.append(text);
            }

            @Override
            public void err(String text) {
                out.append(text);
            }

            @Override
            public void flush() {
            }

            @Override
            public String readLine(String prompt) {
                return null;
            }
        });
        interp.registerModule(ModuleSpec.builtin("counters", i -> {
            PyModule m = new PyModule("counters");
            m.dict().put("Counter", COUNTER);
            return m;
        }));
        interp.run(source, "<test>", Interpreter.Mode.SCRIPT);
        return out.toString();
    }

    @Test
    void baseTypeIsCallableAsAClass() {
        assertEquals("3 <class 'counters.Counter'>\n", run("import counters\nc = counters.Counter(2)\nprint(c.bump(), type(c))\n"));
    }

    @Test
    void subclassKeepsJavaStateAndOverridesReachJava() {
        String src = """
                import counters
                class Tens(counters.Counter):
                    def __init__(self, start, label):
                        super().__init__(start)
                        self.label = label
                    def step(self):
                        return 10
                    def bump(self):
                        return super().bump() + 1000
                t = Tens(5, 'x')
                print(t.bump(), t.bump(), t.label, t.__dict__, isinstance(t, counters.Counter))
                print(Tens.__mro__)
                """;
        assertEquals("1015 1025 x {'label': 'x'} True\n"
                + "(<class '__main__.Tens'>, <class 'counters.Counter'>, <class 'object'>)\n", run(src));
    }

    @Test
    void mixinBeforeJavaBase() {
        String src = """
                import counters
                class Double:
                    def step(self):
                        return 2
                class C(Double, counters.Counter):
                    pass
                c = C()
                print(c.bump(), c.bump())
                """;
        assertEquals("2 4\n", run(src));
    }
}
