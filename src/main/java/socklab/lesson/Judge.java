package socklab.lesson;

import java.util.HashMap;
import java.util.Map;
import socklab.lang.ast.Expr;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.ThreadState;

/**
 * Evaluates a step's check in the learner's namespace, with the names lesson checks may use:
 * value, output, error (== its type name, with .type, .errno, .message), errno, called(), PORT,
 * PEER, HOST, peer_got(), listening(), connected(), is_open(). The socket helpers use only Python-level
 * socket methods, so they work with whatever the socket module is.
 */
final class Judge {
    private Judge() {}

    /** True if the check holds; a check that raises counts as not passed. */
    static boolean passes(Interpreter interp, Expr check, Attempt attempt, Partners partners) {
        try {
            return interp.evaluate(check, names(interp, attempt, partners)).isTrue();
        } catch (PyError e) {
            return false;
        }
    }

    private static Map<String, PyObject> names(Interpreter interp, Attempt a, Partners partners) {
        Map<String, PyObject> n = new HashMap<>();
        n.put("value", a.value() == null ? PyNone.NONE : a.value());
        n.put("output", Py.str(a.output() == null ? "" : a.output()));
        n.put("error", a.error() == null ? PyNone.NONE : errorObject(interp, a));
        n.put("errno", a.errno() == null ? PyNone.NONE : Py.integer(a.errno()));
        n.put("called", fn("called", args -> Py.bool(a.calls().contains(Py.asStr(args[0], "called() argument")))));
        n.put("PORT", Py.integer(partners.ports().port()));
        n.put("PEER", Py.integer(partners.ports().peer()));
        n.put("HOST", Py.str(partners.ports().host()));
        // Waiting for the partners' bytes gives up the interpreter lock, so the learner's threads can still send them.
        n.put("peer_got", new PyBuiltinFunction("peer_got", (args, kw) -> new PyBytes(ThreadState.current().blocking(partners::received))));
        n.put("listening", fn("listening", args -> Py.bool(succeeds(() ->
                call(args[0], "getsockopt", constant(interp, "SOL_SOCKET"), constant(interp, "SO_ACCEPTCONN")).pyEquals(Py.integer(1))))));
        n.put("connected", fn("connected", args -> Py.bool(succeeds(() -> {
            call(args[0], "getpeername");
            return true;
        }))));
        n.put("is_open", fn("is_open", args -> Py.bool(!call(args[0], "fileno").pyEquals(Py.integer(-1)))));
        return n;
    }

    /** The session's AttemptError class, made once from its Python source. */
    private record ErrorClass(PyObject type) {}

    private static PyObject errorObject(Interpreter interp, Attempt a) {
        PyObject type = interp.state(ErrorClass.class, () -> new ErrorClass(interp.moduleFromSource("_attempt_error",
                "<lesson>", source())
                .getAttr("AttemptError"))).type();
        return type.call(new PyObject[] {Py.str(a.error()), a.errno() == null ? PyNone.NONE : Py.integer(a.errno()),
                a.message() == null ? PyNone.NONE : Py.str(a.message())}, Map.of());
    }

    private static String source() {
        try (var in = Judge.class.getResourceAsStream("/socklab/lesson/attempt_error.py")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A one-argument helper function. */
    private static PyBuiltinFunction fn(String name, java.util.function.Function<PyObject[], PyObject> body) {
        return new PyBuiltinFunction(name, (args, kw) -> {
            if (args.length != 1) {
                throw Py.typeError(name + "() takes exactly one argument (" + args.length + " given)");
            }
            return body.apply(args);
        });
    }

    /** A socket constant by name, from the session's socket module: the numbers live in one place. */
    private static PyObject constant(Interpreter interp, String name) {
        return interp.importModule("socket").getAttr(name);
    }

    private static PyObject call(PyObject obj, String method, PyObject... args) {
        return obj.getAttr(method).call(args, Map.of());
    }

    private static boolean succeeds(java.util.function.BooleanSupplier test) {
        try {
            return test.getAsBoolean();
        } catch (PyError e) {
            return false;
        }
    }
}
