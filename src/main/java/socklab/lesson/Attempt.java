package socklab.lesson;

import java.util.List;
import socklab.runtime.PyObject;

/**
 * What one executed input did, as a step's check sees it: its value, its error type name and
 * message (str of the exception; both null without one), what it called.
 */
public record Attempt(String source, PyObject value, String error, String message, List<String> calls) {}
