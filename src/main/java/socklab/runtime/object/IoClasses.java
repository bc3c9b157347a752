package socklab.runtime.object;

import java.util.List;

/**
 * The _io classes every file socklab makes belongs to, so that isinstance(sock.makefile(), io.TextIOWrapper)
 * holds as for open(); their methods, passed on to the {@link FileLike} behind them, are filled in
 * as every built-in type's are (runtime.builtins.FileMethods).
 */
public final class IoClasses {
    public static final PyType TEXT = PyType.extension("_io", "TextIOWrapper", null);
    public static final PyType READER = PyType.extension("_io", "BufferedReader", null);
    public static final PyType WRITER = PyType.extension("_io", "BufferedWriter", null);
    public static final PyType RANDOM = PyType.extension("_io", "BufferedRandom", null);
    public static final PyType RW_PAIR = PyType.extension("_io", "BufferedRWPair", null);
    public static final PyType FILE_IO = PyType.extension("_io", "FileIO", null);
    public static final PyType[] ALL = {TEXT, READER, WRITER, RANDOM, RW_PAIR, FILE_IO};
    /** sock.makefile(buffering=0)'s class: the socket module's, with the same file methods as the _io ones. */
    public static final PyType SOCKET_IO = new PyType("SocketIO", "socket", null);
    /** Every class whose instances are files, filled with the file methods. */
    public static final List<PyType> WITH_FILE_METHODS = List.of(TEXT, READER, WRITER, RANDOM, RW_PAIR, FILE_IO, SOCKET_IO);

    private IoClasses() {}

    /** The class a binary file of these abilities is shown as (FileIO when unbuffered). */
    public static PyType binary(boolean reading, boolean writing, boolean seekable, boolean unbuffered) {
        if (unbuffered) {
            return FILE_IO;
        }
        if (reading && writing) {
            return seekable ? RANDOM : RW_PAIR;
        }
        return reading ? READER : WRITER;
    }
}
