package socklab.lesson;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.lang.InteractiveInput;
import socklab.lang.Parser;
import socklab.runtime.Interpreter;
import socklab.runtime.RunListener;
import socklab.runtime.RunResult;
import socklab.runtime.object.Io;

/**
 * Walks a learner through one lesson at a time in their own session: shows each step, starts its
 * partner, checks every input against the step, recognises known mistakes, hands out hints, and
 * records finished steps. It follows the session as a listener of the interpreter's run results.
 */
public final class Coach implements AutoCloseable, RunListener {
    private final Interpreter interp;
    private final Function<Io, Interpreter> sessions;
    private final Io io;
    private final List<Lesson> lessons;
    private final Progress progress;
    private Lang lang;

    private Lesson lesson;
    private int index;
    private Partners partners;
    private final Set<Integer> entered = new HashSet<>();
    private final Map<Integer, Map<Wrong, LessonCheck.WrongOutcome>> wrongErrors = new HashMap<>();
    private int hintsShown;
    /** True while the coach runs code itself (a %skip): those runs are not the learner's attempts. */
    private boolean runningItself;
    private final List<LessonListener> listeners = new CopyOnWriteArrayList<>();

    /** sessions makes the private sessions in which known wrong answers are rehearsed. */
    public Coach(Interpreter interp, Function<Io, Interpreter> sessions, List<Lesson> lessons, Progress progress, Lang lang) {
        this.interp = interp;
        this.sessions = sessions;
        this.io = interp.io();
        this.lessons = List.copyOf(lessons);
        this.progress = progress;
        this.lang = lang;
    }

    /** Follows the learner's place in lessons (the class view reports it to the teacher). */
    public void addListener(LessonListener listener) {
        listeners.add(listener);
    }

    public Lang lang() {
        return lang;
    }

    public void setLang(Lang lang) {
        this.lang = lang;
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public Progress progress() {
        return progress;
    }

    /** The partners of the lesson being taken, or null when no lesson is active. */
    public Partners partners() {
        return lesson == null ? null : partners;
    }

    /** The lesson being taken, or null. */
    public Lesson active() {
        return lesson;
    }

    /** For the prompt: "[bind 2/6]", or "" when no lesson is active. */
    public String promptTag() {
        return lesson == null ? "" : "[" + lesson.id() + " " + (index + 1) + "/" + lesson.steps().size() + "]";
    }

    /**
     * Starts a lesson by id or number; false (with a message) if there is none. A lesson begun
     * before resumes at its first unfinished step, once the earlier steps' solutions have quietly
     * run (with their partners) so the names they made, such as sk, exist again.
     */
    public boolean start(String idOrNumber) {
        return start(idOrNumber, false);
    }

    private boolean start(String idOrNumber, boolean fromScratch) {
        Lesson found = lessons.stream()
                .filter(l -> l.id().equals(idOrNumber) || String.valueOf(l.order()).equals(idOrNumber.replaceFirst("^0+(?=\\d)", "")))
                .findFirst().orElse(null);
        if (found == null) {
            say(Messages.text(lang, "lesson.unknown", idOrNumber));
            return false;
        }
        Partners fresh;
        try {
            fresh = new Partners(found);
        } catch (IOException e) {
            say(Messages.text(lang, "lesson.noPorts", e.getMessage()));
            return false;
        }
        stopLesson();
        lesson = found;
        partners = fresh;
        say(Messages.text(lang, "lesson.header", lesson.order(), lesson.title().in(lang)));
        say(lesson.summary().in(lang));
        int first = fromScratch ? 0 : firstUnfinished();
        if (first > 0) {
            say(Messages.text(lang, "lesson.resume", first + 1));
            first = replay(first);
        }
        enter(first);
        return true;
    }

    /** The first step not yet done, or 0 when none or all are done (a finished lesson starts over). */
    private int firstUnfinished() {
        Set<String> done = progress.done(lesson.id());
        for (int k = 0; k < lesson.steps().size(); k++) {
            if (!done.contains(lesson.steps().get(k).id())) {
                return k;
            }
        }
        return 0;
    }

    /** Runs the solutions of the steps before upTo without echoing; returns the step to enter (where one failed). */
    private int replay(int upTo) {
        int k = 0;
        replaying:
        for (; k < upTo; k++) {
            Step s = lesson.steps().get(k);
            if (entered.add(k) && s.peer() != null) {
                partners.start(s.peer());
            }
            if (!s.explainOnly()) {
                for (InteractiveInput.Status.Ready input : Inputs.split(fill(s.solution()))) {
                    if (interp.run(input.source(), input.statements(), "<stdin>", Interpreter.Mode.QUIET).failed()) {
                        break replaying; // the learner takes over at the step whose solution failed
                    }
                }
            }
        }
        io.flush();
        partners.reports(); // the replay is quiet: what the partners did in it is not news
        return k;
    }

    @Override
    public boolean wantsCalls() {
        return true;
    }

    /** Judges each input the learner ran against the active step. */
    @Override
    public void onRun(RunResult result) {
        if (lesson == null || runningItself || result.outcome() == RunResult.Outcome.EXIT) {
            return;
        }
        sayPartnerReports();
        if (step().explainOnly()) {
            return;
        }
        Attempt attempt = Attempt.of(result);
        boolean passed = Judge.passes(interp, Parser.parseExpression(step().check()), attempt, partners);
        listeners.forEach(l -> l.attempted(passed, attempt.error()));
        if (passed) {
            say(Messages.text(lang, "lesson.check.correct"));
            progress.markDone(lesson.id(), step().id());
            advance();
            return;
        }
        Wrong known = knownMistake(attempt);
        if (known != null) {
            say(Messages.text(lang, "lesson.check.wrong", fill(known.explain().in(lang))));
        } else if (attempt.error() != null) {
            say(Messages.text(lang, "lesson.check.tryHint"));
        }
    }

    /** An empty line: moves past an explain-only step (true), otherwise it is nothing to us (false). */
    public boolean onEmptyLine() {
        if (lesson == null || !step().explainOnly()) {
            return false;
        }
        progress.markDone(lesson.id(), step().id());
        advance();
        return true;
    }

    private boolean sameText(Wrong w, String source) {
        return Inputs.normalise(fill(w.input())).equals(Inputs.normalise(source));
    }

    public void hint() {
        if (!requireTask()) {
            return;
        }
        List<Text> hints = step().hints();
        if (hintsShown < hints.size()) {
            hintsShown++;
            say(Messages.text(lang, "lesson.hint.label", hintsShown, hints.size(), fill(hints.get(hintsShown - 1).in(lang))));
        } else {
            say(Messages.text(lang, "lesson.hint.none"));
        }
    }

    /** Shows the solution after the learner confirms (it spoils the exercise). */
    public void solution() {
        if (!requireTask()) {
            return;
        }
        String answer = io.ask(Messages.text(lang, "lesson.solution.confirm"));
        if (answer == null || !Messages.text(lang, "lesson.solution.yes").contains("|" + answer.strip().toLowerCase(Locale.ROOT) + "|")) {
            return;
        }
        say(Messages.text(lang, "lesson.solution.label"));
        for (String line : fill(step().solution()).split("\n")) {
            say("    " + line);
        }
    }

    /** Runs the step's solution in the learner's session (so later steps have what it makes) and moves on. */
    public void skip() {
        if (!requireLesson()) {
            return;
        }
        if (!step().explainOnly()) {
            say(Messages.text(lang, "lesson.skip.running"));
            runningItself = true;
            try {
                for (InteractiveInput.Status.Ready input : Inputs.split(fill(step().solution()))) {
                    String[] lines = input.source().split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        say((i == 0 ? ">>> " : "... ") + lines[i]);
                    }
                    interp.run(input.source(), input.statements(), "<stdin>", Interpreter.Mode.INTERACTIVE);
                }
            } finally {
                runningItself = false;
            }
            sayPartnerReports();
        }
        advance();
    }

    /** Moves on without judging (the step counts as done only if it was). */
    public void next() {
        if (requireLesson()) {
            advance();
        }
    }

    public void back() {
        if (!requireLesson()) {
            return;
        }
        if (index == 0) {
            say(Messages.text(lang, "lesson.step.first"));
            return;
        }
        enter(index - 1);
    }

    /** The lesson again from step 1, with fresh ports and partners. */
    public void restart() {
        if (requireLesson()) {
            start(lesson.id(), true);
        }
    }

    public void quit() {
        if (requireLesson()) {
            say(Messages.text(lang, "lesson.left", lesson.title().in(lang)));
            stopLesson();
        }
    }

    @Override
    public void close() {
        stopLesson();
    }

    private void advance() {
        if (index + 1 < lesson.steps().size()) {
            enter(index + 1);
            return;
        }
        say(Messages.text(lang, "lesson.done", lesson.title().in(lang)));
        listeners.forEach(l -> l.finished(lesson.id()));
        Lesson following = lessons.stream().filter(l -> l.order() > lesson.order()).findFirst().orElse(null);
        say(following == null ? Messages.text(lang, "lesson.last") : Messages.text(lang, "lesson.nextOne", following.id(), following.title().in(lang)));
        stopLesson();
    }

    private void enter(int k) {
        index = k;
        hintsShown = 0;
        Step s = step();
        if (entered.add(k) && s.peer() != null) {
            partners.start(s.peer());
        }
        say("");
        say(Messages.text(lang, "lesson.step.counter", promptTag(), k + 1, lesson.steps().size()));
        say(fill(s.say().in(lang)));
        listeners.forEach(l -> l.stepEntered(lesson.id(), s.id(), k, lesson.steps().size()));
        if (s.explainOnly()) {
            say(Messages.text(lang, "lesson.step.continue"));
        } else {
            say(Messages.text(lang, "lesson.step.ask", fill(s.ask().in(lang))));
        }
    }

    /** A wrong answer the learner's input is: the same text, else failing with the same error (message first, then type). */
    private Wrong knownMistake(Attempt attempt) {
        for (Wrong w : step().wrong()) {
            if (sameText(w, attempt.source())) {
                return w;
            }
        }
        if (attempt.error() == null || step().wrong().isEmpty()) {
            return null;
        }
        Map<Wrong, LessonCheck.WrongOutcome> errors = wrongErrors.computeIfAbsent(index, k -> LessonCheck.wrongErrors(sessions, lesson, k));
        // The same message names the mistake best (two TypeErrors can be quite different ones).
        return errors.keySet().stream()
                .filter(w -> attempt.error().equals(errors.get(w).error()) && Objects.equals(attempt.message(), errors.get(w).message()))
                .findFirst()
                .or(() -> errors.keySet().stream().filter(w -> attempt.error().equals(errors.get(w).error())).findFirst())
                .orElse(null);
    }

    private void stopLesson() {
        if (partners != null) {
            partners.close();
        }
        partners = null;
        lesson = null;
        entered.clear();
        wrongErrors.clear();
    }

    private Step step() {
        return lesson.steps().get(index);
    }

    /** Replaces {PORT}, {PEER} and {HOST} with this run's values. */
    private String fill(String text) {
        return partners.ports().fill(text);
    }

    private boolean requireLesson() {
        if (lesson == null) {
            say(Messages.text(lang, "lesson.none"));
        }
        return lesson != null;
    }

    private boolean requireTask() {
        if (!requireLesson()) {
            return false;
        }
        if (step().explainOnly()) {
            say(Messages.text(lang, "lesson.step.noTask"));
            return false;
        }
        return true;
    }

    /** What the partners did during the last input: "partner: connected from 127.0.0.1:50412". */
    private void sayPartnerReports() {
        for (Partners.Report r : partners.reports()) {
            say(r.text(lang));
        }
    }

    private void say(String text) {
        io.prose(text + "\n");
        io.flush();
    }
}
