package socklab.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * getservbyname/getservbyport over /etc/services with glibc's rules (case-sensitive names,
 * aliases match, no protocol means the first entry in file order), because Java has no service
 * database. Falls back to a built-in copy of the common entries when the file cannot be read.
 */
public final class Services {
    private static final Services SYSTEM = new Services(Path.of("/etc/services"));
    private static final String BUILT_IN = "services";

    /** One line of the file: {@code name port/proto aliases...}. */
    public record Service(String name, int port, String proto, List<String> aliases) {
        boolean named(String n) {
            return name.equals(n) || aliases.contains(n);
        }

        boolean speaks(String p) {
            return p == null || proto.equals(p);
        }
    }

    private final Path file;
    private volatile List<Service> entries;

    /** Reads {@code file} on first use; the built-in table when it is missing or unreadable. */
    public Services(Path file) {
        this.file = file;
    }

    /** The machine's /etc/services, parsed once for the whole program. */
    public static Services system() {
        return SYSTEM;
    }

    /** {@code socket.getservbyname(name[, proto])}; {@code proto} null when omitted. */
    public int getservbyname(String name, String proto) {
        for (Service s : entries()) {
            if (s.named(name) && s.speaks(proto)) {
                return s.port();
            }
        }
        throw NetError.of("OSError", "service/proto not found");
    }

    /** {@code socket.getservbyport(port[, proto])}; {@code proto} null when omitted. */
    public String getservbyport(long port, String proto) {
        Inet.checkCInt(port);
        if (port < 0 || port > 0xffff) {
            throw NetError.of("OverflowError", "getservbyport: port must be 0-65535.");
        }
        for (Service s : entries()) {
            if (s.port() == port && s.speaks(proto)) {
                return s.name();
            }
        }
        throw NetError.of("OSError", "port/proto not found");
    }

    /** Every entry in file order, for getaddrinfo's per-protocol service lookups. */
    public List<Service> entries() {
        List<Service> e = entries;
        if (e == null) {
            synchronized (this) {
                e = entries;
                if (e == null) {
                    e = List.copyOf(load());
                    entries = e;
                }
            }
        }
        return e;
    }

    private List<Service> load() {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return parse(r);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return builtIn();
        }
    }

    private static List<Service> builtIn() {
        try (InputStream in = Services.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                return List.of();
            }
            return parse(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<Service> parse(Reader reader) throws IOException {
        List<Service> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int hash = line.indexOf('#');
            String[] f = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
            if (f.length < 2) {
                continue;
            }
            int slash = f[1].indexOf('/');
            if (slash <= 0 || slash == f[1].length() - 1) {
                continue;
            }
            try {
                int port = Integer.parseInt(f[1].substring(0, slash));
                if (port >= 0 && port <= 0xffff) {
                    out.add(new Service(f[0], port, f[1].substring(slash + 1), List.of(f).subList(2, f.length)));
                }
            } catch (NumberFormatException e) {
                // glibc skips malformed lines as well
            }
        }
        return out;
    }
}
