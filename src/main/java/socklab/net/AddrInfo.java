package socklab.net;

/**
 * One getaddrinfo result in plain values; the runtime turns it into CPython's
 * {@code (family, type, proto, canonname, sockaddr)} tuple, where sockaddr is
 * {@code (host, port)} for AF_INET and {@code (host, port, 0, scopeId)} for AF_INET6.
 */
public record AddrInfo(int family, int type, int proto, String canonname, String host, int port, int scopeId) {
}
