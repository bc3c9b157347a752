package socklab.shell;

import java.util.regex.Pattern;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.PyBaseException;

/**
 * Picks the teaching hint for a common beginner's mistake, shown as one short line after CPython's
 * own error. Returns catalogue keys, so the hint follows the chosen language.
 */
final class Hints {
    private static final Pattern ADDRESS_NOT_TUPLE =
            Pattern.compile("^(?:\\w+\\(\\): AF_INET6? address must be tuple|socket\\.\\w+\\(\\) takes exactly one argument).*");

    private Hints() {}

    /** The hint key for this error raised by this input, or null when there is nothing to add. */
    static String keyFor(PyBaseException error, String source) {
        String message = error.str();
        if (error.type().isSubtypeOf(ExcTypes.TypeError)) {
            if (message.equals("a bytes-like object is required, not 'str'")) {
                return "hint.bytes";
            }
            if (ADDRESS_NOT_TUPLE.matcher(message).matches()) {
                return "hint.tuple";
            }
            return null;
        }
        if (!error.type().isSubtypeOf(ExcTypes.OSError)) {
            return null;
        }
        if (message.startsWith("[Errno 98]")) {
            return "hint.inuse";
        }
        if (message.startsWith("[Errno 111]")) {
            return "hint.refused";
        }
        if (message.startsWith("[Errno 22]") && source.contains(".accept(")) {
            return "hint.accept";
        }
        return null;
    }
}
