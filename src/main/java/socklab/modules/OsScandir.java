package socklab.modules;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import socklab.runtime.Interpreter;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;

/**
 * os.scandir, which a file server's "ls" lists a folder with: DirEntry objects that know their name,
 * path and kind, read through the sandbox; the iterator closes itself at the end or in a with block.
 */
final class OsScandir extends PyObject {
    static final PyType TYPE = new PyType("ScandirIterator", "posix", null);

    static {
        TYPE.method("__enter__", (self, a, kw) -> self);
        TYPE.method("__exit__", (self, a, kw) -> {
            ((OsScandir) self).close();
            return PyNone.NONE;
        });
        TYPE.method("close", (self, a, kw) -> {
            Args.none("close", a, kw);
            ((OsScandir) self).close();
            return PyNone.NONE;
        });
    }

    private final Interpreter interp;
    private final String shown;
    private DirectoryStream<Path> stream;
    private Iterator<Path> entries;

    OsScandir(Interpreter interp, PyObject arg) {
        this.interp = interp;
        PyObject given = arg == null || arg == PyNone.NONE ? new PyStr(".") : arg;
        shown = FileSystem.text(given, "scandir: path should be string, bytes, os.PathLike, integer or None");
        Path dir = FileSystem.resolve(interp, given, shown, true);
        try {
            stream = Files.newDirectoryStream(dir);
        } catch (IOException e) {
            throw FileSystem.error(e, given);
        }
        entries = stream.iterator();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject enter() {
        return this;
    }

    @Override
    public boolean exit(socklab.runtime.object.PyBaseException pending) {
        close();
        return false;
    }

    @Override
    public PyObject next() {
        if (entries == null || !entries.hasNext()) {
            close();
            return null;
        }
        String name = entries.next().getFileName().toString();
        return new Entry(interp, name, shown.endsWith("/") ? shown + name : shown + "/" + name);
    }

    private void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // nothing the learner could do about a folder that fails to close
            }
            stream = null;
            entries = null;
        }
    }

    /** os.DirEntry: one name in the folder, its kind asked of the file system when the learner asks. */
    static final class Entry extends PyObject {
        static final PyType TYPE = new PyType("DirEntry", "posix", null);

        static {
            TYPE.method("is_dir", (self, a, kw) -> ((Entry) self).is(a, kw, "is_dir", true));
            TYPE.method("is_file", (self, a, kw) -> ((Entry) self).is(a, kw, "is_file", false));
            TYPE.method("is_symlink", (self, a, kw) -> {
                Args.none("is_symlink", a, kw);
                Path p = ((Entry) self).real(false);
                return Py.bool(p != null && Files.isSymbolicLink(p));
            });
            TYPE.method("stat", (self, a, kw) -> {
                Entry e = (Entry) self;
                Args.keywords("stat", a, kw, new String[] {"follow_symlinks"}, 0, 0);
                return e.interp.importModule("os").getAttr("stat").call(new PyObject[] {new PyStr(e.path)}, null);
            });
            TYPE.method("__fspath__", (self, a, kw) -> new PyStr(((Entry) self).path));
        }

        private final Interpreter interp;
        private final String name;
        private final String path;

        Entry(Interpreter interp, String name, String path) {
            this.interp = interp;
            this.name = name;
            this.path = path;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject getAttr(String attr) {
            return switch (attr) {
                case "name" -> new PyStr(name);
                case "path" -> new PyStr(path);
                default -> super.getAttr(attr);
            };
        }

        @Override
        public String repr() {
            return "<DirEntry " + new PyStr(name).repr() + ">";
        }

        private PyObject is(PyObject[] a, java.util.Map<String, PyObject> kw, String fn, boolean dir) {
            PyObject[] p = Args.keywords(fn, a, kw, new String[] {"follow_symlinks"}, 0, 0);
            boolean follow = p.length == 0 || p[0] == null || p[0].isTrue();
            Path real = real(follow);
            if (real == null) {
                return Py.bool(false);
            }
            LinkOption[] how = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            return Py.bool(dir ? Files.isDirectory(real, how) : Files.isRegularFile(real, how));
        }

        /** The entry's real path through the sandbox, or null where that leads out of it. */
        private Path real(boolean followLast) {
            return interp.sandbox().resolve(path, followLast);
        }
    }
}
