package socklab.shell;

import java.util.function.Function;
import socklab.i18n.Messages;
import socklab.runtime.Interpreter;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.PyObject;

/**
 * help() and `x?` in the chosen language: for socket functions and methods the signature first, then
 * what it does, an example and the matching lesson. Other objects fall back to the runtime's page.
 */
final class HelpPages implements Function<PyObject, String> {
    private final Interpreter interp;
    private final Messages messages;

    HelpPages(Interpreter interp, Messages messages) {
        this.interp = interp;
        this.messages = messages;
    }

    @Override
    public String apply(PyObject subject) {
        if (subject == PyNone.NONE) {
            return messages.get("help.intro");
        }
        String key = PyDocs.keyOf(interp, subject);
        String signature = PyDocs.signature(key);
        if (signature == null) {
            return null;
        }
        StringBuilder page = new StringBuilder(signature).append('\n');
        String what = "help." + key;
        if (messages.has(what)) {
            page.append('\n').append(messages.get(what)).append('\n');
        }
        String example = PyDocs.example(key);
        if (example != null) {
            page.append('\n').append(messages.get("help.example")).append('\n');
            for (String line : example.split("\n")) {
                page.append("    ").append(line).append('\n');
            }
        }
        String lesson = PyDocs.lesson(key);
        if (lesson != null) {
            page.append('\n').append(messages.get("help.lesson", lesson)).append('\n');
        }
        return page.toString();
    }
}
