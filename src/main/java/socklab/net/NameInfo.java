package socklab.net;

import java.util.Map;
import socklab.runtime.object.Args;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;

/** {@code socket.getnameinfo(sockaddr, flags)}: numeric addresses only, named from the hosts and services files. */
final class NameInfo {
    private static final int NI_NUMERICHOST = Constants.num("NI_NUMERICHOST");
    private static final int NI_NUMERICSERV = Constants.num("NI_NUMERICSERV");
    private static final int NI_NAMEREQD = Constants.num("NI_NAMEREQD");
    private static final int NI_DGRAM = Constants.num("NI_DGRAM");

    private NameInfo() {}

    static PyObject getnameinfo(Hosts hosts, Services services, PyObject[] a, Map<String, PyObject> kw) {
        Args.noKeywords("getnameinfo", kw);
        if (a.length != 2) {
            throw Py.typeError("getnameinfo() takes exactly 2 arguments (" + a.length + " given)");
        }
        if (!(a[0] instanceof PyTuple t)) {
            throw Py.typeError("getnameinfo() argument 1 must be a tuple");
        }
        PyObject[] sa = t.items();
        if (sa.length < 2 || sa.length > 4 || !(sa[0] instanceof PyStr host)) {
            throw Py.typeError("getnameinfo(): illegal sockaddr argument");
        }
        int port = Convert.cInt(sa[1]) & 0xffff;
        for (int k = 2; k < sa.length; k++) {
            Convert.cInt(sa[k]);
        }
        int flags = Convert.cInt(a[1]);
        byte[] addr = numeric(host.value());
        if (addr.length == 4 && sa.length > 2) {
            throw NetError.of("OSError", "IPv4 sockaddr must be 2 tuple");
        }
        return Py.tuple(new PyStr(hostName(hosts, host.value(), flags)), new PyStr(serviceName(services, port, flags)));
    }

    /** The address as getaddrinfo with AI_NUMERICHOST reads it; a name is EAI_NONAME. */
    private static byte[] numeric(String host) {
        byte[] v4 = Inet.parse4(host);
        byte[] addr = v4 != null ? v4 : Inet.parse6(host);
        if (addr == null) {
            throw Gai.NONAME.error();
        }
        return addr;
    }

    private static String hostName(Hosts hosts, String host, int flags) {
        if ((flags & NI_NUMERICHOST) != 0) {
            return host;
        }
        try {
            return hosts.gethostbyaddr(host).name();
        } catch (NetError e) {
            if ((flags & NI_NAMEREQD) != 0) {
                throw Gai.NONAME.error();
            }
            return host;
        }
    }

    private static String serviceName(Services services, int port, int flags) {
        if ((flags & NI_NUMERICSERV) == 0) {
            try {
                return services.getservbyport(port, (flags & NI_DGRAM) != 0 ? "udp" : "tcp");
            } catch (NetError e) {
                // an unnamed port is shown as its number
            }
        }
        return Integer.toString(port);
    }
}
