package socklab.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule of which folders a session's code may touch on disk: a working folder that relative
 * paths start from, and the folders (with everything beneath them) that paths must end up in once
 * '..' and symbolic links are followed. open(), os, logging's files and AF_UNIX socket paths all ask
 * this class; it decides, and the caller raises PermissionError for a path it refuses.
 */
public final class Sandbox {
    /** Linux gives up after this many symbolic links in one path (ELOOP); so do we. */
    private static final int MAX_LINKS = 40;

    /** The working folder: changed only by os.chdir, and only to a folder inside the allowed tree. */
    private volatile Path cwd;
    private final List<Path> roots;
    /** The system's temporary folder, where tools and tests make AF_UNIX sockets in folders of their own. */
    private final Path temp = real(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
    /** Socket files this session's own bind made outside the folders: the only ones it may connect to there. */
    private final java.util.Set<Path> ownSocketFiles = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Relative socket paths bind spelled out from cwd, by the spelled-out path: the kernel keeps them as given. */
    private final java.util.Map<String, String> socketNamesAsGiven = new java.util.concurrent.ConcurrentHashMap<>();

    private Sandbox(Path cwd, List<Path> roots) {
        this.cwd = cwd;
        this.roots = roots;
    }

    /** One folder (created if missing) that is both the working folder and the whole allowed tree: the shell's, a lesson's, a test's. */
    public static Sandbox folder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            // an unusable folder only means every path is refused
        }
        Path real = real(dir.toAbsolutePath());
        return new Sandbox(real, List.of(real));
    }

    /** The shell's and lessons' folder: $SOCKLAB_HOME/sandbox, given socklab's home folder. */
    public static Sandbox underHome(Path home) {
        return folder(home.resolve("sandbox"));
    }

    /** A script's rule: its own folder and the current directory tree, relative paths from the current directory. */
    public static Sandbox forScript(Path scriptFolder, Path currentDirectory) {
        Path here = real(currentDirectory.toAbsolutePath());
        List<Path> allowed = new ArrayList<>(List.of(here));
        allowed.add(real(scriptFolder.toAbsolutePath()));
        return new Sandbox(here, List.copyOf(allowed));
    }

    /** The current directory tree alone: what a session gets until its builder says otherwise. */
    public static Sandbox currentDirectory() {
        Path here = real(Path.of("").toAbsolutePath());
        return new Sandbox(here, List.of(here));
    }

    /** Where relative paths start: what os.getcwd() reports. */
    public Path cwd() {
        return cwd;
    }

    /** os.chdir to a folder already resolved through {@link #resolve} (so inside the allowed tree). */
    public void changeDirectory(Path folder) {
        cwd = folder;
    }

    /**
     * The real path {@code path} names (relative to the working folder, links followed), or null when
     * that lies outside every allowed folder. With {@code followLast} false a final symbolic link is
     * the entry itself (what unlink and rename act on), not what it points to.
     */
    public Path resolve(String path, boolean followLast) {
        Path real = walk(cwd, cwd.resolve(path), followLast, new int[] {0});
        for (Path root : roots) {
            if (real.startsWith(root)) {
                return real;
            }
        }
        return null;
    }

    /** True when the path lies inside the sandbox, links followed. */
    public boolean allows(String path) {
        return resolve(path, true) != null;
    }

    /**
     * AF_UNIX bind: inside the sandbox, or a socket file that does not exist yet anywhere under the
     * system's temporary folder (so `bind('/tmp/x/demo.sock')` works as in CPython); the session
     * remembers those, and may connect to them and to nothing else outside.
     */
    public boolean allowsSocketBind(String path) {
        if (allows(path)) {
            return true;
        }
        Path real = walk(cwd, cwd.resolve(path), true, new int[] {0});
        if (real.startsWith(temp) && !real.equals(temp)) {
            // bind never replaces a file: on one that exists the system answers EADDRINUSE, as CPython shows
            if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
                ownSocketFiles.add(real);
            }
            return true;
        }
        return false;
    }

    /**
     * AF_UNIX connect and sendto: inside the sandbox, a socket file this session bound itself, or
     * nothing at all (the system then says the file does not exist, as CPython would show).
     */
    public boolean allowsSocketPeer(String path) {
        Path real = walk(cwd, cwd.resolve(path), true, new int[] {0});
        return allows(path) || ownSocketFiles.contains(real) || !Files.exists(real, LinkOption.NOFOLLOW_LINKS);
    }

    /** Follows the path one name at a time from the root, so '..' after a link leaves the link's target, as the kernel does. */
    private static Path walk(Path base, Path path, boolean followLast, int[] links) {
        Path at = path.getRoot() == null ? base : path.getRoot();
        int n = path.getNameCount();
        for (int i = 0; i < n; i++) {
            String name = path.getName(i).toString();
            if (name.equals(".") || name.isEmpty()) {
                continue;
            }
            if (name.equals("..")) {
                at = at.getParent() == null ? at : at.getParent();
                continue;
            }
            Path next = at.resolve(name);
            boolean last = i == n - 1;
            if ((followLast || !last) && Files.isSymbolicLink(next) && links[0] < MAX_LINKS) {
                links[0]++;
                try {
                    at = walk(at, Files.readSymbolicLink(next), true, links);
                    continue;
                } catch (IOException e) {
                    // an unreadable link is judged by where it sits
                }
            }
            at = next;
        }
        return at;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath(LinkOption.values());
        } catch (IOException e) {
            return walk(p.getRoot(), p.normalize(), true, new int[] {0});
        }
    }

    /** Remembers that a socket bound at {@code given} (relative) lives at {@code resolved}. */
    public void boundSocketName(String resolved, String given) {
        socketNamesAsGiven.put(resolved, given);
    }

    /** A socket path as its bind gave it, which is what getsockname() and a peer's getpeername() show. */
    public String socketNameAsGiven(String path) {
        return socketNamesAsGiven.getOrDefault(path, path);
    }
}
