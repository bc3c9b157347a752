package socklab.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;

/**
 * {@code os.path} (CPython's posixpath): the string rules for joining and splitting paths, and the
 * questions about files (exists, isfile, getsize, realpath) asked through the session's sandbox.
 */
final class PosixPathModule {
    private static final String PATH_ARG = "expected str, bytes or os.PathLike object";

    private PosixPathModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("posixpath");
        Map<String, PyObject> d = m.dict();
        d.put("sep", new PyStr("/"));
        d.put("curdir", new PyStr("."));
        d.put("pardir", new PyStr(".."));
        d.put("extsep", new PyStr("."));
        d.put("pathsep", new PyStr(":"));
        d.put("devnull", new PyStr("/dev/null"));
        fn(d, "join", (a, kw) -> {
            if (a.length == 0) {
                throw Py.typeError("join() missing 1 required positional argument: 'a'");
            }
            String out = "";
            for (PyObject part : a) {
                if (!(part instanceof PyStr s)) {
                    throw Py.typeError("join() argument must be str, bytes, or os.PathLike object, not '" + Py.typeName(part) + "'")
                            .through("<frozen genericpath>", 152, "_check_arg_types").through("<frozen posixpath>", 90, "join");
                }
                String p = s.value();
                out = p.startsWith("/") || out.isEmpty() ? p : out.endsWith("/") ? out + p : out + "/" + p;
            }
            return new PyStr(out);
        });
        fn(d, "split", (a, kw) -> {
            String[] parts = split(str(a, "split"));
            return Py.tuple(new PyStr(parts[0]), new PyStr(parts[1]));
        });
        fn(d, "basename", (a, kw) -> new PyStr(split(str(a, "basename"))[1]));
        fn(d, "dirname", (a, kw) -> new PyStr(split(str(a, "dirname"))[0]));
        fn(d, "splitext", (a, kw) -> {
            String p = str(a, "splitext");
            int slash = p.lastIndexOf('/');
            int dot = p.lastIndexOf('.');
            int nameStart = slash + 1;
            while (nameStart < p.length() && p.charAt(nameStart) == '.') {
                nameStart++;
            }
            if (dot < nameStart) {
                return Py.tuple(new PyStr(p), new PyStr(""));
            }
            return Py.tuple(new PyStr(p.substring(0, dot)), new PyStr(p.substring(dot)));
        });
        fn(d, "isabs", (a, kw) -> Py.bool(str(a, "isabs").startsWith("/")));
        fn(d, "normpath", (a, kw) -> new PyStr(normpath(str(a, "normpath"))));
        fn(d, "abspath", (a, kw) -> new PyStr(abspath(interp, str(a, "abspath"))));
        fn(d, "relpath", (a, kw) -> {
            PyObject[] v = Args.keywords("relpath", a, kw, new String[] {"path", "start"}, 2, 1);
            if (v[0] instanceof PyStr s && s.value().isEmpty()) {
                throw Py.valueError("no path specified").through("<frozen posixpath>", 490, "relpath");
            }
            String path = pathText(v[0], 492);
            String start = v[1] == null || v[1] == PyNone.NONE ? "." : pathText(v[1], 492);
            return new PyStr(relpath(interp, path, start));
        });
        fn(d, "commonpath", (a, kw) -> {
            PyObject[] items = Py.toArray(Args.one("commonpath", a, kw));
            if (items.length == 0) {
                throw Py.valueError("commonpath() arg is an empty sequence").through("<frozen posixpath>", 531, "commonpath");
            }
            List<String> paths = new ArrayList<>();
            for (PyObject item : items) {
                paths.add(pathText(item, 536));
            }
            return new PyStr(commonpath(paths));
        });
        fn(d, "realpath", (a, kw) -> {
            String p = str(a, "realpath");
            return new PyStr(FileSystem.resolve(interp, a[0], p, true).toString());
        });
        fn(d, "exists", (a, kw) -> asks(interp, a, "exists", 19, Files::exists));
        fn(d, "isfile", (a, kw) -> asks(interp, a, "isfile", 30, Files::isRegularFile));
        fn(d, "isdir", (a, kw) -> asks(interp, a, "isdir", 42, Files::isDirectory));
        fn(d, "islink", (a, kw) -> {
            Path p = FileSystem.resolve(interp, one(a, "islink"), FileSystem.text(a[0], FileSystem.osWhat("lstat")), false);
            return Py.bool(Files.isSymbolicLink(p));
        });
        fn(d, "getsize", (a, kw) -> {
            one(a, "getsize");
            try {
                return PyInt.of(Files.size(checked(interp, a, "getsize")));
            } catch (IOException e) {
                throw FileSystem.error(e, a[0]).through("<frozen genericpath>", 50, "getsize");
            } catch (PyError e) {
                throw e.through("<frozen genericpath>", 50, "getsize");
            }
        });
        fileTime(d, interp, "getmtime", 55, "lastModifiedTime");
        fileTime(d, interp, "getatime", 60, "lastAccessTime");
        fileTime(d, interp, "getctime", 65, "unix:ctime");
        fn(d, "lexists", (a, kw) -> {
            one(a, "lexists");
            try {
                return Py.bool(Files.exists(FileSystem.resolve(interp, a[0],
                        FileSystem.text(a[0], FileSystem.osWhat("lstat")), false), LinkOption.NOFOLLOW_LINKS));
            } catch (PyError e) {
                if (e.matches(ExcTypes.ValueError)) {
                    return Py.bool(false);
                }
                throw e.through("<frozen posixpath>", 177, "lexists");
            }
        });
        fn(d, "commonprefix", (a, kw) -> {
            List<String> paths = new ArrayList<>();
            for (PyObject item : Py.toArray(one(a, "commonprefix"))) {
                paths.add(FileSystem.text(item, "expected str, bytes or os.PathLike object"));
            }
            if (paths.isEmpty()) {
                return new PyStr("");
            }
            String lo = java.util.Collections.min(paths);
            String hi = java.util.Collections.max(paths);
            int i = 0;
            while (i < lo.length() && i < hi.length() && lo.charAt(i) == hi.charAt(i)) {
                i++;
            }
            return new PyStr(lo.substring(0, i));
        });
        return m;
    }

    /** getmtime, getatime and getctime: one of the file's times in seconds, failing through genericpath's stat line. */
    private static void fileTime(Map<String, PyObject> d, Interpreter interp, String fn, int statLine, String attribute) {
        fn(d, fn, (a, kw) -> {
            one(a, fn);
            try {
                Path p = checked(interp, a, fn);
                java.nio.file.attribute.FileTime t = (java.nio.file.attribute.FileTime) Files.getAttribute(p, attribute);
                return new PyFloat(t.toMillis() / 1000.0);
            } catch (IOException e) {
                throw FileSystem.error(e, a[0]).through("<frozen genericpath>", statLine, fn);
            } catch (PyError e) {
                throw e.through("<frozen genericpath>", statLine, fn);
            }
        });
    }

    private static void fn(Map<String, PyObject> d, String name, PyBuiltinFunction.Impl impl) {
        d.put(name, new PyBuiltinFunction(name, impl));
    }

    private static PyObject one(PyObject[] a, String fn) {
        if (a.length != 1) {
            throw Py.typeError(fn + "() takes 1 positional argument but " + a.length + " were given");
        }
        return a[0];
    }

    private static String str(PyObject[] a, String fn) {
        PyObject p = one(a, fn);
        if (!(p instanceof PyStr s)) {
            throw Py.typeError(PATH_ARG + ", not " + Py.typeName(p));
        }
        return s.value();
    }

    /** A file question's path: stat's wording for a wrong type, then the sandbox. */
    /**
     * exists(), isfile() and isdir(): genericpath answers False where os.stat fails with
     * ValueError (an embedded null byte); the sandbox's refusal stays a PermissionError, so the
     * learner is told the path is out of reach rather than absent; any other error passes through
     * the frozen module's stat line.
     */
    private static PyObject asks(Interpreter interp, PyObject[] a, String fn, int statLine, java.util.function.Predicate<Path> test) {
        one(a, fn); // a wrong count of arguments fails at the call, before any stat
        Path p;
        try {
            p = checked(interp, a, fn);
        } catch (PyError e) {
            if (e.matches(ExcTypes.ValueError)) {
                return Py.bool(false);
            }
            throw e.through("<frozen genericpath>", statLine, fn);
        }
        return Py.bool(test.test(p));
    }

    private static Path checked(Interpreter interp, PyObject[] a, String fn) {
        PyObject p = one(a, fn);
        String text = FileSystem.text(p, "stat: path should be string, bytes, os.PathLike or integer");
        return FileSystem.resolve(interp, p, text, true);
    }

    /** (head, tail) around the last slash; the head loses trailing slashes unless it is all slashes. */
    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i);
        String tail = p.substring(i);
        String stripped = head.replaceAll("/+$", "");
        return new String[] {stripped.isEmpty() ? head : stripped, tail};
    }

    /** A path argument of relpath or commonpath: a str, else TypeError from that line of posixpath. */
    private static String pathText(PyObject p, int line) {
        if (!(p instanceof PyStr s)) {
            throw Py.typeError(PATH_ARG + ", not " + Py.typeName(p)).through("<frozen posixpath>", line, line < 500 ? "relpath" : "commonpath");
        }
        return s.value();
    }

    /** posixpath.relpath: path from start, both made absolute first; ".." for each step up. */
    static String relpath(Interpreter interp, String path, String start) {
        List<String> from = parts(abspath(interp, start));
        List<String> to = parts(abspath(interp, path));
        int common = 0;
        while (common < from.size() && common < to.size() && from.get(common).equals(to.get(common))) {
            common++;
        }
        List<String> rel = new ArrayList<>();
        for (int i = common; i < from.size(); i++) {
            rel.add("..");
        }
        rel.addAll(to.subList(common, to.size()));
        return rel.isEmpty() ? "." : String.join("/", rel);
    }

    /** posixpath.commonpath: the longest shared run of components, absolute or relative, never both. */
    static String commonpath(List<String> paths) {
        boolean absolute = paths.get(0).startsWith("/");
        List<List<String>> split = new ArrayList<>();
        for (String p : paths) {
            if (p.startsWith("/") != absolute) {
                throw Py.valueError("Can't mix absolute and relative paths").through("<frozen posixpath>", 547, "commonpath");
            }
            List<String> comps = new ArrayList<>(parts(p));
            comps.removeIf("."::equals);
            split.add(comps);
        }
        List<String> first = split.get(0);
        int n = first.size();
        for (List<String> other : split) {
            int i = 0;
            while (i < n && i < other.size() && first.get(i).equals(other.get(i))) {
                i++;
            }
            n = i;
        }
        return (absolute ? "/" : "") + String.join("/", first.subList(0, n));
    }

    private static List<String> parts(String p) {
        List<String> out = new ArrayList<>();
        for (String c : p.split("/")) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    static String abspath(Interpreter interp, String p) {
        return normpath(p.startsWith("/") ? p : interp.sandbox().cwd() + "/" + p);
    }

    /** posixpath.normpath: '.' and 'a/..' pairs removed, one or exactly two leading slashes kept. */
    static String normpath(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        int slashes = p.startsWith("//") && !p.startsWith("///") ? 2 : p.startsWith("/") ? 1 : 0;
        List<String> parts = new ArrayList<>();
        for (String c : p.split("/")) {
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..") && (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..") || slashes > 0)) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
                continue;
            }
            parts.add(c);
        }
        String out = "/".repeat(slashes) + String.join("/", parts);
        return out.isEmpty() ? "." : out;
    }
}
