package socklab.modules;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.Map;
import socklab.net.Errno;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyIterator;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Signature;

/**
 * The part of {@code os} socket programs use: facts about the process and platform, a private copy
 * of the environment, and file operations through the session's sandbox. Nothing that starts or
 * signals processes (fork, exec*, system, spawn*, kill, popen) exists, so using one is an AttributeError.
 */
final class OsModule {
    private static final Signature MAKEDIRS = Signature.parse("makedirs(name, mode, exist_ok)");
    private static final Signature WALK = Signature.parse("walk(top, topdown, onerror, followlinks)");

    private OsModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("os");
        Map<String, PyObject> d = m.dict();
        d.put("name", new PyStr("posix"));
        d.put("sep", new PyStr("/"));
        d.put("altsep", PyNone.NONE);
        d.put("linesep", new PyStr("\n"));
        d.put("curdir", new PyStr("."));
        d.put("pardir", new PyStr(".."));
        d.put("extsep", new PyStr("."));
        d.put("pathsep", new PyStr(":"));
        d.put("devnull", new PyStr("/dev/null"));
        d.put("SEEK_SET", PyInt.of(0));
        d.put("SEEK_CUR", PyInt.of(1));
        d.put("SEEK_END", PyInt.of(2));
        d.put("error", ExcTypes.OSError);
        d.put("path", interp.importModule("posixpath"));
        PyDict environ = new PyDict();
        System.getenv().forEach((k, v) -> environ.setItem(new PyStr(k), new PyStr(v)));
        d.put("environ", environ);
        fn(d, "getenv", (a, kw) -> {
            PyObject[] p = Args.keywords("getenv", a, kw, new String[] {"key", "default"}, 2, 1);
            PyObject v = environ.get(p[0]);
            return v != null ? v : p[1] == null ? PyNone.NONE : p[1];
        });
        fn(d, "getcwd", (a, kw) -> {
            Args.none("getcwd", a, kw);
            return new PyStr(interp.sandbox().cwd().toString());
        });
        fn(d, "chdir", (a, kw) -> {
            PyObject p = Args.keywords("chdir", a, kw, new String[] {"path"}, 1, 1)[0];
            Path target = FileSystem.resolve(interp, p, FileSystem.text(p, "chdir: path should be string, bytes, os.PathLike or integer"), true);
            if (!Files.exists(target)) {
                throw FileSystem.error(Errno.ENOENT, p);
            }
            if (!Files.isDirectory(target)) {
                throw FileSystem.error(Errno.ENOTDIR, p);
            }
            interp.sandbox().changeDirectory(target);
            return PyNone.NONE;
        });
        fn(d, "getpid", (a, kw) -> {
            Args.none("getpid", a, kw);
            return PyInt.of(ProcessHandle.current().pid());
        });
        fn(d, "cpu_count", (a, kw) -> {
            Args.none("cpu_count", a, kw);
            return PyInt.of(Runtime.getRuntime().availableProcessors());
        });
        fn(d, "strerror", (a, kw) -> {
            int code = Py.indexInt(Args.one("strerror", a, kw));
            Errno e = Errno.of(code);
            return new PyStr(e != null ? e.strerror() : "Unknown error " + code);
        });
        SecureRandom random = new SecureRandom();
        fn(d, "urandom", (a, kw) -> {
            long n = Py.index(Args.one("urandom", a, kw));
            if (n < 0) {
                throw Py.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) n];
            random.nextBytes(b);
            return new PyBytes(b);
        });
        fn(d, "listdir", (a, kw) -> {
            PyObject arg = Args.expected("listdir", a, kw, 0, 1)[0];
            PyObject shown = arg == null || arg == PyNone.NONE ? new PyStr(".") : arg;
            String text = FileSystem.text(shown, "listdir: path should be string, bytes, os.PathLike, integer or None");
            Path dir = FileSystem.resolve(interp, shown, text, true);
            PyList out = new PyList();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path e : entries) {
                    String name = e.getFileName().toString();
                    out.append(shown instanceof PyBytes ? new PyBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : new PyStr(name));
                }
            } catch (IOException e) {
                throw FileSystem.error(e, shown);
            }
            return out;
        });
        fn(d, "mkdir", (a, kw) -> {
            PyObject p = Args.keywords("mkdir", a, kw, new String[] {"path", "mode"}, 2, 1)[0];
            Path target = path(interp, p, "mkdir", false);
            try {
                Files.createDirectory(target);
            } catch (IOException e) {
                throw FileSystem.error(e, p);
            }
            return PyNone.NONE;
        });
        fn(d, "makedirs", (a, kw) -> {
            PyObject[] p = MAKEDIRS.bind(a, kw, new PyObject[] {null, PyInt.of(0777), socklab.runtime.object.PyBool.FALSE});
            Path target = path(interp, p[0], "mkdir", true);
            // os.makedirs is Python in CPython: its mkdir's error passes through the frozen module's line 225.
            if (Files.isDirectory(target) && !p[2].isTrue()) {
                throw FileSystem.error(Errno.EEXIST, p[0]).through("<frozen os>", 225, "makedirs");
            }
            try {
                Files.createDirectories(target);
            } catch (FileAlreadyExistsException e) {
                throw FileSystem.error(Errno.EEXIST, p[0]).through("<frozen os>", 225, "makedirs");
            } catch (IOException e) {
                throw FileSystem.error(e, p[0]).through("<frozen os>", 225, "makedirs");
            }
            return PyNone.NONE;
        });
        fn(d, "rmdir", (a, kw) -> {
            PyObject p = Args.one("rmdir", a, kw);
            Path target = path(interp, p, "rmdir", false);
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw FileSystem.error(Errno.ENOTDIR, p);
            }
            delete(target, p);
            return PyNone.NONE;
        });
        for (String name : new String[] {"remove", "unlink"}) {
            fn(d, name, (a, kw) -> {
                PyObject p = Args.one(name, a, kw);
                Path target = path(interp, p, name, false);
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw FileSystem.error(Errno.EISDIR, p);
                }
                delete(target, p);
                return PyNone.NONE;
            });
        }
        for (String name : new String[] {"rename", "replace"}) {
            fn(d, name, (a, kw) -> {
                PyObject[] p = Args.expected(name, a, kw, 2, 2);
                Path from = path(interp, p[0], name, false);
                Path to = path(interp, p[1], name, false);
                try {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw FileSystem.error(FileSystem.errnoOf(e), p[0], p[1]);
                }
                return PyNone.NONE;
            });
        }
        fn(d, "fspath", (a, kw) -> {
            PyObject p = Args.keywords("fspath", a, kw, new String[] {"path"}, 1, 1)[0];
            PyObject out = FileSystem.fspath(p);
            if (!(out instanceof PyStr) && !(out instanceof PyBytes)) {
                throw Py.typeError(out == p ? "expected str, bytes or os.PathLike object, not " + Py.typeName(p)
                        : "expected " + Py.typeName(p) + ".__fspath__() to return str or bytes, not " + Py.typeName(out));
            }
            return out;
        });
        fn(d, "scandir", (a, kw) -> new OsScandir(interp, Args.expected("scandir", a, kw, 0, 1)[0]));
        d.put("DirEntry", OsScandir.Entry.TYPE);
        fn(d, "walk", (a, kw) -> {
            PyObject[] p = WALK.bind(a, kw, new PyObject[] {null, PyBool.TRUE, PyNone.NONE, PyBool.FALSE});
            String top = FileSystem.text(p[0], "expected str, bytes or os.PathLike object");
            return new PyIterator.OfJava("generator",
                    new OsWalk(interp, top, p[0] instanceof PyBytes, p[1].isTrue(), p[2], p[3].isTrue()));
        });
        fn(d, "stat", (a, kw) -> {
            PyObject p = Args.keywords("stat", a, kw, new String[] {"path"}, 1, 1)[0];
            String text = FileSystem.text(p, "stat: path should be string, bytes, os.PathLike or integer");
            return stat(FileSystem.resolve(interp, p, text, true), p);
        });
        return m;
    }

    private static void fn(Map<String, PyObject> d, String name, PyBuiltinFunction.Impl impl) {
        d.put(name, new PyBuiltinFunction(name, impl));
    }

    private static Path path(Interpreter interp, PyObject p, String fn, boolean followLast) {
        return FileSystem.resolve(interp, p, FileSystem.text(p, FileSystem.osWhat(fn)), followLast);
    }

    private static void delete(Path target, PyObject shown) {
        try {
            Files.delete(target);
        } catch (IOException e) {
            throw FileSystem.error(e, shown);
        }
    }

    private static PyObject stat(Path p, PyObject shown) {
        try {
            PosixFileAttributes attrs = Files.readAttributes(p, PosixFileAttributes.class);
            Map<String, Object> unix = Files.readAttributes(p, "unix:mode,ino,dev,nlink,uid,gid,ctime");
            long size = attrs.size();
            return new StatResult(new long[] {((Number) unix.get("mode")).longValue(), (Long) unix.get("ino"),
                    (Long) unix.get("dev"), (Integer) unix.get("nlink"), (Integer) unix.get("uid"), (Integer) unix.get("gid"), size},
                    new double[] {seconds(attrs.lastAccessTime()), seconds(attrs.lastModifiedTime()), seconds((java.nio.file.attribute.FileTime) unix.get("ctime"))});
        } catch (UnsupportedOperationException e) {
            throw FileSystem.error(Errno.EIO, shown);
        } catch (IOException e) {
            throw FileSystem.error(e, shown);
        }
    }

    private static double seconds(java.nio.file.attribute.FileTime t) {
        return t.toMillis() / 1000.0;
    }

    /** os.stat_result: the seven integer fields, then atime, mtime, ctime (ints by index, floats by name). */
    static final class StatResult extends PyObject {
        private static final PyType TYPE = new PyType("stat_result", "os", null);
        private static final String[] INTS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size"};
        private static final String[] TIMES = {"st_atime", "st_mtime", "st_ctime"};

        private final long[] ints;
        private final double[] times;

        StatResult(long[] ints, double[] times) {
            this.ints = ints;
            this.times = times;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject getAttr(String name) {
            for (int i = 0; i < INTS.length; i++) {
                if (INTS[i].equals(name)) {
                    return PyInt.of(ints[i]);
                }
            }
            for (int i = 0; i < TIMES.length; i++) {
                if (TIMES[i].equals(name)) {
                    return new PyFloat(times[i]);
                }
            }
            return super.getAttr(name);
        }

        private PyObject item(int i) {
            return i < INTS.length ? PyInt.of(ints[i]) : PyInt.of((long) Math.floor(times[i - INTS.length]));
        }

        @Override
        public int len() {
            return INTS.length + TIMES.length;
        }

        @Override
        public PyObject getItem(PyObject key) {
            long i = Py.index(key);
            if (i < 0) {
                i += len();
            }
            if (i < 0 || i >= len()) {
                throw Py.error(ExcTypes.IndexError, "tuple index out of range");
            }
            return item((int) i);
        }

        @Override
        public PyObject iter() {
            PyObject[] items = new PyObject[len()];
            for (int i = 0; i < items.length; i++) {
                items[i] = item(i);
            }
            return new PyTuple(items).iter();
        }

        @Override
        public String repr() {
            StringBuilder b = new StringBuilder("os.stat_result(");
            for (int i = 0; i < len(); i++) {
                b.append(i == 0 ? "" : ", ").append(i < INTS.length ? INTS[i] : TIMES[i - INTS.length]).append('=').append(item(i).repr());
            }
            return b.append(')').toString();
        }
    }
}
