package socklab.lesson;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import socklab.i18n.Lang;
import socklab.i18n.Messages;
import socklab.lang.Parser;
import socklab.runtime.Interpreter;
import socklab.runtime.RunListener;
import socklab.runtime.RunResult;
import socklab.runtime.object.Io;

/**
 * Walks a learner through one lesson at a time in their own session: shows each step, starts its
 * partner, judges every attempt by the step's kind (code run at the prompt, a prediction, a choice),
 * answers each one, and records finished steps. It follows the session as a listener of the
 * interpreter's run results; lines that are answers rather than Python come to it from the shell.
 */
public final class Coach implements AutoCloseable, RunListener {
    private final LearnerSession session;
    private final Interpreter interp;
    private final RehearsalSession.Opener sessions;
    private final Io io;
    private final List<Lesson> lessons;
    private final Progress progress;
    private final Replies replies;
    private final StepHelp help;
    private final CoachRuns runs;
    private Lang lang;

    private Lesson lesson;
    private int index;
    /** Read by the socket tap on whichever thread the learner sends from. */
    private volatile Partners partners;
    private final Set<Integer> entered = new HashSet<>();
    private final Map<Integer, Map<Wrong, LessonCheck.WrongOutcome>> wrongErrors = new HashMap<>();
    private final Answers answers = new Answers(new Answers.Lesson() {
        @Override
        public List<Attempt> runItself(String source) {
            return Coach.this.runItself(source);
        }

        @Override
        public boolean passes(Step step, Attempt attempt) {
            return Judge.passes(interp, Parser.parseExpression(step.check()), attempt, partners);
        }

        @Override
        public void say(String text) {
            Coach.this.say(text);
        }

        @Override
        public void attempted(boolean right) {
            listeners.forEach(l -> l.attempted(right, null));
        }

        @Override
        public void pass(String verdict) {
            Coach.this.pass(verdict);
        }

        @Override
        public String fill(String text) {
            return Coach.this.fill(text);
        }

        @Override
        public String recoverText(Step step) {
            return Coach.this.recoverText(step);
        }
    });
    private final TwoTerminals sides = new TwoTerminals(this::say);
    /** The lesson just finished or left at its end, for %next. */
    private Lesson ended;
    private final List<LessonListener> listeners = new CopyOnWriteArrayList<>();

    /** sessions makes the private sessions in which known wrong answers are rehearsed. */
    public Coach(LearnerSession session, RehearsalSession.Opener sessions, List<Lesson> lessons, Mistakes mistakes,
            Progress progress, Lang lang) {
        this.session = session;
        this.interp = session.interp();
        this.sessions = sessions;
        this.io = interp.io();
        this.lessons = List.copyOf(lessons);
        this.progress = progress;
        this.replies = new Replies(mistakes);
        this.help = new StepHelp(io);
        this.runs = new CoachRuns(session);
        this.lang = lang;
        session.taps().accept(new SocketTap() {
            @Override
            public void listened(int port) {
                sides.listening(port);
            }

            @Override
            public void sent(String remote, int bytes) {
                Partners p = partners;
                if (p != null) {
                    p.learnerSent(remote, bytes);
                }
            }
        });
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
        return lesson == null ? "" : StepView.tag(lesson, index);
    }

    /**
     * Starts a lesson by id or number; false (with a message) if there is none. A lesson begun
     * before resumes at its first unfinished step, once the earlier steps' solutions have quietly
     * run (with their partners) so the names they made, such as sk, exist again.
     */
    public boolean start(String idOrNumber) {
        Lesson found = lessons.stream()
                .filter(l -> l.id().equals(idOrNumber) || String.valueOf(l.order()).equals(idOrNumber.replaceFirst("^0+(?=\\d)", "")))
                .findFirst().orElse(null);
        if (found == null) {
            say(Messages.text(lang, "lesson.unknown", idOrNumber));
            return false;
        }
        return begin(found, -1, found.startsFresh());
    }

    /** Begins lesson at step at (-1: its first unfinished one), in a fresh session if asked. */
    private boolean begin(Lesson found, int at, boolean fresh) {
        stopLesson();
        if (fresh) {
            session.reset().run(); // the shell's reset ends the session's sockets and threads, as a new python3 would
        }
        try {
            partners = sides.partnersFor(found, lang);
        } catch (IOException e) {
            say(Messages.text(lang, "lesson.noPorts", e.getMessage()));
            return false;
        }
        if (partners == null) {
            return false;
        }
        lesson = found;
        ended = null;
        int first = at;
        if (at < 0) {
            say(Messages.text(lang, "lesson.header", lesson.order(), lesson.title().in(lang)));
            say(lesson.summary().in(lang));
            // Two terminals start together at step 1: one side alone cannot replay the connection they share.
            first = sides.linked() ? 0 : firstUnfinished();
            if (first > 0) {
                say(Messages.text(lang, "lesson.resume", first + 1));
            }
        } else {
            say(Messages.text(lang, "lesson.restarted", at + 1));
        }
        enter(first > 0 ? replay(first) : 0);
        return true;
    }

    /** The side taken in two-terminal lessons: "server", "client", or null for both; host is the server side's address (null: loopback), port where the two meet. */
    public void setRole(String side, String host, int port) {
        sides.set(side, host, port, lang);
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

    /** Runs the solutions of the steps before upTo without echoing; returns the step to enter (where one broke off). */
    private int replay(int upTo) {
        int k = 0;
        for (; k < upTo; k++) {
            Step s = lesson.steps().get(k);
            if (!takes(s)) {
                continue; // the other terminal made what its steps make
            }
            if (entered.add(k) && s.peer() != null) {
                partners.start(s.peer());
            }
            if (s.replay() != null && !runs.quietly(fill(s.replay()))) {
                break; // the learner takes over at the step whose solution broke off
            }
        }
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
        if (runs.busy()) {
            return; // the coach reads what its own runs printed itself
        }
        String output = session.printed().take();
        if (lesson == null || result.outcome() == RunResult.Outcome.EXIT) {
            return;
        }
        sayPartnerReports();
        if (!takes(step())) {
            awaitTheOtherSide(step()); // the learner stopped waiting with Ctrl-C: this input is not an attempt at the other side's step
            return;
        }
        if (step().explainOnly() || step().takesAnswers()) {
            return;
        }
        Attempt attempt = Attempt.of(result, output);
        boolean passed = Judge.passes(interp, Parser.parseExpression(step().check()), attempt, partners);
        listeners.forEach(l -> l.attempted(passed, attempt.error()));
        if (passed) {
            pass(Messages.text(lang, "lesson.check.correct"));
            return;
        }
        say(replies.to(step(), attempt, () -> wrongErrors.computeIfAbsent(index, k -> LessonCheck.wrongErrors(sessions, lesson, k)),
                partners.ports(), lang));
    }

    /**
     * A line typed at the prompt, offered before it is run as Python: the answer of a predict or
     * choose step (true: it was taken), or an empty line moving past an explain-only step.
     */
    public boolean onLine(String line) {
        if (lesson == null) {
            return false;
        }
        Step s = step();
        if (!takes(s)) {
            return false; // the other side's step: the line is Python, and the wait resumes after it
        }
        if (line.isBlank()) {
            if (!s.explainOnly()) {
                return false;
            }
            progress.markDone(lesson.id(), s.id());
            advance();
            return true;
        }
        if (s.takesAnswers()) {
            answers.take(s, line.strip(), lang);
            return true;
        }
        return false;
    }

    /** An empty line: moves past an explain-only step (true), otherwise it is nothing to us (false). */
    public boolean onEmptyLine() {
        return onLine("");
    }

    /** Runs source in the learner's session as if typed, echoed, without judging it as an attempt. */
    private List<Attempt> runItself(String source) {
        List<Attempt> out = runs.inView(fill(source));
        sayPartnerReports();
        return out;
    }

    /** The step is done: the verdict, its explanation, and on. */
    private void pass(String verdict) {
        say(verdict);
        Step s = step();
        if (s.explain() != null) {
            say(fill(s.explain().in(lang)));
        }
        progress.markDone(lesson.id(), s.id());
        advance();
    }

    public void hint() {
        if (requireTask()) {
            help.hint(step(), partners.ports(), lang);
        }
    }

    /** Shows the solution after the learner confirms (it spoils the exercise). */
    public void solution() {
        if (requireTask()) {
            help.solution(step(), partners.ports(), lang);
        }
    }

    /** How to get back on track when the session's state is broken. */
    public void recover() {
        if (requireTask()) {
            say(recoverText(step()));
        }
    }

    private String recoverText(Step s) {
        return s.recover() != null ? fill(s.recover().in(lang)) : Messages.text(lang, "lesson.recover.generic");
    }

    /**
     * Leaves the step skipped, not done: its solution runs (echoed, so the learner sees what it was)
     * because later steps build on what it makes, and nothing of the learner's tries stays behind.
     */
    public void skip() {
        if (!requireLesson()) {
            return;
        }
        Step s = step();
        if (!s.explainOnly() && s.replay() != null && takes(s)) {
            say(Messages.text(lang, "lesson.skip.running"));
            runItself(s.replay());
        }
        advance();
    }

    /** Moves on without judging (the step counts as done only if it was); after a lesson's end, starts the next lesson. */
    public void next() {
        if (lesson == null && ended != null) {
            Lesson following = following(ended);
            if (following == null) {
                say(Messages.text(lang, "lesson.last"));
            } else {
                start(following.id());
            }
            return;
        }
        if (requireLesson()) {
            advance();
        }
    }

    /** The step before, its partner played again (a client partner connects anew). */
    public void back() {
        if (!requireLesson()) {
            return;
        }
        if (index == 0) {
            say(Messages.text(lang, "lesson.step.first"));
            return;
        }
        Step before = lesson.steps().get(index - 1);
        if (before.peer() != null && !before.peer().isServer() && takes(before)) {
            partners.start(before.peer());
        }
        enter(index - 1);
    }

    /** This step again, from a fresh session with fresh ports and partners, the earlier steps' solutions replayed. */
    public void restart() {
        if (!requireLesson()) {
            return;
        }
        if (sides.linked()) {
            say(Messages.text(lang, "lesson.role.noRestart", lesson.id())); // a fresh session here would leave the other terminal's behind
            return;
        }
        begin(lesson, index, true);
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
        sides.left(step());
        if (index + 1 < lesson.steps().size()) {
            enter(index + 1);
            return;
        }
        Set<String> done = progress.done(lesson.id());
        String notDone = IntStream.range(0, lesson.steps().size()).filter(k -> !done.contains(lesson.steps().get(k).id()))
                .mapToObj(k -> String.valueOf(k + 1)).collect(Collectors.joining(", "));
        Lesson following = following(lesson);
        if (notDone.isEmpty()) {
            say(Messages.text(lang, "lesson.done", lesson.title().in(lang)));
            listeners.forEach(l -> l.finished(lesson.id()));
            say(following == null ? Messages.text(lang, "lesson.last") : Messages.text(lang, "lesson.nextOne", following.id(), following.title().in(lang)));
        } else {
            say(Messages.text(lang, "lesson.incomplete", lesson.title().in(lang), notDone, lesson.id()));
            if (following != null) {
                say(Messages.text(lang, "lesson.nextOne", following.id(), following.title().in(lang)));
            }
        }
        Lesson finished = lesson;
        stopLesson();
        ended = finished;
    }

    private Lesson following(Lesson l) {
        return lessons.stream().filter(o -> o.order() > l.order()).findFirst().orElse(null);
    }

    private void enter(int k) {
        index = k;
        answers.reset();
        help.reset();
        Step s = step();
        if (entered.add(k) && s.peer() != null && takes(s)) {
            partners.start(s.peer());
        }
        say("");
        for (String paragraph : StepView.paragraphs(lesson, k, partners.ports(), lang)) {
            say(paragraph);
        }
        listeners.forEach(l -> l.stepEntered(lesson.id(), s.id(), k, lesson.steps().size()));
        sides.entered(s, partners.ports());
        if (!takes(s)) {
            awaitTheOtherSide(s);
        }
    }

    /** Waits for the other terminal to do step s, then moves on; Ctrl-C stops the wait (the learner's next input waits again). */
    private void awaitTheOtherSide(Step s) {
        if (sides.await(s, lang)) {
            progress.markDone(lesson.id(), s.id());
            advance();
        }
    }

    /** Whether this terminal takes step s (a step's partner plays only where its step is taken). */
    private boolean takes(Step s) {
        return sides.takes(s);
    }

    private void stopLesson() {
        if (partners != null) {
            partners.close();
        }
        sides.close();
        partners = null;
        lesson = null;
        answers.reset();
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
