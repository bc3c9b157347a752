package socklab.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import socklab.runtime.Sandbox;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;

/**
 * Socket addresses between Python and Java: CPython's getsockaddrarg (tuples per family, its
 * checks in its order and its messages) and makesockaddr (what getsockname and friends return).
 */
final class Addresses {
    /** Linux's sun_path holds 108 bytes including the terminating zero. */
    private static final int UNIX_PATH_MAX = 107;

    private Addresses() {}

    /** A Python address for a socket of {@code family}; {@code fn} names the call in messages. */
    static SocketAddress parse(String fn, int family, PyObject addr, Hosts hosts, Sandbox sandbox) {
        if (family == Endpoint.AF_UNIX) {
            String path = addr instanceof PyStr s ? s.value()
                    : new String(Buffers.bytesOf(addr, null), StandardCharsets.UTF_8);
            if (path.getBytes(StandardCharsets.UTF_8).length > UNIX_PATH_MAX) {
                throw NetError.of("OSError", "AF_UNIX path too long");
            }
            return UnixDomainSocketAddress.of(inSandbox(fn, path, addr, sandbox));
        }
        boolean v6 = family == Inet.AF_INET6;
        String fam = v6 ? "AF_INET6" : "AF_INET";
        if (!(addr instanceof PyTuple t)) {
            throw Py.typeError(fn + "(): " + fam + " address must be tuple, not " + Py.typeName(addr));
        }
        PyObject[] items = t.items();
        if (v6 ? items.length < 2 || items.length > 4 : items.length != 2) {
            throw Py.typeError(v6 ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                    : "AF_INET address must be a pair (host, port)");
        }
        String host = hostText(items[0]);
        long port = portNumber(fn, items[1]);
        long flowinfo = items.length > 2 ? unsigned(items[2]) : 0;
        long scope = items.length > 3 ? unsigned(items[3]) : 0;
        InetAddress ip = hosts.sockaddrHost(host, family);
        if (port < 0 || port > 0xffff) {
            throw Py.overflowError(fn + "(): port must be 0-65535.");
        }
        if (flowinfo > 0xfffff) {
            throw Py.overflowError(fn + "(): flowinfo must be 0-1048575.");
        }
        if (scope != 0 && ip instanceof Inet6Address) {
            try {
                ip = Inet6Address.getByAddress(null, ip.getAddress(), (int) scope);
            } catch (java.net.UnknownHostException e) {
                throw Gai.NONAME.error();
            }
        }
        return new InetSocketAddress(ip, (int) port);
    }

    /**
     * A filesystem socket path the sandbox allows, as the file system must see it: relative paths
     * start from the sandbox's working folder (spelled out only when that is not the JVM's own).
     * Linux's abstract names ('\0name') and the empty autobind address are not files, so they pass.
     */
    private static String inSandbox(String fn, String path, PyObject shown, Sandbox sandbox) {
        if (path.isEmpty() || path.charAt(0) == '\0') {
            return path;
        }
        if (!(fn.equals("bind") ? sandbox.allowsSocketBind(path) : sandbox.allowsSocketPeer(path))) {
            throw PyErrors.denied(shown);
        }
        boolean here = Path.of(path).isAbsolute() || sandbox.cwd().equals(Sandbox.currentDirectory().cwd());
        if (here) {
            return path;
        }
        String resolved = sandbox.cwd().resolve(path).toString();
        if (fn.equals("bind")) {
            sandbox.boundSocketName(resolved, path);
        }
        return resolved;
    }

    /** CPython's idna_converter: str (ASCII), bytes or bytearray. */
    private static String hostText(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytesLike b) {
            return new String(b.toByteArray(), StandardCharsets.ISO_8859_1);
        }
        throw Py.typeError("str, bytes or bytearray expected, not " + Py.typeName(o));
    }

    private static long portNumber(String fn, PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw Py.typeError("'" + Py.typeName(o) + "' object cannot be interpreted as an integer");
        }
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw Py.overflowError(fn + "(): port must be 0-65535.");
        }
        return i.longValue();
    }

    private static long unsigned(PyObject o) {
        long v = Py.index(o);
        if (v < 0 || v > 0xffffffffL) {
            throw Py.overflowError("Python int too large to convert to C unsigned long");
        }
        return v;
    }

    /**
     * makesockaddr: (host, port), (host, port, flowinfo, scope_id) or a path; null is the unbound
     * address. A relative path the sandbox had to spell out is shown as written, as the kernel would.
     */
    static PyObject toPy(int family, SocketAddress a, Sandbox sandbox) {
        if (family == Endpoint.AF_UNIX) {
            String path = a instanceof UnixDomainSocketAddress u ? u.getPath().toString() : "";
            return new PyStr(sandbox.socketNameAsGiven(path));
        }
        InetSocketAddress isa = a instanceof InetSocketAddress i ? i : null;
        InetAddress ip = isa == null ? null : isa.getAddress();
        int port = isa == null ? 0 : isa.getPort();
        if (family == Inet.AF_INET6) {
            String host;
            int scope = 0;
            if (ip instanceof Inet6Address i6) {
                host = Inet.format6(i6.getAddress());
                scope = i6.getScopeId();
            } else if (ip instanceof Inet4Address) {
                host = "::ffff:" + ip.getHostAddress();
            } else {
                host = "::";
            }
            return Py.tuple(new PyStr(host), PyInt.of(port), PyInt.of(0), PyInt.of(scope));
        }
        String host = ip instanceof Inet4Address ? Inet.format4(ip.getAddress(), 0) : "0.0.0.0";
        return Py.tuple(new PyStr(host), PyInt.of(port));
    }
}
