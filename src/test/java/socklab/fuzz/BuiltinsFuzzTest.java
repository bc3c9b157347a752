package socklab.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of the builtins' argument handling: builtins and methods of the
 * built-in types called with fuzzed arguments answer with a value or a Python error, never a
 * Java one (no SystemError, no Java class name). Builtins that wait for input, touch files or run
 * code are left out: their sandbox has tests of its own.
 */
class BuiltinsFuzzTest {
    private static final FuzzSession SESSION = new FuzzSession();

    private static final String[] BUILTINS = {
        "abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr", "complex", "dict",
        "divmod", "enumerate", "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash", "hex", "int",
        "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next", "oct", "ord", "pow", "range",
        "repr", "reversed", "round", "set", "slice", "sorted", "str", "sum", "tuple", "type", "zip", "memoryview",
    };

    private static final String[] RECEIVERS = {
        "'Hello, World'", "b'GET / HTTP/1.0\\r\\n'", "bytearray(b'ab')", "[3, 1, 2]", "(1, 'a')", "{'k': 1}",
        "{1, 2}", "7", "2.5", "range(5)", "''", "b''", "memoryview(b'xyz')",
    };

    private static final String[] METHODS = {
        "split", "rsplit", "join", "replace", "find", "rfind", "index", "rindex", "count", "startswith", "endswith",
        "strip", "lstrip", "rstrip", "center", "ljust", "rjust", "zfill", "expandtabs", "format", "encode",
        "decode", "partition", "rpartition", "splitlines", "translate", "maketrans", "hex", "fromhex", "upper",
        "lower", "title", "capitalize", "casefold", "swapcase", "isdigit", "isalpha", "to_bytes", "from_bytes",
        "bit_length", "as_integer_ratio", "append", "extend", "insert", "pop", "remove", "sort", "reverse", "copy",
        "get", "setdefault", "update", "keys", "items", "values", "add", "discard", "union", "intersection",
        "__getitem__", "__contains__", "__mul__", "__mod__", "__format__", "__eq__", "__lt__", "tobytes", "tolist",
        "is_integer", "conjugate", "__round__", "__pow__", "__add__", "__setitem__", "__delitem__",
    };

    private static final String[] VALUES = {
        "0", "1", "-1", "7", "255", "256", "2**31", "2**31 - 1", "2**63", "-2**63", "2**64", "10**30", "-10**30",
        "0.0", "-0.0", "1.5", "float('nan')", "float('inf')", "-float('inf')", "1e308", "1j", "True", "False", "None",
        "''", "'a'", "'abc'", "'%d'", "'{0}'", "'{:>10}'", "'\\x00'", "'\\ud800'", "'é'", "'套接字'", "b''", "b'a'",
        "b'\\xff'", "bytearray()", "[]", "[1, 2]", "[[]]", "()", "(1,)", "{}", "{1: 2}", "set()", "range(3)",
        "slice(1, 2)", "int", "str", "bytes", "object", "object()", "type", "len", "print", "...", "NotImplemented",
        "iter([1])", "'utf-8'", "'ascii'", "'strict'", "'ignore'", "'little'", "'big'", "' '", "','", "'\\n'",
    };

    @FuzzTest(maxDuration = "5m")
    void builtinCalls(FuzzedDataProvider data) {
        String name = data.pickValue(BUILTINS);
        SESSION.runChecked(name + "(" + arguments(data) + ")");
    }

    @FuzzTest(maxDuration = "5m")
    void methodCalls(FuzzedDataProvider data) {
        String receiver = data.pickValue(RECEIVERS);
        String method = data.pickValue(METHODS);
        SESSION.runChecked("(" + receiver + ")." + method + "(" + arguments(data) + ")");
    }

    /** Up to four arguments, each a known awkward value or a fuzzed int or str, some by keyword. */
    private static String arguments(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>();
        int n = data.consumeInt(0, 4);
        for (int k = 0; k < n; k++) {
            String value = switch (data.consumeInt(0, 2)) {
                case 0 -> data.pickValue(VALUES);
                case 1 -> Long.toString(data.consumeLong());
                default -> FuzzSession.literal(data.consumeString(40).replace(".", ""));
            };
            String keyword = data.consumeBoolean() && data.consumeBoolean() ? data.pickValue(new String[] {"key=", "default=", "sep=", "base=", "encoding=", "errors=", "start=", "byteorder=", "signed="}) : "";
            args.add(keyword + value);
        }
        return String.join(", ", args);
    }
}
