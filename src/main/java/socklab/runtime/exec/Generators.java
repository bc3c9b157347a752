package socklab.runtime.exec;

import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;

/** The nodes of generator functions: the body start that returns the generator, yield and yield from. */
final class Generators {
    private Generators() {}

    /** A generator function's whole body: calling it binds the arguments and returns a paused generator. */
    static final class Start extends StmtNode {
        private final StmtNode[] body;

        Start(StmtNode[] body) {
            super(body.length == 0 ? 0 : body[0].line);
            this.body = body;
        }

        @Override
        int exec(Frame f) {
            f.returnValue = new PyGenerator(f, body);
            return RETURN;
        }
    }

    static final class Yield extends ExprNode {
        private final ExprNode value;

        Yield(ExprNode value) {
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            return PyGenerator.yieldValue(value == null ? PyNone.NONE : value.eval(f));
        }
    }

    static final class YieldFrom extends ExprNode {
        private final ExprNode value;

        YieldFrom(ExprNode value) {
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            return PyGenerator.yieldFrom(value.eval(f));
        }
    }
}
