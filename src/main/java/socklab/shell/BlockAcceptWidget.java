package socklab.shell;

import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import socklab.lang.InteractiveInput;

/**
 * Enter, as CPython 3.13's REPL has it: cleans pasted tutorial text, runs the input once it is
 * complete, else opens a `... ` line indented for the block. Inside a multi-line block being edited,
 * Enter before the end just splits the line. Auto-indent never doubles what the learner types: a
 * line that brings its own indentation (typed as at CPython's prompt, or pasted) drops the one
 * offered, and the rest of the block is left to the learner; `except`, `else`, `elif` and `finally`
 * typed on an offered indent step back to their `try` or `if`.
 */
final class BlockAcceptWidget implements Widget {
    private static final java.util.regex.Pattern DEDENT_KEYWORD =
            java.util.regex.Pattern.compile("(except|else|elif|finally)\\b.*");

    private final LineReader reader;
    private final Widget accept;
    private PasteCleaner.Result lastCleaning;
    /** The indentation this widget put at the start of the last line, or null. */
    private String offered;
    /** True once the learner indents this block by hand: no more indentation is offered. */
    private boolean byHand;

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
        if (text.indexOf('\n') < 0) {
            offered = null;
            byHand = false;
        }
        if (text.indexOf('\n') >= 0 && buf.cursor() < text.length()) {
            buf.write("\n" + InteractiveInput.indentAfter(text.substring(0, buf.cursor())));
            return true;
        }
        text = settleIndent(text);
        PasteCleaner.Result cleaned = PasteCleaner.clean(text);
        String code = endBlankLine(cleaned.text());
        if (!code.equals(buf.toString())) {
            buf.clear();
            buf.write(code);
        }
        if (isComplete(code)) {
            lastCleaning = cleaned;
            return accept.apply();
        }
        offered = byHand ? "" : InteractiveInput.indentAfter(code);
        buf.write("\n" + offered);
        return true;
    }

    /** The last line with the offered indentation dropped if the learner typed their own, or stepped back for except/else. */
    private String settleIndent(String text) {
        int nl = text.lastIndexOf('\n');
        if (offered == null || offered.isEmpty() || nl < 0) {
            return text;
        }
        String last = text.substring(nl + 1);
        if (!last.startsWith(offered)) {
            return text;
        }
        String typed = last.substring(offered.length());
        if (!typed.isEmpty() && (typed.charAt(0) == ' ' || typed.charAt(0) == '\t')) {
            byHand = true;
            return text.substring(0, nl + 1) + typed;
        }
        if (!byHand && offered.length() >= 4 && DEDENT_KEYWORD.matcher(typed).matches()) {
            return text.substring(0, nl + 1) + offered.substring(4) + typed;
        }
        return text;
    }

    /** The auto-indent left on an otherwise empty last line must not stop it ending the block. */
    private static String endBlankLine(String code) {
        int nl = code.lastIndexOf('\n');
        return nl >= 0 && code.substring(nl + 1).isBlank() ? code.substring(0, nl + 1) : code;
    }

    /** True when typing these lines one by one would leave nothing waiting for more. */
    static boolean isComplete(String code) {
        InteractiveInput input = new InteractiveInput();
        try {
            for (String line : code.split("\n", -1)) {
                if (input.feed(line) instanceof InteractiveInput.Status.Error) {
                    return true;
                }
            }
            return !input.isContinuing();
        } finally {
            input.reset();
        }
    }
}
