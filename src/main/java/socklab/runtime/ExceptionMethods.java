package socklab.runtime;

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
        t.slot("__str__", 0, (self, a, kw) -> new PyStr(((PyBaseException) self).baseStr()));
        t.slot("__repr__", 0, (self, a, kw) -> new PyStr(((PyBaseException) self).baseRepr()));
    }
}
