package socklab.lesson;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one catalogue of mistakes common to many lessons (lessons/mistakes.json): each says what a
 * mistaken attempt looks like (what was typed, the error, its errno, its message) and what to tell
 * the learner who makes it. Every lesson step shares it; a step's own wrong answers come first.
 */
public record Mistakes(List<Mistake> mistakes) {
    /** One recognised mistake: every condition given must hold for an attempt to be it. */
    public record Mistake(String id, String source, String error, Integer errno, String message, Text explain) {
        boolean fits(Attempt a) {
            return (source == null || Pattern.compile(source).matcher(a.source()).find())
                    && (error == null || error.equals(a.error()))
                    && (errno == null || errno.equals(a.errno()))
                    && (message == null || a.message() != null && Pattern.compile(message).matcher(a.message()).find());
        }
    }

    public static final Mistakes NONE = new Mistakes(List.of());

    public Mistakes {
        mistakes = mistakes == null ? List.of() : List.copyOf(mistakes);
    }

    /** The first mistake the attempt fits, or null. */
    public Mistake recognise(Attempt attempt) {
        return mistakes.stream().filter(m -> m.fits(attempt)).findFirst().orElse(null);
    }
}
