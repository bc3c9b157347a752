package socklab.lesson;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import socklab.lang.InteractiveInput;
import socklab.lang.Parser;
import socklab.lang.PySyntaxError;
import socklab.runtime.Interpreter;
import socklab.runtime.RunListener;
import socklab.runtime.RunResult;
import socklab.runtime.object.Io;
import socklab.runtime.object.PyNone;
import socklab.runtime.object.ThreadState;

/**
 * A private run of one lesson in a fresh session with its own ports and partners, output kept
 * aside: --check-lessons plays solutions and wrong answers in it, and the coach uses it to learn
 * which error a known wrong answer raises. An input that blocks too long is interrupted.
 */
final class Rehearsal implements AutoCloseable {
    private static final long INPUT_LIMIT_SECONDS = 10;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "socklab-rehearsal-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Lesson lesson;
    private final CapturedIo io = new CapturedIo();
    private final PrintedText printed = new PrintedText();
    private final RehearsalSession session;
    private final Interpreter interp;
    private final Partners partners;
    private final Set<Integer> entered = new HashSet<>();
    /** The event of the input typed last: the rehearsal reads results as the coach does, never polling the interpreter. */
    private RunResult lastRun;

    Rehearsal(RehearsalSession.Opener sessions, Lesson lesson) throws IOException {
        this.lesson = lesson;
        this.partners = new Partners(lesson);
        this.session = sessions.open(printed.tap(io));
        this.interp = session.interpreter();
        session.tap(new SocketTap() {
            @Override
            public void listened(int port) {
                // a rehearsal plays every side in one session: no other terminal waits for it
            }

            @Override
            public void sent(String remote, int bytes) {
                partners.learnerSent(remote, bytes);
            }
        });
        interp.subscribe(new RunListener() {
            @Override
            public void onRun(RunResult result) {
                lastRun = result;
            }

            /** Rehearsed attempts need their calls recorded, as the coach's do. */
            @Override
            public boolean wantsCalls() {
                return true;
            }
        });
    }

    Ports ports() {
        return partners.ports();
    }

    /** Starts step k (its partner, the first time). */
    void enter(int k) {
        Step s = lesson.steps().get(k);
        if (entered.add(k) && s.peer() != null) {
            partners.start(s.peer());
        }
    }

    /**
     * Runs source input by input, checking after each, as the coach would; returns the attempts
     * up to and including the first that passed (a syntax error ends the list).
     */
    List<Result> play(Step step, String source) {
        List<Result> out = new java.util.ArrayList<>();
        List<InteractiveInput.Status.Ready> inputs;
        try {
            inputs = Inputs.split(partners.ports().fill(source));
        } catch (PySyntaxError e) {
            return List.of(new Result(new Attempt(source, PyNone.NONE, "", e.typeName(), null, e.getMessage(), List.of()), false, false));
        }
        for (InteractiveInput.Status.Ready input : inputs) {
            Result r = runAndJudge(step, input);
            out.add(r);
            if (r.passed() || r.slow()) {
                break;
            }
        }
        return out;
    }

    /** One input with its verdict; slow when it (or its check) ran past the time limit and was interrupted. */
    record Result(Attempt attempt, boolean passed, boolean slow) {}

    /** Plays the solutions of the steps before k, then enters k; null if they all passed, else why not. */
    String reach(int k) {
        for (int i = 0; i < k; i++) {
            enter(i);
            Step s = lesson.steps().get(i);
            if (!s.explainOnly() && s.replay() != null) {
                List<Result> r = play(s, s.replay());
                if (r.isEmpty() || !r.get(r.size() - 1).passed()) {
                    return "step " + s.id() + ": solution does not pass";
                }
            }
        }
        enter(k);
        return null;
    }

    /**
     * Types one input at the session's prompt and judges what it did by the step's check; the
     * watchdog bounds both, so a slow input or check is reported, not hung.
     */
    private Result runAndJudge(Step step, InteractiveInput.Status.Ready input) {
        ThreadState ts = ThreadState.current();
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            fired.set(true);
            ts.requestInterrupt();
        }, INPUT_LIMIT_SECONDS, TimeUnit.SECONDS);
        try {
            printed.take();
            lastRun = null;
            session.type(input.source());
            if (lastRun == null) {
                // the loop took the input for something other than Python (never a step's code)
                return new Result(new Attempt(input.source(), PyNone.NONE, printed.take(), null, null, null, List.of()), false, fired.get());
            }
            Attempt a = Attempt.of(lastRun, printed.take());
            boolean pass = !fired.get() && Judge.passes(interp, Parser.parseExpression(step.check()), a, partners);
            return new Result(a, pass && !fired.get(), fired.get());
        } finally {
            alarm.cancel(false);
            ts.clearInterrupt();
        }
    }

    /** The session's output so far, last lines only, to show with a failure. */
    String outputTail() {
        String[] lines = io.text().strip().split("\n");
        return String.join("\n", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - 4), lines.length));
    }

    @Override
    public void close() {
        session.close();
        partners.close();
    }
}
