package socklab.runtime.object;

/**
 * A file object whose iteration yields its lines and whose with block closes it, as every _io
 * file does: open()'s files, socket.makefile()'s and the standard streams share this one way.
 */
public abstract class LineFile extends PyObject implements FileLike {
    @Override
    public PyObject iter() {
        checkOpen();
        return this;
    }

    @Override
    public PyObject next() {
        PyObject line = readline(-1);
        return line.isTrue() ? line : null;
    }

    @Override
    public boolean exit(PyBaseException pendingError) {
        close();
        return false;
    }
}
