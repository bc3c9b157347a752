package socklab.modules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import socklab.runtime.object.Buffers;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;

/**
 * A replacement string of re.sub and Match.expand, parsed as sre_parse.parse_template parses it:
 * literal text and group references (\1, \g<1>, \g<name>), with its errors and escapes.
 */
final class ReplacementTemplate {
    /** Literal pieces as String, group references as Integer, in order. */
    private final List<Object> parts;
    private final boolean bytes;

    private ReplacementTemplate(List<Object> parts, boolean bytes) {
        this.parts = parts;
        this.bytes = bytes;
    }

    static ReplacementTemplate parse(PyObject repl, PyPattern pattern) {
        boolean bytes = !(repl instanceof PyStr);
        if (bytes != pattern.isBytes()) {
            throw Py.typeError(bytes ? "expected str instance, " + Py.typeName(repl) + " found"
                    : "expected a bytes-like object, str found");
        }
        String t = bytes ? new String(Buffers.bytesOf(repl, null), StandardCharsets.ISO_8859_1) : ((PyStr) repl).value();
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != '\\') {
                literal.append(c);
                i++;
                continue;
            }
            int at = i;
            if (i + 1 >= t.length()) {
                throw ReModule.error("bad escape (end of pattern)", repl, at);
            }
            char e = t.charAt(i + 1);
            i += 2;
            int group = -1;
            if (e == 'g') {
                if (i >= t.length() || t.charAt(i) != '<') {
                    throw ReModule.error("missing <", repl, i);
                }
                int start = i + 1;
                int end = t.indexOf('>', start);
                String name = end < 0 ? t.substring(start) : t.substring(start, end);
                if (name.isEmpty()) {
                    throw ReModule.error("missing group name", repl, start);
                }
                if (end < 0) {
                    throw ReModule.error("missing >, unterminated name", repl, start);
                }
                group = groupOf(name, pattern, repl, start);
                i = end + 1;
            } else if (e == '0') {
                int j = i;
                while (j < t.length() && j < i + 2 && t.charAt(j) >= '0' && t.charAt(j) <= '7') {
                    j++;
                }
                literal.append((char) Integer.parseInt("0" + t.substring(i, j), 8));
                i = j;
            } else if (e >= '1' && e <= '9') {
                int j = i;
                if (j < t.length() && Character.isDigit(t.charAt(j)) && t.charAt(j) < 128) {
                    if (e <= '7' && t.charAt(j) <= '7' && j + 1 < t.length() && t.charAt(j + 1) >= '0' && t.charAt(j + 1) <= '7') {
                        int value = Integer.parseInt(t.substring(at + 1, j + 2), 8);
                        if (value > 0377) {
                            throw ReModule.error("octal escape value \\" + t.substring(at + 1, j + 2) + " outside of range 0-0o377", repl, at);
                        }
                        literal.append((char) value);
                        i = j + 2;
                        continue;
                    }
                    j++;
                }
                group = Integer.parseInt(t.substring(at + 1, j));
                if (group > pattern.groups()) {
                    throw ReModule.error("invalid group reference " + group, repl, at + 1);
                }
                i = j;
            } else {
                int known = "abfnrtv\\".indexOf(e);
                if (known >= 0) {
                    literal.append("\u0007\b\f\n\r\t\u000b\\".charAt(known));
                } else if (e < 128 && Character.isLetter(e)) {
                    throw ReModule.error("bad escape \\" + e, repl, at);
                } else {
                    literal.append('\\').append(e);
                }
            }
            if (group >= 0) {
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(group);
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new ReplacementTemplate(parts, bytes);
    }

    private static int groupOf(String name, PyPattern pattern, PyObject repl, int at) {
        if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            int group = name.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(name);
            if (group > pattern.groups()) {
                throw ReModule.error("invalid group reference " + name.replaceFirst("^0+(?=\\d)", ""), repl, at);
            }
            return group;
        }
        if (!Character.isUnicodeIdentifierStart(name.codePointAt(0)) && name.charAt(0) != '_'
                || !name.codePoints().allMatch(Character::isUnicodeIdentifierPart)) {
            throw ReModule.error("bad character in group name " + PyStr.repr(name), repl, at);
        }
        Integer group = pattern.names().get(name);
        if (group == null) {
            throw Py.error(ExcTypes.IndexError, "unknown group name " + PyStr.repr(name));
        }
        return group;
    }

    /** The replacement for one match: unmatched groups give an empty string. */
    PyObject expand(PyMatch m) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.append(s);
            } else {
                PyObject g = m.group((Integer) part);
                if (g instanceof PyStr s) {
                    out.append(s.value());
                } else if (g != socklab.runtime.object.PyNone.NONE) {
                    out.append(new String(Buffers.bytesOf(g, null), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return ReModule.piece(out.toString(), bytes);
    }

    /** A piece re.sub joins: str for a str pattern, bytes-like for a bytes one, as join insists. */
    static String text(PyObject piece, boolean bytes, int item) {
        if (!bytes) {
            if (piece instanceof PyStr s) {
                return s.value();
            }
            throw Py.typeError("sequence item " + item + ": expected str instance, " + Py.typeName(piece) + " found");
        }
        if (!Buffers.isBytesLike(piece)) {
            throw Py.typeError("sequence item " + item + ": expected a bytes-like object, " + Py.typeName(piece) + " found");
        }
        return new String(Buffers.bytesOf(piece, null), StandardCharsets.ISO_8859_1);
    }
}
