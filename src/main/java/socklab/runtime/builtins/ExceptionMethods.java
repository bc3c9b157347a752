package socklab.runtime.builtins;

import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTraceback;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;

/** The special methods of BaseException, which a learner's exception class reaches through super(). */
final class ExceptionMethods {
    private ExceptionMethods() {}

    static void install() {
        PyType t = ExcTypes.BaseException;
        t.slot("__init__", -1, (self, a, kw) -> {
            if (kw != null && !kw.isEmpty()) {
                throw Py.typeError(self.type().name() + "() takes no keyword arguments");
            }
            self.setAttr("args", new PyTuple(a.clone()));
            return PyNone.NONE;
        });
        t.method("with_traceback", (self, a, kw) -> {
            if (a.length != 1 || kw != null && !kw.isEmpty()) {
                throw Py.typeError("BaseException.with_traceback() takes exactly one argument (" + a.length + " given)");
            }
            if (a[0] != PyNone.NONE && !(a[0] instanceof PyTraceback)) {
                throw Py.typeError("__traceback__ must be a traceback or None");
            }
            self.setAttr("__traceback__", a[0]);
            return self;
        });
        t.slot("__str__", 0, (self, a, kw) -> new PyStr(((PyBaseException) self).baseStr()));
        t.slot("__repr__", 0, (self, a, kw) -> new PyStr(((PyBaseException) self).baseRepr()));
    }
}
