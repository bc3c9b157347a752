package socklab.runtime.object;

/**
 * What the shared _io classes ({@code IoClasses}) ask of an object socklab hands out as a file:
 * open()'s files and socket.makefile()'s. Each answers in the words CPython's class of that kind
 * uses; what a stream cannot do (seek on a socket) has CPython's refusal as its default.
 */
public interface FileLike {
    PyObject read(long n);

    PyObject readline(long limit);

    /** read1(n) of the buffered binary classes: at most n bytes with at most one read of the stream below. */
    default PyObject read1(long n) {
        return read(n);
    }

    PyObject write(PyObject data);

    void flush();

    void close();

    /** Raises CPython's ValueError for a closed file; with, iteration and readlines start with it. */
    void checkOpen();

    boolean canRead();

    boolean canWrite();

    /** True for TextIOWrapper, whose refusals are worded apart from the binary classes'. */
    boolean isText();

    /** isatty(): only the standard streams of a session on a terminal are one. */
    default boolean isTerminal() {
        return false;
    }

    default boolean isSeekable() {
        return false;
    }

    default PyObject seek(long offset, int whence) {
        checkOpen();
        throw Py.error(ExcTypes.UnsupportedOperation, isText() ? "underlying stream is not seekable" : "File or stream is not seekable.");
    }

    default PyObject tell() {
        checkOpen();
        throw Py.error(ExcTypes.UnsupportedOperation, isText() ? "underlying stream is not seekable" : "seek");
    }

    default PyObject truncate(PyObject size) {
        checkOpen();
        throw Py.error(ExcTypes.UnsupportedOperation, "truncate");
    }
}
