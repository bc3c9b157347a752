package socklab.lesson;

import java.util.ArrayList;
import java.util.List;
import socklab.lang.InteractiveInput;
import socklab.runtime.Interpreter;
import socklab.runtime.RunResult;
import socklab.runtime.object.Io;

/**
 * Code the coach runs in the learner's session on its own behalf: earlier steps' solutions replayed
 * quietly (a resume, a restart), and a solution or a predict step's code run in view, echoed
 * behind prompts as if typed. While one runs, the coach does not take it for the learner's attempt.
 */
final class CoachRuns {
    private final LearnerSession session;
    private final Io io;
    private boolean busy;

    CoachRuns(LearnerSession session) {
        this.session = session;
        this.io = session.interp().io();
    }

    /** True while the coach's own code runs. */
    boolean busy() {
        return busy;
    }

    /** Runs source without a sound; false if it broke off before its last input (which may fail on purpose). */
    boolean quietly(String source) {
        Interpreter interp = session.interp();
        List<InteractiveInput.Status.Ready> inputs = Inputs.split(source);
        try {
            for (int i = 0; i < inputs.size(); i++) {
                boolean failed = interp.run(inputs.get(i).source(), inputs.get(i).statements(), "<stdin>", Interpreter.Mode.QUIET).failed();
                if (failed && i < inputs.size() - 1) {
                    return false;
                }
            }
            return true;
        } finally {
            io.flush();
            session.printed().take();
        }
    }

    /** Runs source input by input, each echoed and shown as the prompt shows it, until one fails; what each did. */
    List<Attempt> inView(String source) {
        List<Attempt> out = new ArrayList<>();
        busy = true;
        try {
            for (InteractiveInput.Status.Ready input : Inputs.split(source)) {
                String[] lines = input.source().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    io.prose((i == 0 ? ">>> " : "... ") + lines[i] + "\n");
                }
                io.flush();
                session.printed().take();
                RunResult r = session.interp().run(input.source(), input.statements(), "<stdin>", Interpreter.Mode.INTERACTIVE);
                out.add(Attempt.of(r, session.printed().take()));
                if (r.failed()) {
                    break;
                }
            }
        } finally {
            busy = false;
        }
        return out;
    }
}
