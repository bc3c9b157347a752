package socklab.runtime.builtins;

import socklab.runtime.object.Args;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyRange;
import socklab.runtime.object.Slots;

/** range.count and range.index, answered from the arithmetic without iterating. */
final class RangeMethods {
    private RangeMethods() {}

    static void install() {
        Slots.install(PyRange.TYPE);
        PyRange.TYPE.method("count", (self, a, kw) -> PyInt.of(self.contains(Args.one("range.count", a, kw)) ? 1 : 0));
        PyRange.TYPE.method("index", (self, a, kw) -> {
            PyObject x = Args.one("range.index", a, kw);
            if (!self.contains(x)) {
                throw Py.valueError(x instanceof PyInt ? x.repr() + " is not in range" : "sequence.index(x): x not in sequence");
            }
            PyRange r = (PyRange) self;
            PyObject offset = Ops.binary(socklab.lang.ast.Expr.BinOperator.SUB, x, r.getAttr("start"));
            return Ops.binary(socklab.lang.ast.Expr.BinOperator.FLOORDIV, offset, r.getAttr("step"));
        });
    }
}
