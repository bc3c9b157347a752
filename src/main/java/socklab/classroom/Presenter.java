package socklab.classroom;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.lesson.Lesson;
import socklab.lesson.Partners;
import socklab.lesson.Step;
import socklab.runtime.Interpreter;
import socklab.runtime.RunListener;
import socklab.runtime.RunResult;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.PyError;
import socklab.runtime.object.ThreadState;
import socklab.shell.LineSource;
import socklab.shell.Typist;

/**
 * Presenter mode (%demo ID, --demo ID): a teacher projects a lesson and socklab walks it. Each
 * step's text is shown, its solution typed at a person's pace (at once when piped) and run by the
 * shell's one loop as any typed line is, then the demo waits for Enter. A predict step shows its
 * code before running it; a choose step shows the question, the choices, then the answer and why.
 * Ctrl-C leaves the demo; the session stays, with every name the demo made.
 */
public final class Presenter implements Typist, RunListener, AutoCloseable {
    /** A brisk typist's pace: slow enough to follow on a projector, quick enough not to bore. */
    private static final double SECONDS_PER_KEY = 0.035;

    private final Interpreter interp;
    private final Supplier<List<Lesson>> lessons;
    private final Messages messages;

    private Lesson lesson;
    private Partners partners;
    private int index;
    private final Deque<String> pending = new ArrayDeque<>();

    public Presenter(Interpreter interp, Supplier<List<Lesson>> lessons, Messages messages) {
        this.interp = interp;
        this.lessons = lessons;
        this.messages = messages;
    }

    /** Starts the demo of a lesson, by id or number; false (with a message) when there is none. */
    public boolean start(String idOrNumber) {
        String number = idOrNumber.replaceFirst("^0+(?=\\d)", "");
        Lesson found = lessons.get().stream()
                .filter(l -> l.id().equals(idOrNumber) || String.valueOf(l.order()).equals(number))
                .findFirst().orElse(null);
        if (found == null) {
            say(messages.get("demo.unknown", idOrNumber));
            return false;
        }
        Partners fresh;
        try {
            fresh = new Partners(found);
        } catch (IOException e) {
            say(messages.get("lesson.noPorts", e.getMessage()));
            return false;
        }
        close();
        lesson = found;
        partners = fresh;
        index = -1;
        pending.clear();
        say(messages.get("demo.header", lesson.order(), lesson.title().in(lang())));
        return true;
    }

    public boolean active() {
        return lesson != null;
    }

    @Override
    public String next(boolean continuing, Screen screen) {
        if (lesson == null) {
            return null;
        }
        try {
            while (true) {
                if (!pending.isEmpty()) {
                    String line = pending.poll();
                    type(continuing ? "... " : ">>> ", line, screen);
                    return line;
                }
                if (continuing) {
                    type("... ", "", screen); // the empty line that ends a block, as a typist would give it
                    return "";
                }
                if (index >= 0 && !finishStep(screen)) {
                    leave();
                    return null;
                }
                if (++index >= lesson.steps().size()) {
                    say(messages.get("demo.done"));
                    stop();
                    return null;
                }
                enter(lesson.steps().get(index));
            }
        } catch (PyError e) {
            if (!e.value().type().isSubtypeOf(ExcTypes.KeyboardInterrupt)) {
                throw e;
            }
            screen.show("\n");
            leave();
            return null;
        }
    }

    /** Partner reports after each line the demo ran; Ctrl-C in a line that runs leaves the demo. */
    @Override
    public void onRun(RunResult result) {
        if (lesson == null) {
            return;
        }
        for (Partners.Report r : partners.reports()) {
            say(r.text(lang()));
        }
        if (result.failed() && "KeyboardInterrupt".equals(result.error().type())) {
            pending.clear();
            leave();
        }
    }

    /** Ends any demo and closes its partners (a new demo, or the end of the session). */
    @Override
    public void close() {
        stop();
        if (partners != null) {
            partners.close();
            partners = null;
        }
    }

    private void enter(Step step) {
        if (step.peer() != null) {
            partners.start(step.peer());
        }
        Lang lang = lang();
        say("");
        say(messages.get("demo.step", lesson.id(), index + 1, lesson.steps().size()));
        say(fill(step.say().in(lang)));
        if (step.explainOnly()) {
            return;
        }
        say(messages.get("lesson.step.ask", fill(step.ask().in(lang))));
        switch (step.kind()) {
            case "choose" -> {
                List<Step.Choice> choices = step.choices();
                for (int k = 0; k < choices.size(); k++) {
                    say(messages.get("demo.choice", k + 1, fill(choices.get(k).text().in(lang))));
                }
                int answer = step.answer() == null ? 0 : step.answer();
                if (answer >= 1 && answer <= choices.size()) {
                    Step.Choice right = choices.get(answer - 1);
                    say(messages.get("demo.answer", answer, fill(right.text().in(lang)), fill(right.why().in(lang))));
                }
            }
            case "predict" -> {
                showCode(messages.get("demo.predict"), step.code());
                queue(step.code());
            }
            case "fix" -> {
                showCode(messages.get("demo.given"), step.given());
                queue(step.solution());
            }
            default -> queue(step.solution());
        }
    }

    /** After a step's lines ran: its explanation, then Enter (false when Ctrl-D ended the wait). */
    private boolean finishStep(Screen screen) {
        Step step = lesson.steps().get(index);
        if (step.explain() != null) {
            say(fill(step.explain().in(lang())));
        }
        if (!screen.live()) {
            return true;
        }
        return interp.io().ask(messages.get("demo.enter")) != null;
    }

    private void showCode(String label, String code) {
        if (code == null) {
            return;
        }
        say(label);
        for (String line : fill(code).split("\n")) {
            say("    " + line);
        }
    }

    private void queue(String source) {
        if (source == null) {
            return;
        }
        pending.addAll(List.of(fill(source).stripTrailing().split("\n", -1)));
    }

    /** Shows prompt and line as if typed: key by key on a terminal (Ctrl-C stops it), all at once when piped. */
    private void type(String prompt, String line, Screen screen) {
        if (!screen.live()) {
            screen.show(prompt + line + "\n");
            return;
        }
        screen.show(prompt);
        ThreadState ts = ThreadState.current();
        ts.clearInterrupt();
        try (LineSource.Armed armed = screen.armInterrupt(ts)) {
            for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
                screen.show(new String(Character.toChars(line.codePointAt(i))));
                ts.sleep(SECONDS_PER_KEY);
            }
        } finally {
            ts.clearInterrupt();
        }
        screen.show("\n");
    }

    private void leave() {
        if (lesson != null) {
            say(messages.get("demo.left"));
        }
        stop();
    }

    /** Ends the demo; its partners stay up, so sockets connected to them keep working. */
    private void stop() {
        lesson = null;
        pending.clear();
    }

    private String fill(String text) {
        return partners.ports().fill(text);
    }

    private Lang lang() {
        return messages.lang();
    }

    private void say(String text) {
        interp.io().prose(text + "\n");
        interp.io().flush();
    }
}
