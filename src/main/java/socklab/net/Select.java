package socklab.net;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import socklab.runtime.ExcTypes;
import socklab.runtime.Py;
import socklab.runtime.PyBuiltinFunction;
import socklab.runtime.PyError;
import socklab.runtime.PyInt;
import socklab.runtime.PyList;
import socklab.runtime.PyModule;
import socklab.runtime.PyNone;
import socklab.runtime.PyObject;
import socklab.runtime.PyTuple;

/** The {@code select} module: select.select over the session's sockets, through the Waiter's selector. */
final class Select {
    private Select() {}

    static PyModule module(SocketModule sockets) {
        PyModule m = new PyModule("select");
        m.dict().put("error", ExcTypes.OSError);
        m.dict().put("select", new PyBuiltinFunction("select", (a, kw) -> {
            try {
                return select(sockets, a, kw);
            } catch (NetError e) {
                throw PyErrors.of(e);
            } catch (IOException e) {
                throw PyErrors.of(e, Operation.READ);
            }
        }));
        return m;
    }

    private static PyObject select(SocketModule sockets, PyObject[] a, Map<String, PyObject> kw) throws IOException {
        if (kw != null && !kw.isEmpty()) {
            throw Py.typeError("select() takes no keyword arguments");
        }
        if (a.length < 3 || a.length > 4) {
            throw Py.typeError("select expected " + (a.length < 3 ? "at least 3" : "at most 4") + " arguments, got " + a.length);
        }
        double timeout = a.length == 4 ? timeout(a[3]) : -1;
        PyObject[][] lists = new PyObject[3][];
        for (int k = 0; k < 3; k++) {
            if (a[k] instanceof PyList l) {
                lists[k] = l.toArray();
            } else if (a[k] instanceof PyTuple t) {
                lists[k] = t.items();
            } else {
                throw Py.typeError("arguments 1-3 must be sequences");
            }
        }
        PySocket[][] socks = new PySocket[2][];
        for (int k = 0; k < 3; k++) {
            PySocket[] resolved = resolve(sockets, lists[k]);
            if (k < 2) {
                socks[k] = resolved;
            }
        }
        Selector sel = Waiter.selector();
        Map<SelectableChannel, SelectionKey> keys = new IdentityHashMap<>();
        try {
            for (int k = 0; k < 2; k++) {
                for (PySocket s : socks[k]) {
                    Endpoint ep = s.endpoint();
                    int ops = k == 0 ? ep.readOps() : ep.writeOps();
                    SelectableChannel ch = ep.channel();
                    SelectionKey key = keys.get(ch);
                    if (key == null) {
                        keys.put(ch, ch.register(sel, ops));
                    } else {
                        key.interestOps(key.interestOps() | ops);
                    }
                }
            }
            int n = sel.selectNow();
            Waiter.Mode mode = Waiter.Mode.of(timeout);
            while (n == 0 && !mode.nonBlocking()) {
                try {
                    n = Waiter.waitOn(sel, mode);
                } catch (NetError e) {
                    if (e.errno() == null && "TimeoutError".equals(e.pyType())) {
                        break;
                    }
                    throw e;
                }
            }
            PyList[] out = {new PyList(), new PyList(), new PyList()};
            for (int k = 0; k < 2; k++) {
                for (int i = 0; i < lists[k].length; i++) {
                    Endpoint ep = socks[k][i].endpoint();
                    SelectionKey key = keys.get(ep.channel());
                    int want = k == 0 ? ep.readOps() : ep.writeOps();
                    if (key != null && sel.selectedKeys().contains(key) && (key.readyOps() & want) != 0) {
                        out[k].append(lists[k][i]);
                    }
                }
            }
            return Py.tuple(out[0], out[1], out[2]);
        } finally {
            sel.selectedKeys().clear();
            keys.values().forEach(SelectionKey::cancel);
            sel.selectNow();
        }
    }

    private static double timeout(PyObject o) {
        if (o == PyNone.NONE) {
            return -1;
        }
        double t = Convert.seconds(o, "timeout must be a float or None");
        if (t < 0) {
            throw Py.valueError("timeout must be non-negative");
        }
        return t;
    }

    private static PySocket[] resolve(SocketModule sockets, PyObject[] items) {
        List<PySocket> out = new ArrayList<>();
        for (PyObject o : items) {
            long fd;
            if (o instanceof PyInt i) {
                fd = i.longValue();
            } else {
                PyObject fileno;
                try {
                    fileno = o.getAttr("fileno");
                } catch (PyError e) {
                    if (!e.matches(ExcTypes.AttributeError)) {
                        throw e;
                    }
                    throw Py.typeError("argument must be an int, or have a fileno() method.");
                }
                fd = Py.index(fileno.call(new PyObject[0], null));
            }
            if (fd < 0) {
                throw Py.valueError("file descriptor cannot be a negative integer (" + fd + ")");
            }
            PySocket s = fd > Integer.MAX_VALUE ? null : sockets.byFd((int) fd);
            if (s == null) {
                throw Errno.EBADF.error();
            }
            out.add(s);
        }
        return out.toArray(new PySocket[0]);
    }
}
