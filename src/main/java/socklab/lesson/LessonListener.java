package socklab.lesson;

/**
 * Told where a learner is in a lesson, so tools outside the lesson package (the class view) can
 * follow along without reaching into the coach. It hears positions and outcomes, never the code.
 */
public interface LessonListener {
    /** A step is shown: index counts from 0 among count steps. */
    default void stepEntered(String lessonId, String stepId, int index, int count) {}

    /** An input was judged against the current step; errorType is the exception's type name, or null. */
    default void attempted(boolean passed, String errorType) {}

    /** The last step of the lesson was done. */
    default void finished(String lessonId) {}
}
