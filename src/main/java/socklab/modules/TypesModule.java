package socklab.modules;

import java.util.Map;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyMethod;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PySingleton;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyType;
import socklab.runtime.object.Recursion;
import socklab.runtime.object.UserFunction;

/** The {@code types} module: SimpleNamespace, MappingProxyType, and names for the interpreter's own built-in types. */
final class TypesModule {
    private TypesModule() {}

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("types");
        Map<String, PyObject> d = m.dict();
        d.put("SimpleNamespace", namespaceType());
        d.put("MappingProxyType", MappingProxy.TYPE);
        d.put("FunctionType", UserFunction.TYPE);
        d.put("LambdaType", UserFunction.TYPE);
        d.put("ModuleType", PyModule.TYPE);
        d.put("BuiltinFunctionType", PyBuiltinFunction.TYPE);
        d.put("BuiltinMethodType", PyBuiltinFunction.TYPE);
        d.put("MethodDescriptorType", PyMethod.TYPE);
        d.put("NoneType", PyNone.TYPE);
        d.put("EllipsisType", PySingleton.ELLIPSIS.type());
        d.put("NotImplementedType", PySingleton.NOT_IMPLEMENTED.type());
        // the rest as CPython's types.py finds them: the types of objects the interpreter makes
        PyModule found = interp.moduleFromSource("types", ModuleSpec.LIBRARY + "types.py", FOUND);
        for (String name : new String[] {"GeneratorType", "MethodType", "TracebackType", "FrameType", "GenericAlias", "UnionType",
            "new_class", "resolve_bases"}) {
            d.put(name, found.dict().get(name));
        }
        return m;
    }

    /** types.py's way of naming the interpreter's types: make one object of each and take its type. */
    private static final String FOUND = String.join("\n",
            "def _f(): pass",
            "def _g():",
            "    yield 1",
            "class _C:",
            "    def _m(self): pass",
            "GeneratorType = type(_g())",
            "MethodType = type(_C()._m)",
            "try:",
            "    raise TypeError",
            "except TypeError as exc:",
            "    TracebackType = type(exc.__traceback__)",
            "    FrameType = type(exc.__traceback__.tb_frame)",
            "GenericAlias = type(list[int])",
            "UnionType = type(int | str)",
            "def resolve_bases(bases):",
            "    return tuple(bases)",
            "def new_class(name, bases=(), kwds=None, exec_body=None):",
            "    ns = {}",
            "    if exec_body is not None:",
            "        exec_body(ns)",
            "    ns.setdefault('__module__', __name__)",
            "    return (kwds or {}).get('metaclass', type)(name, resolve_bases(bases), ns)",
            "");

    private static PyType namespaceType() {
        PyType t = new PyType("SimpleNamespace", "types", null);
        t.constructor((type, a, kw) -> {
            if (a.length > 0) {
                throw Py.typeError("no positional arguments expected");
            }
            Namespace n = new Namespace(type);
            if (kw != null) {
                kw.forEach((k, v) -> n.attrs.put(new PyStr(k), v));
            }
            return n;
        });
        return t;
    }

    /** A SimpleNamespace: an object that is nothing but its attribute dictionary. */
    private static final class Namespace extends PyObject {
        private final PyType type;
        private final PyDict attrs = new PyDict();

        Namespace(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyObject getAttr(String name) {
            PyObject own = attrs.get(new PyStr(name));
            if (own != null) {
                return own;
            }
            switch (name) {
                case "__dict__":
                    return attrs;
                case "__class__":
                    return type;
                default:
                    break;
            }
            PyObject found = type.lookup(name);
            if (found != null) {
                return found.bindTo(this);
            }
            throw missing(name);
        }

        private socklab.runtime.object.PyError missing(String name) {
            return Py.suggesting(ExcTypes.AttributeError, "'types.SimpleNamespace' object has no attribute '" + name + "'",
                    name, this::instanceAttrNames);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            attrs.put(new PyStr(name), value);
        }

        @Override
        public void delAttr(String name) {
            if (attrs.map().remove(new PyStr(name)) == null) {
                throw missing(name);
            }
        }

        @Override
        public java.util.Collection<String> instanceAttrNames() {
            return attrs.map().keySet().stream().map(PyObject::str).toList();
        }

        @Override
        public String repr() {
            if (!Recursion.enter(this)) {
                return "namespace(...)";
            }
            try {
                StringBuilder b = new StringBuilder("namespace(");
                String sep = "";
                for (Map.Entry<PyObject, PyObject> e : attrs.map().entrySet()) {
                    b.append(sep).append(e.getKey().str()).append('=').append(e.getValue().repr());
                    sep = ", ";
                }
                return b.append(')').toString();
            } finally {
                Recursion.exit(this);
            }
        }

        @Override
        public boolean pyEquals(PyObject other) {
            return other instanceof Namespace n && attrs.pyEquals(n.attrs);
        }

        @Override
        public long pyHash() {
            throw Py.typeError("unhashable type: 'types.SimpleNamespace'");
        }
    }
}
