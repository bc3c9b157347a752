package socklab.lesson;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import socklab.i18n.Lang;
import socklab.i18n.Messages;

/**
 * The reply to an attempt that did not pass its step, so that every attempt gets one: the given
 * code of a fix step typed unchanged, one of the step's own wrong answers, a mistake from the
 * shared catalogue, or else what the step is still waiting for.
 */
final class Replies {
    private final Mistakes catalogue;

    Replies(Mistakes catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * rehearsed says how the step's wrong answers fail (learned in sessions of their own, so only
     * when an error needs it); the step's own answers that fail the same way, message first, come
     * before the catalogue, which comes before a wrong answer that merely shares the error's type.
     */
    String to(Step step, Attempt a, Supplier<Map<Wrong, LessonCheck.WrongOutcome>> rehearsed, Ports ports, Lang lang) {
        if (step.is(Step.FIX) && same(ports.fill(step.given()), a.source())) {
            return Messages.text(lang, "lesson.fix.unchanged");
        }
        for (Wrong w : step.wrong()) {
            if (same(ports.fill(w.input()), a.source())) {
                return wrong(w.explain(), ports, lang);
            }
        }
        Map<Wrong, LessonCheck.WrongOutcome> errors = a.error() == null || step.wrong().isEmpty() ? Map.of() : rehearsed.get();
        Wrong sameMessage = errors.keySet().stream()
                .filter(w -> a.error().equals(errors.get(w).error()) && Objects.equals(a.message(), errors.get(w).message()))
                .findFirst().orElse(null);
        if (sameMessage != null) {
            return wrong(sameMessage.explain(), ports, lang);
        }
        Mistakes.Mistake known = catalogue.recognise(a);
        if (known != null) {
            return wrong(known.explain(), ports, lang);
        }
        // A NameError names its own name: another name's explanation would mislead (a wrong answer
        // rehearsed alone may even fail only for a name the step's earlier lines make).
        Wrong sameType = a.error() == null || a.error().equals("NameError") ? null
                : errors.keySet().stream().filter(w -> a.error().equals(errors.get(w).error())).findFirst().orElse(null);
        if (sameType != null) {
            return wrong(sameType.explain(), ports, lang);
        }
        if (a.error() == null && partOfSolution(step, a.source(), ports)) {
            return Messages.text(lang, "lesson.check.partway");
        }
        return waiting(step, a.error() != null, ports, lang);
    }

    /** Whether source is one of the inputs of the step's solution before its last: the learner is on the way. */
    private static boolean partOfSolution(Step step, String source, Ports ports) {
        var inputs = Inputs.split(ports.fill(step.replay()));
        return inputs.subList(0, Math.max(0, inputs.size() - 1)).stream().anyMatch(i -> same(i.source(), source));
    }

    /** What the step waits for, in its own words if it has them. */
    static String waiting(Step step, boolean failed, Ports ports, Lang lang) {
        if (step.waiting() != null) {
            return Messages.text(lang, "lesson.check.waiting", ports.fill(step.waiting().in(lang)));
        }
        return Messages.text(lang, failed ? "lesson.check.tryHint" : "lesson.check.notYet");
    }

    private static String wrong(Text explain, Ports ports, Lang lang) {
        return Messages.text(lang, "lesson.check.wrong", ports.fill(explain.in(lang)));
    }

    /** The same input, whatever its spacing. */
    static boolean same(String a, String b) {
        return a != null && b != null && Inputs.normalise(a).equals(Inputs.normalise(b));
    }
}
