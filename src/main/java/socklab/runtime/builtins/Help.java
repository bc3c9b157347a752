package socklab.runtime.builtins;

import java.util.function.Function;
import socklab.runtime.object.Context;
import socklab.runtime.object.Docstring;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyMethod;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.UserFunction;

/** help(): pages come from the session's provider (the shell's, localised); a plain fallback otherwise. */
final class Help {
    private Help() {}

    static PyObject show(Context interp, PyObject[] args) {
        Function<PyObject, String> p = interp.helpProvider();
        PyObject subject = args.length == 0 ? PyNone.NONE : args[0];
        String page = p == null ? null : p.apply(subject);
        if (page == null) {
            page = fallback(subject);
        }
        interp.io().out(page.endsWith("\n") ? page : page + "\n");
        return PyNone.NONE;
    }

    private static String fallback(PyObject subject) {
        if (subject == PyNone.NONE) {
            return "Type help(x) for help on x, for example help(socket.socket).";
        }
        Docstring doc = subject instanceof PyMethod m ? m.doc() : subject instanceof PyBuiltinFunction f ? f.doc() : null;
        if (doc != null) {
            return doc.page("0x" + Long.toHexString(Py.id(subject)));
        }
        if (subject instanceof PyBuiltinFunction f) {
            return "Help on built-in function " + f.name() + ".";
        }
        if (subject instanceof UserFunction f) {
            return "Help on function " + f.name() + " in module __main__.";
        }
        if (subject instanceof PyModule m) {
            return "Help on module " + m.name() + ".";
        }
        return "Help on " + subject.type().name() + " object.";
    }
}
