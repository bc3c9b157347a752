package socklab.runtime.builtins;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import socklab.lang.ast.Expr.BinOperator;
import socklab.lang.ast.Expr.CmpOperator;
import socklab.runtime.object.Args;
import socklab.runtime.object.Context;
import socklab.runtime.object.Descriptors;
import socklab.runtime.object.DirNames;
import socklab.runtime.object.EndValueIterator;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Formatting;
import socklab.runtime.object.GenericTypes;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyBaseException;
import socklab.runtime.object.PyBool;
import socklab.runtime.object.PyBuiltinFunction;
import socklab.runtime.object.PyByteArray;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyBytesLike;
import socklab.runtime.object.PyComplex;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyFloat;
import socklab.runtime.object.PyInstance;
import socklab.runtime.object.PyInt;
import socklab.runtime.object.PyIterator;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyMemoryView;
import socklab.runtime.object.PyMethod;
import socklab.runtime.object.PyModule;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyRange;
import socklab.runtime.object.PySequence;
import socklab.runtime.object.PySet;
import socklab.runtime.object.PySingleton;
import socklab.runtime.object.PySlice;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PySuper;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;
import socklab.runtime.object.ThreadState;
import socklab.runtime.object.UserClasses;
import socklab.runtime.object.UserFunction;

/**
 * The builtins registry: every builtin function and type a learner can name is installed from the
 * one list in install(). Nothing here reaches files, processes or Java: print and input go through
 * the session's Io.
 */
public final class Builtins {
    private Builtins() {}

    public static void install(Context interp, Map<String, PyObject> b) {
        for (PyType t : List.of(PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE,
                PyComplex.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN, PyRange.TYPE, PySlice.TYPE,
                PyType.TYPE, PyType.OBJECT, PySuper.TYPE, Descriptors.STATICMETHOD, Descriptors.CLASSMETHOD,
                Descriptors.PROPERTY)) {
            b.put(t.name(), t);
        }
        for (PyType t : ExcTypes.ALL) {
            b.put(t.name(), t);
        }
        b.put("EnvironmentError", ExcTypes.OSError);
        b.put("IOError", ExcTypes.OSError);
        b.put("Ellipsis", PySingleton.ELLIPSIS);
        b.put("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        b.put("__name__", new PyStr("builtins"));
        fn(b, "print", (a, kw) -> print(interp, a, kw));
        fn(b, "input", (a, kw) -> input(interp, a, kw));
        fn(b, "len", (a, kw) -> len(Args.one("len", a, kw)));
        fn(b, "repr", (a, kw) -> new PyStr(Args.one("repr", a, kw).repr()));
        fn(b, "ascii", (a, kw) -> new PyStr(Formatting.ascii(Args.one("ascii", a, kw).repr())));
        fn(b, "abs", (a, kw) -> abs(Args.one("abs", a, kw)));
        fn(b, "hex", (a, kw) -> radix(Args.one("hex", a, kw), 16, "0x"));
        fn(b, "oct", (a, kw) -> radix(Args.one("oct", a, kw), 8, "0o"));
        fn(b, "bin", (a, kw) -> radix(Args.one("bin", a, kw), 2, "0b"));
        fn(b, "ord", (a, kw) -> ord(Args.one("ord", a, kw)));
        fn(b, "chr", (a, kw) -> chr(Args.one("chr", a, kw)));
        fn(b, "id", (a, kw) -> PyInt.of(Py.id(Args.one("id", a, kw))));
        fn(b, "hash", (a, kw) -> PyInt.of(Args.one("hash", a, kw).pyHash()));
        fn(b, "callable", (a, kw) -> Py.bool(Args.one("callable", a, kw).isCallable()));
        fn(b, "iter", Builtins::iter);
        fn(b, "next", Builtins::next);
        fn(b, "isinstance", (a, kw) -> Py.bool(isInstance(Args.expected("isinstance", a, kw, 2, 2)[0], a[1], "isinstance() arg 2")));
        fn(b, "issubclass", Builtins::issubclass);
        fn(b, "getattr", Builtins::getattr);
        fn(b, "hasattr", Builtins::hasattr);
        fn(b, "setattr", (a, kw) -> {
            Args.expected("setattr", a, kw, 3, 3)[0].setAttr(Py.asStr(a[1], "attribute name"), a[2]);
            return PyNone.NONE;
        });
        fn(b, "delattr", (a, kw) -> {
            Args.expected("delattr", a, kw, 2, 2);
            if (!(a[1] instanceof PyStr name)) {
                throw Py.typeError("attribute name must be string, not '" + Py.typeName(a[1]) + "'");
            }
            a[0].delAttr(name.value());
            return PyNone.NONE;
        });
        fn(b, "min", (a, kw) -> minMax("min", a, kw, -1));
        fn(b, "max", (a, kw) -> minMax("max", a, kw, 1));
        fn(b, "sum", Builtins::sum);
        fn(b, "any", (a, kw) -> Py.bool(anyAll(Args.one("any", a, kw), true)));
        fn(b, "all", (a, kw) -> Py.bool(!anyAll(Args.one("all", a, kw), false)));
        fn(b, "sorted", Builtins::sorted);
        fn(b, "reversed", (a, kw) -> reversed(Args.expected("reversed", a, kw, 1, 1)[0]));
        fn(b, "enumerate", Builtins::enumerate);
        fn(b, "zip", Builtins::zip);
        fn(b, "map", Builtins::map);
        fn(b, "filter", Builtins::filter);
        fn(b, "round", Builtins::round);
        fn(b, "divmod", (a, kw) -> divmod(Args.expected("divmod", a, kw, 2, 2)[0], a[1]));
        fn(b, "pow", (a, kw) -> {
            PyObject[] v = Args.keywords("pow", a, kw, new String[] {"base", "exp", "mod"}, 3, 2);
            return Ops.power(v[0], v[1], v[2]);
        });
        fn(b, "format", (a, kw) -> {
            Args.expected("format", a, kw, 1, 2);
            return new PyStr(Formatting.format(a[0], a.length > 1 ? Py.asStr(a[1], "format() argument 2") : ""));
        });
        fn(b, "help", (a, kw) -> Help.show(interp, a));
        PyObject exit = new Quitter("exit");
        b.put("exit", exit);
        b.put("quit", new Quitter("quit"));
    }

    private static void fn(Map<String, PyObject> b, String name, PyBuiltinFunction.Impl impl) {
        b.put(name, new PyBuiltinFunction(name, impl));
    }

    private static PyObject print(Context interp, PyObject[] a, Map<String, PyObject> kw) {
        String sep = " ";
        String end = "\n";
        PyObject file = PyNone.NONE;
        boolean flush = false;
        if (kw != null) {
            for (Map.Entry<String, PyObject> e : kw.entrySet()) {
                PyObject v = e.getValue();
                switch (e.getKey()) {
                    case "sep" -> sep = optionalStr("sep", v, " ");
                    case "end" -> end = optionalStr("end", v, "\n");
                    case "file" -> file = v;
                    case "flush" -> flush = v.isTrue();
                    default -> throw Py.typeError("'" + e.getKey() + "' is an invalid keyword argument for print()");
                }
            }
        }
        // CPython writes each argument, separator and the end as a call of its own to file.write
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                pieces.add(sep);
            }
            pieces.add(a[i].str());
        }
        pieces.add(end);
        if (file == PyNone.NONE) {
            interp.io().out(String.join("", pieces));
        } else {
            PyObject write = file.getAttr("write");
            for (String piece : pieces) {
                write.call(new PyObject[] {new PyStr(piece)}, null);
            }
        }
        if (flush && file == PyNone.NONE) {
            interp.io().flush();
        } else if (flush) {
            file.getAttr("flush").call(new PyObject[0], null);
        }
        return PyNone.NONE;
    }

    private static String optionalStr(String what, PyObject v, String dflt) {
        if (v == PyNone.NONE) {
            return dflt;
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw Py.typeError(what + " must be None or a string, not " + v.type().name());
    }

    private static PyObject input(Context interp, PyObject[] a, Map<String, PyObject> kw) {
        Args.expected("input", a, kw, 0, 1);
        String prompt = a.length == 0 ? "" : a[0].str();
        interp.io().flush();
        String line = ThreadState.current().blocking(() -> interp.io().readLine(prompt));
        if (line == null) {
            throw Py.error(ExcTypes.EOFError, "EOF when reading a line");
        }
        return new PyStr(line);
    }

    private static PyObject abs(PyObject x) {
        if (x instanceof PyInt i) {
            return i.signum() < 0 ? i.negative() : PyInt.of(i.bigValue());
        }
        if (x instanceof PyFloat f) {
            return new PyFloat(Math.abs(f.value()));
        }
        if (x instanceof PyComplex c) {
            return new PyFloat(c.abs());
        }
        PyObject own = x.type().lookup("__abs__");
        if (own != null) {
            return own.bindTo(x).call(new PyObject[0], null);
        }
        throw Py.typeError("bad operand type for abs(): '" + x.type().name() + "'");
    }

    private static PyObject radix(PyObject x, int radix, String prefix) {
        PyInt i = Py.indexValue(x);
        if (i == null) {
            throw Py.typeError("'" + x.type().name() + "' object cannot be interpreted as an integer");
        }
        String digits = i.bigValue().abs().toString(radix);
        return new PyStr((i.signum() < 0 ? "-" : "") + prefix + digits);
    }

    private static PyObject ord(PyObject x) {
        if (x instanceof PyStr s) {
            if (s.length() != 1) {
                throw Py.typeError("ord() expected a character, but string of length " + s.length() + " found");
            }
            return PyInt.of(s.value().codePointAt(0));
        }
        if (x instanceof PyBytesLike b) {
            if (b.size() != 1) {
                throw Py.typeError("ord() expected a character, but string of length " + b.size() + " found");
            }
            return PyInt.of(b.array()[0] & 0xff);
        }
        throw Py.typeError("ord() expected string of length 1, but " + x.type().name() + " found");
    }

    private static PyObject chr(PyObject x) {
        int cp = Py.indexInt(x);
        if (cp < 0 || cp > 0x10ffff) {
            throw Py.valueError("chr() arg not in range(0x110000)");
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    /** iter(x), or iter(callable, sentinel): call until the sentinel comes back. */
    private static PyObject iter(PyObject[] a, Map<String, PyObject> kw) {
        Args.expected("iter", a, kw, 1, 2);
        if (a.length == 1) {
            return a[0].iter();
        }
        PyObject fn = a[0];
        PyObject sentinel = a[1];
        if (!fn.isCallable()) {
            throw Py.typeError("iter(v, w): v must be callable");
        }
        return new PyIterator("callable_iterator") {
            private boolean done;

            @Override
            public PyObject next() {
                if (done) {
                    return null;
                }
                PyObject v = fn.call(new PyObject[0], null);
                if (Ops.eq(v, sentinel)) {
                    done = true;
                    return null;
                }
                return v;
            }
        };
    }

    private static PyObject next(PyObject[] a, Map<String, PyObject> kw) {
        Args.expected("next", a, kw, 1, 2);
        PyObject it = a[0];
        if (it instanceof EndValueIterator g && a.length == 1) {
            return g.nextOrStop();
        }
        if (!(it instanceof PyIterator) && it.type().lookup("__next__") == null) {
            throw Py.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        PyObject v = it.next();
        if (v == null) {
            if (a.length > 1) {
                return a[1];
            }
            throw Py.error(ExcTypes.StopIteration);
        }
        return v;
    }

    static boolean isInstance(PyObject o, PyObject spec, String what) {
        if (spec instanceof PyType t) {
            if (o.type() == t) {
                return true;
            }
            // A metaclass's __instancecheck__ (abc.ABCMeta's registered classes) decides, as in CPython.
            PyObject hook = UserClasses.special(t, "__instancecheck__");
            return hook != null ? hook.call(new PyObject[] {o}, null).isTrue() : o.type().isSubtypeOf(t);
        }
        if (GenericTypes.isHintSpec(spec)) {
            return GenericTypes.instanceOfHint(o, spec);
        }
        if (spec instanceof PyTuple tuple) {
            for (PyObject item : tuple.items()) {
                if (isInstance(o, item, what)) {
                    return true;
                }
            }
            return false;
        }
        throw Py.typeError(what + " must be a type, a tuple of types, or a union");
    }

    private static PyObject issubclass(PyObject[] a, Map<String, PyObject> kw) {
        Args.expected("issubclass", a, kw, 2, 2);
        if (!(a[0] instanceof PyType t)) {
            throw Py.typeError("issubclass() arg 1 must be a class");
        }
        return Py.bool(subclassOf(t, a[1]));
    }

    private static boolean subclassOf(PyType t, PyObject spec) {
        if (spec instanceof PyType s) {
            PyObject hook = UserClasses.special(s, "__subclasscheck__");
            return hook != null ? hook.call(new PyObject[] {t}, null).isTrue() : t.isSubtypeOf(s);
        }
        if (GenericTypes.isHintSpec(spec)) {
            return GenericTypes.subclassOfHint(t, spec);
        }
        if (spec instanceof PyTuple tuple) {
            for (PyObject item : tuple.items()) {
                if (subclassOf(t, item)) {
                    return true;
                }
            }
            return false;
        }
        throw Py.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static PyObject getattr(PyObject[] a, Map<String, PyObject> kw) {
        Args.expected("getattr", a, kw, 2, 3);
        String name = attrName(a[1]);
        try {
            return a[0].getAttr(name);
        } catch (PyError e) {
            if (a.length == 3 && e.matches(ExcTypes.AttributeError)) {
                return a[2];
            }
            throw e;
        }
    }

    private static PyObject hasattr(PyObject[] a, Map<String, PyObject> kw) {
        Args.expected("hasattr", a, kw, 2, 2);
        String name = attrName(a[1]);
        try {
            a[0].getAttr(name);
            return PyBool.TRUE;
        } catch (PyError e) {
            if (e.matches(ExcTypes.AttributeError)) {
                return PyBool.FALSE;
            }
            throw e;
        }
    }

    static String attrName(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Py.typeError("attribute name must be string, not '" + o.type().name() + "'");
    }

    private static PyObject minMax(String name, PyObject[] a, Map<String, PyObject> kw, int sign) {
        PyObject key = null;
        PyObject dflt = null;
        if (kw != null) {
            for (Map.Entry<String, PyObject> e : kw.entrySet()) {
                switch (e.getKey()) {
                    case "key" -> key = e.getValue() == PyNone.NONE ? null : e.getValue();
                    case "default" -> dflt = e.getValue();
                    default -> throw Py.typeError(name + "() got an unexpected keyword argument '" + e.getKey() + "'");
                }
            }
        }
        if (a.length == 0) {
            throw Py.typeError(name + " expected at least 1 argument, got 0");
        }
        PyObject[] items;
        if (a.length == 1) {
            items = Py.toArray(a[0]);
        } else {
            if (dflt != null) {
                throw Py.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = a;
        }
        if (items.length == 0) {
            if (dflt != null) {
                return dflt;
            }
            throw Py.valueError(name + "() arg is an empty sequence");
        }
        PyObject best = items[0];
        PyObject bestKey = key == null ? best : key.call(new PyObject[] {best}, null);
        for (int i = 1; i < items.length; i++) {
            PyObject k = key == null ? items[i] : key.call(new PyObject[] {items[i]}, null);
            boolean better = Ops.compare(sign < 0 ? CmpOperator.LT : CmpOperator.GT, k, bestKey);
            if (better) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    private static PyObject sum(PyObject[] a, Map<String, PyObject> kw) {
        PyObject start = PyInt.of(0);
        if (kw != null && kw.containsKey("start")) {
            start = kw.get("start");
        }
        if (a.length == 0) {
            throw Py.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        if (a.length > 2) {
            throw Py.typeError("sum() takes at most 2 arguments (" + a.length + " given)");
        }
        if (a.length == 2) {
            start = a[1];
        }
        PyObject it = a[0].iter();
        if (start instanceof PyStr) {
            throw Py.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw Py.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        PyObject acc = start;
        for (PyObject x = it.next(); x != null; x = it.next()) {
            acc = Ops.binary(BinOperator.ADD, acc, x);
        }
        return acc;
    }

    private static boolean anyAll(PyObject iterable, boolean lookFor) {
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (x.isTrue() == lookFor) {
                return true;
            }
        }
        return false;
    }

    private static PyObject sorted(PyObject[] a, Map<String, PyObject> kw) {
        if (a.length != 1) {
            throw Py.typeError(a.length == 0 ? "sorted expected 1 argument, got 0"
                    : "sorted expected 1 argument, got " + a.length);
        }
        PyObject[] items = Py.toArray(a[0]);
        PyList list = new PyList(Arrays.copyOf(items, items.length));
        list.getAttr("sort").call(new PyObject[0], kw);
        return list;
    }

    private static PyObject reversed(PyObject seq) {
        PyObject hook = seq.type().lookup("__reversed__");
        if (hook != null) {
            return hook.bindTo(seq).call(new PyObject[0], null);
        }
        if (seq instanceof PyRange r) {
            return r.reversed();
        }
        if (seq instanceof PySequence || seq instanceof PyStr || seq instanceof PyBytesLike) {
            int n = seq.len();
            PyObject target = seq;
            String kind = seq instanceof PyList ? "list_reverseiterator" : "reversed";
            return new PyIterator(kind) {
                private int i = n - 1;

                @Override
                public PyObject next() {
                    if (i < 0 || i >= target.len()) {
                        return null;
                    }
                    return target.getItem(PyInt.of(i--));
                }
            };
        }
        if (seq instanceof PyDict d) {
            List<PyObject> keys = new ArrayList<>(d.map().keySet());
            java.util.Collections.reverse(keys);
            return new PyIterator.OfJava("dict_reversekeyiterator", keys.iterator());
        }
        throw Py.typeError("'" + seq.type().name() + "' object is not reversible");
    }

    private static PyObject enumerate(PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] args = Args.keywords("enumerate", a, kw, new String[] {"iterable", "start"}, 2, 0);
        if (args[0] == null) {
            throw Py.typeError("enumerate() missing required argument 'iterable'");
        }
        PyObject start = args[1] == null ? PyInt.of(0) : args[1];
        if (!(start instanceof PyInt)) {
            throw Py.typeError("'" + start.type().name() + "' object cannot be interpreted as an integer");
        }
        PyObject it = args[0].iter();
        return new PyIterator("enumerate") {
            private PyObject n = start;

            @Override
            public PyObject next() {
                PyObject x = it.next();
                if (x == null) {
                    return null;
                }
                PyObject pair = new PyTuple(new PyObject[] {n, x});
                n = Ops.binary(BinOperator.ADD, n, PyInt.of(1));
                return pair;
            }
        };
    }

    private static PyObject zip(PyObject[] a, Map<String, PyObject> kw) {
        boolean strict = kw != null && kw.containsKey("strict") && kw.get("strict").isTrue();
        PyObject[] its = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            try {
                its[i] = a[i].iter();
            } catch (PyError e) {
                throw Py.typeError("'" + a[i].type().name() + "' object is not iterable");
            }
        }
        return new PyIterator("zip") {
            @Override
            public PyObject next() {
                if (its.length == 0) {
                    return null;
                }
                PyObject[] row = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    row[i] = its[i].next();
                    if (row[i] == null) {
                        if (strict) {
                            strictEnd(i);
                        }
                        return null;
                    }
                }
                return new PyTuple(row);
            }

            /** strict=True: argument `ended` ran out; every other must end at the same row. */
            private void strictEnd(int ended) {
                if (ended > 0) {
                    throw Py.valueError("zip() argument " + (ended + 1) + " is shorter than " + firsts(ended));
                }
                for (int j = 1; j < its.length; j++) {
                    if (its[j].next() != null) {
                        throw Py.valueError("zip() argument " + (j + 1) + " is longer than " + firsts(j));
                    }
                }
            }

            private static String firsts(int n) {
                return n == 1 ? "argument 1" : "arguments 1-" + n;
            }
        };
    }

    private static PyObject map(PyObject[] a, Map<String, PyObject> kw) {
        Args.noKeywords("map", kw);
        if (a.length < 2) {
            throw Py.typeError("map() must have at least two arguments.");
        }
        PyObject fn = a[0];
        PyObject[] its = new PyObject[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            its[i - 1] = a[i].iter();
        }
        return new PyIterator("map") {
            @Override
            public PyObject next() {
                PyObject[] row = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    row[i] = its[i].next();
                    if (row[i] == null) {
                        return null;
                    }
                }
                return fn.call(row, null);
            }
        };
    }

    private static PyObject filter(PyObject[] a, Map<String, PyObject> kw) {
        Args.expected("filter", a, kw, 2, 2);
        PyObject fn = a[0];
        PyObject it = a[1].iter();
        return new PyIterator("filter") {
            @Override
            public PyObject next() {
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    PyObject keep = fn == PyNone.NONE ? x : fn.call(new PyObject[] {x}, null);
                    if (keep.isTrue()) {
                        return x;
                    }
                }
                return null;
            }
        };
    }

    private static PyObject round(PyObject[] a, Map<String, PyObject> kw) {
        PyObject[] args = Args.keywords("round", a, kw, new String[] {"number", "ndigits"}, 2, 1);
        PyObject x = args[0];
        PyObject nd = args[1] == null ? PyNone.NONE : args[1];
        PyObject own = UserClasses.special(x, "__round__");
        if (own != null) {
            return own.call(args[1] == null ? new PyObject[0] : new PyObject[] {args[1]}, null);
        }
        if (x instanceof PyInt i) {
            if (nd == PyNone.NONE || Py.index(nd) >= 0) {
                return PyInt.of(i.bigValue());
            }
            BigDecimal r = new BigDecimal(i.bigValue()).setScale((int) Py.index(nd), RoundingMode.HALF_EVEN);
            return PyInt.of(r.toBigInteger());
        }
        if (x instanceof PyFloat f) {
            double d = f.value();
            if (nd == PyNone.NONE) {
                if (Double.isNaN(d)) {
                    throw Py.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw Py.overflowError("cannot convert float infinity to integer");
                }
                return PyInt.of(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
            }
            long digits = Py.index(nd);
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
                return f;
            }
            if (digits > 323) {
                return f;
            }
            if (digits < -308) {
                return new PyFloat(Math.copySign(0.0, d));
            }
            double r = new BigDecimal(d).setScale((int) digits, RoundingMode.HALF_EVEN).doubleValue();
            return new PyFloat(r == 0 ? Math.copySign(0.0, d) : r);
        }
        throw Py.typeError("type " + x.type().name() + " doesn't define __round__ method");
    }

    private static PyObject divmod(PyObject x, PyObject y) {
        boolean numeric = (x instanceof PyInt || x instanceof PyFloat) && (y instanceof PyInt || y instanceof PyFloat);
        if (!numeric) {
            // x.__divmod__(y), then y.__rdivmod__(x), as a binary operator's methods are asked
            PyObject r = answer(x, "__divmod__", y);
            r = r != null ? r : answer(y, "__rdivmod__", x);
            if (r != null) {
                return r;
            }
            throw Py.typeError("unsupported operand type(s) for divmod(): '" + x.type().name() + "' and '"
                    + y.type().name() + "'");
        }
        if ((x instanceof PyFloat || y instanceof PyFloat) && !y.isTrue()) {
            throw Py.error(ExcTypes.ZeroDivisionError, "float divmod()");
        }
        return new PyTuple(new PyObject[] {Ops.binary(BinOperator.FLOORDIV, x, y), Ops.binary(BinOperator.MOD, x, y)});
    }

    /** What o's class's method name returns for arg; null when it has none or returns NotImplemented. */
    private static PyObject answer(PyObject o, String name, PyObject arg) {
        PyObject own = o.type().lookup(name);
        PyObject r = own == null ? null : own.bindTo(o).call(new PyObject[] {arg}, null);
        return r == PySingleton.NOT_IMPLEMENTED ? null : r;
    }

    /** dir(obj); dir() of the caller's namespace is Eval's. */
    public static PyObject dir(PyObject[] a, Map<String, PyObject> kw) {
        Args.expected("dir", a, kw, 0, 1);
        TreeSet<String> names = new TreeSet<>();
        if (a[0] instanceof PyModule m && m.dict().get("__dir__") != null) {
            PyObject hook = m.dict().get("__dir__");
            // PEP 562: a module's own __dir__ answers (concurrent.futures lists its lazy names so).
            for (PyObject name : Py.toArray(hook.call(new PyObject[0], null))) {
                names.add(Py.asStr(name, "dir() item"));
            }
        } else if (a[0] instanceof PyModule m) {
            // as CPython: a module's dir() is its namespace, so every name listed can be fetched
            names.addAll(m.dict().keySet());
        } else if (a[0] instanceof PyType t) {
            names.addAll(t.attributeNames());
            List<String> recorded = DirNames.ofType(t);
            if (recorded != null) {
                names.addAll(recorded);
            }
            if (t.isUserClass()) {
                names.addAll(PyInstance.OBJECT_ATTRS);
            }
        } else {
            PyType type = a[0].type();
            List<String> recorded = DirNames.ofType(type);
            names.addAll(recorded != null ? recorded : type.attributeNames());
            if (type.isUserClass()) {
                // A subclass of a built-in type lists the built-in's names, its own, and its instances' __dict__.
                names.addAll(type.attributeNames());
                names.addAll(List.of("__dict__", "__weakref__"));
            }
            names.addAll(a[0].instanceAttrNames());
        }
        PyList out = new PyList();
        for (String n : names) {
            out.append(new PyStr(n));
        }
        return out;
    }

    /** vars(obj): its __dict__, with CPython's complaint when it has none; vars() is Eval's locals(). */
    public static PyObject vars(PyObject[] a, Map<String, PyObject> kw) {
        Args.expected("vars", a, kw, 0, 1);
        try {
            return a[0].getAttr("__dict__");
        } catch (PyError e) {
            if (e.matches(ExcTypes.AttributeError)) {
                throw Py.typeError("vars() argument must have __dict__ attribute");
            }
            throw e;
        }
    }


    /** exit and quit: print a hint when echoed, end the session when called. */
    static final class Quitter extends PyObject {
        private static final PyType TYPE = new PyType("Quitter", "_sitebuiltins", null);
        private final String name;

        Quitter(String name) {
            this.name = name;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        @Override
        public String repr() {
            return "Use " + name + "() or Ctrl-D (i.e. EOF) to exit";
        }

        @Override
        public PyObject call(PyObject[] args, Map<String, PyObject> kwargs) {
            PyObject code = args.length > 0 ? args[0] : PyNone.NONE;
            throw new PyError(new PyBaseException(ExcTypes.SystemExit,
                    code == PyNone.NONE ? PyTuple.EMPTY : new PyTuple(new PyObject[] {code})));
        }
    }

    /** len(x): a learner's __len__ may answer up to sys.maxsize, more than a Java length holds. */
    private static PyObject len(PyObject x) {
        if (x instanceof PyRange r) {
            return r.size(); // a range may be longer than a Java int
        }
        PyObject hook = UserClasses.special(x, "__len__");
        return hook == null ? PyInt.of(x.len()) : PyInt.of(UserClasses.length(hook.call(new PyObject[0], null)));
    }
}
