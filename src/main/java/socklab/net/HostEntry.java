package socklab.net;

import java.util.List;

/** The {@code (hostname, aliaslist, ipaddrlist)} triple of gethostbyname_ex and gethostbyaddr. */
public record HostEntry(String name, List<String> aliases, List<String> addresses) {
    public HostEntry {
        aliases = List.copyOf(aliases);
        addresses = List.copyOf(addresses);
    }
}
