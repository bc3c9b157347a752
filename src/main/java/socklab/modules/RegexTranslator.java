package socklab.modules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import socklab.runtime.Interpreter;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyObject;

/**
 * Reads a pattern in Python's re syntax, as sre_parse does, and writes the java.util.regex
 * pattern that matches the same strings. Where the two syntaxes part ((?P<name>…), \Z, \v, a
 * literal '{', '[' inside a set, ^ after a final newline) it writes what Java needs; where
 * Python refuses a pattern it raises re.error with sre_parse's message and position.
 */
final class RegexTranslator {
    static final int TEMPLATE = 1;
    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int ASCII = 256;
    private static final String INLINE_FLAGS = "aiLmsux";

    /** A translated pattern: the Java regex, the number of groups and the names of the named ones. */
    record Translation(String java, int groups, Map<String, Integer> names, int inlineFlags) {}

    /** What came last in the current sequence, which decides whether a quantifier may follow. */
    private enum Last { NOTHING, ITEM, REPEAT }

    private final String p;
    private final PyObject source;
    private final boolean bytes;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Set<Integer> openGroups = new HashSet<>();
    /** The verbose and multiline modes in force, one entry per open group (scoped flags change them). */
    private final Deque<int[]> modes = new ArrayDeque<>();
    private int flags;
    private int inlineFlags;
    private int groups;
    private int i;
    /** How many look-behind groups are open: their width must be fixed. */
    private int lookbehinds;
    /** Where the innermost open group began, for "missing ), unterminated subpattern". */
    private int openAt;

    private RegexTranslator(String pattern, PyObject source, int flags, boolean bytes) {
        this.p = pattern;
        this.source = source;
        this.flags = flags;
        this.bytes = bytes;
    }

    /**
     * Translates a pattern under the compile flags; text is the pattern as Java text (a bytes
     * pattern as Latin-1), source the Python object, which re.error keeps.
     */
    static Translation translate(String text, PyObject source, int flags, boolean bytes) {
        RegexTranslator t = new RegexTranslator(text, source, flags, bytes);
        t.globalFlags();
        t.modes.push(new int[] {t.flags & VERBOSE, t.flags & MULTILINE});
        t.sequence(true);
        return new Translation(t.out.toString(), t.groups, t.names, t.inlineFlags);
    }

    /** Leading (?aiLmsux) groups set flags for the whole pattern, as in Python. */
    private void globalFlags() {
        while (p.startsWith("(?", i) && i + 2 < p.length() && INLINE_FLAGS.indexOf(p.charAt(i + 2)) >= 0) {
            int j = i + 2;
            int add = 0;
            while (j < p.length() && INLINE_FLAGS.indexOf(p.charAt(j)) >= 0) {
                add |= flagOf(p.charAt(j), j);
                j++;
            }
            if (j >= p.length()) {
                throw error("missing -, : or )", j);
            }
            if (p.charAt(j) != ')') {
                return;
            }
            inlineFlags |= add;
            flags |= add;
            i = j + 1;
        }
    }

    private int flagOf(char c, int at) {
        int f = switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'u' -> UNICODE;
            default -> VERBOSE;
        };
        if (f == LOCALE && !bytes) {
            throw error("bad inline flags: cannot use 'L' flag with a str pattern", at + 1);
        }
        if (f == UNICODE && bytes) {
            throw error("bad inline flags: cannot use 'u' flag with a bytes pattern", at + 1);
        }
        return f;
    }

    private boolean verbose() {
        return modes.peek()[0] != 0;
    }

    private boolean multiline() {
        return modes.peek()[1] != 0;
    }

    /** One alternation, up to ')' (inside a group) or the end (top level). */
    private void sequence(boolean top) {
        Last last = Last.NOTHING;
        while (i < p.length()) {
            int start = i;
            char c = p.charAt(i);
            if (verbose() && skipVerbose()) {
                continue;
            }
            switch (c) {
                case ')' -> {
                    if (top) {
                        throw error("unbalanced parenthesis", i);
                    }
                    return;
                }
                case '|' -> {
                    out.append('|');
                    i++;
                    last = Last.NOTHING;
                }
                case '(' -> last = group() ? Last.ITEM : last;
                case '[' -> {
                    charClass();
                    last = Last.ITEM;
                }
                case '*', '+', '?' -> {
                    i++;
                    last = repeat(last, String.valueOf(c), start);
                }
                case '{' -> {
                    String q = braces();
                    if (q == null) {
                        out.append("\\{");
                        i = start + 1;
                        last = Last.ITEM;
                    } else {
                        last = repeat(last, q, start);
                    }
                }
                case '.' -> {
                    out.append('.');
                    i++;
                    last = Last.ITEM;
                }
                case '^' -> {
                    out.append(multiline() ? "(?:^|(?<=\\n))" : "^");
                    i++;
                    last = Last.NOTHING;
                }
                case '$' -> {
                    out.append('$');
                    i++;
                    last = Last.NOTHING;
                }
                case '\\' -> last = escape();
                default -> {
                    literal(p.codePointAt(i));
                    i += Character.charCount(p.codePointAt(i));
                    last = Last.ITEM;
                }
            }
        }
        if (!top) {
            throw error("missing ), unterminated subpattern", openAt);
        }
    }

    /** Whitespace and # comments are not part of a verbose pattern. */
    private boolean skipVerbose() {
        char c = p.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
            i++;
            return true;
        }
        if (c == '#') {
            while (i < p.length() && p.charAt(i) != '\n') {
                i++;
            }
            return true;
        }
        return false;
    }

    /** A quantifier q (with its lazy '?' or possessive '+') applied to what came last. */
    private Last repeat(Last last, String q, int start) {
        if (last == Last.NOTHING) {
            throw error("nothing to repeat", start);
        }
        if (last == Last.REPEAT) {
            throw error("multiple repeat", start);
        }
        if (lookbehinds > 0 && !q.matches("\\{\\d+}")) {
            throw error("look-behind requires fixed-width pattern", -1);
        }
        out.append(q);
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            out.append(p.charAt(i));
            i++;
        }
        return Last.REPEAT;
    }

    /** {m,n} as a Java quantifier, or null when the brace is a literal '{' (as sre_parse decides). */
    private String braces() {
        int here = i + 1;
        int j = here;
        if (j < p.length() && p.charAt(j) == '}') {
            return null;
        }
        while (j < p.length() && Character.isDigit(p.charAt(j)) && p.charAt(j) < 128) {
            j++;
        }
        String lo = p.substring(here, j);
        String hi = lo;
        boolean comma = j < p.length() && p.charAt(j) == ',';
        if (comma) {
            int k = ++j;
            while (j < p.length() && Character.isDigit(p.charAt(j)) && p.charAt(j) < 128) {
                j++;
            }
            hi = p.substring(k, j);
        }
        if (j >= p.length() || p.charAt(j) != '}') {
            return null;
        }
        i = j + 1;
        long min = lo.isEmpty() ? 0 : bounded(lo);
        if (!comma) {
            return "{" + min + "}";
        }
        if (hi.isEmpty()) {
            return "{" + min + ",}";
        }
        long max = bounded(hi);
        if (max < min) {
            throw error("min repeat greater than max repeat", here);
        }
        return "{" + min + "," + max + "}";
    }

    private static long bounded(String digits) {
        if (digits.length() > 9 || Long.parseLong(digits) >= Integer.MAX_VALUE) {
            throw Py.overflowError("the repetition number is too large");
        }
        return Long.parseLong(digits);
    }

    /** Everything that starts with '('. False when it leaves nothing to repeat (a comment). */
    private boolean group() {
        int open = i;
        i++;
        if (!p.startsWith("?", i)) {
            int index = ++groups;
            out.append('(');
            subgroup(open, index, null);
            return true;
        }
        i++;
        if (i >= p.length()) {
            throw error("unexpected end of pattern", i);
        }
        char c = p.charAt(i);
        switch (c) {
            case ':' -> {
                i++;
                out.append("(?:");
                subgroup(open, 0, null);
            }
            case '>' -> {
                i++;
                out.append("(?>");
                subgroup(open, 0, null);
            }
            case '=', '!' -> {
                i++;
                out.append("(?").append(c);
                subgroup(open, 0, null);
            }
            case '<' -> {
                i++;
                char d = i < p.length() ? p.charAt(i) : 0;
                if (d != '=' && d != '!') {
                    if (i >= p.length()) {
                        throw error("unexpected end of pattern", i);
                    }
                    throw error("unknown extension ?<" + d, open + 1);
                }
                i++;
                out.append("(?<").append(d);
                lookbehinds++;
                subgroup(open, 0, null);
                lookbehinds--;
            }
            case '#' -> {
                int end = p.indexOf(')', i);
                if (end < 0) {
                    throw error("missing ), unterminated comment", open);
                }
                i = end + 1;
                return false;
            }
            case 'P' -> namedGroup(open);
            case '(' -> throw error("conditional groups (?(…)…) are not supported by socklab", open);
            default -> scopedFlags(open, c);
        }
        return true;
    }

    private void namedGroup(int open) {
        i++;
        if (i >= p.length()) {
            throw error("unexpected end of pattern", i);
        }
        char c = p.charAt(i);
        if (c == '<') {
            i++;
            String name = groupName('>', "missing >, unterminated name");
            int index = ++groups;
            Integer was = names.get(name);
            if (was != null) {
                throw error("redefinition of group name " + socklab.runtime.object.PyStr.repr(name) + " as group " + index + "; was group " + was,
                        i - name.length() - 1);
            }
            names.put(name, index);
            out.append('(');
            subgroup(open, index, name);
        } else if (c == '=') {
            i++;
            int at = i;
            String name = groupName(')', "missing ), unterminated name");
            Integer index = names.get(name);
            if (index == null) {
                throw error("unknown group name " + socklab.runtime.object.PyStr.repr(name), at);
            }
            if (openGroups.contains(index)) {
                throw error("cannot refer to an open group", at);
            }
            out.append("(?:\\").append(index).append(')');
        } else {
            throw error("unknown extension ?P" + c, open + 1);
        }
    }

    /** A group name up to its terminator, checked as sre_parse checks it; i ends after the terminator. */
    private String groupName(char terminator, String unterminated) {
        int at = i;
        int end = p.indexOf(terminator, i);
        String name = end < 0 ? p.substring(at) : p.substring(at, end);
        if (name.isEmpty()) {
            throw error("missing group name", at);
        }
        if (end < 0) {
            throw error(unterminated, at);
        }
        if (!isIdentifier(name)) {
            throw error("bad character in group name " + socklab.runtime.object.PyStr.repr(name), at);
        }
        i = end + 1;
        return name;
    }

    private static boolean isIdentifier(String s) {
        if (!Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') {
            return false;
        }
        return s.codePoints().allMatch(cp -> Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    /** (?imsx-imsx:…) and, out of place, (?i) that is not at the start. */
    private void scopedFlags(int open, char first) {
        int add = 0;
        int remove = 0;
        boolean minus = false;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == ')' && !minus) {
                throw error("global flags not at the start of the expression", open);
            }
            if (c == ':') {
                break;
            }
            if (c == '-' && !minus) {
                minus = true;
            } else if (INLINE_FLAGS.indexOf(c) >= 0) {
                int f = flagOf(c, i);
                if (minus) {
                    remove |= f;
                } else {
                    add |= f;
                }
            } else {
                throw error(c == first && !minus ? "unknown extension ?" + c : "unknown flag", c == first && !minus ? open + 1 : i);
            }
            i++;
        }
        if (i >= p.length()) {
            throw error("missing -, : or )", i);
        }
        i++;
        if ((remove & (ASCII | UNICODE | LOCALE)) != 0) {
            throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", i);
        }
        String on = javaFlags(add) + ((add & UNICODE) != 0 ? "U" : "");
        String off = javaFlags(remove) + ((add & ASCII) != 0 ? "U" : "");
        out.append("(?").append(on).append(off.isEmpty() ? "" : "-" + off).append(':');
        int[] mode = modes.peek();
        int verbose = (mode[0] != 0 || (add & VERBOSE) != 0) && (remove & VERBOSE) == 0 ? VERBOSE : 0;
        int multi = (mode[1] != 0 || (add & MULTILINE) != 0) && (remove & MULTILINE) == 0 ? MULTILINE : 0;
        modes.push(new int[] {verbose, multi});
        subgroup(open, 0, null);
        modes.pop();
    }

    private String javaFlags(int f) {
        StringBuilder s = new StringBuilder();
        if ((f & IGNORECASE) != 0) {
            s.append(bytes || (flags & ASCII) != 0 ? "i" : "iu");
        }
        if ((f & MULTILINE) != 0) {
            s.append('m');
        }
        if ((f & DOTALL) != 0) {
            s.append('s');
        }
        return s.toString();
    }

    /** The inside of a group up to its ')': index is the capturing group's number, or 0. */
    private void subgroup(int open, int index, String name) {
        if (index > 0) {
            openGroups.add(index);
        }
        int saved = openAt;
        openAt = open;
        sequence(false);
        openAt = saved;
        i++;
        out.append(')');
        if (index > 0) {
            openGroups.remove(index);
        }
    }

    /** A backslash outside a set: a category, an anchor, a character or a back reference. */
    private Last escape() {
        int at = i;
        if (i + 1 >= p.length()) {
            throw error("bad escape (end of pattern)", at);
        }
        char c = p.charAt(i + 1);
        i += 2;
        switch (c) {
            case 'A' -> {
                out.append("\\A");
                return Last.NOTHING;
            }
            case 'Z' -> {
                out.append("\\z");
                return Last.NOTHING;
            }
            case 'b', 'B' -> {
                out.append('\\').append(c);
                return Last.NOTHING;
            }
            case 'd', 'D', 's', 'S', 'w', 'W' -> {
                out.append('\\').append(c);
                return Last.ITEM;
            }
            default -> {
                if (c >= '1' && c <= '9') {
                    return backReference(at, c);
                }
                literal(escapedChar(at, c));
                return Last.ITEM;
            }
        }
    }

    private Last backReference(int at, char c) {
        int j = i;
        if (j < p.length() && isDigit(p.charAt(j))) {
            if (isOctal(c) && isOctal(p.charAt(j)) && j + 1 < p.length() && isOctal(p.charAt(j + 1))) {
                int value = Integer.parseInt(p.substring(at + 1, j + 2), 8);
                if (value > 0377) {
                    throw error("octal escape value \\" + p.substring(at + 1, j + 2) + " outside of range 0-0o377", at);
                }
                i = j + 2;
                literal(value);
                return Last.ITEM;
            }
            i = j + 1;
        }
        int group = Integer.parseInt(p.substring(at + 1, i));
        if (group > groups) {
            throw error("invalid group reference " + group, at + 1);
        }
        if (openGroups.contains(group)) {
            throw error("cannot refer to an open group", at);
        }
        out.append("(?:\\").append(group).append(')');
        return Last.ITEM;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    /**
     * The character an escape stands for, in or out of a set (categories and anchors are handled
     * before): \n, \x41, \u00e9, \N{...}, \0 octal; other letters are errors, other characters themselves.
     */
    private int escapedChar(int at, char c) {
        switch (c) {
            case 'a':
                return 7;
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'v':
                return 0x0B;
            case 'x':
                return hex(at, 2, 2);
            case 'u':
            case 'U':
                if (bytes) {
                    throw error("bad escape \\" + c, at);
                }
                return hex(at, c == 'u' ? 4 : 8, c == 'u' ? 4 : 8);
            case 'N':
                if (bytes) {
                    throw error("bad escape \\N", at);
                }
                return namedChar(at);
            case '0': {
                int j = i;
                while (j < p.length() && j < i + 2 && isOctal(p.charAt(j))) {
                    j++;
                }
                int value = Integer.parseInt("0" + p.substring(i, j), 8);
                i = j;
                return value;
            }
            default:
                if (c < 128 && Character.isLetterOrDigit(c)) {
                    throw error("bad escape \\" + c, at);
                }
                i = at + 1 + Character.charCount(p.codePointAt(at + 1));
                return p.codePointAt(at + 1);
        }
    }

    private int hex(int at, int min, int max) {
        int j = i;
        while (j < p.length() && j < i + max && Character.digit(p.charAt(j), 16) >= 0 && p.charAt(j) < 128) {
            j++;
        }
        String digits = p.substring(i, j);
        if (digits.length() < min) {
            throw error("incomplete escape \\" + p.charAt(at + 1) + digits, at);
        }
        long value = Long.parseLong(digits, 16);
        if (value > Character.MAX_CODE_POINT) {
            throw error("bad escape \\" + p.charAt(at + 1) + digits, at);
        }
        i = j;
        return (int) value;
    }

    private int namedChar(int at) {
        if (!p.startsWith("{", i)) {
            throw error("missing {", i);
        }
        int end = p.indexOf('}', i);
        if (end < 0 || end == i + 1) {
            throw error(end < 0 ? "missing }, unterminated name" : "missing character name", i + 1);
        }
        String name = p.substring(i + 1, end);
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw error("undefined character name " + socklab.runtime.object.PyStr.repr(name), at);
        }
        i = end + 1;
        return cp;
    }

    /** A set [...]: members and ranges written so that Java reads none of its own set syntax. */
    private void charClass() {
        int open = i;
        i++;
        StringBuilder set = new StringBuilder("[");
        if (p.startsWith("[", i)) {
            futureWarning("Possible nested set at position " + i);
        }
        if (i < p.length() && p.charAt(i) == '^') {
            set.append('^');
            i++;
        }
        boolean first = true;
        while (true) {
            if (i >= p.length()) {
                throw error("unterminated character set", open);
            }
            char c = p.charAt(i);
            if (c == ']' && !first) {
                i++;
                break;
            }
            if (!first && "-&~|".indexOf(c) >= 0 && p.startsWith(String.valueOf(c), i + 1)) {
                futureWarning("Possible set " + switch (c) {
                    case '-' -> "difference";
                    case '&' -> "intersection";
                    case '~' -> "symmetric difference";
                    default -> "union";
                } + " at position " + i);
            }
            first = false;
            int itemAt = i;
            int lo = classMember(set);
            if (lo < 0) {
                continue;
            }
            if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                if (p.charAt(i + 1) == '-') {
                    futureWarning("Possible set difference at position " + i);
                }
                i++;
                int hi = classMember(null);
                if (hi < 0) {
                    throw error("bad character range " + p.substring(itemAt, i), itemAt);
                }
                if (hi < lo) {
                    throw error("bad character range " + p.substring(itemAt, i), itemAt);
                }
                set.append(classLiteral(lo)).append('-').append(classLiteral(hi));
            } else {
                set.append(classLiteral(lo));
            }
        }
        out.append(set).append(']');
    }

    /**
     * One member of a set: its code point, or -1 when it was a category (\d, \w, \s…), which is
     * then written to the set directly (or refused inside a range, where set is null).
     */
    private int classMember(StringBuilder set) {
        char c = p.charAt(i);
        if (c != '\\') {
            int cp = p.codePointAt(i);
            i += Character.charCount(cp);
            return cp;
        }
        int at = i;
        if (i + 1 >= p.length()) {
            throw error("unterminated character set", at);
        }
        char e = p.charAt(i + 1);
        if ("dDsSwW".indexOf(e) >= 0) {
            i += 2;
            if (set != null) {
                set.append('\\').append(e);
            }
            return -1;
        }
        i += 2;
        if (e == 'b') {
            return 8;
        }
        if (isDigit(e) && e != '0') {
            if (!isOctal(e)) {
                throw error("bad escape \\" + e, at);
            }
            int j = i;
            while (j < p.length() && j < i + 2 && isOctal(p.charAt(j))) {
                j++;
            }
            int value = Integer.parseInt(p.substring(at + 1, j), 8);
            if (value > 0377) {
                throw error("octal escape value \\" + p.substring(at + 1, j) + " outside of range 0-0o377", at);
            }
            i = j;
            return value;
        }
        return escapedChar(at, e);
    }

    private static String classLiteral(int cp) {
        if (cp < 128 && Character.isLetterOrDigit(cp)) {
            return String.valueOf((char) cp);
        }
        return "\\x{" + Integer.toHexString(cp) + "}";
    }

    private void literal(int cp) {
        if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == ' ' || cp == '_')) {
            out.append((char) cp);
        } else {
            out.append("\\x{").append(Integer.toHexString(cp)).append('}');
        }
    }

    /**
     * Python 3.11 warns of set syntax a later version may give a meaning ([[, &&, --, ~~, ||):
     * a FutureWarning at the line of the program that called re.
     */
    private static void futureWarning(String message) {
        Interpreter.warnFromCaller("FutureWarning", message, ModuleSpec.LIBRARY + "re/__init__.py");
    }

    private PyError error(String message, int pos) {
        return ReModule.error(message, source, pos);
    }

}
