package socklab.shell;

import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import socklab.lang.InteractiveInput;

/**
 * Enter, as CPython 3.13's REPL has it: cleans pasted tutorial text, runs the input once it is
 * complete, else opens a `... ` line indented for the block. Inside a multi-line block being edited,
 * Enter before the end just splits the line.
 */
final class BlockAcceptWidget implements Widget {
    private final LineReader reader;
    private final Widget accept;
    private PasteCleaner.Result lastCleaning;

    BlockAcceptWidget(LineReader reader, Widget accept) {
        this.reader = reader;
        this.accept = accept;
    }

    /** What the cleaner did to the input just accepted (read once). */
    PasteCleaner.Result takeCleaning() {
        PasteCleaner.Result r = lastCleaning;
        lastCleaning = null;
        return r;
    }

    @Override
    public boolean apply() {
        Buffer buf = reader.getBuffer();
        String text = buf.toString();
        if (text.indexOf('\n') >= 0 && buf.cursor() < text.length()) {
            buf.write("\n" + InteractiveInput.indentAfter(text.substring(0, buf.cursor())));
            return true;
        }
        PasteCleaner.Result cleaned = PasteCleaner.clean(text);
        String code = endBlankLine(cleaned.text());
        if (!code.equals(text)) {
            buf.clear();
            buf.write(code);
        }
        if (isComplete(code)) {
            lastCleaning = cleaned;
            return accept.apply();
        }
        buf.write("\n" + InteractiveInput.indentAfter(code));
        return true;
    }

    /** The auto-indent left on an otherwise empty last line must not stop it ending the block. */
    private static String endBlankLine(String code) {
        int nl = code.lastIndexOf('\n');
        return nl >= 0 && code.substring(nl + 1).isBlank() ? code.substring(0, nl + 1) : code;
    }

    /** True when typing these lines one by one would leave nothing waiting for more. */
    static boolean isComplete(String code) {
        InteractiveInput input = new InteractiveInput();
        for (String line : code.split("\n", -1)) {
            if (input.feed(line) instanceof InteractiveInput.Status.Error) {
                return true;
            }
        }
        return !input.isContinuing();
    }
}
