package socklab.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import socklab.net.Errno;
import socklab.runtime.Interpreter;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;

/**
 * The one door from Python code to the disk: path arguments as CPython accepts them, the session's
 * sandbox asked about every path, and Java's file errors turned into the OSError (with errno,
 * strerror from the one errno table, and the file name as written) that CPython raises.
 */
final class FileSystem {
    private FileSystem() {}

    /** A path argument's text: str as is, bytes as UTF-8; {@code what} opens CPython's TypeError. */
    static String text(PyObject path, String what) {
        String s;
        path = fspath(path);
        if (path instanceof PyStr str) {
            s = str.value();
        } else if (path instanceof PyBytes b) {
            s = new String(b.array(), StandardCharsets.UTF_8);
        } else {
            throw Py.typeError(what + ", not " + Py.typeName(path));
        }
        if (s.indexOf('\0') >= 0) {
            throw Py.valueError("embedded null byte");
        }
        return s;
    }

    /** os.fspath: str and bytes as they are, an os.PathLike's __fspath__() (a DirEntry's path), anything else unchanged. */
    static PyObject fspath(PyObject path) {
        if (path instanceof PyStr || path instanceof PyBytes) {
            return path;
        }
        PyObject method = path.type().lookup("__fspath__");
        return method == null ? path : path.getAttr("__fspath__").call(new PyObject[0], null);
    }

    /** The wording os functions use for a bad path: "stat: path should be string, bytes or os.PathLike". */
    static String osWhat(String fn) {
        return fn + ": path should be string, bytes or os.PathLike";
    }

    /**
     * The real path a Python path argument names, links followed (or, with {@code followLast} false,
     * a final link itself); PermissionError naming the path as written when it leads out of the sandbox.
     */
    static Path resolve(Interpreter interp, PyObject shown, String path, boolean followLast) {
        Path real = interp.sandbox().resolve(path, followLast);
        if (real == null) {
            throw error(Errno.EACCES, shown);
        }
        return real;
    }

    /** OSError (the PEP 3151 subclass) for an errno, naming the file as the caller wrote it. */
    static PyError error(Errno errno, PyObject filename) {
        PyBaseException e = PyBaseException.oserror(ExcTypes.forErrno(errno.code()), errno.code(), errno.strerror());
        e.setAttr("filename", filename);
        return new PyError(e);
    }

    /** The same with a second file name, as rename shows it: "'old' -> 'new'". */
    static PyError error(Errno errno, PyObject filename, PyObject filename2) {
        PyError err = error(errno, filename);
        err.value().setAttr("filename2", filename2);
        return err;
    }

    /** What Java threw while touching {@code filename}, as CPython's OSError. */
    static PyError error(IOException e, PyObject filename) {
        return error(errnoOf(e), filename);
    }

    static Errno errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Errno.ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return Errno.EEXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Errno.ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return Errno.ENOTDIR;
        }
        if (e instanceof AccessDeniedException) {
            return Errno.EACCES;
        }
        Errno named = Errno.byMessage(e instanceof FileSystemException f ? f.getReason() : e.getMessage());
        return named != null ? named : Errno.EIO;
    }
}
