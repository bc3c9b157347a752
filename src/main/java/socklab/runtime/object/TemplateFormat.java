package socklab.runtime.object;

import java.util.Map;

/**
 * str.format and str.format_map: replacement fields {name.attr[key]!conv:spec}, automatic or
 * manual numbering, nested fields inside the spec, with CPython's parse errors.
 */
final class TemplateFormat {
    private enum Numbering { UNKNOWN, AUTO, MANUAL }

    private final PyObject[] args;
    private final Map<String, PyObject> kwargs;
    private final PyObject mapping;
    private Numbering numbering = Numbering.UNKNOWN;
    private int autoIndex;

    TemplateFormat(PyObject[] args, Map<String, PyObject> kwargs, PyObject mapping) {
        this.args = args;
        this.kwargs = kwargs;
        this.mapping = mapping;
    }

    String format(String template) {
        return render(template, 2);
    }

    private String render(String s, int depth) {
        if (depth <= 0) {
            throw Py.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Py.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && s.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            if (i + 1 >= n) {
                throw Py.valueError("Single '{' encountered in format string");
            }
            int end = fieldEnd(s, i + 1);
            out.append(field(s.substring(i + 1, end), depth));
            i = end + 1;
        }
        return out.toString();
    }

    /** The index of the '}' closing the field that starts at from, braces in the spec nesting. */
    private static int fieldEnd(String s, int from) {
        int depth = 1;
        boolean inSpec = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[' && !inSpec) {
                int close = s.indexOf(']', i);
                if (close < 0) {
                    break;
                }
                i = close;
            } else if (c == ':' || c == '!') {
                inSpec = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw Py.valueError("expected '}' before end of string");
    }

    private String field(String f, int depth) {
        int nameEnd = 0;
        while (nameEnd < f.length() && f.charAt(nameEnd) != ':' && f.charAt(nameEnd) != '!') {
            if (f.charAt(nameEnd) == '[') {
                int close = f.indexOf(']', nameEnd);
                nameEnd = close < 0 ? f.length() : close;
            }
            if (nameEnd < f.length()) {
                nameEnd++;
            }
        }
        PyObject value = resolve(f.substring(0, nameEnd));
        char conversion = 0;
        String spec = "";
        int i = nameEnd;
        if (i < f.length() && f.charAt(i) == '!') {
            if (i + 1 >= f.length()) {
                throw Py.valueError("unmatched '{' in format spec");
            }
            conversion = f.charAt(i + 1);
            i += 2;
            if (i < f.length() && f.charAt(i) != ':') {
                throw Py.valueError("expected ':' after conversion specifier");
            }
        }
        if (i < f.length()) {
            spec = f.substring(i + 1);
        }
        switch (conversion) {
            case 0:
                break;
            case 'r':
                value = new PyStr(value.repr());
                break;
            case 's':
                value = new PyStr(value.str());
                break;
            case 'a':
                value = new PyStr(Formatting.ascii(value.repr()));
                break;
            default:
                throw Py.valueError("Unknown conversion specifier " + conversion);
        }
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, depth - 1);
        }
        return Formatting.format(value, spec);
    }

    /** Looks up "name", "0", "" (automatic) followed by .attr and [key] parts. */
    private PyObject resolve(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        PyObject value = first(name.substring(0, i));
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '.') {
                int start = ++i;
                while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                if (i == start) {
                    throw Py.valueError("Empty attribute in format string");
                }
                value = value.getAttr(name.substring(start, i));
            } else if (c == '[') {
                int close = name.indexOf(']', i);
                if (close < 0) {
                    throw Py.valueError("Missing ']' in format string");
                }
                String key = name.substring(i + 1, close);
                if (key.isEmpty()) {
                    throw Py.valueError("Empty attribute in format string");
                }
                value = value.getItem(isIndex(key) ? PyInt.of(Long.parseLong(key)) : new PyStr(key));
                i = close + 1;
            } else {
                throw Py.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private PyObject first(String key) {
        if (key.isEmpty() || isIndex(key)) {
            if (mapping != null) {
                throw Py.valueError("Format string contains positional fields");
            }
            int index;
            if (key.isEmpty()) {
                if (numbering == Numbering.MANUAL) {
                    throw Py.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                numbering = Numbering.AUTO;
                index = autoIndex++;
            } else {
                if (numbering == Numbering.AUTO) {
                    throw Py.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                numbering = Numbering.MANUAL;
                index = Integer.parseInt(key);
            }
            if (index >= args.length) {
                throw Py.error(ExcTypes.IndexError, "Replacement index " + index + " out of range for positional args tuple");
            }
            return args[index];
        }
        if (mapping != null) {
            return mapping.getItem(new PyStr(key));
        }
        PyObject v = kwargs == null ? null : kwargs.get(key);
        if (v == null) {
            throw new PyError(new PyBaseException(ExcTypes.KeyError, new PyTuple(new PyObject[] {new PyStr(key)})));
        }
        return v;
    }
}
