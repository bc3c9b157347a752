package socklab.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import socklab.lang.ast.Expr.BinOperator;

/**
 * A test-only evaluator for one-line Python expressions over the runtime (literals, calls,
 * attributes, subscripts, %, ;-separated statements with simple assignment), so case files can hold
 * Python source whose expected results come straight from python3.
 */
final class MiniEval {
    private final String src;
    private int pos;
    private final Map<String, PyObject> names = new HashMap<>();

    private MiniEval(String src) {
        this.src = src;
        names.put("str", PyStr.TYPE);
        names.put("bytes", PyBytes.TYPE);
        names.put("bytearray", PyByteArray.TYPE);
        names.put("int", PyInt.TYPE);
        names.put("float", PyFloat.TYPE);
        names.put("bool", PyBool.TYPE);
        names.put("list", PyList.TYPE);
        names.put("tuple", PyTuple.TYPE);
        names.put("dict", PyDict.TYPE);
        names.put("set", PySet.TYPE);
        names.put("frozenset", PySet.FROZEN);
        names.put("range", PyRange.TYPE);
        names.put("slice", PySlice.TYPE);
        names.put("object", PyType.OBJECT);
        names.put("None", PyNone.NONE);
        names.put("True", PyBool.TRUE);
        names.put("False", PyBool.FALSE);
        names.put("format", new PyBuiltinFunction("format",
                (a, k) -> new PyStr(Formatting.format(a[0], a.length > 1 ? ((PyStr) a[1]).value() : ""))));
        names.put("len", new PyBuiltinFunction("len", (a, k) -> PyInt.of(a[0].len())));
        names.put("repr", new PyBuiltinFunction("repr", (a, k) -> new PyStr(a[0].repr())));
        names.put("ascii", new PyBuiltinFunction("ascii", (a, k) -> new PyStr(Formatting.ascii(a[0].repr()))));
    }

    /** Runs "stmt; stmt; expr" and returns the last value. */
    static PyObject run(String src) {
        Methods.installAll();
        MiniEval e = new MiniEval(src);
        PyObject last = PyNone.NONE;
        while (true) {
            e.skip();
            int save = e.pos;
            String target = e.name();
            e.skip();
            if (target != null && e.peek('=') && !e.src.startsWith("==", e.pos)) {
                e.pos++;
                e.names.put(target, e.expr());
                last = PyNone.NONE;
            } else {
                e.pos = save;
                last = e.expr();
            }
            e.skip();
            if (!e.peek(';')) {
                break;
            }
            e.pos++;
        }
        if (e.pos != e.src.length()) {
            throw new IllegalArgumentException("trailing input at " + e.pos + ": " + src);
        }
        return last;
    }

    private void skip() {
        while (pos < src.length() && src.charAt(pos) == ' ') {
            pos++;
        }
    }

    private boolean peek(char c) {
        skip();
        return pos < src.length() && src.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new IllegalArgumentException("expected " + c + " at " + pos + ": " + src);
        }
        pos++;
    }

    private String name() {
        skip();
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == start || Character.isDigit(src.charAt(start))) {
            pos = start;
            return null;
        }
        return src.substring(start, pos);
    }

    private PyObject expr() {
        PyObject left = unary();
        while (true) {
            skip();
            if (peek('%')) {
                pos++;
                left = Ops.binary(BinOperator.MOD, left, unary());
            } else if (peek('+')) {
                pos++;
                left = Ops.binary(BinOperator.ADD, left, unary());
            } else if (src.startsWith("==", pos)) {
                pos += 2;
                left = Py.bool(Ops.eq(left, unary()));
            } else if (src.startsWith("in ", pos)) {
                pos += 3;
                left = Py.bool(unary().contains(left));
            } else {
                return left;
            }
        }
    }

    private PyObject unary() {
        if (peek('-')) {
            pos++;
            return unary().negative();
        }
        return postfix(atom());
    }

    private PyObject postfix(PyObject v) {
        while (true) {
            if (peek('.')) {
                pos++;
                v = v.getAttr(name());
            } else if (peek('(')) {
                pos++;
                List<PyObject> args = new ArrayList<>();
                Map<String, PyObject> kw = new LinkedHashMap<>();
                while (!peek(')')) {
                    int save = pos;
                    String n = name();
                    skip();
                    if (n != null && peek('=') && !src.startsWith("==", pos)) {
                        pos++;
                        kw.put(n, expr());
                    } else {
                        pos = save;
                        if (src.startsWith("*", pos)) {
                            pos++;
                            args.addAll(List.of(Builtins.toArray(expr())));
                        } else {
                            args.add(expr());
                        }
                    }
                    if (peek(',')) {
                        pos++;
                    }
                }
                pos++;
                v = v.call(args.toArray(new PyObject[0]), kw.isEmpty() ? null : kw);
            } else if (peek('[')) {
                pos++;
                PyObject[] parts = new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE};
                int k = 0;
                boolean slice = false;
                while (!peek(']')) {
                    if (peek(':')) {
                        pos++;
                        k++;
                        slice = true;
                    } else {
                        parts[k] = expr();
                    }
                }
                pos++;
                v = v.getItem(slice ? new PySlice(parts[0], parts[1], parts[2]) : parts[0]);
            } else {
                return v;
            }
        }
    }

    private List<PyObject> items(char close) {
        List<PyObject> out = new ArrayList<>();
        while (!peek(close)) {
            out.add(expr());
            if (peek(',')) {
                pos++;
            }
        }
        pos++;
        return out;
    }

    private PyObject atom() {
        skip();
        char c = src.charAt(pos);
        if (c == '[') {
            pos++;
            return new PyList(items(']').toArray(new PyObject[0]));
        }
        if (c == '(') {
            pos++;
            PyObject first = peek(')') ? null : expr();
            if (first != null && peek(')')) {
                pos++;
                return first;
            }
            List<PyObject> rest = new ArrayList<>();
            if (first != null) {
                rest.add(first);
                expect(',');
                rest.addAll(items(')'));
            } else {
                pos++;
            }
            return new PyTuple(rest.toArray(new PyObject[0]));
        }
        if (c == '{') {
            pos++;
            PyDict d = new PyDict();
            PySet s = new PySet(false);
            while (!peek('}')) {
                PyObject k = expr();
                if (peek(':')) {
                    pos++;
                    d.put(k, expr());
                } else {
                    s.set().add(k);
                }
                if (peek(',')) {
                    pos++;
                }
            }
            pos++;
            return s.set().isEmpty() ? d : s;
        }
        if (c == '\'' || c == '"') {
            return new PyStr(string());
        }
        if ((c == 'b' || c == 'B') && pos + 1 < src.length() && (src.charAt(pos + 1) == '\'' || src.charAt(pos + 1) == '"')) {
            pos++;
            String s = string();
            byte[] b = new byte[s.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) s.charAt(i);
            }
            return new PyBytes(b);
        }
        if (Character.isDigit(c)) {
            return number();
        }
        String n = name();
        PyObject v = names.get(n);
        if (v == null) {
            throw new IllegalArgumentException("unknown name " + n + " in " + src);
        }
        return v;
    }

    private PyObject number() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                || src.charAt(pos) == '_' || ((src.charAt(pos) == '-' || src.charAt(pos) == '+')
                        && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E') && !src.startsWith("0x", start)))) {
            pos++;
        }
        String t = src.substring(start, pos).replace("_", "");
        if (t.startsWith("0x")) {
            return PyInt.of(new BigInteger(t.substring(2), 16));
        }
        if (t.startsWith("0b")) {
            return PyInt.of(new BigInteger(t.substring(2), 2));
        }
        if (t.contains(".") || t.contains("e") || t.contains("E")) {
            return new PyFloat(Double.parseDouble(t));
        }
        return PyInt.of(new BigInteger(t));
    }

    private String string() {
        char q = src.charAt(pos++);
        StringBuilder b = new StringBuilder();
        while (src.charAt(pos) != q) {
            char c = src.charAt(pos++);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '0' -> b.append('\0');
                case 'x' -> {
                    b.append((char) Integer.parseInt(src.substring(pos, pos + 2), 16));
                    pos += 2;
                }
                case 'u' -> {
                    b.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                case 'U' -> {
                    b.appendCodePoint(Integer.parseInt(src.substring(pos, pos + 8), 16));
                    pos += 8;
                }
                default -> b.append(e);
            }
        }
        pos++;
        return b.toString();
    }
}
