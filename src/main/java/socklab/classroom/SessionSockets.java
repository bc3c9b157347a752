package socklab.classroom;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import socklab.net.NetModules;
import socklab.net.SocketInfo;
import socklab.net.SocketView;
import socklab.runtime.Interpreter;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;

/**
 * The sockets of one session as the classroom shows them: every open one, every closed socket
 * object a name still holds, and the lesson's partners, each with the names in __main__ that hold
 * it (directly, or one level down in a tuple, list or dict). Read holding the session's lock.
 */
final class SessionSockets {
    private final Interpreter interp;
    private final Supplier<List<SocketInfo>> partners;

    SessionSockets(Interpreter interp, Supplier<List<SocketInfo>> partners) {
        this.interp = interp;
        this.partners = partners;
    }

    SocketView view() {
        return NetModules.view(interp);
    }

    List<SocketRow> rows() {
        List<SocketRow> rows = interp.holdingLock(this::collect);
        for (SocketInfo p : partners.get()) {
            rows.add(new SocketRow(p, List.of(), true));
        }
        return rows;
    }

    private List<SocketRow> collect() {
        SocketView view = view();
        Map<Integer, List<String>> namesByFd = new LinkedHashMap<>();
        Map<PyObject, Named> closed = new IdentityHashMap<>();
        for (Map.Entry<String, PyObject> e : new ArrayList<>(interp.globals().entrySet())) {
            if (!e.getKey().startsWith("__")) {
                visit(view, e.getKey(), e.getValue(), namesByFd, closed, true);
            }
        }
        List<SocketRow> rows = new ArrayList<>();
        for (SocketInfo info : view.open()) {
            rows.add(new SocketRow(info, namesByFd.getOrDefault(info.fd(), List.of()), false));
        }
        List<Named> byName = new ArrayList<>(closed.values());
        byName.sort(java.util.Comparator.comparing(n -> n.names().get(0)));
        for (Named n : byName) {
            rows.add(new SocketRow(n.info, n.names, false));
        }
        return rows;
    }

    /** A closed socket object and the names that hold it. */
    private record Named(SocketInfo info, List<String> names) {
    }

    private static void visit(SocketView view, String label, PyObject value, Map<Integer, List<String>> namesByFd,
            Map<PyObject, Named> closed, boolean descend) {
        var described = view.describe(value);
        if (described.isPresent()) {
            SocketInfo info = described.get();
            if (info.fd() >= 0) {
                namesByFd.computeIfAbsent(info.fd(), k -> new ArrayList<>()).add(label);
            } else {
                closed.computeIfAbsent(value, k -> new Named(info, new ArrayList<>())).names().add(label);
            }
            return;
        }
        if (!descend) {
            return;
        }
        PyObject[] items = value instanceof PyTuple t ? t.items() : value instanceof PyList l ? l.toArray() : null;
        if (items != null) {
            for (int i = 0; i < items.length; i++) {
                visit(view, label + "[" + i + "]", items[i], namesByFd, closed, false);
            }
        } else if (value instanceof PyDict d) {
            for (Map.Entry<PyObject, PyObject> e : d.map().entrySet()) {
                if (e.getKey() instanceof PyStr || e.getKey() instanceof PyInt) {
                    visit(view, label + "[" + e.getKey().repr() + "]", e.getValue(), namesByFd, closed, false);
                }
            }
        }
    }
}
