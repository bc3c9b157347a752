package socklab.lesson;

import java.util.List;
import socklab.runtime.PyObject;

/** What one executed input did, as a step's check sees it: its value, its error type name, what it called. */
public record Attempt(String source, PyObject value, String error, List<String> calls) {}
