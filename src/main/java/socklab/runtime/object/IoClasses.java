package socklab.runtime.object;

import java.util.List;

/**
 * The _io classes every file socklab makes belongs to, so that isinstance(sock.makefile(), io.TextIOWrapper)
 * holds as for open(); their methods, passed on to the {@link FileLike} behind them, are filled in
 * as every built-in type's are (runtime.builtins.FileMethods).
 */
public final class IoClasses {
    /** _io's base classes, which every concrete file class derives. */
    public static final PyType IO_BASE = PyType.extension("_io", "_IOBase", null);
    public static final PyType RAW_BASE = PyType.extension("_io", "_RawIOBase", IO_BASE);
    public static final PyType BUFFERED_BASE = PyType.extension("_io", "_BufferedIOBase", IO_BASE);
    public static final PyType TEXT_BASE = PyType.extension("_io", "_TextIOBase", IO_BASE);
    /** io's abstract classes: each counts the _io classes of its kind as its own, as CPython registers them. */
    public static final PyType IO_ABC = PyType.withBases("IOBase", "io", List.of(IO_BASE)).standingFor(IO_BASE);
    public static final PyType RAW_ABC = PyType.withBases("RawIOBase", "io", List.of(RAW_BASE, IO_ABC)).standingFor(RAW_BASE);
    public static final PyType BUFFERED_ABC = PyType.withBases("BufferedIOBase", "io", List.of(BUFFERED_BASE, IO_ABC))
            .standingFor(BUFFERED_BASE);
    public static final PyType TEXT_ABC = PyType.withBases("TextIOBase", "io", List.of(TEXT_BASE, IO_ABC)).standingFor(TEXT_BASE);

    public static final PyType TEXT = PyType.extension("_io", "TextIOWrapper", TEXT_BASE);
    public static final PyType READER = PyType.extension("_io", "BufferedReader", BUFFERED_BASE);
    public static final PyType WRITER = PyType.extension("_io", "BufferedWriter", BUFFERED_BASE);
    public static final PyType RANDOM = PyType.extension("_io", "BufferedRandom", BUFFERED_BASE);
    public static final PyType RW_PAIR = PyType.extension("_io", "BufferedRWPair", BUFFERED_BASE);
    public static final PyType FILE_IO = PyType.extension("_io", "FileIO", RAW_BASE);
    public static final PyType[] ALL = {TEXT, READER, WRITER, RANDOM, RW_PAIR, FILE_IO};
    /** The classes io names as its own: the abstract ones first, as CPython's io module defines them. */
    public static final PyType[] ABSTRACT = {IO_ABC, RAW_ABC, BUFFERED_ABC, TEXT_ABC};
    /** sock.makefile(buffering=0)'s class: the socket module's, with the same file methods as the _io ones. */
    public static final PyType SOCKET_IO = new PyType("SocketIO", "socket", RAW_ABC);
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
