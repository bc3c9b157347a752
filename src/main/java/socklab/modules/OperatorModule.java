package socklab.modules;

import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyObject;

/**
 * {@code _operator}: the operator functions CPython writes in C, so that their errors come from no
 * Python frame; operator.py (a resource) imports them over its own definitions, as CPython's does.
 */
final class OperatorModule {
    private OperatorModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_operator");
        m.dict().put("index", new PyBuiltinFunction("index", (a, kw) -> {
            Args.noKeywords("index", kw);
            if (a.length != 1) {
                throw Py.typeError("_operator.index() takes exactly one argument (" + a.length + " given)");
            }
            PyObject x = a[0];
            PyInt i = Py.indexValue(x);
            if (i == null) {
                throw Py.typeError("'" + Py.typeName(x) + "' object cannot be interpreted as an integer");
            }
            return i;
        }));
        return m;
    }
}
