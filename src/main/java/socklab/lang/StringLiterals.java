package socklab.lang;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import socklab.lang.Token.StringToken;
import socklab.lang.ast.Expr;

/**
 * Turns a run of adjacent string tokens into one literal: decodes escapes as CPython does,
 * joins str with str and bytes with bytes, and splits f-strings into literal parts and
 * replacement fields (whose expressions go back through the parser).
 */
final class StringLiterals {
    /** How deep format specs may nest replacement fields: f'{a:{b}}' is fine, one more level is not. */
    private static final int MAX_SPEC_DEPTH = 2;

    private final SourceLines lines;

    StringLiterals(SourceLines lines) { this.lines = lines; }

    Expr concat(List<Token> strings) {
        Token first = strings.get(0);
        Pos span = first.pos().to(strings.get(strings.size() - 1).end());
        boolean bytes = ((StringToken) first.value()).isBytes();
        for (Token t : strings) {
            if (((StringToken) t.value()).isBytes() != bytes) {
                throw error("cannot mix bytes and nonbytes literals", strings.get(strings.size() - 1).end());
            }
        }
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Token t : strings) decodeBytes(t, out);
            return new Expr.BytesLit(span, out.toByteArray());
        }
        boolean formatted = strings.stream().anyMatch(t -> ((StringToken) t.value()).isFormatted());
        if (!formatted) {
            StringBuilder sb = new StringBuilder();
            for (Token t : strings) sb.append(decodeStr(t, ((StringToken) t.value()).body()));
            return new Expr.StrLit(span, sb.toString());
        }
        Parts parts = new Parts();
        for (Token t : strings) {
            StringToken st = (StringToken) t.value();
            if (st.isFormatted()) {
                new FString(t, st).parse(0, false, 0, parts);
            } else {
                parts.literal(decodeStr(t, st.body()), t.pos());
            }
        }
        return new Expr.FString(span, parts.done());
    }

    /** The parts of an f-string being built: adjacent literals merge, empty literals vanish. */
    private static final class Parts {
        final List<Expr> list = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        Pos textPos;

        void literal(String s, Pos p) {
            if (text.length() == 0) textPos = p;
            text.append(s);
        }

        void field(Expr.FormattedValue v) {
            flush();
            list.add(v);
        }

        List<Expr> done() {
            flush();
            return list;
        }

        private void flush() {
            if (text.length() > 0) list.add(new Expr.StrLit(textPos, text.toString()));
            text.setLength(0);
        }
    }

    /** One f-string token being split into parts. */
    private final class FString {
        final Token token;
        final StringToken st;
        final String body;

        FString(Token token, StringToken st) {
            this.token = token;
            this.st = st;
            this.body = st.body();
        }

        /** Parses from index k up to the end (or, in a format spec, to its closing '}'); returns where it stopped. */
        int parse(int k, boolean inSpec, int depth, Parts parts) {
            int chunk = k;
            while (k < body.length()) {
                char c = body.charAt(k);
                if (c == '\\' && !st.isRaw() && k + 2 < body.length() && body.charAt(k + 1) == 'N' && body.charAt(k + 2) == '{') {
                    int close = body.indexOf('}', k);
                    k = close < 0 ? body.length() : close + 1;
                } else if (c == '{' || c == '}') {
                    parts.literal(decodeStr(token, body.substring(chunk, k)), token.pos());
                    if (c == '}' && inSpec) return k;
                    if (k + 1 < body.length() && body.charAt(k + 1) == c && !inSpec) {
                        parts.literal(String.valueOf(c), token.pos());
                        k += 2;
                    } else if (c == '}') {
                        throw error("f-string: single '}' is not allowed", end());
                    } else {
                        k = field(k + 1, depth, parts);
                    }
                    chunk = k;
                } else {
                    k++;
                }
            }
            if (inSpec) throw error("f-string: expecting '}'", end());
            parts.literal(decodeStr(token, body.substring(chunk, k)), token.pos());
            return k;
        }

        /** Parses one replacement field whose expression starts at k; returns the index after its '}'. */
        private int field(int k, int depth, Parts parts) {
            if (depth >= MAX_SPEC_DEPTH) throw error("f-string: expressions nested too deeply", end());
            int exprStart = k;
            k = expressionEnd(k);
            String exprText = body.substring(exprStart, k);
            if (exprText.isBlank()) throw error("f-string: empty expression not allowed", end());
            String debugText = null;
            if (body.charAt(k) == '=') {
                k++;
                while (k < body.length() && Character.isWhitespace(body.charAt(k))) k++;
                debugText = body.substring(exprStart, k);
            }
            char conversion = 0;
            if (k < body.length() && body.charAt(k) == '!') {
                k++;
                if (k >= body.length()) throw error("f-string: expecting '}'", end());
                conversion = body.charAt(k);
                if ("rsa".indexOf(conversion) < 0 || conversion == '}' || conversion == ':') {
                    throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", end());
                }
                k++;
            }
            Expr spec = null;
            if (k < body.length() && body.charAt(k) == ':') {
                Parts specParts = new Parts();
                Pos specPos = posAt(k + 1);
                k = parse(k + 1, true, depth + 1, specParts);
                spec = new Expr.FString(specPos, specParts.done());
            }
            if (k >= body.length() || body.charAt(k) != '}') throw error("f-string: expecting '}'", end());
            Pos exprPos = posAt(exprStart);
            Expr value = Parser.parseFieldExpression(exprText, exprPos, lines);
            if (debugText != null) {
                parts.literal(debugText, exprPos);
                if (conversion == 0 && spec == null) conversion = 'r';
            }
            parts.field(new Expr.FormattedValue(exprPos, value, conversion, spec));
            return k + 1;
        }

        /** Finds where a field's expression ends: a top-level '}', '!', ':' or debugging '='. */
        private int expressionEnd(int k) {
            int nesting = 0;
            char quote = 0;
            boolean tripleQuote = false;
            for (; k < body.length(); k++) {
                char c = body.charAt(k);
                if (c == '\\') throw error("f-string expression part cannot include a backslash", end());
                if (quote != 0) {
                    if (c == quote && (!tripleQuote || body.startsWith(String.valueOf(c).repeat(3), k))) {
                        if (tripleQuote) k += 2;
                        quote = 0;
                    }
                    continue;
                }
                char next = k + 1 < body.length() ? body.charAt(k + 1) : 0;
                if (c == '\'' || c == '"') {
                    quote = c;
                    tripleQuote = body.startsWith(String.valueOf(c).repeat(3), k);
                    if (tripleQuote) k += 2;
                } else if (c == '(' || c == '[' || c == '{') {
                    nesting++;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (nesting == 0) {
                        if (c == '}') return k;
                        throw error("f-string: unmatched '" + c + "'", end());
                    }
                    nesting--;
                } else if (c == '#') {
                    throw error("f-string expression part cannot include '#'", end());
                } else if (nesting == 0 && (c == '!' || c == '=' || c == '<' || c == '>') && next == '=') {
                    k++;
                } else if (nesting == 0 && (c == '!' || c == ':' || c == '=')) {
                    return k;
                }
            }
            if (quote != 0) throw error("f-string: unterminated string", end());
            throw error("f-string: expecting '}'", end());
        }

        private Pos posAt(int index) {
            Pos p = st.bodyPos();
            int line = p.line();
            int col = p.col();
            for (int j = 0; j < index; j++) {
                if (body.charAt(j) == '\n') { line++; col = 1; } else { col++; }
            }
            return new Pos(line, col);
        }

        private Pos end() { return token.end(); }
    }

    private String decodeStr(Token t, String body) {
        if (((StringToken) t.value()).isRaw() || body.indexOf('\\') < 0) return body;
        StringBuilder sb = new StringBuilder(body.length());
        int k = 0;
        while (k < body.length()) {
            char c = body.charAt(k);
            if (c != '\\' || k + 1 >= body.length()) {
                sb.append(c);
                k++;
                continue;
            }
            int start = k;
            char e = body.charAt(k + 1);
            k += 2;
            int simple = simpleEscape(e);
            if (simple >= 0) {
                sb.append((char) simple);
                continue;
            }
            switch (e) {
                case '\n' -> { }
                case '\r' -> { if (k < body.length() && body.charAt(k) == '\n') k++; }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> k = octal(body, k - 1, sb::appendCodePoint);
                case 'x', 'u', 'U' -> {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int digits = hexDigits(body, k, n);
                    if (digits < n) {
                        String form = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                        throw unicodeError(start, k + digits - 1, "truncated " + form + " escape", t);
                    }
                    long cp = Long.parseLong(body.substring(k, k + n), 16);
                    if (cp > Character.MAX_CODE_POINT) throw unicodeError(start, k + n - 1, "illegal Unicode character", t);
                    sb.appendCodePoint((int) cp);
                    k += n;
                }
                case 'N' -> k = namedChar(body, start, k, sb, t);
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    private int namedChar(String body, int start, int k, StringBuilder sb, Token t) {
        int close = k < body.length() && body.charAt(k) == '{' ? body.indexOf('}', k) : -1;
        if (close < 0) throw unicodeError(start, Math.min(k, body.length() - 1), "malformed \\N character escape", t);
        try {
            sb.appendCodePoint(Character.codePointOf(body.substring(k + 1, close)));
        } catch (IllegalArgumentException ex) {
            throw unicodeError(start, close, "unknown Unicode character name", t);
        }
        return close + 1;
    }

    private void decodeBytes(Token t, ByteArrayOutputStream out) {
        StringToken st = (StringToken) t.value();
        String body = st.body();
        for (int k = 0; k < body.length(); k++) {
            if (body.charAt(k) >= 128) throw error("bytes can only contain ASCII literal characters", t.pos());
        }
        if (st.isRaw()) {
            for (int k = 0; k < body.length(); k++) out.write(body.charAt(k));
            return;
        }
        int k = 0;
        while (k < body.length()) {
            char c = body.charAt(k);
            if (c != '\\' || k + 1 >= body.length()) {
                out.write(c);
                k++;
                continue;
            }
            int start = k;
            char e = body.charAt(k + 1);
            k += 2;
            int simple = simpleEscape(e);
            if (simple >= 0) {
                out.write(simple);
                continue;
            }
            switch (e) {
                case '\n' -> { }
                case '\r' -> { if (k < body.length() && body.charAt(k) == '\n') k++; }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> k = octal(body, k - 1, v -> out.write(v & 0xFF));
                case 'x' -> {
                    if (hexDigits(body, k, 2) < 2) {
                        throw error("(value error) invalid \\x escape at position " + start, t.end());
                    }
                    out.write(Integer.parseInt(body.substring(k, k + 2), 16));
                    k += 2;
                }
                default -> { out.write('\\'); out.write(e); }
            }
        }
    }

    /** The value of a one-character escape shared by str and bytes (backslash n, t, quote …), or -1. */
    private static int simpleEscape(char e) {
        return switch (e) {
            case '\\', '\'', '"' -> e;
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            default -> -1;
        };
    }

    /** Reads up to three octal digits starting at k, hands over their value, returns the index after them. */
    private static int octal(String body, int k, java.util.function.IntConsumer sink) {
        int v = 0;
        int end = Math.min(k + 3, body.length());
        while (k < end && body.charAt(k) >= '0' && body.charAt(k) <= '7') v = v * 8 + (body.charAt(k++) - '0');
        sink.accept(v);
        return k;
    }

    private static int hexDigits(String body, int k, int max) {
        int n = 0;
        while (n < max && k + n < body.length() && Character.digit(body.charAt(k + n), 16) >= 0 && body.charAt(k + n) < 128) n++;
        return n;
    }

    private PySyntaxError unicodeError(int from, int to, String what, Token t) {
        return error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + from + "-" + to + ": " + what,
                t.end());
    }


    private PySyntaxError error(String msg, Pos p) {
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX, msg, p, lines.get(p.line()), false);
    }
}
