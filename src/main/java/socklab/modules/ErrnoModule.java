package socklab.modules;

import java.util.Map;
import socklab.net.Errno;
import socklab.runtime.Interpreter;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;

/** The {@code errno} module: the names of socklab's one errno table, and errorcode mapping numbers back to names. */
final class ErrnoModule {
    private ErrnoModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("errno");
        Map<String, PyObject> d = m.dict();
        PyDict errorcode = new PyDict();
        for (Errno e : Errno.values()) {
            d.put(e.name(), PyInt.of(e.code()));
            errorcode.put(PyInt.of(e.code()), new PyStr(e.name()));
        }
        Errno.ALIASES.forEach((alias, e) -> d.put(alias, PyInt.of(e.code())));
        d.put("errorcode", errorcode);
        return m;
    }
}
