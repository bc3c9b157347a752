package socklab.modules;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import socklab.runtime.Interpreter;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;

/**
 * os.walk, which folder uploads walk their tree with: (root, dirs, files) for each folder, names in
 * the order the folder lists them, folders through the sandbox. Top-down, the next folders are taken
 * from the dirs list only after the learner had it, so pruning or sorting it in place steers the walk.
 */
final class OsWalk implements Iterator<PyObject> {
    private final Interpreter interp;
    private final boolean topdown;
    private final PyObject onerror;
    private final boolean followlinks;
    private final boolean bytes;
    private final Deque<String> todo = new ArrayDeque<>();
    /** Top-down: the folder handed out last, whose dirs list names the folders to visit next. */
    private String lastRoot;
    private PyList lastDirs;
    /** Bottom-up: every folder's triple, worked out at the first step. */
    private Deque<PyObject> bottomUp;
    private PyObject ahead;

    OsWalk(Interpreter interp, String top, boolean bytes, boolean topdown, PyObject onerror, boolean followlinks) {
        this.interp = interp;
        this.topdown = topdown;
        this.onerror = onerror;
        this.followlinks = followlinks;
        this.bytes = bytes;
        todo.push(top);
    }

    @Override
    public boolean hasNext() {
        if (ahead == null) {
            ahead = topdown ? nextTopDown() : nextBottomUp();
        }
        return ahead != null;
    }

    @Override
    public PyObject next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        PyObject out = ahead;
        ahead = null;
        return out;
    }

    private PyObject nextTopDown() {
        if (lastRoot != null) {
            PyObject[] kids = lastDirs.toArray();
            for (int i = kids.length - 1; i >= 0; i--) {
                String path = join(lastRoot, name(kids[i]));
                if (followlinks || !isLink(path)) {
                    todo.push(path);
                }
            }
            lastRoot = null;
        }
        while (!todo.isEmpty()) {
            String top = todo.pop();
            PyList[] listing = list(top);
            if (listing != null) {
                lastRoot = top;
                lastDirs = listing[0];
                return triple(top, listing);
            }
        }
        return null;
    }

    private PyObject nextBottomUp() {
        if (bottomUp == null) {
            bottomUp = new ArrayDeque<>();
            collect(todo.pop());
        }
        return bottomUp.poll();
    }

    private void collect(String top) {
        PyList[] listing = list(top);
        if (listing == null) {
            return;
        }
        for (PyObject kid : listing[0].toArray()) {
            String path = join(top, name(kid));
            if (followlinks || !isLink(path)) {
                collect(path);
            }
        }
        bottomUp.add(triple(top, listing));
    }

    /** A folder's names split into folders (links to folders included) and the rest; null once onerror has been told why not. */
    private PyList[] list(String top) {
        PyObject shown = text(top);
        PyList dirs = new PyList();
        PyList files = new PyList();
        try {
            Path dir = FileSystem.resolve(interp, shown, top, true);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path e : entries) {
                    (Files.isDirectory(e) ? dirs : files).append(text(e.getFileName().toString()));
                }
            } catch (IOException e) {
                throw FileSystem.error(e, shown);
            }
        } catch (PyError e) {
            if (!e.matches(socklab.runtime.object.ExcTypes.OSError)) {
                throw e;
            }
            if (onerror != PyNone.NONE) {
                onerror.call(new PyObject[] {e.value()}, null);
            }
            return null;
        }
        return new PyList[] {dirs, files};
    }

    private boolean isLink(String path) {
        Path real = interp.sandbox().resolve(path, false);
        return real != null && Files.isSymbolicLink(real);
    }

    private PyObject triple(String top, PyList[] listing) {
        return new PyTuple(new PyObject[] {text(top), listing[0], listing[1]});
    }

    private PyObject text(String s) {
        return bytes ? new PyBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : new PyStr(s);
    }

    private String name(PyObject item) {
        return FileSystem.text(item, "walk: names in dirs should be str or bytes");
    }

    /** posixpath.join of a folder and one name in it. */
    private static String join(String top, String name) {
        return top.isEmpty() || top.endsWith("/") ? top + name : top + "/" + name;
    }
}
