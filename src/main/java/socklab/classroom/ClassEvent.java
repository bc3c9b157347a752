package socklab.classroom;

/** What just changed in the class, with the student's row after it: the teacher's view redraws from these. */
public record ClassEvent(Kind kind, StudentRow row) {
    /** The kinds of change a teacher may want to hear about. */
    public enum Kind { JOINED, STEP, PASSED, FAILED, FINISHED, SHARED, GONE }
}
