package socklab.classroom;

import java.util.ArrayList;
import java.util.List;
import socklab.lang.Parser;
import socklab.lang.PySyntaxError;
import socklab.lang.ast.Stmt;
import socklab.runtime.RunListener;
import socklab.runtime.RunResult;
import socklab.runtime.object.PyNone;

/**
 * The session as a Python script (%save): every input that ran without an error, in order, heard
 * as run results. Shell commands never reach the interpreter, so they are never here; an input
 * that raised is left out. A bare expression whose value the prompt showed becomes `_ = …`: the
 * prompt kept that value alive in `_` (the socket `sk.accept()` returned stays open, `_` works
 * later), and a script must keep it too to have the same effect; nothing in the script prints it.
 */
public final class SavedScript implements RunListener {
    private final List<String> inputs = new ArrayList<>();

    @Override
    public synchronized void onRun(RunResult result) {
        if (result.outcome() == RunResult.Outcome.OK && !result.source().isBlank()) {
            inputs.add(scriptForm(result));
        }
    }

    /** Forgets everything (%reset started the session afresh). */
    public synchronized void clear() {
        inputs.clear();
    }

    public synchronized int size() {
        return inputs.size();
    }

    /** The script: the header comment lines, then each input, compound statements followed by an empty line. */
    public synchronized String text(List<String> header) {
        StringBuilder b = new StringBuilder();
        for (String line : header) {
            b.append("# ").append(line).append('\n');
        }
        b.append('\n');
        for (String input : inputs) {
            b.append(input).append('\n');
            if (input.indexOf('\n') >= 0 || input.stripTrailing().endsWith(":")) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String scriptForm(RunResult result) {
        String source = result.source().stripTrailing();
        if (result.value() == PyNone.NONE || source.indexOf('\n') >= 0) {
            return source;
        }
        try {
            List<Stmt> stmts = Parser.parseInteractive(source);
            return stmts.size() == 1 && stmts.get(0) instanceof Stmt.ExprStmt ? "_ = " + source.strip() : source;
        } catch (PySyntaxError e) {
            return source;
        }
    }
}
