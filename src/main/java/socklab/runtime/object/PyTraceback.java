package socklab.runtime.object;

import java.util.List;

/**
 * A traceback object (an exception's __traceback__, sys.exc_info()[2]): one entry of an error's
 * frames, outermost first, whose tb_next is the entry one call further in.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = new PyType("traceback", null);
    private static final PyType FRAME = new PyType("frame", null);
    private static final PyType CODE = new PyType("code", null);

    private final List<PyError.Frame> frames;
    private final int index;

    private PyTraceback(List<PyError.Frame> frames, int index) {
        this.frames = frames;
        this.index = index;
    }

    /** The traceback of these frames, or None when there are none (an exception never raised). */
    public static PyObject of(List<PyError.Frame> frames) {
        return frames.isEmpty() ? PyNone.NONE : new PyTraceback(List.copyOf(frames), 0);
    }

    /** A frame object for where a paused generator stands (gi_frame). */
    public static PyObject frameView(PyError.Frame where) {
        return new FrameView(where);
    }

    /** A code object naming a function and its file (gi_code). */
    public static PyObject codeView(PyError.Frame where) {
        return new CodeView(where);
    }

    /** This entry and every one further in, outermost first. */
    public List<PyError.Frame> frames() {
        return frames.subList(index, frames.size());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(String name) {
        PyError.Frame f = frames.get(index);
        return switch (name) {
            case "tb_next" -> index + 1 < frames.size() ? new PyTraceback(frames, index + 1) : PyNone.NONE;
            case "tb_lineno" -> PyInt.of(f.line());
            case "tb_lasti" -> PyInt.of(-1);
            case "tb_frame" -> new FrameView(f);
            default -> super.getAttr(name);
        };
    }

    /** What tb_frame offers of a finished frame: where it was and the code it ran. */
    private static final class FrameView extends PyObject {
        private final PyError.Frame frame;

        FrameView(PyError.Frame frame) {
            this.frame = frame;
        }

        @Override
        public PyType type() {
            return FRAME;
        }

        @Override
        public PyObject getAttr(String name) {
            return switch (name) {
                case "f_lineno" -> PyInt.of(frame.line());
                case "f_code" -> new CodeView(frame);
                case "f_back" -> PyNone.NONE;
                default -> super.getAttr(name);
            };
        }

        @Override
        public String repr() {
            return "<frame at 0x" + Long.toHexString(Py.id(this)) + ", file " + new PyStr(frame.file()).repr()
                    + ", line " + frame.line() + ", code " + frame.function() + ">";
        }
    }

    /** f_code: the name and file of the code a frame ran. */
    private static final class CodeView extends PyObject {
        private final PyError.Frame frame;

        CodeView(PyError.Frame frame) {
            this.frame = frame;
        }

        @Override
        public PyType type() {
            return CODE;
        }

        @Override
        public PyObject getAttr(String name) {
            return switch (name) {
                case "co_name" -> new PyStr(frame.function());
                case "co_filename" -> new PyStr(frame.file());
                case "co_firstlineno" -> PyInt.of(frame.line());
                default -> super.getAttr(name);
            };
        }

        @Override
        public String repr() {
            return "<code object " + frame.function() + " at 0x" + Long.toHexString(Py.id(this)) + ", file \""
                    + frame.file() + "\">";
        }
    }
}
